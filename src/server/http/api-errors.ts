import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every API error body: a stable code for programs and a French sentence for people. */
export interface ApiErrorBody {
  error: string;
  message: string;
}

export function apiError(c: Context, status: ContentfulStatusCode, error: string, message: string) {
  return c.json<ApiErrorBody>({ error, message }, status);
}

export class BadRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 413 | 415 = 400,
  ) {
    super(message);
  }
}

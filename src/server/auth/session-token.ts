import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters): what the device keeps and sends as Bearer. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this is stored: a leaked copy of the sessions table gives no usable token. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of `Authorization: Bearer <token>`, or null when the header is absent or malformed. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([A-Za-z0-9_-]{20,200})$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

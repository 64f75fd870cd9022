import type { Context } from 'hono';
import { BadRequestError } from './api-errors';

export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON body with the checks every API write needs: JSON content type, a size
 * limit enforced while reading (not trusted from Content-Length), and a precise 400.
 */
export async function readJson(c: Context, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new BadRequestError(
      'unsupported-media-type',
      'Le corps doit être du JSON (application/json).',
      415,
    );
  }
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body) throw new BadRequestError('empty-body', 'Le corps de la requête est vide.');
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    throw new BadRequestError('malformed-json', `Le corps n'est pas un JSON valide${detail}.`);
  }
}

function tooLarge(maxBytes: number): BadRequestError {
  return new BadRequestError(
    'payload-too-large',
    `Le corps dépasse la taille maximale de ${Math.round(maxBytes / 1024)} Kio.`,
    413,
  );
}

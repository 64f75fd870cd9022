import type { LogCursor } from '../store/store';

/**
 * Opaque to clients (base64url of JSON) so that the paging key can change without breaking
 * them; decoded strictly, since it comes back from the outside.
 */
export function encodeCursor(cursor: LogCursor): string {
  return Buffer.from(JSON.stringify([cursor.day, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): LogCursor | null {
  if (text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [day, id] = value;
    if (typeof day !== 'string' || typeof id !== 'string') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || id.length === 0 || id.length > 64) return null;
    return { day, id };
  } catch {
    return null;
  }
}

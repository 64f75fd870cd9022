/**
 * The content revision of the demo pack. It is written here, not taken from the clock, so that
 * the same sources always compile to the same bytes (and the same sha256). Bump both values
 * together when the demo content changes.
 */
export const CONTENT_REVISION = {
  version: '2026.11.25-demo',
  publishedAt: '2026-11-25T08:00:00Z',
} as const;

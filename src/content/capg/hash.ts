/**
 * FNV-1a over UTF-16 code units: a tiny, stable hash so that the generated details
 * (phone numbers, small offsets, update dates, choice among variants) depend only on ids,
 * never on Math.random or on the order of the tables.
 */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A number in [0, 1) drawn from the id and a salt. */
export function unit(id: string, salt: string): number {
  return hash(`${salt}:${id}`) / 0x1_0000_0000;
}

/** Picks one of several variants, the same one every build. */
export function pick<T>(id: string, salt: string, variants: readonly [T, ...T[]]): T {
  const index = hash(`${salt}:${id}`) % variants.length;
  return variants[index] ?? variants[0];
}

/**
 * An inverted index over folded terms. Postings of term t are positions offsets[t] to
 * offsets[t + 1] of `docs` (ascending doc numbers) and `weights` (one byte: bit 7 says the term
 * is in the service's name, bits 0–6 its field-weighted frequency, see WEIGHT_VALUES).
 * Typed arrays: a few bytes per posting, where MiniSearch keeps a Map per term and field.
 */
export type SearchIndex = {
  ids: string[];
  /** Sorted, so that prefixes and typo candidates are found by binary search. */
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Uint8Array;
  idf: Float32Array;
};

export const IN_NAME = 0x80;
const MAX_WEIGHT = 32;
const LOG_MAX = Math.log1p(MAX_WEIGHT);

/** The weight each of the 128 levels stands for: logarithmic, fine where most weights are. */
export const WEIGHT_VALUES = Float32Array.from({ length: 128 }, (_, q) =>
  Math.expm1((q / 127) * LOG_MAX),
);
export const quantise = (weight: number): number =>
  Math.max(1, Math.min(127, Math.round((Math.log1p(weight) / LOG_MAX) * 127)));

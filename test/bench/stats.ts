/** Nearest-rank percentile (p in 0..100) of a list of figures; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const round1 = (value: number) => Math.round(value * 10) / 10;

export const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Small statistics helpers for the benchmark (no dependencies). */

/** Nearest-rank percentile of an ascending array; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function ascending(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.NaN;
}

export function maxAbs(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

/** Rounds to `digits` decimals; keeps null/NaN as null so JSON stays valid. */
export function round(x: number | null | undefined, digits = 2): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export interface Distribution {
  n: number;
  median: number | null;
  p95: number | null;
  max: number | null;
}

export function distribution(xs: readonly number[], digits = 2): Distribution {
  const s = ascending(xs);
  return {
    n: s.length,
    median: round(percentile(s, 50), digits),
    p95: round(percentile(s, 95), digits),
    max: round(s[s.length - 1], digits),
  };
}

/**
 * A persistent (append-only, shared) list. `step` returns a new state without copying what the old
 * state holds, so streaming thousands of sample batches stays linear instead of quadratic.
 */
export interface PList<T> {
  readonly last: T;
  readonly prev: PList<T> | null;
  readonly size: number;
}

export function append<T>(list: PList<T> | null, value: T): PList<T> {
  return { last: value, prev: list, size: (list?.size ?? 0) + 1 };
}

/** Oldest first. */
export function toArray<T>(list: PList<T> | null): T[] {
  const out = new Array<T>(list?.size ?? 0);
  let i = out.length - 1;
  for (let l = list; l !== null; l = l.prev) out[i--] = l.last;
  return out;
}

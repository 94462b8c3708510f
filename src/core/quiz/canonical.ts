import { QuizError } from './types';

/**
 * Canonical JSON as in RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers serialised as ECMAScript's JSON.stringify does (which is what JCS
 * specifies). Any runtime that follows JCS produces the same bytes, so a hash over this text can
 * be recomputed by a verifier written in another language.
 *
 * Stricter than JSON.stringify on purpose: undefined, functions, NaN and Infinity throw instead of
 * silently vanishing or turning into null, since a record that drops a field must not hash equal
 * to one that has it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new QuizError('canonical JSON: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new QuizError('canonical JSON: not a plain object');
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new QuizError(`canonical JSON: cannot encode ${typeof value}`);
  }
}

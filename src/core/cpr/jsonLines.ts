/**
 * A small JSON parser that remembers where each array element starts, so a bad sample in a trace
 * file can be reported by line. JSON.parse cannot say where a value came from, and its syntax-error
 * positions differ between engines.
 */

import { TraceError } from './errors';

export interface LocatedJson {
  value: unknown;
  /** 1-based line of each element of `arr`, if `arr` came from this parse. */
  linesOf(arr: readonly unknown[]): readonly number[] | undefined;
  /** 1-based line of an offset into the text. */
  lineAt(offset: number): number;
}

export function parseJsonWithLines(text: string): LocatedJson {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const elementOffsets = new WeakMap<readonly unknown[], number[]>();
  let i = 0;
  const fail = (what: string): never => {
    throw new TraceError('error.trace.badJson', lineAt(Math.min(i, text.length)), { what });
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const literal = (word: string, v: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return v;
    }
    return fail('unexpectedToken');
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const num = (): number => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) return fail('badNumber');
    i += m[0].length;
    return Number(m[0]);
  };
  const str = (): string => {
    const start = ++i;
    let hasEscape = false;
    for (;;) {
      if (i >= text.length) return fail('unterminatedString');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        hasEscape = true;
        i += 2;
      } else if (c < 32) return fail('controlCharacter');
      else i++;
    }
    const raw = text.slice(start, i);
    i++;
    if (!hasEscape) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return fail('badEscape');
    }
  };
  const value = (depth: number): unknown => {
    if (depth > 64) return fail('tooDeep');
    ws();
    const c = text[i];
    switch (c) {
      case '{': {
        i++;
        const obj: Record<string, unknown> = {};
        ws();
        if (text[i] === '}') {
          i++;
          return obj;
        }
        for (;;) {
          ws();
          if (text[i] !== '"') return fail('expectedKey');
          const k = str();
          ws();
          if (text[i] !== ':') return fail('expectedColon');
          i++;
          const v = value(depth + 1);
          // defineProperty so a "__proto__" key in a file cannot change the object's prototype.
          Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            return obj;
          } else return fail('expectedCommaOrBrace');
        }
      }
      case '[': {
        i++;
        const arr: unknown[] = [];
        const offsets: number[] = [];
        elementOffsets.set(arr, offsets);
        ws();
        if (text[i] === ']') {
          i++;
          return arr;
        }
        for (;;) {
          ws();
          offsets.push(i);
          arr.push(value(depth + 1));
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            return arr;
          } else return fail('expectedCommaOrBracket');
        }
      }
      case '"':
        return str();
      case 't':
        return literal('true', true);
      case 'f':
        return literal('false', false);
      case 'n':
        return literal('null', null);
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return num();
        return fail(c === undefined ? 'unexpectedEnd' : 'unexpectedToken');
    }
  };
  // A UTF-8 byte-order mark is common in files saved by spreadsheet tools.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const v = value(0);
  ws();
  if (i < text.length) fail('trailingCharacters');
  return {
    value: v,
    linesOf: (arr) => elementOffsets.get(arr)?.map(lineAt),
    lineAt,
  };
}

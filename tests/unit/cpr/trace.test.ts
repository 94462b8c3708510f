import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TraceError } from '../../../src/core/cpr/errors';
import { analyzeAttempt } from '../../../src/core/cpr/metrics';
import { parseTrace, parseTraceDocument } from '../../../src/core/cpr/trace';
import { ADULT } from './fixtures';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/traces/${name}`, import.meta.url)), 'utf8');

function traceError(text: string, filename: string): TraceError {
  try {
    parseTrace(text, filename);
  } catch (e) {
    if (e instanceof TraceError) return e;
    throw e;
  }
  throw new Error('expected a TraceError');
}

describe('CSV traces', () => {
  it('reads t_ms,depth_mm,hand with a header', () => {
    const s = parseTrace('t_ms,depth_mm,hand\n0,0,ok\n10,1.5,bad\n20,3,\n', 'a.csv');
    expect(s).toEqual([
      { t: 0, source: 'trace', depthMm: 0, handOk: true },
      { t: 10, source: 'trace', depthMm: 1.5, handOk: false },
      { t: 20, source: 'trace', depthMm: 3 },
    ]);
  });

  it('reads without a header, with 1/0 hands, CRLF, blank and comment lines', () => {
    const s = parseTrace('# recorded on a manikin\r\n0,0,1\r\n\r\n10,2,0\r\n', 'b.csv');
    expect(s.map((x) => x.handOk)).toEqual([true, false]);
  });

  it('finds columns by header name in any order', () => {
    const s = parseTrace('hand;depth_mm;t_ms\nok;4;0\n', 'c.csv');
    expect(s[0]).toEqual({ t: 0, source: 'trace', depthMm: 4, handOk: true });
  });

  it('reports a bad number with its 1-based line and column', () => {
    const e = traceError('t_ms,depth_mm\n0,0\n\n10,1O\n', 'd.csv');
    expect(e.key).toBe('error.trace.badNumber');
    expect(e.line).toBe(4);
    expect(e.params).toMatchObject({ column: 'depth_mm', value: '1O', line: 4 });
  });

  it('reports impossible values with the sample error key and the line', () => {
    expect(traceError('0,0\n10,-1\n', 'e.csv')).toMatchObject({ key: 'error.sample.negativeDepth', line: 2 });
    expect(traceError('0,0\n10,121\n', 'e.csv')).toMatchObject({ key: 'error.sample.tooDeep', line: 2 });
    expect(traceError('0,0\n10,NaN\n', 'e.csv')).toMatchObject({ key: 'error.sample.nan', line: 2 });
    expect(traceError('0,0\n100,1\n50,1\n', 'e.csv')).toMatchObject({ key: 'error.sample.timeBackwards', line: 3 });
  });

  it('reports missing fields, bad hands and unknown headers by line', () => {
    expect(traceError('0,0\n10\n', 'f.csv')).toMatchObject({ key: 'error.trace.missingField', line: 2 });
    expect(traceError('0,0,ok\n10,1,maybe\n', 'f.csv')).toMatchObject({ key: 'error.trace.badHand', line: 2 });
    expect(traceError('time_s,pressure\n0,0\n', 'f.csv')).toMatchObject({ key: 'error.trace.badHeader', line: 1 });
  });

  it('keeps duplicates and small reorderings for analysis to drop', () => {
    const s = parseTrace('0,0\n10,1\n10,1\n5,1\n', 'g.csv');
    expect(s).toHaveLength(4);
    expect(analyzeAttempt(s, ADULT).dropped).toBe(2);
  });
});

describe('JSON traces', () => {
  it('reads an array of samples', () => {
    const s = parseTrace('[{"t":0,"depthMm":0},{"t":5,"depthMm":2,"source":"pressure","hand":{"dxMm":1,"dyMm":2}}]', 'a.json');
    expect(s[1]).toEqual({ t: 5, source: 'pressure', depthMm: 2, hand: { dxMm: 1, dyMm: 2 } });
  });

  it('reads {samples, breaths} and keyboard presses', () => {
    const doc = parseTraceDocument('{"samples":[{"t":0,"source":"keyboard","kind":"press"}],"breaths":[{"startT":1,"endT":2}]}', 'b.json');
    expect(doc.samples[0]).toEqual({ t: 0, source: 'keyboard', kind: 'press' });
    expect(doc.breaths).toEqual([{ startT: 1, endT: 2 }]);
  });

  it('sniffs JSON from the content when the name says nothing', () => {
    expect(parseTraceDocument(' [{"t":1,"depthMm":3}]', 'trace').format).toBe('json');
  });

  it('reports syntax errors by line', () => {
    expect(traceError('[\n  {"t": 0},\n  {"t": 1,, "depthMm": 3}\n]', 'c.json')).toMatchObject({ key: 'error.trace.badJson', line: 3 });
    expect(traceError('[\n  {"t": 0}\n', 'c.json')).toMatchObject({ key: 'error.trace.badJson', line: 3 });
  });

  it('reports the line of the sample that is wrong', () => {
    const text = '{\n  "samples": [\n    {"t": 0, "depthMm": 0},\n    {"t": 10, "depthMm": 200},\n    {"t": 20, "depthMm": 0}\n  ]\n}';
    expect(traceError(text, 'd.json')).toMatchObject({ key: 'error.sample.tooDeep', line: 4 });
    expect(traceError('[\n{"depthMm": 1}\n]', 'd.json')).toMatchObject({ key: 'error.trace.missingField', line: 2 });
    expect(traceError('[\n{"t": "5"}\n]', 'd.json')).toMatchObject({ key: 'error.trace.badNumber', line: 2 });
    expect(traceError('[\n{"t": 5, "source": "mouse"}\n]', 'd.json')).toMatchObject({ key: 'error.sample.badSource', line: 2 });
    expect(traceError('{"rows": []}', 'd.json')).toMatchObject({ key: 'error.trace.badShape', line: 1 });
    expect(traceError('[\n1,\n2\n]', 'd.json')).toMatchObject({ key: 'error.trace.badShape', line: 2 });
  });

  it('ignores a __proto__ key instead of changing the sample prototype', () => {
    const s = parseTrace('[{"t":0,"depthMm":1,"__proto__":{"polluted":true}}]', 'e.json');
    expect(Object.getPrototypeOf(s[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fixture traces', () => {
  it('analyses the pointer CSV fixture', () => {
    const m = analyzeAttempt(parseTrace(fixture('pointer-110cpm.csv'), 'pointer-110cpm.csv'), ADULT);
    expect(m.compressionCount).toBe(20);
    expect(m.rate.meanCpm).toBeCloseTo(110, 0);
    expect(m.hands.pctCorrect).toBe(70);
  });

  it('analyses the leaning, shallow CSV fixture without a header', () => {
    const m = analyzeAttempt(parseTrace(fixture('leaning-shallow-noheader.csv'), 'leaning-shallow-noheader.csv'), ADULT);
    expect(m.compressionCount).toBe(12);
    expect(m.recoil.pctFull).toBe(0);
    expect(m.depth.pctTooShallow).toBe(100);
  });

  it('analyses the keyboard JSON fixture with its breaths', () => {
    const doc = parseTraceDocument(fixture('keyboard-30-2.json'), 'keyboard-30-2.json');
    const m = analyzeAttempt(doc.samples, ADULT, { breaths: doc.breaths ?? [] });
    expect(m.compressionCount).toBe(60);
    expect(m.cycles!.fraction).toBe(1);
    expect(m.measured.depth.measured).toBe(false);
  });

  it.each([
    ['malformed-number.csv', 'error.trace.badNumber', 4],
    ['malformed-time-backwards.csv', 'error.sample.timeBackwards', 5],
    ['malformed-negative-depth.json', 'error.sample.negativeDepth', 4],
    ['malformed-syntax.json', 'error.trace.badJson', 4],
  ])('rejects %s with %s at line %i', (name, key, line) => {
    expect(traceError(fixture(name), name)).toMatchObject({ key, line });
  });
});

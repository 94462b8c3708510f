/**
 * Reading recorded traces (CSV or JSON) into samples, for the analyse CLI, imports and tests.
 *
 * CSV: `t_ms,depth_mm[,hand]`, one sample a line; the header line is optional; `hand` is ok/bad
 * (also 1/0, true/false, in/out) or empty. Blank lines and lines starting with # are skipped; a
 * semicolon or tab works as the separator too. JSON: an array of samples, or
 * `{ "samples": [...], "breaths"?: [{startT,endT}], "plannedPauses"?: [...] }`; a sample is
 * `{ t, depthMm?, source?, hand?: {dxMm,dyMm} | "ok" | "bad", handOk?, kind? }`.
 *
 * Every problem throws a TraceError with the 1-based line it is on. Impossible values keep their
 * `error.sample.*` key. Duplicates and small reorderings are kept here: analysis drops them.
 */

import { SampleError, TraceError } from './errors';
import { parseJsonWithLines } from './jsonLines';
import type { PlannedPause, PlannedPauseKind, TimeSpan } from './metrics';
import { FRAME_MS, checkSample, type InputSource, type Sample } from './sample';

export type TraceFormat = 'csv' | 'json';

export interface TraceDocument {
  format: TraceFormat;
  samples: Sample[];
  /** Only JSON traces can carry these. */
  breaths?: TimeSpan[];
  plannedPauses?: PlannedPause[];
}

export function parseTrace(text: string, filename = ''): Sample[] {
  return parseTraceDocument(text, filename).samples;
}

export function detectFormat(text: string, filename = ''): TraceFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

export function parseTraceDocument(text: string, filename = ''): TraceDocument {
  return detectFormat(text, filename) === 'json' ? parseJsonTrace(text) : { format: 'csv', samples: parseCsvTrace(text) };
}

/** Order check shared by both formats: more than a frame backwards is an error, as in live input. */
class OrderCheck {
  private lastT = Number.NaN;
  check(t: number, line: number): void {
    if (this.lastT - t > FRAME_MS) {
      throw new TraceError('error.sample.timeBackwards', line, { t, previousT: this.lastT, backMs: this.lastT - t, maxBackMs: FRAME_MS });
    }
    if (!(t <= this.lastT)) this.lastT = t;
  }
}

function validate(s: Sample, line: number): void {
  try {
    checkSample(s);
  } catch (e) {
    if (e instanceof SampleError) throw new TraceError(e.key, line, e.params);
    throw e;
  }
}

const NUMBER_RE = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Strict number: rejects '', '12abc', '0x10'. 'NaN' is read as NaN so validation reports it as such. */
function csvNumber(field: string, line: number, column: string): number {
  if (NUMBER_RE.test(field)) return Number(field);
  if (/^[-+]?nan$/i.test(field)) return Number.NaN;
  if (/^[-+]?inf(inity)?$/i.test(field)) return field.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  throw new TraceError('error.trace.badNumber', line, { column, value: field });
}

function handValue(raw: unknown, line: number): boolean | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const v = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if (v === 'ok' || v === '1' || v === 1 || v === 'true' || v === true || v === 'in') return true;
  if (v === 'bad' || v === '0' || v === 0 || v === 'false' || v === false || v === 'out') return false;
  throw new TraceError('error.trace.badHand', line, { value: String(raw) });
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

export function parseCsvTrace(text: string): Sample[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const samples: Sample[] = [];
  const order = new OrderCheck();
  let sep: string | null = null;
  let tCol = 0;
  let dCol = 1;
  let hCol = 2;
  let seenFirst = false;
  for (let li = 0; li < lines.length; li++) {
    const raw = (lines[li] as string).trim();
    const line = li + 1;
    if (raw === '' || raw.startsWith('#')) continue;
    sep ??= raw.includes(',') ? ',' : raw.includes(';') ? ';' : raw.includes('\t') ? '\t' : ',';
    const fields = raw.split(sep).map(unquote);
    if (!seenFirst) {
      seenFirst = true;
      const f0 = fields[0] ?? '';
      if (!NUMBER_RE.test(f0)) {
        // A header: find the columns by name so extra or reordered columns still work.
        const names = fields.map((f) => f.toLowerCase());
        tCol = names.findIndex((n) => n === 't' || n === 't_ms' || n === 'time' || n === 'time_ms' || n === 'timestamp');
        dCol = names.findIndex((n) => n === 'depth' || n === 'depth_mm' || n === 'depthmm');
        hCol = names.findIndex((n) => n === 'hand' || n === 'hand_ok' || n === 'handok');
        if (tCol < 0 || dCol < 0) {
          throw new TraceError('error.trace.badHeader', line, { header: raw, expected: 't_ms,depth_mm[,hand]' });
        }
        continue;
      }
    }
    const tField = fields[tCol];
    const dField = fields[dCol];
    if (tField === undefined || tField === '') throw new TraceError('error.trace.missingField', line, { column: 't_ms' });
    if (dField === undefined || dField === '') throw new TraceError('error.trace.missingField', line, { column: 'depth_mm' });
    const s: Sample = { t: csvNumber(tField, line, 't_ms'), source: 'trace', depthMm: csvNumber(dField, line, 'depth_mm') };
    const handOk = hCol >= 0 ? handValue(fields[hCol], line) : undefined;
    if (handOk !== undefined) s.handOk = handOk;
    validate(s, line);
    order.check(s.t, line);
    samples.push(s);
  }
  return samples;
}

const PAUSE_KINDS: readonly PlannedPauseKind[] = ['breaths', 'analysis', 'shock', 'pulseCheck', 'swap', 'other'];

function spans(raw: unknown, lines: readonly number[] | undefined, fallbackLine: number, withKind: boolean): PlannedPause[] {
  if (!Array.isArray(raw)) throw new TraceError('error.trace.badShape', fallbackLine, { expected: 'array' });
  return raw.map((r: unknown, i) => {
    const line = lines?.[i] ?? fallbackLine;
    const o = r as Record<string, unknown> | null;
    if (o === null || typeof o !== 'object' || typeof o.startT !== 'number' || typeof o.endT !== 'number' || o.endT < o.startT) {
      throw new TraceError('error.trace.badShape', line, { expected: 'span' });
    }
    const kind = withKind ? o.kind : 'breaths';
    if (!PAUSE_KINDS.includes(kind as PlannedPauseKind)) throw new TraceError('error.trace.badShape', line, { field: 'kind' });
    return { startT: o.startT, endT: o.endT, kind: kind as PlannedPauseKind };
  });
}

export function parseJsonTrace(text: string): TraceDocument {
  const doc = parseJsonWithLines(text);
  const root = doc.value;
  let items: unknown;
  let breaths: TimeSpan[] | undefined;
  let plannedPauses: PlannedPause[] | undefined;
  if (Array.isArray(root)) items = root;
  else if (root !== null && typeof root === 'object' && Array.isArray((root as { samples?: unknown }).samples)) {
    const r = root as { samples: unknown[]; breaths?: unknown; plannedPauses?: unknown };
    items = r.samples;
    if (r.breaths !== undefined) {
      const arr = r.breaths as unknown[];
      breaths = spans(arr, Array.isArray(arr) ? doc.linesOf(arr) : undefined, 1, false).map(({ startT, endT }) => ({ startT, endT }));
    }
    if (r.plannedPauses !== undefined) {
      const arr = r.plannedPauses as unknown[];
      plannedPauses = spans(arr, Array.isArray(arr) ? doc.linesOf(arr) : undefined, 1, true);
    }
  } else {
    throw new TraceError('error.trace.badShape', 1, { expected: 'samples' });
  }
  const arr = items as unknown[];
  const lines = doc.linesOf(arr) ?? [];
  const order = new OrderCheck();
  const samples: Sample[] = arr.map((item, i) => {
    const line = lines[i] ?? 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new TraceError('error.trace.badShape', line, { expected: 'sample', index: i });
    }
    const o = item as Record<string, unknown>;
    if (o.t === undefined) throw new TraceError('error.trace.missingField', line, { column: 't' });
    if (typeof o.t !== 'number') throw new TraceError('error.trace.badNumber', line, { column: 't', value: String(o.t) });
    const s: Sample = { t: o.t, source: (o.source ?? 'trace') as InputSource };
    const depth = o.depthMm ?? o.depth_mm ?? o.depth;
    if (depth !== undefined && depth !== null) {
      if (typeof depth !== 'number') throw new TraceError('error.trace.badNumber', line, { column: 'depthMm', value: String(depth) });
      s.depthMm = depth;
    }
    if (o.hand !== undefined && o.hand !== null && typeof o.hand === 'object') {
      s.hand = o.hand as Sample['hand'] & object;
    } else {
      const ok = handValue(o.hand ?? o.handOk, line);
      if (ok !== undefined) s.handOk = ok;
    }
    if (o.kind !== undefined) s.kind = o.kind as Sample['kind'];
    validate(s, line);
    order.check(s.t, line);
    return s;
  });
  const out: TraceDocument = { format: 'json', samples };
  if (breaths !== undefined) out.breaths = breaths;
  if (plannedPauses !== undefined) out.plannedPauses = plannedPauses;
  return out;
}

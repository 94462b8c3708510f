import type { AttemptRecord, Learner } from '../../core/attempt';
import {
  ATTEMPT_FILE_FORMAT,
  ATTEMPTS_FILE_FORMAT,
  ATTEMPTS_FILE_VERSION,
  MAX_IMPORT_BYTES,
  type ImportOutcome,
  type ImportReason,
} from '../../core/attemptFile';
import type { Store } from './types';
import { checkAttempt, checkLearner } from './validate';

/**
 * Reading result files back in. The whole file is checked before anything is written: one bad
 * record refuses the file with a reason naming the record and the field, and the store is left as
 * it was. Checks go beyond the store's own (`checkAttempt`): values must be possible (a score of
 * 0–100, a start not in the future) and each module's log and summary must have the shape its
 * screens read.
 */
export interface FileMeta {
  name: string;
  size: number;
  type: string;
}

export type ParsedAttempts = { ok: true; attempts: AttemptRecord[]; learners: Learner[] } | { ok: false; reason: ImportReason };

const R = (key: string, params?: Record<string, unknown>): { ok: false; reason: ImportReason } => ({
  ok: false,
  reason: { key: `exchange.import.error.${key}`, ...(params ? { params } : {}) },
});

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPct = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** The file itself: a `.json` name (or JSON type), not empty, not too large. */
export function checkFileMeta(meta: FileMeta): ImportReason | undefined {
  const jsonName = /\.json$/i.test(meta.name);
  const jsonType = /^application\/(.+\+)?json$/i.test(meta.type);
  if (!jsonName && !jsonType) return R('type', { name: meta.name }).reason;
  if (meta.size > MAX_IMPORT_BYTES) return R('size', { mb: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }).reason;
  if (meta.size === 0) return R('empty').reason;
  return undefined;
}

/** The first field of one module's log or summary that is not what its screens read; '' if fine. */
function moduleField(a: AttemptRecord): string {
  const log = a.log;
  const s = a.summary;
  if (!isObj(log)) return 'log';
  if (!isObj(s)) return 'summary';
  switch (a.module) {
    case 'cpr':
      if (a.mode === 'guided') return 'mode';
      if (!Array.isArray(log.samples)) return 'log.samples';
      if (!isObj(s.metrics)) return 'summary.metrics';
      if (!Array.isArray(s.metrics.compressions)) return 'summary.metrics.compressions';
      return '';
    case 'scenario':
      if (typeof s.scenarioId !== 'string' || s.scenarioId === '') return 'summary.scenarioId';
      if (!isObj(s.title)) return 'summary.title';
      if (!isObj(s.points) || !isPct(s.points.pct)) return 'summary.points';
      if (typeof s.passed !== 'boolean') return 'summary.passed';
      return '';
    case 'choking':
      if (typeof s.scenarioId !== 'string' || s.scenarioId === '') return 'summary.scenarioId';
      if (!isObj(s.title)) return 'summary.title';
      if (!isObj(s.sheet) || !isPct(s.sheet.pct)) return 'summary.sheet';
      if (typeof s.sheet.passed !== 'boolean') return 'summary.sheet.passed';
      if (!Array.isArray(log.actions)) return 'log.actions';
      return '';
    case 'bleeding':
    case 'bandage':
    case 'splint':
      if (log.kind !== a.module) return 'log.kind';
      if (typeof log.id !== 'string' || log.id === '') return 'log.id';
      if (!Array.isArray(log.actions)) return 'log.actions';
      if (!isObj(s.title)) return 'summary.title';
      if (!isObj(s.sheet) || !isPct(s.sheet.pct)) return 'summary.sheet';
      if (typeof s.sheet.passed !== 'boolean') return 'summary.sheet.passed';
      return '';
    case 'theoryExam':
      if (log.kind === 'theoryExam') {
        if (a.mode !== 'assessment') return 'mode';
        if (!isObj(log.paper) || !Array.isArray(log.paper.items)) return 'log.paper';
        if (!isObj(log.answers)) return 'log.answers';
        if (typeof log.learnerName !== 'string') return 'log.learnerName';
        if (s.status !== 'inProgress' && s.status !== 'finished') return 'summary.status';
        if (!isCount(s.total)) return 'summary.total';
        if (!isCount(s.correct) || s.correct > s.total) return 'summary.correct';
        if (!isPct(s.scorePct)) return 'summary.scorePct';
        if (!isPct(s.passMarkPct)) return 'summary.passMarkPct';
        if (typeof s.passed !== 'boolean') return 'summary.passed';
        if (!Array.isArray(s.byTopic)) return 'summary.byTopic';
        return '';
      }
      if (log.kind === 'theoryPractice') {
        if (a.mode !== 'practice') return 'mode';
        if (!Array.isArray(log.reviews)) return 'log.reviews';
        if (!isCount(s.answered)) return 'summary.answered';
        if (!isCount(s.correct) || s.correct > s.answered) return 'summary.correct';
        return '';
      }
      return 'log.kind';
  }
}

/** One attempt from a file: the store's structural check, possible values, then the module's shape. */
export function checkImportedAttempt(raw: unknown, now: Date): { ok: true; value: AttemptRecord } | { ok: false; field: string; tooNew?: true } {
  const c = checkAttempt(raw);
  if (!c.ok) return c.reason === 'schemaVersionTooNew' ? { ok: false, field: 'schemaVersion', tooNew: true } : { ok: false, field: c.detail };
  const a = c.value;
  if (!isPct(a.score)) return { ok: false, field: 'score' };
  if (a.profileVersion === '') return { ok: false, field: 'profileVersion' };
  const t = Date.parse(a.startedAt);
  // A day's slack for a clock set wrong; before 2020 is before this app existed.
  if (t > now.getTime() + 86_400_000 || t < Date.UTC(2020, 0, 1)) return { ok: false, field: 'startedAt' };
  const field = moduleField(a);
  return field ? { ok: false, field } : { ok: true, value: a };
}

/** Parses and checks a whole file's text; nothing is written here. */
export function parseAttemptsFile(text: string, now = new Date()): ParsedAttempts {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return R('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return R('json');
  }
  if (!isObj(raw)) return R('format');
  let list: unknown[];
  let learnersRaw: unknown[] = [];
  if (raw.format === ATTEMPT_FILE_FORMAT) {
    if (!('attempt' in raw)) return R('format');
    list = [raw.attempt];
  } else if (raw.format === ATTEMPTS_FILE_FORMAT) {
    if (!Array.isArray(raw.attempts)) return R('format');
    if (raw.learners !== undefined && !Array.isArray(raw.learners)) return R('format');
    list = raw.attempts;
    learnersRaw = (raw.learners as unknown[] | undefined) ?? [];
  } else return R('format');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return R('format');
  if (raw.version > ATTEMPTS_FILE_VERSION) return R('version', { version: raw.version });
  if (list.length === 0) return R('noAttempts');

  const attempts: AttemptRecord[] = [];
  const firstIndex = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    const id = isObj(item) && typeof item.id === 'string' && item.id ? item.id : '—';
    const c = checkImportedAttempt(item, now);
    if (!c.ok) return c.tooNew ? R('tooNew', { n: i + 1, id }) : R('record', { n: i + 1, id, field: c.field });
    const seen = firstIndex.get(c.value.id);
    if (seen !== undefined) return R('duplicate', { n: i + 1, id, first: seen + 1 });
    firstIndex.set(c.value.id, i);
    attempts.push(c.value);
  }
  const learners: Learner[] = [];
  for (const [i, item] of learnersRaw.entries()) {
    const c = checkLearner(item);
    if (!c.ok) return R('learner', { n: i + 1, field: c.detail });
    learners.push(c.value);
  }
  return { ok: true, attempts, learners };
}

/**
 * Adds a checked file's attempts: an id already stored is skipped (and reported), everything else
 * is added; learners named by the file are added when this device does not know them (never
 * overwritten). If a write fails, the attempts added so far are taken out again.
 */
export async function importParsed(store: Store, file: { attempts: AttemptRecord[]; learners: Learner[] }): Promise<ImportOutcome> {
  const skippedIds: string[] = [];
  const fresh: AttemptRecord[] = [];
  try {
    for (const a of file.attempts) {
      if (await store.getAttempt(a.id)) skippedIds.push(a.id);
      else fresh.push(a);
    }
  } catch {
    return R('read');
  }
  const added: string[] = [];
  try {
    for (const a of fresh) {
      await store.putAttempt(a);
      added.push(a.id);
    }
    const learnerIds = [...new Set(fresh.map((a) => a.learnerId))];
    for (const l of file.learners) {
      if (learnerIds.includes(l.id) && !(await store.getLearner(l.id))) await store.putLearner(l);
    }
    return { ok: true, imported: fresh.length, skipped: skippedIds.length, skippedIds, learnerIds };
  } catch {
    for (const id of added) await store.deleteAttempt(id).catch(() => {});
    return R('write');
  }
}

/** The import as the UI asks for it: file checks, reading, parsing, then the writes. */
export async function importAttemptsFile(store: Store, file: FileMeta & { text(): Promise<string> }, now = new Date()): Promise<ImportOutcome> {
  const bad = checkFileMeta(file);
  if (bad) return { ok: false, reason: bad };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return R('read');
  }
  const parsed = parseAttemptsFile(text, now);
  if (!parsed.ok) return parsed;
  return importParsed(store, parsed);
}

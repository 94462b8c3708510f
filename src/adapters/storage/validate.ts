import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord, type Learner, type ModuleId } from '../../core/attempt';
import { PATIENTS } from '../../core/protocol/profile';
import { isProfileId, parseSettings, type Settings } from '../../core/settings';
import { STORAGE_NOTICES, StorageError, type OutboxInput, type OutboxItem, type QuarantineReason } from './types';

// A Record over ModuleId makes the compiler demand an entry here when a module is added, so a new
// module's attempts are never quarantined by a forgotten list.
const KNOWN_MODULES = { cpr: true, scenario: true, theoryExam: true, choking: true, bleeding: true, bandage: true, splint: true } as const satisfies Record<ModuleId, true>;
const MODES: readonly string[] = ['guided', 'practice', 'assessment'];

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: QuarantineReason; detail: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));

/** Structural check of a stored attempt; `log` and `summary` belong to the core and are not inspected. */
export function checkAttempt(raw: unknown): Checked<AttemptRecord> {
  const bad = (detail: string): Checked<AttemptRecord> => ({ ok: false, reason: 'invalidRecord', detail });
  if (!isObject(raw)) return bad('notAnObject');
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return bad('schemaVersion');
  // Checked before the shape because a newer schema may legitimately have a different shape.
  if (v > ATTEMPT_SCHEMA_VERSION) return { ok: false, reason: 'schemaVersionTooNew', detail: `schemaVersion:${v}` };
  if (!nonEmptyString(raw.id)) return bad('id');
  if (!nonEmptyString(raw.learnerId)) return bad('learnerId');
  if (typeof raw.module !== 'string' || !Object.hasOwn(KNOWN_MODULES, raw.module)) return bad('module');
  if (typeof raw.mode !== 'string' || !MODES.includes(raw.mode)) return bad('mode');
  if (!isProfileId(raw.profileId)) return bad('profileId');
  if (typeof raw.profileVersion !== 'string') return bad('profileVersion');
  if (typeof raw.patient !== 'string' || !(PATIENTS as readonly string[]).includes(raw.patient)) return bad('patient');
  if (!isIsoTime(raw.startedAt)) return bad('startedAt');
  if (typeof raw.score !== 'number' || !Number.isFinite(raw.score)) return bad('score');
  if (!('log' in raw)) return bad('log');
  if (!('summary' in raw)) return bad('summary');
  return { ok: true, value: raw as unknown as AttemptRecord };
}

export function checkLearner(raw: unknown): Checked<Learner> {
  const bad = (detail: string): Checked<Learner> => ({ ok: false, reason: 'invalidRecord', detail });
  if (!isObject(raw)) return bad('notAnObject');
  if (!nonEmptyString(raw.id)) return bad('id');
  if (typeof raw.name !== 'string') return bad('name');
  if (raw.studentNumber !== undefined && typeof raw.studentNumber !== 'string') return bad('studentNumber');
  if (!isIsoTime(raw.createdAt)) return bad('createdAt');
  return { ok: true, value: raw as unknown as Learner };
}

function isOutboxInput(raw: unknown): raw is Record<string, unknown> & OutboxInput {
  return isObject(raw) && nonEmptyString(raw.id) && typeof raw.kind === 'string' && typeof raw.createdAt === 'string';
}

/** Reads a stored outbox item, tolerating missing bookkeeping, which only costs a retry count. */
export function toOutboxItem(raw: unknown): OutboxItem | undefined {
  if (!isOutboxInput(raw)) return undefined;
  const tries = typeof raw.tries === 'number' && Number.isInteger(raw.tries) && raw.tries >= 0 ? raw.tries : 0;
  const item: OutboxItem = { id: raw.id, kind: raw.kind, payload: raw.payload, createdAt: raw.createdAt, tries };
  if (typeof raw.lastError === 'string') item.lastError = raw.lastError;
  if (typeof raw.lastFailedAt === 'string') item.lastFailedAt = raw.lastFailedAt;
  return item;
}

/** Newest first; ISO strings with different offsets do not sort as text, so compare instants. */
export function byStartedAtDesc(a: AttemptRecord, b: AttemptRecord): number {
  const d = Date.parse(b.startedAt) - Date.parse(a.startedAt);
  if (d !== 0) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function byCreatedAtAsc<T extends { createdAt: string; id: string }>(a: T, b: T): number {
  const d = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (Number.isFinite(d) && d !== 0) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function matchesQuery(a: AttemptRecord, q: { module?: string; learnerId?: string }): boolean {
  return (q.module === undefined || a.module === q.module) && (q.learnerId === undefined || a.learnerId === q.learnerId);
}

/*
 * Write-side guards. Both stores refuse what their own read side would quarantine, so a bug in a
 * caller shows up at the call instead of as a quarantined record at the next start.
 */

export function assertAttempt(a: AttemptRecord): void {
  const c = checkAttempt(a);
  if (!c.ok) throw new StorageError(STORAGE_NOTICES.invalidRecord, { cause: c.detail });
}

export function assertLearner(l: Learner): void {
  const c = checkLearner(l);
  if (!c.ok) throw new StorageError(STORAGE_NOTICES.invalidRecord, { cause: c.detail });
}

export function assertSettings(s: Settings): void {
  if (parseSettings(s).repaired) throw new StorageError(STORAGE_NOTICES.invalidRecord, { cause: 'settings' });
}

export function assertOutboxInput(item: OutboxInput): void {
  if (!isOutboxInput(item)) throw new StorageError(STORAGE_NOTICES.invalidRecord, { cause: 'outbox' });
}

import type { AttemptRecord, Learner, ModuleId } from '../../core/attempt';
import type { Settings } from '../../core/settings';

/**
 * Keys the UI translates. Storage never produces user-visible text so that the same failure reads
 * correctly in every language.
 */
export const STORAGE_NOTICES = {
  /** IndexedDB could not be used; this session keeps data in memory only. */
  unavailable: 'notice.storage.unavailable',
  /** The device is out of space for this site; the write is kept in memory for this session. */
  quota: 'notice.storage.quota',
  /** Records that could not be read were set aside (see `listQuarantined`). */
  quarantined: 'notice.storage.quarantined',
  /** Stored settings were partly corrupt; the bad fields are back to their defaults. */
  settingsReset: 'notice.settings.reset',
  /** Another tab is upgrading the database; this tab must reload to keep saving. */
  reloadRequired: 'notice.storage.reloadRequired',
  /** A write failed for a reason other than space; the data is kept in memory for this session. */
  writeFailed: 'notice.storage.writeFailed',
  /** A read failed; nothing was changed. */
  readFailed: 'notice.storage.readFailed',
  /** The caller tried to store a record that would not pass the read-side checks. */
  invalidRecord: 'notice.storage.invalidRecord',
} as const;

export type StorageNoticeKey = (typeof STORAGE_NOTICES)[keyof typeof STORAGE_NOTICES];

export type StorageErrorKey =
  | typeof STORAGE_NOTICES.quota
  | typeof STORAGE_NOTICES.reloadRequired
  | typeof STORAGE_NOTICES.writeFailed
  | typeof STORAGE_NOTICES.readFailed
  | typeof STORAGE_NOTICES.invalidRecord;

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly key: StorageErrorKey;
  /** True when the data of the failed write is still readable through the store in this session. */
  readonly retainedInMemory: boolean;

  constructor(key: StorageErrorKey, options: { cause?: unknown; retainedInMemory?: boolean } = {}) {
    // The key doubles as the message so logs stay language-neutral.
    super(key, options.cause === undefined ? undefined : { cause: options.cause });
    this.key = key;
    this.retainedInMemory = options.retainedInMemory ?? false;
  }
}

export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError;
}

export type StorageKind = 'indexeddb' | 'memory';

export interface AttemptQuery {
  module?: ModuleId;
  learnerId?: string;
}

/** What the caller hands to `enqueue`; delivery bookkeeping is added by the store. */
export interface OutboxInput {
  id: string;
  /** What the payload is, e.g. a learning-record statement; the sender dispatches on it. */
  kind: string;
  /** Must be structured-cloneable. */
  payload: unknown;
  /** ISO 8601; the outbox is delivered oldest first. */
  createdAt: string;
}

export interface OutboxItem extends OutboxInput {
  tries: number;
  lastError?: string;
  lastFailedAt?: string;
}

export type QuarantineReason =
  /** Written by a newer app than this one; kept so the newer app can take it back. */
  | 'schemaVersionTooNew'
  /** Fails the structural check. */
  | 'invalidRecord'
  /** The settings record as it was before the bad fields were reset. */
  | 'invalidSettings';

export type QuarantineSource = 'attempts' | 'learners' | 'settings';

export interface QuarantineEntry {
  /** Assigned by the store. */
  qid: number;
  source: QuarantineSource;
  /** Key of the record in its source store. */
  key: string;
  reason: QuarantineReason;
  /** Free-form detail for diagnostics, e.g. the first failing field. Not for display. */
  detail?: string;
  /** The record exactly as it was read. */
  record: unknown;
  quarantinedAt: string;
}

export interface StoredSettings {
  settings: Settings;
  /** Some stored fields were corrupt and are back to their defaults (UI: `notice.settings.reset`). */
  repaired: boolean;
  /** False on first run, when defaults were returned because nothing was stored yet. */
  existed: boolean;
}

export interface Store {
  readonly kind: StorageKind;
  /**
   * The answer of `navigator.storage.persist()`: null when the API is absent or has not answered
   * yet (some browsers ask the user, so the answer may arrive after the store opened).
   */
  readonly persisted: boolean | null;

  getSettings(): Promise<StoredSettings>;
  saveSettings(settings: Settings): Promise<void>;

  getLearner(id: string): Promise<Learner | undefined>;
  putLearner(learner: Learner): Promise<void>;
  /** Oldest first. */
  listLearners(): Promise<Learner[]>;
  getCurrentLearnerId(): Promise<string | null>;
  setCurrentLearnerId(id: string | null): Promise<void>;

  putAttempt(attempt: AttemptRecord): Promise<void>;
  getAttempt(id: string): Promise<AttemptRecord | undefined>;
  /** Newest `startedAt` first. */
  listAttempts(query?: AttemptQuery): Promise<AttemptRecord[]>;
  deleteAttempt(id: string): Promise<void>;

  /** Idempotent: enqueuing an id that is already queued keeps the queued item and its tries. */
  enqueue(item: OutboxInput): Promise<void>;
  /** Oldest `createdAt` first. */
  listOutbox(): Promise<OutboxItem[]>;
  markSent(id: string): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
  countOutbox(): Promise<number>;

  /** Oldest first. */
  listQuarantined(): Promise<QuarantineEntry[]>;

  close(): void;
}

/** Quota failures have carried different names and codes across engines and versions. */
export function isQuotaError(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

import { BlockedError, openIdbStore, type IdbStore } from './idbStore';
import { MemoryStore } from './memoryStore';
import { STORAGE_NOTICES, isQuotaError, type StorageNoticeKey, type Store } from './types';

export { BlockedError, IdbStore, openIdbStore } from './idbStore';
export { checkFileMeta, checkImportedAttempt, importAttemptsFile, importParsed, parseAttemptsFile } from './attemptsFile';
export type { FileMeta, ParsedAttempts } from './attemptsFile';
export type { IdbOpenOptions, IdbOpenResult } from './idbStore';
export { MemoryStore } from './memoryStore';
export { CURRENT_DB_VERSION, MIGRATIONS } from './migrations';
export type { Migration, MigrationContext } from './migrations';
export { DB_NAME, DEFAULT_LEARNER_ID } from './schema';
export { STORAGE_NOTICES, StorageError, isStorageError } from './types';
export type {
  AttemptQuery,
  OutboxInput,
  OutboxItem,
  QuarantineEntry,
  QuarantineReason,
  QuarantineSource,
  StorageErrorKey,
  StorageKind,
  StorageNoticeKey,
  Store,
  StoredSettings,
} from './types';

/** Why the memory store was used instead of IndexedDB; for diagnostics, not for display. */
export type FallbackReason =
  | 'noIndexedDB'
  | 'securityError'
  | 'blocked'
  | 'versionTooNew'
  | 'quota'
  | 'openFailed';

export interface OpenStoreOptions {
  dbName?: string;
  now?: () => Date;
  blockedTimeoutMs?: number;
  /**
   * How long start-up waits for `navigator.storage.persist()`. Some browsers ask the user, so the
   * answer can take arbitrarily long; it is still recorded in `store.persisted` when it comes.
   */
  persistTimeoutMs?: number;
}

export interface OpenStoreResult {
  store: Store;
  notices: StorageNoticeKey[];
  fallbackReason?: FallbackReason;
}

function classifyOpenError(e: unknown): FallbackReason {
  if (e instanceof BlockedError) return 'blocked';
  if (isQuotaError(e)) return 'quota';
  const name = e !== null && typeof e === 'object' ? (e as { name?: unknown }).name : undefined;
  if (name === 'VersionError') return 'versionTooNew';
  if (name === 'SecurityError') return 'securityError';
  return 'openFailed';
}

/**
 * Opens the IndexedDB store, or the memory store when IndexedDB cannot be used (absent, private
 * mode, blocked by another tab, written by a newer app, out of space). Never rejects: a training
 * session must be able to start without storage.
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<OpenStoreResult> {
  const fallback = (fallbackReason: FallbackReason): OpenStoreResult => ({
    store: new MemoryStore(opts.now),
    notices: [STORAGE_NOTICES.unavailable],
    fallbackReason,
  });

  let factory: unknown;
  try {
    factory = globalThis.indexedDB;
  } catch {
    // Some browsers throw on mere access when site data is disabled.
    return fallback('securityError');
  }
  if (!factory) return fallback('noIndexedDB');

  let opened;
  try {
    opened = await openIdbStore(opts);
  } catch (e) {
    return fallback(classifyOpenError(e));
  }

  const notices: StorageNoticeKey[] = [];
  if (opened.probeError !== undefined) {
    // An empty database that refuses writes (e.g. old Safari private mode) is no better than memory;
    // one holding data stays open so the learner still sees it, and new writes spill to memory.
    if (!opened.hasData) {
      opened.store.close();
      return fallback(isQuotaError(opened.probeError) ? 'quota' : 'openFailed');
    }
    notices.push(isQuotaError(opened.probeError) ? STORAGE_NOTICES.quota : STORAGE_NOTICES.writeFailed);
  }
  if (opened.quarantined > 0) notices.push(STORAGE_NOTICES.quarantined);

  await requestPersistence(opened.store, opts.persistTimeoutMs ?? 1500);
  return { store: opened.store, notices };
}

interface MaybeStorageManager {
  persist?: () => Promise<unknown>;
}

async function requestPersistence(store: IdbStore, timeoutMs: number): Promise<void> {
  let manager: MaybeStorageManager | undefined;
  try {
    manager = (globalThis as { navigator?: { storage?: MaybeStorageManager } }).navigator?.storage;
  } catch {
    return;
  }
  const persist = manager?.persist;
  if (typeof persist !== 'function') return;

  let answered: Promise<void>;
  try {
    answered = persist.call(manager).then(
      (granted) => {
        store.persisted = typeof granted === 'boolean' ? granted : null;
      },
      () => {},
    );
  } catch {
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([answered, timeout]);
  clearTimeout(timer);
}

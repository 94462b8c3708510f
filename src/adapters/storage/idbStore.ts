import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { AttemptRecord, Learner } from '../../core/attempt';
import { parseSettings, type Settings } from '../../core/settings';
import { clone, createTables, failedOutboxItem, newOutboxItem } from './memoryStore';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { DB_NAME, INDEXES, META_KEYS, SETTINGS_KEY, STORES, type RescueDrillDB } from './schema';
import {
  STORAGE_NOTICES,
  StorageError,
  isQuotaError,
  type AttemptQuery,
  type OutboxInput,
  type OutboxItem,
  type QuarantineEntry,
  type QuarantineSource,
  type Store,
  type StoredSettings,
} from './types';
import {
  assertAttempt,
  assertLearner,
  assertOutboxInput,
  assertSettings,
  byCreatedAtAsc,
  byStartedAtDesc,
  checkAttempt,
  checkLearner,
  matchesQuery,
  toOutboxItem,
  type Checked,
} from './validate';

type DB = IDBPDatabase<RescueDrillDB>;

/** Other tabs kept an older connection open past `blockedTimeoutMs`. */
export class BlockedError extends Error {
  override readonly name = 'BlockedError';
}

export interface IdbOpenOptions {
  dbName?: string;
  now?: () => Date;
  /** How long to wait after `blocked` for other tabs to close before giving up on IndexedDB. */
  blockedTimeoutMs?: number;
  /** Replaces the migration list; the target version is its length. For tests of failed upgrades. */
  migrations?: readonly Migration[];
}

export interface IdbOpenResult {
  store: IdbStore;
  /** Records moved to quarantine by the open-time check. */
  quarantined: number;
  /** Set when the probe write failed: the database opened but may not accept writes. */
  probeError?: unknown;
  /** Whether the database holds any user data; only computed when the probe write failed. */
  hasData?: boolean;
}

export async function openIdbStore(opts: IdbOpenOptions = {}): Promise<IdbOpenResult> {
  const now = opts.now ?? (() => new Date());
  const migrations = opts.migrations ?? MIGRATIONS;
  const version = migrations.length;
  let store: IdbStore | undefined;
  let upgradeError: unknown;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (e: Error) => void = () => {};
  const gaveUp = new Promise<never>((_, reject) => (giveUp = reject));

  const opening = openDB<RescueDrillDB>(opts.dbName ?? DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // The open request reports an aborted upgrade; this copy of the outcome would go unhandled.
      tx.done.catch(() => {});
      const ctx = {
        db: db as unknown as IDBPDatabase<unknown>,
        tx: tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
        now: now().toISOString(),
      };
      // idb ignores the promise an upgrade callback returns, so a failed step must abort the
      // versionchange transaction itself; otherwise a half-migrated database would be committed.
      runMigrations(ctx, oldVersion, newVersion ?? version, migrations).catch((e: unknown) => {
        upgradeError = e;
        try {
          tx.abort();
        } catch {
          // Already aborting because the failing request aborted it.
        }
      });
    },
    blocked() {
      blockedTimer ??= setTimeout(() => giveUp(new BlockedError()), opts.blockedTimeoutMs ?? 3000);
    },
    blocking() {
      // A newer version in another tab waits for this connection; holding it would block that tab.
      if (store) store.lose();
      else void opening.then((db) => db.close(), () => {});
    },
    terminated() {
      store?.lose();
    },
  });

  let db: DB;
  try {
    db = await Promise.race([opening, gaveUp]);
  } catch (e) {
    // If the open completes after giving up, release it so it does not block anyone.
    opening.then((late) => late.close(), () => {});
    throw upgradeError ?? e;
  } finally {
    if (blockedTimer !== undefined) clearTimeout(blockedTimer);
  }

  store = new IdbStore(db, now);
  const quarantined = await sweep(db, now).catch(() => 0);
  try {
    await db.put(STORES.meta, now().toISOString(), META_KEYS.lastOpenedAt);
    return { store, quarantined };
  } catch (probeError) {
    const hasData = await holdsData(db).catch(() => false);
    return { store, quarantined, probeError, hasData };
  }
}

/**
 * Moves every attempt and learner this version cannot read into quarantine, so that listing never
 * meets them; and takes back attempts an earlier run set aside as too new if this version now reads
 * them. One transaction: a failure leaves everything where it was.
 */
async function sweep(db: DB, now: () => Date): Promise<number> {
  const tx = db.transaction([STORES.attempts, STORES.learners, STORES.quarantine], 'readwrite');
  const quarantine = tx.objectStore(STORES.quarantine);
  const attempts = tx.objectStore(STORES.attempts);

  let qc = await quarantine.openCursor();
  while (qc) {
    const e = qc.value;
    if (e.source === 'attempts' && e.reason === 'schemaVersionTooNew') {
      const c = checkAttempt(e.record);
      if (c.ok && (await attempts.getKey(c.value.id)) === undefined) {
        await attempts.put(e.record);
        await qc.delete();
      }
    }
    qc = await qc.continue();
  }

  const at = now().toISOString();
  let moved = 0;
  const sources: [QuarantineSource & ('attempts' | 'learners'), (raw: unknown) => Checked<unknown>][] = [
    [STORES.attempts, checkAttempt],
    [STORES.learners, checkLearner],
  ];
  for (const [source, check] of sources) {
    let cursor = await tx.objectStore(source).openCursor();
    while (cursor) {
      const c = check(cursor.value);
      if (!c.ok) {
        await quarantine.add({
          source,
          key: String(cursor.primaryKey),
          reason: c.reason,
          detail: c.detail,
          record: cursor.value,
          quarantinedAt: at,
        });
        await cursor.delete();
        moved++;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return moved;
}

async function holdsData(db: DB): Promise<boolean> {
  const [s, a, l] = await Promise.all([
    db.count(STORES.settings),
    db.count(STORES.attempts),
    db.count(STORES.learners),
  ]);
  return s + a + l > 0;
}

const reloadRequired = (cause?: unknown, retainedInMemory = false) =>
  new StorageError(STORAGE_NOTICES.reloadRequired, { cause, retainedInMemory });

export class IdbStore implements Store {
  readonly kind = 'indexeddb' as const;
  /** Set by `openStore` once the browser answers the persistence request. */
  persisted: boolean | null = null;
  /**
   * Writes the disk refused, kept so the session loses nothing; reads prefer them over disk.
   * A later successful write of the same record drops the copy here.
   */
  private readonly spill = createTables();
  private lost = false;

  constructor(
    private readonly db: DB,
    private readonly now: () => Date,
  ) {}

  /** The connection is gone (another tab upgrades, or the browser closed it). */
  lose(): void {
    this.lost = true;
    this.db.close();
  }

  close(): void {
    this.lost = true;
    this.db.close();
  }

  private async read<T>(op: () => Promise<T>): Promise<T> {
    if (this.lost) throw reloadRequired();
    try {
      return await op();
    } catch (e) {
      if (this.lost) throw reloadRequired(e);
      throw new StorageError(STORAGE_NOTICES.readFailed, { cause: e });
    }
  }

  private async write(op: () => Promise<unknown>, retain: () => void, written: () => void): Promise<void> {
    if (this.lost) {
      retain();
      throw reloadRequired(undefined, true);
    }
    try {
      await op();
    } catch (e) {
      retain();
      if (isQuotaError(e)) throw new StorageError(STORAGE_NOTICES.quota, { cause: e, retainedInMemory: true });
      if (this.lost) throw reloadRequired(e, true);
      throw new StorageError(STORAGE_NOTICES.writeFailed, { cause: e, retainedInMemory: true });
    }
    written();
  }

  /** A failed delete has nothing to keep: the record is still there, which is the safe side. */
  private async remove(op: () => Promise<unknown>): Promise<void> {
    if (this.lost) throw reloadRequired();
    try {
      await op();
    } catch (e) {
      if (isQuotaError(e)) throw new StorageError(STORAGE_NOTICES.quota, { cause: e });
      throw this.lost ? reloadRequired(e) : new StorageError(STORAGE_NOTICES.writeFailed, { cause: e });
    }
  }

  // Settings

  async getSettings(): Promise<StoredSettings> {
    if (this.spill.settings) return { settings: clone(this.spill.settings), repaired: false, existed: true };
    const raw = await this.read(() => this.db.get(STORES.settings, SETTINGS_KEY));
    const parsed = parseSettings(raw);
    if (parsed.repaired) {
      // Best effort: if this fails the same repair simply happens again at the next read.
      await this.repairSettings(raw, parsed.settings).catch(() => {});
    }
    return { ...parsed, existed: raw !== undefined };
  }

  /** Writes the repaired settings back, keeping the corrupt original in quarantine. */
  private async repairSettings(raw: unknown, settings: Settings): Promise<void> {
    const tx = this.db.transaction([STORES.settings, STORES.quarantine], 'readwrite');
    await tx.objectStore(STORES.quarantine).add({
      source: 'settings',
      key: SETTINGS_KEY,
      reason: 'invalidSettings',
      record: raw,
      quarantinedAt: this.now().toISOString(),
    });
    await tx.objectStore(STORES.settings).put(settings, SETTINGS_KEY);
    await tx.done;
  }

  async saveSettings(settings: Settings): Promise<void> {
    assertSettings(settings);
    await this.write(
      () => this.db.put(STORES.settings, settings, SETTINGS_KEY),
      () => (this.spill.settings = clone(settings)),
      () => (this.spill.settings = undefined),
    );
  }

  // Learners

  async getLearner(id: string): Promise<Learner | undefined> {
    const spilled = this.spill.learners.get(id);
    if (spilled) return clone(spilled);
    const c = checkLearner(await this.read(() => this.db.get(STORES.learners, id)));
    return c.ok ? c.value : undefined;
  }

  async putLearner(learner: Learner): Promise<void> {
    assertLearner(learner);
    await this.write(
      () => this.db.put(STORES.learners, learner),
      () => this.spill.learners.set(learner.id, clone(learner)),
      () => this.spill.learners.delete(learner.id),
    );
  }

  async listLearners(): Promise<Learner[]> {
    const byId = new Map<string, Learner>();
    for (const raw of await this.read(() => this.db.getAll(STORES.learners))) {
      const c = checkLearner(raw);
      if (c.ok) byId.set(c.value.id, c.value);
    }
    for (const [id, l] of this.spill.learners) byId.set(id, clone(l));
    return [...byId.values()].sort(byCreatedAtAsc);
  }

  async getCurrentLearnerId(): Promise<string | null> {
    if (this.spill.currentLearnerId !== undefined) return this.spill.currentLearnerId;
    const v = await this.read(() => this.db.get(STORES.meta, META_KEYS.currentLearnerId));
    return typeof v === 'string' ? v : null;
  }

  async setCurrentLearnerId(id: string | null): Promise<void> {
    await this.write(
      () =>
        id === null
          ? this.db.delete(STORES.meta, META_KEYS.currentLearnerId)
          : this.db.put(STORES.meta, id, META_KEYS.currentLearnerId),
      () => (this.spill.currentLearnerId = id),
      () => (this.spill.currentLearnerId = undefined),
    );
  }

  // Attempts

  async putAttempt(attempt: AttemptRecord): Promise<void> {
    assertAttempt(attempt);
    await this.write(
      () => this.db.put(STORES.attempts, attempt),
      () => this.spill.attempts.set(attempt.id, clone(attempt)),
      () => this.spill.attempts.delete(attempt.id),
    );
  }

  async getAttempt(id: string): Promise<AttemptRecord | undefined> {
    const spilled = this.spill.attempts.get(id);
    if (spilled) return clone(spilled);
    // Unreadable records written after the open-time sweep (e.g. by another tab) are skipped here
    // and quarantined at the next start.
    const c = checkAttempt(await this.read(() => this.db.get(STORES.attempts, id)));
    return c.ok ? c.value : undefined;
  }

  async listAttempts(query: AttemptQuery = {}): Promise<AttemptRecord[]> {
    const byId = new Map<string, AttemptRecord>();
    for (const raw of await this.read(() => this.db.getAllFromIndex(STORES.attempts, INDEXES.attemptsByStartedAt))) {
      const c = checkAttempt(raw);
      if (c.ok) byId.set(c.value.id, c.value);
    }
    for (const [id, a] of this.spill.attempts) byId.set(id, clone(a));
    return [...byId.values()].filter((a) => matchesQuery(a, query)).sort(byStartedAtDesc);
  }

  async deleteAttempt(id: string): Promise<void> {
    this.spill.attempts.delete(id);
    await this.remove(() => this.db.delete(STORES.attempts, id));
  }

  // Outbox

  async enqueue(item: OutboxInput): Promise<void> {
    assertOutboxInput(item);
    if (this.spill.outbox.has(item.id)) return;
    const fresh = newOutboxItem(item);
    await this.write(
      async () => {
        const tx = this.db.transaction(STORES.outbox, 'readwrite');
        if ((await tx.store.getKey(item.id)) === undefined) await tx.store.put(fresh);
        await tx.done;
      },
      () => this.spill.outbox.set(item.id, fresh),
      () => {},
    );
  }

  async listOutbox(): Promise<OutboxItem[]> {
    const byId = new Map<string, OutboxItem>();
    for (const raw of await this.read(() => this.db.getAll(STORES.outbox))) {
      const item = toOutboxItem(raw);
      if (item) byId.set(item.id, item);
    }
    for (const [id, item] of this.spill.outbox) byId.set(id, clone(item));
    return [...byId.values()].sort(byCreatedAtAsc);
  }

  async markSent(id: string): Promise<void> {
    this.spill.outbox.delete(id);
    await this.remove(() => this.db.delete(STORES.outbox, id));
  }

  async markFailed(id: string, error: string): Promise<void> {
    const at = this.now().toISOString();
    const spilled = this.spill.outbox.get(id);
    if (spilled) {
      this.spill.outbox.set(id, failedOutboxItem(spilled, error, at));
      return;
    }
    let updated: OutboxItem | undefined;
    await this.write(
      async () => {
        const tx = this.db.transaction(STORES.outbox, 'readwrite');
        const current = toOutboxItem(await tx.store.get(id));
        if (current) {
          updated = failedOutboxItem(current, error, at);
          await tx.store.put(updated);
        }
        await tx.done;
      },
      () => updated && this.spill.outbox.set(id, updated),
      () => {},
    );
  }

  async countOutbox(): Promise<number> {
    // Counted through the list so the number matches what listOutbox can actually deliver.
    return (await this.listOutbox()).length;
  }

  // Quarantine

  async listQuarantined(): Promise<QuarantineEntry[]> {
    const rows = await this.read(() => this.db.getAll(STORES.quarantine));
    return rows.filter((r): r is QuarantineEntry => typeof r.qid === 'number');
  }
}

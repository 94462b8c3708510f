import type { IDBPDatabase, IDBPTransaction } from 'idb';

/*
 * Forward migrations, one per version step. Entry n takes a database from version n to n+1.
 *
 * Each migration spells its store and index names as literals instead of using the constants in
 * schema.ts: a migration describes what that version wrote, and must keep doing so even if the
 * current names change later.
 *
 * Only IndexedDB requests may be awaited inside a migration: awaiting anything else lets the
 * versionchange transaction auto-commit half-way.
 */

export interface MigrationContext {
  db: IDBPDatabase<unknown>;
  tx: IDBPTransaction<unknown, string[], 'versionchange'>;
  /** ISO 8601 time of this upgrade, for records a migration creates. */
  now: string;
}

export type Migration = (ctx: MigrationContext) => Promise<void>;

/** Learner id the v2 migration gives v1 attempts; mirrored by DEFAULT_LEARNER_ID in schema.ts. */
const V2_DEFAULT_LEARNER_ID = 'local';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** v1: settings (single record under key 'current') and attempts listed by start time. */
const toV1: Migration = async ({ db }) => {
  db.createObjectStore('settings');
  const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
  attempts.createIndex('by-startedAt', 'startedAt');
};

/**
 * v2: learners and a meta store (current learner id). v1 attempts had no learner and no
 * schemaVersion; they are given a default local learner, created here so that every attempt's
 * learnerId resolves, and schemaVersion 1, which is what v1 wrote.
 */
const toV2: Migration = async ({ db, tx, now }) => {
  db.createObjectStore('learners', { keyPath: 'id' });
  db.createObjectStore('meta');

  let assignedDefault = false;
  let cursor = await tx.objectStore('attempts').openCursor();
  while (cursor) {
    const value: unknown = cursor.value;
    // Non-objects cannot be repaired here; the open-time check moves them to quarantine in v3.
    if (isPlainObject(value) && (value.learnerId === undefined || value.schemaVersion === undefined)) {
      const next = { ...value };
      if (next.learnerId === undefined) {
        next.learnerId = V2_DEFAULT_LEARNER_ID;
        assignedDefault = true;
      }
      if (next.schemaVersion === undefined) next.schemaVersion = 1;
      await cursor.update(next);
    }
    cursor = await cursor.continue();
  }

  if (assignedDefault) {
    await tx.objectStore('learners').put({ id: V2_DEFAULT_LEARNER_ID, name: '', createdAt: now });
    await tx.objectStore('meta').put(V2_DEFAULT_LEARNER_ID, 'currentLearnerId');
  }
};

/**
 * v3: an outbox for learning records awaiting delivery, and a quarantine for records that cannot
 * be read, so that nothing unreadable is ever dropped.
 */
const toV3: Migration = async ({ db }) => {
  const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
  outbox.createIndex('by-createdAt', 'createdAt');
  db.createObjectStore('quarantine', { keyPath: 'qid', autoIncrement: true });
};

export const MIGRATIONS: readonly Migration[] = [toV1, toV2, toV3];

export const CURRENT_DB_VERSION: number = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion` in order. */
export async function runMigrations(
  ctx: MigrationContext,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`missing migration ${v}->${v + 1}`);
    await step(ctx);
  }
}

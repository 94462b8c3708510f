import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import type { AttemptRecord, Learner } from '../../../src/core/attempt';

/** Every test gets an empty IndexedDB of its own. */
export function useFreshIndexedDB(): void {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Plain IndexedDB, no idb and no app code: fixtures must reproduce what old versions wrote, not what
 * the current code thinks they wrote.
 */
export function rawOpen(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onupgradeneeded = (e) => upgrade?.(req.result, req.transaction!, e.oldVersion);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => {};
  });
}

export async function rawWrite(
  db: IDBDatabase,
  store: string,
  writes: { value: unknown; key?: IDBValidKey }[],
): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  const os = tx.objectStore(store);
  for (const w of writes) (w.key === undefined ? os.put(w.value) : os.put(w.value, w.key));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return done(db.transaction(store).objectStore(store).getAll());
}

export async function rawGet(db: IDBDatabase, store: string, key: IDBValidKey): Promise<unknown> {
  return done(db.transaction(store).objectStore(store).get(key));
}

/** The database exactly as app version 1 created it. */
export function createV1(db: IDBDatabase): void {
  db.createObjectStore('settings');
  db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('by-startedAt', 'startedAt');
}

/** The database exactly as app version 2 created it (from scratch). */
export function createV2(db: IDBDatabase): void {
  createV1(db);
  db.createObjectStore('learners', { keyPath: 'id' });
  db.createObjectStore('meta');
}

/** An attempt as v1 wrote it: no learnerId, no schemaVersion. */
export function v1Attempt(id: string, startedAt: string, score: number): Record<string, unknown> {
  return {
    id,
    module: 'cpr',
    mode: 'practice',
    profileId: 'crc',
    profileVersion: '2024.1',
    patient: 'adult',
    startedAt,
    score,
    log: { events: [{ t: 0, kind: 'press', depthMm: 52 }, { t: 540, kind: 'release' }] },
    summary: { rate: 112, depthOk: 0.9 },
  };
}

export function attempt(id: string, over: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id,
    schemaVersion: 1,
    learnerId: 'l1',
    module: 'cpr',
    mode: 'practice',
    profileId: 'crc',
    profileVersion: '2025.1',
    patient: 'adult',
    startedAt: '2025-03-01T09:00:00.000Z',
    score: 75,
    log: { events: [] },
    summary: { rate: 110 },
    ...over,
  };
}

export function learner(id: string, createdAt = '2025-01-01T00:00:00.000Z'): Learner {
  return { id, name: `name-${id}`, createdAt };
}

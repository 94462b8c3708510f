import { describe, expect, it, vi } from 'vitest';
import {
  CURRENT_DB_VERSION,
  DB_NAME,
  STORAGE_NOTICES,
  StorageError,
  openStore,
} from '../../../src/adapters/storage';
import { attempt, createV1, rawOpen, useFreshIndexedDB } from './helpers';

useFreshIndexedDB();

const quota = () => new DOMException('full', 'QuotaExceededError');

describe('falling back to memory', () => {
  it('uses memory with the unavailable notice when indexedDB is undefined', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, notices, fallbackReason } = await openStore();
    expect(store.kind).toBe('memory');
    expect(notices).toEqual([STORAGE_NOTICES.unavailable]);
    expect(fallbackReason).toBe('noIndexedDB');
    await store.putAttempt(attempt('m1'));
    expect(await store.getAttempt('m1')).toEqual(attempt('m1'));
  });

  it('uses memory when merely touching indexedDB throws', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const { store, fallbackReason } = await openStore();
    expect(store.kind).toBe('memory');
    expect(fallbackReason).toBe('securityError');
  });

  it('uses memory when open fails (database written by a newer app)', async () => {
    (await rawOpen(DB_NAME, CURRENT_DB_VERSION + 5)).close();
    const { store, notices, fallbackReason } = await openStore();
    expect(store.kind).toBe('memory');
    expect(notices).toEqual([STORAGE_NOTICES.unavailable]);
    expect(fallbackReason).toBe('versionTooNew');
  });

  it('uses memory when another tab blocks the upgrade, and a later start still opens', async () => {
    const old = await rawOpen(DB_NAME, 1, (db) => createV1(db));
    const { store, fallbackReason } = await openStore({ blockedTimeoutMs: 20 });
    expect(store.kind).toBe('memory');
    expect(fallbackReason).toBe('blocked');
    old.close();
    // The abandoned upgrade may finish in the background; it must not leave the database unusable.
    await new Promise((r) => setTimeout(r, 20));
    const next = await openStore({ blockedTimeoutMs: 200 });
    expect(next.fallbackReason).toBeUndefined();
    expect(next.store.kind).toBe('indexeddb');
    next.store.close();
  });

  it('uses memory when an empty database refuses writes (private mode)', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const { store, notices, fallbackReason } = await openStore();
    expect(store.kind).toBe('memory');
    expect(notices).toEqual([STORAGE_NOTICES.unavailable]);
    expect(fallbackReason).toBe('quota');
  });

  it('keeps a full database that holds data open, with the quota notice', async () => {
    const first = await openStore();
    await first.store.putAttempt(attempt('kept'));
    first.store.close();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const { store, notices } = await openStore();
    expect(store.kind).toBe('indexeddb');
    expect(notices).toEqual([STORAGE_NOTICES.quota]);
    expect(await store.getAttempt('kept')).toEqual(attempt('kept'));
    store.close();
  });
});

describe('quota on a later write', () => {
  it('throws StorageError(notice.storage.quota) and keeps the data readable for the session', async () => {
    const { store } = await openStore();
    await store.putAttempt(attempt('disk', { startedAt: '2025-03-01T09:00:00.000Z' }));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });

    const full = attempt('mem', { startedAt: '2025-03-09T09:00:00.000Z' });
    const err = await store.putAttempt(full).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ key: STORAGE_NOTICES.quota, retainedInMemory: true });
    expect(await store.getAttempt('mem')).toEqual(full);
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['mem', 'disk']);

    const settingsErr = await store
      .saveSettings({ ...(await store.getSettings()).settings, volume: 0.1 })
      .catch((e: unknown) => e);
    expect(settingsErr).toMatchObject({ key: STORAGE_NOTICES.quota });
    expect((await store.getSettings()).settings.volume).toBe(0.1);

    await expect(
      store.enqueue({ id: 'o1', kind: 'xapi', payload: { n: 1 }, createdAt: '2025-03-09T09:00:00.000Z' }),
    ).rejects.toMatchObject({ key: STORAGE_NOTICES.quota });
    await store.markFailed('o1', 'network');
    expect(await store.listOutbox()).toMatchObject([{ id: 'o1', tries: 1, lastError: 'network' }]);

    // Once space is back, writing the record again stores it on disk.
    put.mockRestore();
    await store.putAttempt(full);
    store.close();
    const reopened = await openStore();
    expect(await reopened.store.getAttempt('mem')).toEqual(full);
    reopened.store.close();
  });
});

describe('another tab upgrading', () => {
  it('closes this connection and asks for a reload instead of blocking the other tab', async () => {
    const { store } = await openStore();
    const newer = await rawOpen(DB_NAME, CURRENT_DB_VERSION + 1);
    expect(newer.version).toBe(CURRENT_DB_VERSION + 1);
    await expect(store.listAttempts()).rejects.toMatchObject({ key: STORAGE_NOTICES.reloadRequired });
    await expect(store.putAttempt(attempt('x'))).rejects.toMatchObject({
      key: STORAGE_NOTICES.reloadRequired,
      retainedInMemory: true,
    });
    newer.close();
  });
});

describe('persistent storage', () => {
  it('records the answer of navigator.storage.persist()', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => true } });
    const { store } = await openStore();
    expect(store.persisted).toBe(true);
    store.close();
  });

  it('is null when the API is missing', async () => {
    vi.stubGlobal('navigator', {});
    const { store } = await openStore();
    expect(store.persisted).toBeNull();
    store.close();
  });

  it('does not hold start-up for a slow answer, and records it when it comes', async () => {
    let grant: (v: boolean) => void = () => {};
    vi.stubGlobal('navigator', { storage: { persist: () => new Promise<boolean>((r) => (grant = r)) } });
    const { store } = await openStore({ persistTimeoutMs: 10 });
    expect(store.persisted).toBeNull();
    grant(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.persisted).toBe(false);
    store.close();
  });

  it('reports a memory store as not persisted', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect((await openStore()).store.persisted).toBe(false);
  });
});

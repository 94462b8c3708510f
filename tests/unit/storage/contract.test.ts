import { describe, expect, it } from 'vitest';
import { MemoryStore, STORAGE_NOTICES, StorageError, openStore, type Store } from '../../../src/adapters/storage';
import type { AttemptRecord } from '../../../src/core/attempt';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { attempt, learner, useFreshIndexedDB } from './helpers';

useFreshIndexedDB();

const factories: [string, () => Promise<Store>][] = [
  ['memory', async () => new MemoryStore()],
  [
    'indexeddb',
    async () => {
      const { store } = await openStore();
      expect(store.kind).toBe('indexeddb');
      return store;
    },
  ],
];

describe.each(factories)('%s store', (_name, make) => {
  it('saves and reads settings', async () => {
    const store = await make();
    const s = { ...DEFAULT_SETTINGS, language: 'en' as const, volume: 0.25 };
    await store.saveSettings(s);
    expect(await store.getSettings()).toEqual({ settings: s, repaired: false, existed: true });
    await expect(store.saveSettings({ ...s, volume: 3 })).rejects.toMatchObject({ key: STORAGE_NOTICES.invalidRecord });
    store.close();
  });

  it('stores learners and the current learner id', async () => {
    const store = await make();
    await store.putLearner(learner('b', '2025-02-01T00:00:00.000Z'));
    await store.putLearner(learner('a', '2025-01-01T00:00:00.000Z'));
    expect((await store.listLearners()).map((l) => l.id)).toEqual(['a', 'b']);
    expect(await store.getLearner('b')).toEqual(learner('b', '2025-02-01T00:00:00.000Z'));
    expect(await store.getLearner('zzz')).toBeUndefined();
    expect(await store.getCurrentLearnerId()).toBeNull();
    await store.setCurrentLearnerId('b');
    expect(await store.getCurrentLearnerId()).toBe('b');
    await store.setCurrentLearnerId(null);
    expect(await store.getCurrentLearnerId()).toBeNull();
    store.close();
  });

  it('lists attempts newest first, filtered by module and learner, and deletes', async () => {
    const store = await make();
    // Offsets differ on purpose: text order and time order disagree here.
    await store.putAttempt(attempt('x1', { startedAt: '2025-03-01T10:00:00+08:00', learnerId: 'l1' }));
    await store.putAttempt(attempt('x2', { startedAt: '2025-03-01T03:00:00.000Z', learnerId: 'l2' }));
    await store.putAttempt(attempt('x3', { startedAt: '2025-02-28T23:00:00.000Z', learnerId: 'l1' }));
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['x2', 'x1', 'x3']);
    expect((await store.listAttempts({ learnerId: 'l1' })).map((a) => a.id)).toEqual(['x1', 'x3']);
    expect((await store.listAttempts({ module: 'cpr', learnerId: 'l2' })).map((a) => a.id)).toEqual(['x2']);
    await store.deleteAttempt('x1');
    expect(await store.getAttempt('x1')).toBeUndefined();
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['x2', 'x3']);
    store.close();
  });

  it('refuses an attempt its own read side would quarantine', async () => {
    const store = await make();
    const bad = { ...attempt('bad'), patient: 'giraffe' } as unknown as AttemptRecord;
    const err = await store.putAttempt(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ key: STORAGE_NOTICES.invalidRecord, retainedInMemory: false });
    expect(await store.getAttempt('bad')).toBeUndefined();
    store.close();
  });

  it('returns copies, not the stored objects', async () => {
    const store = await make();
    const a = attempt('c1');
    await store.putAttempt(a);
    a.score = -1;
    const read = await store.getAttempt('c1');
    expect(read?.score).toBe(75);
    read!.score = -2;
    expect((await store.getAttempt('c1'))?.score).toBe(75);
    store.close();
  });

  it('runs the outbox: enqueue, fail, retry, send', async () => {
    const store = await make();
    expect(await store.countOutbox()).toBe(0);
    await store.enqueue({ id: 's2', kind: 'xapi', payload: { v: 2 }, createdAt: '2025-03-01T10:00:01.000Z' });
    await store.enqueue({ id: 's1', kind: 'xapi', payload: { v: 1 }, createdAt: '2025-03-01T10:00:00.000Z' });
    expect(await store.countOutbox()).toBe(2);
    expect(await store.listOutbox()).toEqual([
      { id: 's1', kind: 'xapi', payload: { v: 1 }, createdAt: '2025-03-01T10:00:00.000Z', tries: 0 },
      { id: 's2', kind: 'xapi', payload: { v: 2 }, createdAt: '2025-03-01T10:00:01.000Z', tries: 0 },
    ]);

    await store.markFailed('s1', 'http.503');
    await store.markFailed('s1', 'network.offline');
    const [s1] = await store.listOutbox();
    expect(s1).toMatchObject({ id: 's1', tries: 2, lastError: 'network.offline', payload: { v: 1 } });
    expect(Number.isFinite(Date.parse(s1!.lastFailedAt!))).toBe(true);
    expect(await store.countOutbox()).toBe(2);

    // Enqueuing the same statement again must not reset its retry history.
    await store.enqueue({ id: 's1', kind: 'xapi', payload: { v: 1 }, createdAt: '2025-03-01T10:00:00.000Z' });
    expect((await store.listOutbox())[0]).toMatchObject({ id: 's1', tries: 2 });

    await store.markSent('s1');
    expect(await store.countOutbox()).toBe(1);
    expect((await store.listOutbox()).map((o) => o.id)).toEqual(['s2']);
    await store.markFailed('gone', 'x');
    await store.markSent('gone');
    expect(await store.countOutbox()).toBe(1);
    store.close();
  });

  it('starts with an empty quarantine', async () => {
    const store = await make();
    expect(await store.listQuarantined()).toEqual([]);
    store.close();
  });
});

import { describe, expect, it } from 'vitest';
import { DB_NAME, STORAGE_NOTICES, openStore, type QuarantineEntry } from '../../../src/adapters/storage';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { attempt, learner, rawGet, rawGetAll, rawOpen, rawWrite, useFreshIndexedDB } from './helpers';

useFreshIndexedDB();

/** A current-schema database holding one learner and two attempts, written through the store. */
async function seedCurrent(): Promise<void> {
  const { store } = await openStore();
  await store.putLearner(learner('l1'));
  await store.setCurrentLearnerId('l1');
  await store.putAttempt(attempt('good-1', { startedAt: '2025-03-01T09:00:00.000Z' }));
  await store.putAttempt(attempt('good-2', { startedAt: '2025-03-02T09:00:00.000Z' }));
  store.close();
}

async function rawPut(store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await rawOpen(DB_NAME);
  await rawWrite(db, store, [key === undefined ? { value } : { value, key }]);
  db.close();
}

describe('corrupt settings', () => {
  it('resets only the bad fields, keeps the rest and leaves other stores alone', async () => {
    await seedCurrent();
    const corrupt = { language: 42, volume: 'loud', profile: 'aha2025', metronome: false };
    await rawPut('settings', corrupt, 'current');

    const { store, notices } = await openStore();
    expect(notices).toEqual([]);
    const first = await store.getSettings();
    expect(first.repaired).toBe(true);
    expect(first.existed).toBe(true);
    expect(first.settings).toEqual({
      ...DEFAULT_SETTINGS,
      profile: 'aha2025',
      metronome: false,
    });

    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['good-2', 'good-1']);
    expect(await store.listLearners()).toEqual([learner('l1')]);
    expect(await store.getCurrentLearnerId()).toBe('l1');

    // The corrupt original is kept, and the repair is written so the notice is shown once.
    const q = await store.listQuarantined();
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ source: 'settings', key: 'current', reason: 'invalidSettings', record: corrupt });
    expect(await store.getSettings()).toEqual({ settings: first.settings, repaired: false, existed: true });
    store.close();
  });

  it('treats a non-object settings record as repaired defaults', async () => {
    await seedCurrent();
    await rawPut('settings', 'garbage', 'current');
    const { store } = await openStore();
    expect(await store.getSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: true, existed: true });
    store.close();
  });

  it('reports first run as not existed and not repaired', async () => {
    const { store } = await openStore();
    expect(await store.getSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: false, existed: false });
    store.close();
  });
});

describe('quarantine', () => {
  it('moves unreadable and too-new attempts and learners aside at open, and listing still works', async () => {
    await seedCurrent();
    const broken = { id: 'broken', schemaVersion: 1, learnerId: 'l1', module: 'cpr' };
    const future = { ...attempt('future'), schemaVersion: 99, shape: 'v99' };
    const badLearner = { id: 'l-bad', name: 7 };
    await rawPut('attempts', broken);
    await rawPut('attempts', future);
    await rawPut('learners', badLearner);

    const { store, notices } = await openStore();
    expect(notices).toEqual([STORAGE_NOTICES.quarantined]);
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['good-2', 'good-1']);
    expect(await store.getAttempt('broken')).toBeUndefined();
    expect(await store.listLearners()).toEqual([learner('l1')]);

    const q = await store.listQuarantined();
    const byKey = new Map(q.map((e: QuarantineEntry) => [e.key, e]));
    expect(byKey.get('broken')).toMatchObject({ source: 'attempts', reason: 'invalidRecord', record: broken });
    expect(byKey.get('future')).toMatchObject({ source: 'attempts', reason: 'schemaVersionTooNew', record: future });
    expect(byKey.get('l-bad')).toMatchObject({ source: 'learners', reason: 'invalidRecord', record: badLearner });
    expect(q).toHaveLength(3);
    store.close();

    // Moved, not copied: the source stores no longer hold them.
    const db = await rawOpen(DB_NAME);
    expect(await rawGet(db, 'attempts', 'broken')).toBeUndefined();
    expect(await rawGet(db, 'learners', 'l-bad')).toBeUndefined();
    db.close();

    // A second start finds nothing new to move.
    const again = await openStore();
    expect(again.notices).toEqual([]);
    expect(await again.store.listQuarantined()).toHaveLength(3);
    again.store.close();
  });

  it('skips an unreadable attempt written while the store is open', async () => {
    await seedCurrent();
    const { store } = await openStore();
    await rawPut('attempts', { id: 'late', schemaVersion: 1 });
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['good-2', 'good-1']);
    expect(await store.getAttempt('late')).toBeUndefined();
    store.close();
  });

  it('takes back an attempt set aside as too new once this version can read it', async () => {
    await seedCurrent();
    const readable = attempt('back', { startedAt: '2025-03-05T09:00:00.000Z' });
    const db = await rawOpen(DB_NAME);
    await rawWrite(db, 'quarantine', [
      {
        value: {
          source: 'attempts',
          key: 'back',
          reason: 'schemaVersionTooNew',
          record: readable,
          quarantinedAt: '2025-03-04T00:00:00.000Z',
        },
      },
    ]);
    db.close();

    const { store } = await openStore();
    expect(await store.getAttempt('back')).toEqual(readable);
    expect(await store.listQuarantined()).toEqual([]);
    store.close();
    const after = await rawOpen(DB_NAME);
    expect(await rawGetAll(after, 'quarantine')).toEqual([]);
    after.close();
  });
});

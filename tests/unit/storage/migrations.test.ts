import { describe, expect, it } from 'vitest';
import {
  CURRENT_DB_VERSION,
  DB_NAME,
  DEFAULT_LEARNER_ID,
  MIGRATIONS,
  openIdbStore,
  openStore,
} from '../../../src/adapters/storage';
import { createV1, createV2, rawGetAll, rawOpen, rawWrite, useFreshIndexedDB, v1Attempt } from './helpers';

useFreshIndexedDB();

const v1Settings = {
  language: 'en',
  profile: 'erc2025',
  voicePrompts: false,
  metronome: true,
  volume: 0.3,
  reducedMotion: true,
  highContrast: false,
};

async function seedV1(): Promise<void> {
  const db = await rawOpen(DB_NAME, 1, (d) => createV1(d));
  await rawWrite(db, 'settings', [{ value: v1Settings, key: 'current' }]);
  await rawWrite(db, 'attempts', [
    { value: v1Attempt('a-old', '2024-11-02T08:00:00.000Z', 61) },
    { value: v1Attempt('a-new', '2024-12-24T18:30:00.000Z', 88) },
  ]);
  db.close();
}

describe('schema history', () => {
  it('has one migration per version', () => {
    expect(CURRENT_DB_VERSION).toBe(3);
    expect(MIGRATIONS).toHaveLength(CURRENT_DB_VERSION);
  });

  it('creates the full current schema on a fresh install', async () => {
    const { store, notices } = await openStore();
    expect(store.kind).toBe('indexeddb');
    expect(notices).toEqual([]);
    store.close();
    const db = await rawOpen(DB_NAME);
    expect(db.version).toBe(CURRENT_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'learners', 'meta', 'outbox', 'quarantine', 'settings']);
    // A fresh install has no v1 attempts, so no default learner is invented.
    expect(await rawGetAll(db, 'learners')).toEqual([]);
    db.close();
  });
});

describe('upgrade from v1', () => {
  it('keeps settings and attempts and gives the attempts a default learner and schemaVersion 1', async () => {
    await seedV1();
    const { store, notices } = await openStore();
    expect(store.kind).toBe('indexeddb');
    expect(notices).toEqual([]);

    expect(await store.getSettings()).toEqual({ settings: { ...v1Settings, mutedCues: [] }, repaired: false, existed: true });

    const attempts = await store.listAttempts();
    expect(attempts.map((a) => a.id)).toEqual(['a-new', 'a-old']);
    expect(attempts[0]).toEqual({
      ...v1Attempt('a-new', '2024-12-24T18:30:00.000Z', 88),
      learnerId: DEFAULT_LEARNER_ID,
      schemaVersion: 1,
    });
    expect(attempts[1]).toEqual({
      ...v1Attempt('a-old', '2024-11-02T08:00:00.000Z', 61),
      learnerId: DEFAULT_LEARNER_ID,
      schemaVersion: 1,
    });

    const local = await store.getLearner(DEFAULT_LEARNER_ID);
    expect(local).toMatchObject({ id: DEFAULT_LEARNER_ID, name: '' });
    expect(Number.isFinite(Date.parse(local!.createdAt))).toBe(true);
    expect(await store.getCurrentLearnerId()).toBe(DEFAULT_LEARNER_ID);
    expect(await store.listAttempts({ learnerId: DEFAULT_LEARNER_ID })).toHaveLength(2);
    expect(await store.listQuarantined()).toEqual([]);
    expect(await store.countOutbox()).toBe(0);
    store.close();

    const db = await rawOpen(DB_NAME);
    expect(db.version).toBe(CURRENT_DB_VERSION);
    db.close();
  });

  it('leaves a v1 database untouched when a later step fails', async () => {
    await seedV1();
    const failing = [
      ...MIGRATIONS.slice(0, 2),
      async () => {
        throw new Error('step 3 failed');
      },
    ];
    await expect(openIdbStore({ migrations: failing })).rejects.toThrow('step 3 failed');

    const db = await rawOpen(DB_NAME);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'settings']);
    const stored = (await rawGetAll(db, 'attempts')) as Record<string, unknown>[];
    expect(stored.map((a) => a.learnerId)).toEqual([undefined, undefined]);
    db.close();

    // The real migrations still run afterwards.
    const { store } = await openStore();
    expect(await store.listAttempts()).toHaveLength(2);
    store.close();
  });
});

describe('upgrade from v2', () => {
  it('keeps learners, the current learner, settings and attempts', async () => {
    const learners = [
      { id: 'l-ana', name: 'Ana', createdAt: '2025-01-05T10:00:00.000Z' },
      { id: 'l-bo', name: 'Bo', studentNumber: 'S-17', createdAt: '2025-01-06T10:00:00.000Z' },
    ];
    const attempts = [
      { ...v1Attempt('b1', '2025-02-01T10:00:00.000Z', 70), learnerId: 'l-ana', schemaVersion: 1 },
      { ...v1Attempt('b2', '2025-02-03T10:00:00.000Z', 90), learnerId: 'l-bo', schemaVersion: 1, mode: 'assessment' },
    ];
    const db = await rawOpen(DB_NAME, 2, (d) => createV2(d));
    await rawWrite(db, 'settings', [{ value: v1Settings, key: 'current' }]);
    await rawWrite(db, 'learners', learners.map((value) => ({ value })));
    await rawWrite(db, 'attempts', attempts.map((value) => ({ value })));
    await rawWrite(db, 'meta', [{ value: 'l-bo', key: 'currentLearnerId' }]);
    db.close();

    const { store, notices } = await openStore();
    expect(notices).toEqual([]);
    expect((await store.getSettings()).settings).toEqual({ ...v1Settings, mutedCues: [] });
    expect(await store.listLearners()).toEqual(learners);
    expect(await store.getLearner(DEFAULT_LEARNER_ID)).toBeUndefined();
    expect(await store.getCurrentLearnerId()).toBe('l-bo');
    expect(await store.listAttempts()).toEqual([attempts[1], attempts[0]]);
    expect(await store.listAttempts({ learnerId: 'l-ana' })).toEqual([attempts[0]]);

    await store.enqueue({ id: 'o1', kind: 'xapi', payload: { verb: 'completed' }, createdAt: '2025-02-04T00:00:00.000Z' });
    expect(await store.countOutbox()).toBe(1);
    store.close();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord, type Learner } from '../../../src/core/attempt';
import { IMPORT_REASON_KEYS, MAX_IMPORT_BYTES, type ImportOutcome } from '../../../src/core/attemptFile';
import { drawPaper, submitExam } from '../../../src/core/quiz';
import { LOCALES } from '../../../src/content/locales/all';
import { importAttemptsFile, MemoryStore, parseAttemptsFile, type Store } from '../../../src/adapters/storage';
import { allAttemptsCsv, allAttemptsJson } from '../../../src/ui/export/allExport';
import { theoryAttemptJson, theoryExamCsv } from '../../../src/ui/export/theoryExport';
import { BANK, COURSE, finishAttempt, gradeAttempt, newExamAttempt, startSession, type ExamAttempt } from '../../../src/ui/screens/theoryData';

const NOW = new Date('2026-03-01T12:00:00Z');

function examAttempt(id: string, learnerId: string): ExamAttempt {
  const paper = drawPaper(BANK, COURSE.blueprint, 'crc', 42);
  const a = newExamAttempt({
    id,
    learnerId,
    profileId: 'crc',
    profileVersion: '2024.1',
    paper,
    learnerName: 'Doe, Jane <b>',
    studentNumber: '2025-7',
    startedAt: new Date('2026-02-27T09:00:00Z'),
  });
  return finishAttempt(a, submitExam(startSession(paper, 1000), 61_000));
}

function cprAttempt(id: string, learnerId: string): AttemptRecord {
  return {
    id,
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    learnerId,
    module: 'cpr',
    mode: 'assessment',
    profileId: 'crc',
    profileVersion: '2024.1',
    patient: 'adult',
    startedAt: '2026-02-28T10:00:00.000Z',
    score: 72,
    log: { samples: [], breaths: [], startT: 0, endT: 60_000, length: { kind: 'seconds', seconds: 60 } },
    summary: { metrics: { compressions: [], compressionCount: 0 }, tips: [] },
  };
}

function scenarioAttempt(id: string, learnerId: string): AttemptRecord {
  return {
    ...cprAttempt(id, learnerId),
    module: 'scenario',
    mode: 'guided',
    score: 85,
    log: { actions: [] },
    summary: { scenarioId: 'adultShockable', scenarioVersion: '1', title: { 'zh-CN': '成人可电击', en: 'Adult shockable' }, points: { pct: 85 }, passed: true },
  };
}

const learner: Learner = { id: 'local-a', name: 'Doe, Jane <b>', createdAt: '2026-01-01T00:00:00.000Z' };
const good = (): AttemptRecord[] => [
  examAttempt('e1', 'local-a') as unknown as AttemptRecord,
  cprAttempt('c1', 'local-a'),
  scenarioAttempt('s1', 'local-a'),
];

function fileOf(text: string, name = 'results.json', type = 'application/json') {
  return { name, type, size: new TextEncoder().encode(text).length, text: async () => text };
}

/** The file's JSON with one attempt changed by `edit`. */
function withRecord(i: number, edit: (a: Record<string, unknown>) => void): string {
  const f = JSON.parse(allAttemptsJson(good(), [learner], NOW)) as { attempts: Record<string, unknown>[] };
  edit(f.attempts[i] as Record<string, unknown>);
  return JSON.stringify(f);
}

let store: Store;
beforeEach(async () => {
  store = new MemoryStore();
  await store.putAttempt(cprAttempt('already', 'local-b'));
});

async function expectRefused(outcome: ImportOutcome, key: string, params?: Record<string, unknown>): Promise<void> {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.reason.key).toBe(`exchange.import.error.${key}`);
  if (params) expect(outcome.reason.params).toMatchObject(params);
  // Nothing was written.
  expect((await store.listAttempts()).map((a) => a.id)).toEqual(['already']);
  expect(await store.listLearners()).toEqual([]);
}

describe('importing a results file', () => {
  it('adds a good "export all" file, with its learners, and skips ids already here', async () => {
    const text = allAttemptsJson([...good(), cprAttempt('already', 'local-b')], [learner], NOW);
    const first = await importAttemptsFile(store, fileOf(text), NOW);
    expect(first).toEqual({ ok: true, imported: 3, skipped: 1, skippedIds: ['already'], learnerIds: ['local-a'] });
    expect((await store.listAttempts()).map((a) => a.id).sort()).toEqual(['already', 'c1', 'e1', 's1']);
    expect(await store.getLearner('local-a')).toEqual(learner);
    const again = await importAttemptsFile(store, fileOf(text), NOW);
    expect(again).toMatchObject({ ok: true, imported: 0, skipped: 4 });
  });

  it('reads a one-result file as written by a result screen', async () => {
    const a = examAttempt('e9', 'local-a');
    const out = await importAttemptsFile(store, fileOf(theoryAttemptJson(a)), NOW);
    expect(out).toMatchObject({ ok: true, imported: 1, skipped: 0 });
    expect(await store.getAttempt('e9')).toEqual(a);
  });

  it('refuses the file itself: wrong type, too large, empty, not JSON, not ours, newer, no results', async () => {
    await expectRefused(await importAttemptsFile(store, fileOf('a,b\n1,2', 'results.csv', 'text/csv'), NOW), 'type', { name: 'results.csv' });
    await expectRefused(await importAttemptsFile(store, { ...fileOf('{}'), size: MAX_IMPORT_BYTES + 1 }, NOW), 'size');
    await expectRefused(await importAttemptsFile(store, fileOf(''), NOW), 'empty');
    await expectRefused(await importAttemptsFile(store, fileOf('  \n'), NOW), 'empty');
    await expectRefused(await importAttemptsFile(store, fileOf('{"format":"rescuedrill.attempts",'), NOW), 'json');
    await expectRefused(await importAttemptsFile(store, fileOf('[1,2]'), NOW), 'format');
    await expectRefused(await importAttemptsFile(store, fileOf('{"format":"other","version":1,"attempts":[]}'), NOW), 'format');
    await expectRefused(await importAttemptsFile(store, fileOf('{"format":"rescuedrill.attempts","version":2,"attempts":[]}'), NOW), 'version', { version: 2 });
    await expectRefused(await importAttemptsFile(store, fileOf('{"format":"rescuedrill.attempts","version":1,"attempts":[]}'), NOW), 'noAttempts');
    await expectRefused(await importAttemptsFile(store, fileOf('{"format":"rescuedrill.attempts","version":1,"attempts":{}}'), NOW), 'format');
  });

  const badRecords: [string, number, (a: Record<string, unknown>) => void, string][] = [
    ['an unknown module', 1, (a) => (a.module = 'juggling'), 'module'],
    ['a score given as text', 0, (a) => (a.score = '90'), 'score'],
    ['a missing learner', 2, (a) => delete a.learnerId, 'learnerId'],
    ['a missing summary', 1, (a) => delete a.summary, 'summary'],
    ['a score over 100', 1, (a) => (a.score = 140), 'score'],
    ['a start in the future', 1, (a) => (a.startedAt = '2027-01-01T00:00:00Z'), 'startedAt'],
    ['a start that is no date', 1, (a) => (a.startedAt = 'yesterday'), 'startedAt'],
    ['an unknown profile', 0, (a) => (a.profileId = 'xyz'), 'profileId'],
    ['a guided CPR drill', 1, (a) => (a.mode = 'guided'), 'mode'],
    ['more right answers than questions', 0, (a) => ((a.summary as Record<string, unknown>).correct = 99), 'summary.correct'],
    ['a theory log of no known kind', 0, (a) => ((a.log as Record<string, unknown>).kind = 'essay'), 'log.kind'],
    ['a scenario without its id', 2, (a) => delete (a.summary as Record<string, unknown>).scenarioId, 'summary.scenarioId'],
    ['a CPR log without samples', 1, (a) => ((a.log as Record<string, unknown>).samples = 'none'), 'log.samples'],
    ['an empty record', 1, (a) => Object.keys(a).forEach((k) => delete a[k]), 'schemaVersion'],
  ];
  for (const [what, i, edit, field] of badRecords) {
    it(`refuses the whole file for ${what}, naming the record and the field`, async () => {
      const id = i === 0 ? 'e1' : i === 1 ? 'c1' : 's1';
      const out = await importAttemptsFile(store, fileOf(withRecord(i, edit)), NOW);
      await expectRefused(out, 'record', { n: i + 1, field, ...(what.includes('empty record') ? {} : { id }) });
    });
  }

  it('refuses records from a newer app, repeated ids and malformed learners', async () => {
    await expectRefused(await importAttemptsFile(store, fileOf(withRecord(1, (a) => (a.schemaVersion = 99))), NOW), 'tooNew', { n: 2, id: 'c1' });
    await expectRefused(await importAttemptsFile(store, fileOf(withRecord(2, (a) => (a.id = 'e1'))), NOW), 'duplicate', { n: 3, id: 'e1', first: 1 });
    const f = JSON.parse(allAttemptsJson(good(), [learner], NOW));
    f.learners[0].name = 7;
    await expectRefused(await importAttemptsFile(store, fileOf(JSON.stringify(f)), NOW), 'learner', { n: 1, field: 'name' });
  });

  it('takes back what it wrote when a write fails half-way', async () => {
    let puts = 0;
    const failing: Store = Object.assign(Object.create(store) as Store, {
      putAttempt: async (a: AttemptRecord) => {
        if (++puts === 2) throw new Error('quota');
        return store.putAttempt(a);
      },
    });
    const out = await importAttemptsFile(failing, fileOf(allAttemptsJson(good(), [learner], NOW)), NOW);
    await expectRefused(out, 'write');
  });

  it('translates every reason it can give, in both languages', () => {
    const has = (tree: unknown, key: string) =>
      typeof key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree) === 'string';
    for (const key of IMPORT_REASON_KEYS) {
      expect(has(LOCALES['zh-CN'], key), key).toBe(true);
      expect(has(LOCALES.en, key), key).toBe(true);
    }
    const parsed = parseAttemptsFile('nope', NOW);
    expect(parsed.ok || (IMPORT_REASON_KEYS as readonly string[]).includes(parsed.reason.key)).toBe(true);
  });
});

describe('exports', () => {
  it('"export all" CSV has one row per attempt with the learner\'s name, formula-safe', () => {
    const csv = allAttemptsCsv(good(), [{ ...learner, name: '=HYPERLINK("x")' }]);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('attempt_id,learner_id,learner_name,student_number,module,mode,profile,patient,started_at,score,passed,status,detail');
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('a theory exam exports as CSV with a row per question and as JSON that imports back', () => {
    const a = examAttempt('e2', 'local-a');
    const csv = theoryExamCsv(a, gradeAttempt(a));
    expect(csv).toContain('# attempt_id: e2');
    expect(csv).toContain('# passed: 0');
    const table = csv.split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
    expect(table[0]).toBe('index,question_id,topic,type,answered,correct,credit,at_ms,answer');
    expect(table).toHaveLength(1 + a.log.paper.items.length);
    const back = parseAttemptsFile(theoryAttemptJson(a), NOW);
    expect(back.ok && back.attempts[0]).toEqual(a);
  });
});

import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/content/locales/all';
import { cmi5Statement, type Cmi5Session } from '../../../src/adapters/records/cmi5';
import { ACTIVITY_IDS, EXT, XAPI_NS, stableUuid } from '../../../src/adapters/records/iri';
import { isoDuration, statementsFor, type Statement } from '../../../src/adapters/records/statements';
import { cprAttempt, env, examAttempt, scenarioAttempt } from './fixtures';

/** xapi-validation (Learning Locker's conformance-tested validator): no warnings means valid. */
function expectValid(s: Statement): void {
  const warnings = validate(JSON.parse(JSON.stringify(s)));
  expect(warnings.map((w: unknown) => JSON.stringify(w))).toEqual([]);
}

const SESSION: Cmi5Session = {
  params: {
    endpoint: 'http://127.0.0.1:18300/xAPI/',
    fetch: 'http://127.0.0.1:18300/lms/fetch/x',
    actor: { objectType: 'Agent', name: 'Wang Fang', account: { homePage: 'https://lms.example.org', name: 'wf-0042' } },
    registration: 'a2a7c3a4-5b5c-4c1d-9e1f-2b3c4d5e6f70',
    activityId: `${XAPI_NS}:au:theory-exam`,
  },
  authorization: 'Basic dG9rZW4=',
  launchData: {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: `${XAPI_NS}:au:theory-exam` }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
    },
    launchMode: 'Normal',
    moveOn: 'Passed',
    masteryScore: 0.8,
  },
  startedAt: Date.parse('2026-11-23T09:55:00.000Z'),
  sent: {},
};

describe('xAPI statements', () => {
  it('lesson completed is valid and names the lesson in both languages', () => {
    const [s] = statementsFor(env(), { type: 'lessonCompleted', topic: 'cpr', title: { 'zh-CN': '心肺复苏', en: 'CPR' }, at: '2026-11-23T09:00:00.000Z' });
    expectValid(s!);
    expect(s!.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(s!.object.id).toBe(ACTIVITY_IDS.lesson('cpr'));
    expect(s!.object.definition?.name).toEqual({ 'zh-CN': '心肺复苏', en: 'CPR' });
    expect(s!.context?.language).toBe('zh-CN');
    expect(s!.timestamp).toBe('2026-11-23T09:00:00.000Z');
  });

  it('question answered is valid with success and response', () => {
    const [s] = statementsFor(env(), {
      type: 'questionAnswered',
      context: 'practice',
      attemptId: 'theory-practice-1',
      questionId: 'cpr-rate',
      topic: 'cpr',
      stem: { 'zh-CN': '按压频率？', en: 'Compression rate?' },
      response: '2',
      correct: true,
      at: '2026-11-23T09:01:00.000Z',
    });
    expectValid(s!);
    expect(s!.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s!.result).toEqual({ success: true, response: '2' });
  });

  it('a passed exam has the scaled score, raw/min/max, success, completion and duration', () => {
    const a = examAttempt(30);
    const [s] = statementsFor(env(), { type: 'attemptSaved', attempt: a });
    expectValid(s!);
    expect(s!.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(s!.result?.score).toEqual({ scaled: 1, raw: 30, min: 0, max: 30 });
    expect(s!.result?.success).toBe(true);
    expect(s!.result?.completion).toBe(true);
    expect(s!.result?.duration).toBe('PT10M0S');
    expect(s!.context?.extensions?.[EXT.attemptId]).toBe(a.id);
  });

  it('a failed exam is "failed" with its scaled score', () => {
    const [s] = statementsFor(env(), { type: 'attemptSaved', attempt: examAttempt(12) });
    expectValid(s!);
    expect(s!.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(s!.result?.score?.scaled).toBe(0.4);
    expect(s!.result?.success).toBe(false);
  });

  it('an exam still in progress (intermediate save) makes no statement', () => {
    const a = examAttempt(30);
    const inProgress = { ...a, summary: { ...(a.summary as object), status: 'inProgress' } };
    expect(statementsFor(env(), { type: 'attemptSaved', attempt: inProgress })).toEqual([]);
  });

  it('saving the same attempt twice gives the same statement id', () => {
    const a = examAttempt(30);
    const [x] = statementsFor(env(), { type: 'attemptSaved', attempt: a });
    const [y] = statementsFor(env(), { type: 'attemptSaved', attempt: a });
    expect(x!.id).toBe(y!.id);
    expect(x!.id).toBe(stableUuid(`${a.id}|exam`));
  });

  it('a CPR drill carries score and the key metrics as extensions', () => {
    const a = cprAttempt();
    const [s] = statementsFor(env(), { type: 'attemptSaved', attempt: a });
    expectValid(s!);
    expect(s!.result?.score?.raw).toBe(a.score);
    const ext = s!.result?.extensions ?? {};
    expect(ext[EXT.compressions]).toBe(60);
    expect(ext[EXT.rateMeanPerMin]).toBeCloseTo(110, -1);
    expect(ext[EXT.depthMeanMm]).toBeCloseTo(55, -1);
    expect(Object.keys(ext).every((k) => k.startsWith(`${XAPI_NS}:ext:`))).toBe(true);
  });

  it('a scenario assessment is passed or failed with points and CPR metrics', () => {
    const a = scenarioAttempt();
    const [s] = statementsFor(env(), { type: 'attemptSaved', attempt: a });
    expectValid(s!);
    expect(['http://adlnet.gov/expapi/verbs/passed', 'http://adlnet.gov/expapi/verbs/failed']).toContain(s!.verb.id);
    expect(s!.result?.extensions?.[EXT.points]).toBeDefined();
    expect(s!.object.definition?.name?.en).toBeTruthy();
  });

  it('cmi5 defined statements are valid and carry registration, categories and session id', () => {
    const e = env({ actor: SESSION.params.actor, launch: { registration: SESSION.params.registration, contextTemplate: SESSION.launchData.contextTemplate, activityId: SESSION.params.activityId } });
    for (const v of ['initialized', 'passed', 'failed', 'completed', 'terminated'] as const) {
      const s = cmi5Statement(e, SESSION, v, v === 'passed' || v === 'failed' ? { scaled: 0.9 } : {});
      expectValid(s);
      expect(s.context?.registration).toBe(SESSION.params.registration);
      const cats = s.context?.contextActivities?.category?.map((c) => c.id) ?? [];
      expect(cats).toContain('https://w3id.org/xapi/cmi5/context/categories/cmi5');
      expect(cats.includes('https://w3id.org/xapi/cmi5/context/categories/moveon')).toBe(['passed', 'failed', 'completed'].includes(v));
      expect(s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('session-1');
      expect(s.object.id).toBe(SESSION.params.activityId);
    }
  });

  it('statements sent while launched carry the registration and the launched actor', () => {
    const e = env({ actor: SESSION.params.actor, launch: { registration: SESSION.params.registration, contextTemplate: SESSION.launchData.contextTemplate, activityId: SESSION.params.activityId } });
    const [s] = statementsFor(e, { type: 'attemptSaved', attempt: examAttempt(30) });
    expectValid(s!);
    expect(s!.context?.registration).toBe(SESSION.params.registration);
    expect(s!.actor).toEqual(SESSION.params.actor);
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(3_723_500)).toBe('PT1H2M3.5S');
  });

  it('has both languages for every records message', () => {
    const keys = ['notConfigured', 'launched', 'connected', 'offline', 'error'].map((k) => `state.${k}`);
    keys.push(...['unreachable', 'auth', 'rejected', 'server', 'notConfigured', 'storage', 'launch', 'launchToken', 'badEndpoint'].map((k) => `error.${k}`));
    for (const lng of ['zh-CN', 'en'] as const) {
      const tree = LOCALES[lng].records as Record<string, Record<string, string>>;
      for (const k of keys) {
        const [a, b] = k.split('.') as [string, string];
        expect(tree[a]?.[b], `${lng} records.${k}`).toBeTruthy();
      }
    }
  });
});

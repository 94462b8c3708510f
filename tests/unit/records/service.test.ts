import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/adapters/storage';
import { createXapiRecords, CONFIG_KEY, type KeyValue } from '../../../src/adapters/records';
import type { FetchLike } from '../../../src/adapters/records/lrs';
import { cprAttempt, examAttempt, scenarioAttempt } from './fixtures';

function kv(): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) };
}

function make(fetchFn: FetchLike) {
  const local = kv();
  const records = createXapiRecords({
    store: new MemoryStore(),
    fetch: fetchFn,
    local,
    session: kv(),
    homePage: 'https://rescuedrill.example/',
    platform: 'RescueDrill test',
    language: () => 'en',
    learner: async () => ({ id: 'local-1', name: 'Ada' }),
    launch: null,
    schedule: () => () => {},
  });
  return { records, local };
}

describe('learning records service', () => {
  it('without an endpoint results wait; once configured they are sent and the settings are kept on the device', async () => {
    const puts: string[] = [];
    const { records, local } = make(async (url, init) => {
      puts.push(`${init?.method} ${url}`);
      expect((init?.headers as Record<string, string>).Authorization).toBe(`Basic ${btoa('key:secret')}`);
      return new Response(null, { status: 204 });
    });
    await records.start();
    expect(records.status()).toMatchObject({ connection: 'notConfigured', waiting: 0 });
    await records.sink.handle({ type: 'attemptSaved', attempt: examAttempt(30) });
    await records.idle();
    expect(records.status()).toMatchObject({ connection: 'notConfigured', waiting: 1 });
    expect(puts).toEqual([]);

    await records.configure({ endpoint: ' https://lrs.example.org/xAPI ', username: 'key', password: 'secret' });
    expect(records.status()).toMatchObject({ connection: 'connected', waiting: 0, lastError: null });
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatch(/^PUT https:\/\/lrs\.example\.org\/xAPI\/statements\?statementId=[0-9a-f-]{36}$/);
    expect(JSON.parse(local.map.get(CONFIG_KEY)!)).toEqual({ endpoint: 'https://lrs.example.org/xAPI', username: 'key', password: 'secret' });
    expect(records.status().lastSentAt).not.toBeNull();
  });

  it('explains a wrong address, refused credentials and a missing endpoint', async () => {
    const { records } = make(async () => new Response('no', { status: 401 }));
    expect(await records.testConnection()).toBe(false);
    expect(records.status().lastError?.key).toBe('records.error.notConfigured');

    await records.configure({ endpoint: 'lrs.example.org', username: '', password: '' });
    expect(records.status()).toMatchObject({ connection: 'error', lastError: { key: 'records.error.badEndpoint' } });

    await records.configure({ endpoint: 'https://lrs.example.org/xAPI/', username: 'k', password: 'wrong' });
    expect(await records.testConnection()).toBe(false);
    expect(records.status()).toMatchObject({ connection: 'error', lastError: { key: 'records.error.auth', params: { status: 401 } } });
  });

  it('an unreachable LRS is "offline" with a clear message, and nothing is lost', async () => {
    const { records } = make(async () => {
      throw new TypeError('Failed to fetch');
    });
    await records.configure({ endpoint: 'https://lrs.example.org/xAPI/', username: 'k', password: 's' });
    await records.sink.handle({ type: 'lessonCompleted', topic: 'cpr', title: { 'zh-CN': '心肺复苏', en: 'CPR' }, at: '2026-11-23T09:00:00.000Z' });
    await records.idle();
    expect(records.status()).toMatchObject({ connection: 'offline', waiting: 1, lastError: { key: 'records.error.unreachable' } });
  });
});

describe('cmi5 verdicts per assignable unit', () => {
  /** A fake LMS + LRS in one fetch: token, launch data, and statements collected in order. */
  function lms(activityId: string, launchData: Record<string, unknown>) {
    const sent: { verb: string; object: string; success?: boolean; scaled?: number }[] = [];
    let fetched = 0;
    const fetchFn: FetchLike = async (url, init) => {
      if (url === 'https://lms.example.org/fetch/1') {
        fetched++;
        return Response.json(fetched === 1 ? { 'auth-token': 'dG9rZW4=' } : { 'error-code': '1', 'error-text': 'used' });
      }
      if (url.includes('/activities/state?')) return Response.json({ contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' } }, ...launchData });
      const body = JSON.parse(String(init?.body)) as { verb: { id: string }; object: { id: string }; result?: { success?: boolean; score?: { scaled?: number } } };
      expect((init?.headers as Record<string, string>).Authorization).toBe('Basic dG9rZW4=');
      sent.push({ verb: body.verb.id.split('/').pop()!, object: body.object.id, success: body.result?.success, scaled: body.result?.score?.scaled });
      return new Response(null, { status: 204 });
    };
    const records = createXapiRecords({
      store: new MemoryStore(),
      fetch: fetchFn,
      local: kv(),
      session: kv(),
      homePage: 'https://rescuedrill.example/',
      platform: 'RescueDrill test',
      language: () => 'en',
      learner: async () => ({ id: 'x', name: '' }),
      launch: {
        endpoint: 'https://lrs.example.org/xAPI/',
        fetch: 'https://lms.example.org/fetch/1',
        actor: { objectType: 'Agent', name: 'A', account: { homePage: 'https://lms.example.org', name: 'a1' } },
        registration: 'reg-1',
        activityId,
      },
      schedule: () => () => {},
    });
    return { records, sent, cmi5: () => sent.filter((s) => s.object === activityId).map((s) => s.verb) };
  }

  it('CPR drill AU: an assessment completes it (no pass mark); practice attempts do not count', async () => {
    const { records, cmi5 } = lms('urn:rescuedrill:xapi:au:cpr-drill', { launchMode: 'Normal', moveOn: 'Completed' });
    await records.start();
    await records.sink.handle({ type: 'attemptSaved', attempt: cprAttempt('practice') });
    await records.idle();
    expect(cmi5()).toEqual(['initialized']);
    await records.sink.handle({ type: 'attemptSaved', attempt: cprAttempt('assessment') });
    await records.idle();
    expect(cmi5()).toEqual(['initialized', 'completed']);
  });

  it('scenario AU: passed by the examiner sheet, checked against the masteryScore when given', async () => {
    const a = scenarioAttempt();
    const passedOnSheet = (a.summary as { passed: boolean }).passed;
    const high = lms('urn:rescuedrill:xapi:au:cardiac-arrest-scenario', { launchMode: 'Normal', masteryScore: 1.01 });
    await high.records.start();
    await high.records.sink.handle({ type: 'attemptSaved', attempt: a });
    await high.records.idle();
    expect(high.cmi5()).toEqual(['initialized', 'failed', 'completed']);

    const none = lms('urn:rescuedrill:xapi:au:cardiac-arrest-scenario', { launchMode: 'Normal' });
    await none.records.start();
    await none.records.sink.handle({ type: 'attemptSaved', attempt: a });
    await none.records.idle();
    expect(none.cmi5()).toEqual(['initialized', passedOnSheet ? 'passed' : 'failed', 'completed']);
  });

  it('exam AU in Browse mode: initialized only, no verdict', async () => {
    const { records, cmi5 } = lms('urn:rescuedrill:xapi:au:theory-exam', { launchMode: 'Browse', masteryScore: 0.8 });
    await records.start();
    await records.sink.handle({ type: 'attemptSaved', attempt: examAttempt(30) });
    await records.idle();
    expect(cmi5()).toEqual(['initialized']);
  });

  it('exam AU: a failed exam, then a passed one; never a second completed', async () => {
    const { records, cmi5, sent } = lms('urn:rescuedrill:xapi:au:theory-exam', { launchMode: 'Normal', masteryScore: 0.8 });
    await records.start();
    await records.sink.handle({ type: 'attemptSaved', attempt: examAttempt(10, 'e1') });
    await records.sink.handle({ type: 'attemptSaved', attempt: examAttempt(30, 'e2') });
    await records.idle();
    expect(cmi5()).toEqual(['initialized', 'failed', 'completed', 'passed']);
    expect(sent.find((s) => s.verb === 'passed' && s.object.endsWith('theory-exam'))?.scaled).toBe(1);
  });
});

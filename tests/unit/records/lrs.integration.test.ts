import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage';
import { createXapiRecords, parseLaunchParams, CONFIG_KEY, type KeyValue } from '../../../src/adapters/records';
import type { FetchLike } from '../../../src/adapters/records/lrs';
import { ASSIGNABLE_UNITS } from '../../../src/adapters/records/course';
import { cmi5SequenceProblem } from '../../support/cmi5Order';
import { startLrs, type TestLrs } from '../../support/lrs';
import { useFreshIndexedDB } from '../storage/helpers';
import { examAttempt } from './fixtures';

/*
 * Against a real LRS (npm xapi-statements, in memory, started here on 127.0.0.1): results taken
 * offline arrive exactly once after reconnecting, even when the LRS stored a statement but its
 * answer was lost and the retry sends it again; and a cmi5 launch reports what cmi5 requires.
 */

useFreshIndexedDB();

const PORT = 18311;
let lrs: TestLrs;

beforeAll(async () => {
  lrs = await startLrs(PORT);
}, 40_000);

afterAll(async () => {
  await lrs?.stop();
});

function kv(init: Record<string, string> = {}): KeyValue & { map: Map<string, string> } {
  const map = new Map(Object.entries(init));
  return { map, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) };
}

/** The device's network: while offline every request fails as a browser's fetch does. */
function network() {
  const state = { online: true, requests: 0 };
  const fetchFn: FetchLike = (input, init) => {
    state.requests++;
    if (!state.online) return Promise.reject(new TypeError('Failed to fetch'));
    return fetch(input, init);
  };
  return { state, fetchFn };
}

const VERB = (s: { verb: { id: string } }) => s.verb.id.split('/').pop();

describe('learning records against an LRS', () => {
  it('an exam result taken offline reaches the LRS exactly once after reconnecting, despite a lost acknowledgement', async () => {
    const { store } = await openStore({ persistTimeoutMs: 0 });
    const net = network();
    const records = createXapiRecords({
      store,
      fetch: net.fetchFn,
      local: kv({ [CONFIG_KEY]: JSON.stringify({ endpoint: lrs.endpoint, username: 'key', password: 'secret' }) }),
      session: kv(),
      homePage: 'https://rescuedrill.example/',
      platform: 'RescueDrill test',
      language: () => 'en',
      learner: async () => ({ id: 'local-offline', name: 'Li Hua' }),
      launch: null,
      online: () => net.state.online,
      schedule: () => () => {},
    });

    net.state.online = false;
    const attempt = examAttempt(27, 'theory-exam-offline');
    await records.sink.handle({ type: 'attemptSaved', attempt });
    await records.idle();
    expect(records.status()).toMatchObject({ connection: 'offline', waiting: 1 });
    expect(records.status().lastError?.key).toBe('records.error.unreachable');
    expect((await store.listOutbox())[0]?.tries).toBe(1);

    // Back online; the LRS stores the statement but the answer is lost on the way back.
    net.state.online = true;
    await lrs.faults({ dropAfterStore: 1 });
    await records.sendNow();
    expect(records.status().waiting).toBe(1);
    const queuedId = (await store.listOutbox())[0]?.id;

    // The retry sends the same id again; the LRS acknowledges and the outbox empties.
    await records.sendNow();
    expect(records.status()).toMatchObject({ connection: 'connected', waiting: 0, lastError: null });

    const mine = (await lrs.statements()).filter((s) => s.context?.extensions?.['urn:rescuedrill:xapi:ext:attempt-id'] === attempt.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: queuedId, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } });
    expect(mine[0]?.result?.score).toMatchObject({ scaled: 0.9, raw: 27 });
    expect(mine[0]?.actor).toMatchObject({ name: 'Li Hua', account: { homePage: 'https://rescuedrill.example/', name: 'local-offline' } });

    // Saving the same attempt again later (e.g. a re-save) does not make a second statement.
    await records.sink.handle({ type: 'attemptSaved', attempt });
    await records.idle();
    expect((await lrs.statements()).filter((s) => s.context?.extensions?.['urn:rescuedrill:xapi:ext:attempt-id'] === attempt.id)).toHaveLength(1);
  }, 30_000);

  it('a cmi5 launch: token fetched once, initialized, passed, completed, terminated, with the launched actor', async () => {
    const au = ASSIGNABLE_UNITS.find((u) => u.module === 'theoryExam')!;
    const actor = { objectType: 'Agent', name: '王芳 <b>', account: { homePage: 'https://lms.example.org', name: 'wf-0042' } };
    const l = await lrs.launch({ activityId: au.id, actor, masteryScore: 0.8 });
    const q = new URLSearchParams({ endpoint: l.endpoint, fetch: l.fetch, actor: JSON.stringify(actor), registration: l.registration, activityId: au.id });
    const launch = parseLaunchParams(`?${q.toString()}`, '#/theory/exam');
    expect(launch).not.toBeNull();

    const { store } = await openStore({ persistTimeoutMs: 0 });
    const session = kv();
    const make = () =>
      createXapiRecords({
        store,
        fetch: (i, init) => fetch(i, init),
        local: kv(),
        session,
        homePage: 'https://rescuedrill.example/',
        platform: 'RescueDrill test',
        language: () => 'zh-CN',
        learner: async () => ({ id: 'unused', name: '' }),
        launch,
        schedule: () => () => {},
      });
    const records = make();
    expect(records.launchedLearner()).toEqual({ id: 'lms:wf-0042@https://lms.example.org', name: '王芳 <b>' });
    await records.start();
    expect(records.status()).toMatchObject({ connection: 'launched', waiting: 0 });

    // A reload in the same tab reuses the session (the fetch URL answers only once).
    const again = make();
    await again.start();
    expect(again.status().lastError).toBeNull();

    await records.sink.handle({ type: 'attemptSaved', attempt: examAttempt(25, 'theory-exam-launched') });
    await records.idle();
    // Leaving the page (pagehide) terminates the session, once.
    await records.terminate();
    await records.terminate();
    expect(records.status()).toMatchObject({ waiting: 0, launch: { ended: true, returnURL: null } });

    const mine = (await lrs.statements())
      .filter((s) => s.context?.registration === l.registration)
      // The LRS lists newest first.
      .reverse();
    const cmi5 = mine.filter((s) => s.context?.contextActivities?.category?.some((c) => c.id === 'https://w3id.org/xapi/cmi5/context/categories/cmi5'));
    expect(cmi5SequenceProblem(cmi5)).toBeNull();
    const passed = cmi5.find((s) => VERB(s) === 'passed')!;
    expect(passed.result?.score?.scaled).toBeCloseTo(25 / 30, 2);
    expect(passed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    expect(passed.object.id).toBe(au.id);
    for (const s of mine) expect(s.actor.account).toEqual(actor.account);
    // The exam's own (cmi5 allowed) statement went to the same registration.
    expect(mine.filter((s) => s.object.id.startsWith('urn:rescuedrill:xapi:exam:'))).toHaveLength(1);
  }, 30_000);
});

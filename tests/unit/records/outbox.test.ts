import { describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../src/adapters/storage';
import { StatementOutbox, retryDelayMs, type Route } from '../../../src/adapters/records/outbox';
import type { FetchLike } from '../../../src/adapters/records/lrs';
import { statementsFor, type Statement } from '../../../src/adapters/records/statements';
import { useFreshIndexedDB } from '../storage/helpers';
import { env, examAttempt } from './fixtures';

useFreshIndexedDB();

const ROUTE: Route = { kind: 'settings' };
const TARGET = { endpoint: 'https://lrs.test/xAPI/', authorization: 'Basic eDp5' };

function lesson(topic: string): Statement {
  return statementsFor(env(), { type: 'lessonCompleted', topic, title: { 'zh-CN': topic, en: topic }, at: '2026-11-23T09:00:00.000Z' })[0]!;
}

interface Call {
  url: string;
  id: string;
  queuedAtCall: boolean;
}

/** A scripted LRS: answers each call with the next response (a status, or 'network' to throw). */
function scripted(store: Store, answers: (number | 'network')[]) {
  const calls: Call[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    const id = new URL(url).searchParams.get('statementId') ?? '';
    const queuedAtCall = (await store.listOutbox()).some((i) => i.id === id);
    calls.push({ url, id, queuedAtCall });
    expect(init?.method).toBe('PUT');
    expect((init?.headers as Record<string, string>)['X-Experience-API-Version']).toBe('1.0.3');
    const a = answers.shift() ?? 204;
    if (a === 'network') throw new TypeError('Failed to fetch');
    return new Response(a === 204 ? null : 'x', { status: a });
  };
  return { calls, fetchFn };
}

async function setup(answers: (number | 'network')[], clock = { t: Date.now() }) {
  const { store } = await openStore({ persistTimeoutMs: 0 });
  expect(store.kind).toBe('indexeddb');
  const lrs = scripted(store, answers);
  const timers: { ms: number }[] = [];
  const outbox = new StatementOutbox({
    store,
    fetch: lrs.fetchFn,
    target: () => TARGET,
    now: () => clock.t,
    schedule: (_run, ms) => {
      timers.push({ ms });
      return () => {};
    },
  });
  return { store, outbox, ...lrs, timers, clock };
}

describe('statement outbox', () => {
  it('writes each statement to IndexedDB before sending it, and deletes it on acknowledgement', async () => {
    const { store, outbox, calls } = await setup([204, 204]);
    await outbox.add(lesson('cpr'), ROUTE);
    await outbox.add(lesson('aed'), ROUTE);
    expect(await store.countOutbox()).toBe(2);
    const r = await outbox.flush();
    expect(r).toMatchObject({ sent: 2, failure: null, waiting: 0 });
    expect(calls.every((c) => c.queuedAtCall)).toBe(true);
    expect(await store.countOutbox()).toBe(0);
  });

  it('keeps the statement on a network error or 5xx, records the error and schedules a retry', async () => {
    const { store, outbox, calls, timers } = await setup(['network', 503]);
    const s = lesson('cpr');
    await outbox.add(s, ROUTE);
    await outbox.add(lesson('aed'), ROUTE);
    let r = await outbox.flush();
    expect(r.failure?.kind).toBe('network');
    // The LRS is out of reach: the second statement is not tried in the same run.
    expect(calls).toHaveLength(1);
    let [first] = await store.listOutbox();
    expect(first).toMatchObject({ id: s.id, tries: 1 });
    expect(first!.lastError).toMatch(/^network/);
    expect(timers.at(-1)?.ms).toBe(retryDelayMs(1));

    r = await outbox.flush(true);
    expect(r.failure).toEqual({ kind: 'server', status: 503 });
    [first] = await store.listOutbox();
    expect(first!.tries).toBe(2);
    expect(await store.countOutbox()).toBe(2);
  });

  it('retries with the same statement id, and a 409 (already stored) counts as delivered', async () => {
    const { store, outbox, calls } = await setup([500, 409]);
    const [s] = statementsFor(env(), { type: 'attemptSaved', attempt: examAttempt(30) });
    await outbox.add(s!, ROUTE);
    await outbox.flush();
    await outbox.flush(true);
    expect(calls.map((c) => c.id)).toEqual([s!.id, s!.id]);
    expect(await store.countOutbox()).toBe(0);
  });

  it('enqueuing the same statement again keeps one copy', async () => {
    const { store, outbox } = await setup([]);
    const [s] = statementsFor(env(), { type: 'attemptSaved', attempt: examAttempt(30) });
    await outbox.add(s!, ROUTE);
    await outbox.add(s!, ROUTE);
    expect(await store.countOutbox()).toBe(1);
  });

  it('a refused statement (4xx) stays, does not block the others and is not retried in a hot loop', async () => {
    const { store, outbox, calls, clock } = await setup([400, 204]);
    const bad = lesson('cpr');
    await outbox.add(bad, ROUTE);
    await outbox.add(lesson('aed'), ROUTE);
    const r = await outbox.flush();
    expect(r).toMatchObject({ sent: 1, failure: { kind: 'rejected', status: 400 }, waiting: 1 });
    expect((await store.listOutbox())[0]).toMatchObject({ id: bad.id, tries: 1 });
    // An automatic run within the delay leaves it alone...
    clock.t += 1000;
    await outbox.flush();
    expect(calls).toHaveLength(2);
    // ..."send now" tries it again.
    await outbox.flush(true);
    expect(calls).toHaveLength(3);
  });

  it('an automatic run keeps the order: nothing overtakes a statement waiting out its delay', async () => {
    const { outbox, calls, clock } = await setup(['network', 204, 204]);
    const a = lesson('cpr');
    await outbox.add(a, ROUTE);
    await outbox.flush();
    await outbox.add(lesson('aed'), ROUTE);
    clock.t += 1000;
    await outbox.flush();
    expect(calls).toHaveLength(1);
    clock.t += retryDelayMs(1);
    await outbox.flush();
    expect(calls.map((c) => c.id)[1]).toBe(a.id);
    expect(calls).toHaveLength(3);
  });

  it('statements for an unreachable route wait without being tried', async () => {
    const { store } = await openStore({ persistTimeoutMs: 0 });
    const lrs = scripted(store, []);
    const outbox = new StatementOutbox({ store, fetch: lrs.fetchFn, target: () => null });
    await outbox.add(lesson('cpr'), ROUTE);
    expect(await outbox.flush(true)).toMatchObject({ sent: 0, failure: null, waiting: 1 });
    expect(lrs.calls).toHaveLength(0);
  });
});

describe('statement outbox without IndexedDB', () => {
  it('works the same on the memory store the app falls back to', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, notices } = await openStore({ persistTimeoutMs: 0 });
    expect(store.kind).toBe('memory');
    expect(notices).toContain('notice.storage.unavailable');
    const lrs = scripted(store, ['network', 204]);
    const outbox = new StatementOutbox({ store, fetch: lrs.fetchFn, target: () => TARGET, schedule: () => () => {} });
    await outbox.add(lesson('cpr'), ROUTE);
    expect((await outbox.flush()).waiting).toBe(1);
    expect((await outbox.flush(true)).waiting).toBe(0);
    expect(lrs.calls.map((c) => c.queuedAtCall)).toEqual([true, true]);
  });
});

describe('statement outbox order', () => {
  it('sends statements in the order they were added, even within one millisecond', async () => {
    const { outbox, calls } = await setup(Array(20).fill(204), { t: Date.now() });
    const added: string[] = [];
    for (let i = 0; i < 20; i++) {
      // Random ids, as in the app: the order must not come from the ids.
      const s = statementsFor(env({ newId: () => crypto.randomUUID() }), { type: 'lessonCompleted', topic: `t${i}`, title: { 'zh-CN': 't', en: 't' }, at: '2026-11-23T09:00:00.000Z' })[0]!;
      added.push(s.id);
      await outbox.add(s, ROUTE);
    }
    await outbox.flush();
    expect(calls.map((c) => c.id)).toEqual(added);
  });
});

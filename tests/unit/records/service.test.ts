import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/adapters/storage';
import { createXapiRecords, CONFIG_KEY, type KeyValue } from '../../../src/adapters/records';
import type { FetchLike } from '../../../src/adapters/records/lrs';
import { examAttempt } from './fixtures';

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

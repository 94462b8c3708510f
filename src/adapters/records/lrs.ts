import type { Statement } from './statements';

/** A way to reach an LRS: its endpoint (ending in '/') and the Authorization header value. */
export interface LrsTarget {
  endpoint: string;
  authorization: string;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** How one delivery ended; only `stored` and `duplicate` let the outbox drop the statement. */
export type SendOutcome =
  | { kind: 'stored' }
  /** 409: the LRS already holds a statement with this id (e.g. a retry after a lost reply). */
  | { kind: 'duplicate' }
  /** No answer: offline, DNS, refused, CORS, timeout. Retry later. */
  | { kind: 'network'; detail: string }
  /** 401 / 403: credentials; nothing else will get through either. */
  | { kind: 'auth'; status: number }
  /** Other 4xx: this statement was refused; it stays on the device. */
  | { kind: 'rejected'; status: number; detail: string }
  /** 5xx or an unexpected answer: retry later. */
  | { kind: 'server'; status: number };

export const XAPI_VERSION = '1.0.3';

export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

export function normaliseEndpoint(endpoint: string): string {
  const e = endpoint.trim();
  return e === '' || e.endsWith('/') ? e : `${e}/`;
}

/** Accepts only absolute http(s) URLs. */
export function isEndpoint(endpoint: string): boolean {
  try {
    const u = new URL(endpoint.trim());
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

const headers = (t: LrsTarget): Record<string, string> => ({
  Authorization: t.authorization,
  'X-Experience-API-Version': XAPI_VERSION,
});

function networkDetail(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 200) : 'network';
}

/**
 * Stores one statement with PUT under its own id: idempotent, so a retry after a lost answer is
 * stored once (the LRS answers 204 again, or 409 if it already holds it).
 */
export async function putStatement(
  fetchFn: FetchLike,
  target: LrsTarget,
  s: Statement,
  opts: { keepalive?: boolean; timeoutMs?: number } = {},
): Promise<SendOutcome> {
  const url = `${target.endpoint}statements?statementId=${encodeURIComponent(s.id)}`;
  const ctrl = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = ctrl ? setTimeout(() => ctrl.abort(), opts.timeoutMs ?? 15000) : undefined;
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: 'PUT',
      headers: { ...headers(target), 'Content-Type': 'application/json' },
      body: JSON.stringify(s),
      ...(opts.keepalive ? { keepalive: true } : {}),
      ...(ctrl ? { signal: ctrl.signal } : {}),
    });
  } catch (e) {
    return { kind: 'network', detail: networkDetail(e) };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
  if (res.ok) return { kind: 'stored' };
  if (res.status === 409) return { kind: 'duplicate' };
  if (res.status === 401 || res.status === 403) return { kind: 'auth', status: res.status };
  if (res.status >= 400 && res.status < 500) {
    const text = await res.text().catch(() => '');
    return { kind: 'rejected', status: res.status, detail: text.slice(0, 300) };
  }
  return { kind: 'server', status: res.status };
}

/** Checks endpoint and credentials with an authenticated read that changes nothing. */
export async function checkConnection(fetchFn: FetchLike, target: LrsTarget): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetchFn(`${target.endpoint}statements?limit=1`, { method: 'GET', headers: headers(target) });
  } catch (e) {
    return { kind: 'network', detail: networkDetail(e) };
  }
  if (res.ok) return { kind: 'stored' };
  if (res.status === 401 || res.status === 403) return { kind: 'auth', status: res.status };
  if (res.status >= 400 && res.status < 500) return { kind: 'rejected', status: res.status, detail: '' };
  return { kind: 'server', status: res.status };
}

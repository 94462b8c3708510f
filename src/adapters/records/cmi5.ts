import type { FetchLike } from './lrs';
import { normaliseEndpoint } from './lrs';
import { baseContext, type Agent, type Statement, type StatementEnv, type VerbName, verb, isoDuration } from './statements';

/*
 * cmi5 (the xAPI profile for LMS-launched content): this app is an assignable unit (AU). The LMS
 * opens it with launch parameters, sends "launched" itself, and the AU then fetches its auth token
 * once, reads LMS.LaunchData and reports initialized, passed or failed, completed and terminated.
 */

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchDataStateId: 'LMS.LaunchData',
} as const;

export interface LaunchParams {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface LaunchData {
  contextTemplate: NonNullable<Statement['context']>;
  launchMode: LaunchMode;
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
}

export class Cmi5Error extends Error {
  override readonly name = 'Cmi5Error';
  constructor(
    readonly step: 'params' | 'fetch' | 'launchData',
    message: string,
  ) {
    super(message);
  }
}

function isAgent(v: unknown): v is Agent {
  if (!v || typeof v !== 'object') return false;
  const a = v as Agent;
  return !!a.account && typeof a.account.homePage === 'string' && typeof a.account.name === 'string';
}

/**
 * The launch parameters from the page's query string, or from the query after the hash (an LMS
 * may append them to an AU URL that already has a hash route). Null when not launched.
 */
export function parseLaunchParams(search: string, hash: string): LaunchParams | null {
  const fromHash = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  for (const q of [new URLSearchParams(search), new URLSearchParams(fromHash)]) {
    const endpoint = q.get('endpoint');
    const fetchUrl = q.get('fetch');
    const actorRaw = q.get('actor');
    const registration = q.get('registration');
    const activityId = q.get('activityId');
    if (!endpoint || !fetchUrl || !actorRaw || !registration || !activityId) continue;
    let actor: unknown;
    try {
      actor = JSON.parse(actorRaw);
    } catch {
      return null;
    }
    if (!isAgent(actor)) return null;
    const clean: Agent = {
      objectType: 'Agent',
      ...(typeof actor.name === 'string' ? { name: actor.name } : {}),
      account: { homePage: actor.account!.homePage, name: actor.account!.name },
    };
    return { endpoint: normaliseEndpoint(endpoint), fetch: fetchUrl, actor: clean, registration, activityId };
  }
  return null;
}

/** POSTs to the one-time fetch URL; the answer's "auth-token" is the Basic credential for the session. */
export async function fetchAuthToken(fetchFn: FetchLike, fetchUrl: string): Promise<string> {
  let res: Response;
  try {
    res = await fetchFn(fetchUrl, { method: 'POST' });
  } catch (e) {
    throw new Cmi5Error('fetch', e instanceof Error ? e.message : 'network');
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  const token = body?.['auth-token'];
  if (!res.ok || typeof token !== 'string' || !token) {
    throw new Cmi5Error('fetch', String(body?.['error-text'] ?? `HTTP ${res.status}`));
  }
  return token;
}

export async function getLaunchData(fetchFn: FetchLike, p: LaunchParams, authorization: string): Promise<LaunchData> {
  const q = new URLSearchParams({
    stateId: CMI5.launchDataStateId,
    activityId: p.activityId,
    agent: JSON.stringify(p.actor),
    registration: p.registration,
  });
  let res: Response;
  try {
    res = await fetchFn(`${p.endpoint}activities/state?${q.toString()}`, {
      headers: { Authorization: authorization, 'X-Experience-API-Version': '1.0.3' },
    });
  } catch (e) {
    throw new Cmi5Error('launchData', e instanceof Error ? e.message : 'network');
  }
  const body = (await res.json().catch(() => null)) as Partial<LaunchData> | null;
  if (!res.ok || !body || typeof body.contextTemplate !== 'object' || typeof body.launchMode !== 'string') {
    throw new Cmi5Error('launchData', `HTTP ${res.status}`);
  }
  return body as LaunchData;
}

/** What one launch needs to report; kept in sessionStorage so a reload does not fetch again. */
export interface Cmi5Session {
  params: LaunchParams;
  authorization: string;
  launchData: LaunchData;
  /** Wall-clock ms of initialized, for durations. */
  startedAt: number;
  /** cmi5 verbs already sent in this session (each at most once; passed and failed exclude each other after passed). */
  sent: Partial<Record<'initialized' | 'passed' | 'failed' | 'completed' | 'terminated', true>>;
}

export function cmi5Env(base: Omit<StatementEnv, 'actor' | 'launch'>, s: Cmi5Session): StatementEnv {
  return {
    ...base,
    actor: s.params.actor,
    launch: { registration: s.params.registration, contextTemplate: s.launchData.contextTemplate, activityId: s.params.activityId },
  };
}

/** A cmi5 defined statement about the launched AU. */
export function cmi5Statement(
  env: StatementEnv,
  s: Cmi5Session,
  name: Extract<VerbName, 'initialized' | 'passed' | 'failed' | 'completed' | 'terminated'>,
  opts: { scaled?: number; endedAt?: number } = {},
): Statement {
  const ctx = baseContext(env);
  const moveOn = name === 'passed' || name === 'failed' || name === 'completed';
  const judged = name === 'passed' || name === 'failed';
  const category = [{ objectType: 'Activity' as const, id: CMI5.category }, ...(moveOn ? [{ objectType: 'Activity' as const, id: CMI5.moveOnCategory }] : [])];
  const duration = isoDuration((opts.endedAt ?? env.now().getTime()) - s.startedAt);
  const result: Statement['result'] | undefined =
    name === 'initialized'
      ? undefined
      : judged
        ? { ...(opts.scaled !== undefined ? { score: { scaled: opts.scaled } } : {}), success: name === 'passed', duration }
        : name === 'completed'
          ? { completion: true, duration }
          : { duration };
  return {
    id: env.newId(),
    actor: s.params.actor,
    verb: verb(name),
    object: { objectType: 'Activity', id: s.params.activityId },
    ...(result ? { result } : {}),
    context: {
      ...ctx,
      contextActivities: { ...ctx.contextActivities, category: [...(ctx.contextActivities?.category ?? []), ...category] },
      extensions: {
        ...ctx.extensions,
        ...(judged && s.launchData.masteryScore !== undefined ? { [CMI5.masteryScore]: s.launchData.masteryScore } : {}),
      },
    },
    timestamp: env.now().toISOString(),
  };
}

/**
 * The cmi5 verbs a finished, judged result leads to, given what this session already sent:
 * passed or failed (only in Normal launch mode; never a second passed, never failed after passed),
 * then completed once.
 */
export function verdictVerbs(s: Cmi5Session, passed: boolean | null): ('passed' | 'failed' | 'completed')[] {
  if (s.launchData.launchMode !== 'Normal') return [];
  const out: ('passed' | 'failed' | 'completed')[] = [];
  if (passed === true && !s.sent.passed) out.push('passed');
  if (passed === false && !s.sent.passed && !s.sent.failed) out.push('failed');
  if (!s.sent.completed) out.push('completed');
  return out;
}

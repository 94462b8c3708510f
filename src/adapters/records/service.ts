import type { LearningEvent, RecordsConfig, RecordsConnection, RecordsError, RecordsStatus } from '../../core/records';
import { EMPTY_RECORDS_CONFIG } from '../../core/records';
import type { Language } from '../../core/settings';
import { cmi5Env, cmi5Statement, fetchAuthToken, getLaunchData, verdictVerbs, Cmi5Error, type Cmi5Session, type LaunchParams } from './cmi5';
import { auFor } from './course';
import { basicAuth, checkConnection, isEndpoint, normaliseEndpoint, putStatement, type FetchLike, type LrsTarget, type SendOutcome } from './lrs';
import { StatementOutbox, type FlushReport, type OutboxStore, type Route } from './outbox';
import { finishedExam, learnerAgent, statementsFor, type Statement, type StatementEnv } from './statements';

/** One consumer of learning events (this xAPI/cmi5 reporter, a SCORM reporter, ...). */
export interface RecordSink {
  handle(event: LearningEvent): void | Promise<void>;
}

/** A small string store: localStorage for the settings, sessionStorage for a launch. */
export interface KeyValue {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export const CONFIG_KEY = 'rescuedrill.records.config';
export const SESSION_KEY = 'rescuedrill.cmi5.session';
export const LAST_SENT_KEY = 'rescuedrill.records.lastSentAt';

export interface XapiRecordsOptions {
  store: OutboxStore;
  fetch: FetchLike;
  /** Where the Settings connection is kept (this device only). */
  local: KeyValue;
  /** Where the cmi5 session (auth token, launch data) is kept for reloads of the same tab. */
  session: KeyValue;
  /** The app's address: the homePage of learner accounts when not launched. */
  homePage: string;
  platform: string;
  language(): Language;
  learner(): Promise<{ id: string; name: string }>;
  launch: LaunchParams | null;
  online?: () => boolean;
  now?: () => Date;
  newId?: () => string;
  schedule?: (run: () => void, ms: number) => () => void;
}

export interface XapiRecords {
  sink: RecordSink;
  /** Opens the cmi5 session if launched (sends initialized) and sends what waits. */
  start(): Promise<void>;
  status(): RecordsStatus;
  onChange(cb: () => void): () => void;
  config(): RecordsConfig;
  configure(c: RecordsConfig): Promise<void>;
  testConnection(): Promise<boolean>;
  sendNow(): Promise<void>;
  /**
   * Ends a launched session: sends cmi5 terminated (once) with a keepalive request, so it also
   * works while the page is going away. Resolves when the LRS answered (or the request failed).
   */
  terminate(): Promise<void>;
  /** The launched learner, if any. */
  launchedLearner(): { id: string; name: string } | null;
  /** Waits until queued work (statements being written) is done; for tests. */
  idle(): Promise<void>;
}

function readConfig(kv: KeyValue): RecordsConfig {
  try {
    const raw = JSON.parse(kv.get(CONFIG_KEY) ?? 'null') as Partial<RecordsConfig> | null;
    if (!raw || typeof raw !== 'object') return { ...EMPTY_RECORDS_CONFIG };
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return { endpoint: str(raw.endpoint), username: str(raw.username), password: str(raw.password) };
  } catch {
    return { ...EMPTY_RECORDS_CONFIG };
  }
}

const ERROR_KEYS: Record<Exclude<SendOutcome['kind'], 'stored' | 'duplicate'>, string> = {
  network: 'records.error.unreachable',
  auth: 'records.error.auth',
  rejected: 'records.error.rejected',
  server: 'records.error.server',
};

/** The learner id a launch's account maps to on this device. */
export function launchedLearnerId(p: LaunchParams): string {
  return `lms:${p.actor.account?.name ?? ''}@${p.actor.account?.homePage ?? ''}`;
}

export function createXapiRecords(o: XapiRecordsOptions): XapiRecords {
  const now = o.now ?? (() => new Date());
  const newId = o.newId ?? (() => crypto.randomUUID());
  const online = o.online ?? (() => true);
  let config = readConfig(o.local);
  let session: Cmi5Session | null = null;
  let waiting = 0;
  let sending = false;
  let lastError: RecordsError | null = null;
  let lastFailureKind: string | null = null;
  let lastSentAt: string | null = o.local.get(LAST_SENT_KEY);
  const listeners = new Set<() => void>();
  let chain: Promise<void> = Promise.resolve();

  const changed = () => {
    for (const cb of listeners) cb();
  };

  const settingsTarget = (): LrsTarget | null =>
    config.endpoint && isEndpoint(config.endpoint)
      ? { endpoint: normaliseEndpoint(config.endpoint), authorization: basicAuth(config.username, config.password) }
      : null;

  const outbox = new StatementOutbox({
    store: o.store,
    fetch: o.fetch,
    now: () => now().getTime(),
    ...(o.schedule ? { schedule: o.schedule } : {}),
    target: (route: Route) => (route.kind === 'settings' ? settingsTarget() : { endpoint: route.endpoint, authorization: route.authorization }),
    onChange: (r: FlushReport) => {
      waiting = r.waiting;
      if (r.sent > 0) {
        lastSentAt = now().toISOString();
        try {
          o.local.set(LAST_SENT_KEY, lastSentAt);
        } catch {
          // Shown for this session only.
        }
      }
      if (r.failure) setError(ERROR_KEYS[r.failure.kind], r.failure.status, r.failure.kind);
      else if (r.sent > 0) clearError();
      changed();
    },
  });

  function setError(key: string, status: number | undefined, kind: string): void {
    lastError = { key, ...(status !== undefined ? { params: { status } } : {}), at: now().toISOString() };
    lastFailureKind = kind;
  }

  function clearError(): void {
    lastError = null;
    lastFailureKind = null;
  }

  const route = (): Route =>
    session
      ? { kind: 'launch', registration: session.params.registration, endpoint: session.params.endpoint, authorization: session.authorization }
      : { kind: 'settings' };

  function baseEnv(): Omit<StatementEnv, 'actor' | 'launch'> {
    return { language: o.language(), platform: o.platform, now, newId };
  }

  async function env(): Promise<StatementEnv> {
    if (session) return cmi5Env(baseEnv(), session);
    const l = await o.learner();
    return { ...baseEnv(), actor: learnerAgent(o.homePage, l.id, l.name) };
  }

  function saveSession(): void {
    if (!session) return;
    try {
      o.session.set(SESSION_KEY, JSON.stringify(session));
    } catch {
      // A tab without sessionStorage refetches nothing: the session simply lives in memory.
    }
  }

  async function enqueue(statements: Statement[]): Promise<void> {
    const r = route();
    for (const s of statements) await outbox.add(s, r);
    waiting = await outbox.count();
    changed();
  }

  /** Serialises work so statements enter the outbox in the order their events happened. */
  function queue(work: () => Promise<void>): Promise<void> {
    chain = chain.then(work).catch(() => {
      setError('records.error.storage', undefined, 'storage');
      changed();
    });
    return chain;
  }

  function flush(force: boolean): Promise<void> {
    sending = true;
    changed();
    return outbox.flush(force).then(
      () => {
        sending = false;
        changed();
      },
      () => {
        sending = false;
        changed();
      },
    );
  }

  /** cmi5 verdict for the launched AU when one of its results arrives. */
  function cmi5VerdictFor(e: LearningEvent, ev: StatementEnv): Statement[] {
    if (!session || e.type !== 'attemptSaved') return [];
    const au = auFor(session.params.activityId);
    const a = e.attempt;
    if (!au || au.module !== a.module || a.mode !== 'assessment') return [];
    const mastery = session.launchData.masteryScore;
    const scaled = Math.max(0, Math.min(1, a.score / 100));
    let passed: boolean | null;
    let score = scaled;
    if (a.module === 'theoryExam') {
      const exam = finishedExam(a);
      if (!exam) return [];
      score = exam.scorePct / 100;
      passed = mastery !== undefined ? score >= mastery : exam.passed;
    } else if (a.module === 'scenario') {
      const own = (a.summary as { passed?: unknown } | null)?.passed === true;
      passed = own && (mastery === undefined || score >= mastery);
    } else {
      passed = mastery !== undefined ? score >= mastery : null;
    }
    const verbs = verdictVerbs(session, passed);
    const out = verbs.map((v) => cmi5Statement(ev, session as Cmi5Session, v, v === 'completed' ? {} : { scaled: score }));
    for (const v of verbs) session.sent[v] = true;
    saveSession();
    return out;
  }

  const sink: RecordSink = {
    handle(e) {
      return queue(async () => {
        const ev = await env();
        const statements = [...statementsFor(ev, e), ...cmi5VerdictFor(e, ev)];
        if (statements.length === 0) return;
        await enqueue(statements);
        void flush(false);
      });
    },
  };

  async function openSession(p: LaunchParams): Promise<void> {
    try {
      const stored = JSON.parse(o.session.get(SESSION_KEY) ?? 'null') as Cmi5Session | null;
      if (stored && stored.params?.registration === p.registration && typeof stored.authorization === 'string') {
        session = stored;
        return;
      }
    } catch {
      // Unreadable: fetch a new session below.
    }
    const token = await fetchAuthToken(o.fetch, p.fetch);
    const authorization = `Basic ${token}`;
    const launchData = await getLaunchData(o.fetch, p, authorization);
    session = { params: p, authorization, launchData, startedAt: now().getTime(), sent: {} };
    saveSession();
  }

  return {
    sink,
    async start() {
      if (o.launch) {
        const p = o.launch;
        await queue(async () => {
          try {
            await openSession(p);
          } catch (e) {
            setError(e instanceof Cmi5Error && e.step === 'fetch' ? 'records.error.launchToken' : 'records.error.launch', undefined, 'launch');
            changed();
            return;
          }
          if (session && !session.sent.initialized) {
            const ev = cmi5Env(baseEnv(), session);
            session.sent.initialized = true;
            saveSession();
            await enqueue([cmi5Statement(ev, session, 'initialized')]);
          }
        });
      }
      waiting = await outbox.count().catch(() => 0);
      changed();
      await flush(true);
    },
    status() {
      let connection: RecordsConnection;
      const failed = lastFailureKind;
      if (failed === 'network' || (!online() && (session || settingsTarget()))) connection = 'offline';
      else if (failed && failed !== 'storage') connection = 'error';
      else if (session) connection = 'launched';
      else if (!settingsTarget()) connection = 'notConfigured';
      else connection = 'connected';
      return {
        connection,
        waiting,
        sending,
        lastError,
        lastSentAt,
        launch: session
          ? {
              endpoint: session.params.endpoint,
              activityId: session.params.activityId,
              registration: session.params.registration,
              learnerName: session.params.actor.name ?? '',
              returnURL: typeof session.launchData.returnURL === 'string' && session.launchData.returnURL ? session.launchData.returnURL : null,
              ended: session.sent.terminated === true,
            }
          : null,
      };
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    config: () => ({ ...config }),
    async configure(c) {
      config = { endpoint: c.endpoint.trim(), username: c.username.trim(), password: c.password };
      try {
        o.local.set(CONFIG_KEY, JSON.stringify(config));
      } catch {
        // Kept for this session only.
      }
      clearError();
      if (config.endpoint && !isEndpoint(config.endpoint)) setError('records.error.badEndpoint', undefined, 'config');
      changed();
      await flush(true);
    },
    async testConnection() {
      const t = session ? { endpoint: session.params.endpoint, authorization: session.authorization } : settingsTarget();
      if (!t) {
        setError('records.error.notConfigured', undefined, 'config');
        changed();
        return false;
      }
      const r = await checkConnection(o.fetch, t);
      if (r.kind === 'stored') clearError();
      else setError(ERROR_KEYS[r.kind === 'duplicate' ? 'server' : r.kind], 'status' in r ? r.status : undefined, r.kind);
      changed();
      return r.kind === 'stored';
    },
    async sendNow() {
      await chain;
      await flush(true);
    },
    async terminate() {
      if (!session || session.sent.terminated) return;
      const s = session;
      const st = cmi5Statement(cmi5Env(baseEnv(), s), s, 'terminated');
      s.sent.terminated = true;
      saveSession();
      // Written to the outbox (delivered at the next start if this request is lost) and sent at once;
      // both carry the same id, so the LRS stores it once.
      changed();
      const queued = outbox.add(st, route()).catch(() => {});
      const r = await putStatement(o.fetch, { endpoint: s.params.endpoint, authorization: s.authorization }, st, { keepalive: true });
      await queued;
      if (r.kind === 'stored' || r.kind === 'duplicate') {
        await o.store.markSent(st.id).catch(() => {});
        lastSentAt = now().toISOString();
      }
      waiting = await outbox.count().catch(() => waiting);
      changed();
    },
    launchedLearner() {
      const p = session?.params ?? o.launch;
      return p ? { id: launchedLearnerId(p), name: p.actor.name ?? '' } : null;
    },
    idle: () => chain.then(() => outbox.flush(false)).then(() => undefined),
  };
}

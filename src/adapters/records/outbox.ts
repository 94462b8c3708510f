import type { OutboxItem, Store } from '../storage';
import { putStatement, type FetchLike, type LrsTarget, type SendOutcome } from './lrs';
import type { Statement } from './statements';

/** The part of the store the outbox needs (IndexedDB, or memory when IndexedDB is unavailable). */
export type OutboxStore = Pick<Store, 'enqueue' | 'listOutbox' | 'markSent' | 'markFailed' | 'countOutbox'>;

export const STATEMENT_KIND = 'xapi-statement';

/**
 * Where a queued statement goes: the LRS configured in Settings, or the LRS of one cmi5 launch
 * (whose auth token belongs to that launch; such statements wait until that launch is current).
 */
export type Route =
  | { kind: 'settings' }
  /**
   * The launch's endpoint and auth token travel with its statements, so a statement queued
   * offline reaches that LRS even after the tab that was launched has closed.
   */
  | { kind: 'launch'; registration: string; endpoint: string; authorization: string };

export interface QueuedStatement {
  statement: Statement;
  route: Route;
}

function asQueued(item: OutboxItem): QueuedStatement | null {
  if (item.kind !== STATEMENT_KIND) return null;
  const p = item.payload as Partial<QueuedStatement> | null;
  if (!p || typeof p !== 'object' || !p.statement || typeof p.statement.id !== 'string' || !p.route) return null;
  return p as QueuedStatement;
}

export type FailureKind = Exclude<SendOutcome['kind'], 'stored' | 'duplicate'>;

export interface FlushReport {
  sent: number;
  /** The outcome that stopped or marked the run, if any. */
  failure: { kind: FailureKind; status?: number } | null;
  waiting: number;
}

export interface OutboxOptions {
  store: OutboxStore;
  fetch: FetchLike;
  /** The LRS for a route now, or null if it cannot be reached yet (not configured, other launch). */
  target(route: Route): LrsTarget | null;
  now?: () => number;
  /** Timer for automatic retries; returns a cancel function. */
  schedule?: (run: () => void, ms: number) => () => void;
  /** Called after every change of the queue or of a delivery outcome. */
  onChange?: (report: FlushReport) => void;
}

/** First retry after 5 s, doubling up to 5 minutes (rejected statements: up to 30 minutes). */
export function retryDelayMs(tries: number, rejected = false): number {
  const cap = rejected ? 30 * 60_000 : 5 * 60_000;
  return Math.min(cap, 5000 * 2 ** Math.max(0, tries - 1));
}

/**
 * Statements wait here until the LRS acknowledges them. Each statement is written to the store
 * (with its final id) before any attempt to send it; it is deleted only when the LRS answers 2xx,
 * or 409 (it already holds that id). Everything else keeps it, records the error and retries later
 * with backoff; a refused statement (other 4xx) is not retried in a hot loop.
 */
export class StatementOutbox {
  private running: Promise<FlushReport> | null = null;
  private again = false;
  private againForce = false;
  private cancelTimer: (() => void) | null = null;
  /** The store lists by createdAt (ties by id), so each statement gets a later instant than the last. */
  private lastCreatedMs = 0;
  private readonly now: () => number;
  private readonly schedule: (run: () => void, ms: number) => () => void;

  constructor(private readonly o: OutboxOptions) {
    this.now = o.now ?? (() => Date.now());
    this.schedule =
      o.schedule ??
      ((run, ms) => {
        const id = setTimeout(run, ms);
        return () => clearTimeout(id);
      });
  }

  /** Persists the statement; resolves once it is on the device (before any network call). */
  async add(statement: Statement, route: Route): Promise<void> {
    const at = Math.max(this.now(), this.lastCreatedMs + 1);
    this.lastCreatedMs = at;
    await this.o.store.enqueue({
      id: statement.id,
      kind: STATEMENT_KIND,
      payload: { statement, route } satisfies QueuedStatement,
      createdAt: new Date(at).toISOString(),
    });
  }

  async count(): Promise<number> {
    return this.o.store.countOutbox();
  }

  async list(): Promise<QueuedStatement[]> {
    return (await this.o.store.listOutbox()).flatMap((i) => asQueued(i) ?? []);
  }

  /**
   * Sends what is due, oldest first. `force` (send now, back online, new settings) also sends
   * statements still waiting out their retry delay. Concurrent calls share one run.
   */
  flush(force = false): Promise<FlushReport> {
    if (this.running) {
      this.again = true;
      this.againForce ||= force;
      return this.running;
    }
    this.running = this.run(force).finally(() => {
      this.running = null;
      if (this.again) {
        const f = this.againForce;
        this.again = false;
        this.againForce = false;
        void this.flush(f);
      }
    });
    return this.running;
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private async run(force: boolean): Promise<FlushReport> {
    this.stop();
    const items = await this.o.store.listOutbox();
    let sent = 0;
    let failure: FlushReport['failure'] = null;
    let nextDue = Number.POSITIVE_INFINITY;
    const now = this.now();

    for (const item of items) {
      const q = asQueued(item);
      if (!q) continue;
      const target = this.o.target(q.route);
      if (!target) continue;
      if (!force && item.lastFailedAt !== undefined) {
        const rejected = item.lastError?.startsWith('rejected') ?? false;
        const due = Date.parse(item.lastFailedAt) + retryDelayMs(item.tries, rejected);
        if (due > now) {
          nextDue = Math.min(nextDue, due);
          // Keep the order (cmi5 needs initialized before passed): wait for the older one.
          if (rejected) continue;
          break;
        }
      }
      const outcome = await putStatement(this.o.fetch, target, q.statement);
      if (outcome.kind === 'stored' || outcome.kind === 'duplicate') {
        await this.o.store.markSent(item.id);
        sent++;
        continue;
      }
      const label =
        outcome.kind === 'network' ? `network ${outcome.detail}` : outcome.kind === 'rejected' ? `rejected ${outcome.status} ${outcome.detail}` : `${outcome.kind} ${outcome.status}`;
      await this.o.store.markFailed(item.id, label);
      failure = { kind: outcome.kind, ...('status' in outcome ? { status: outcome.status } : {}) };
      nextDue = Math.min(nextDue, this.now() + retryDelayMs(item.tries + 1, outcome.kind === 'rejected'));
      // A refused statement does not hold up the others; anything else means the LRS is out of reach.
      if (outcome.kind !== 'rejected') break;
    }

    const waiting = await this.o.store.countOutbox();
    if (waiting > 0 && Number.isFinite(nextDue)) {
      this.cancelTimer = this.schedule(() => void this.flush(false), Math.max(1000, nextDue - this.now()));
    }
    const report = { sent, failure, waiting };
    this.o.onChange?.(report);
    return report;
  }
}

import type { AttemptRecord, Learner } from '../../core/attempt';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { AttemptQuery, OutboxInput, OutboxItem, QuarantineEntry, Store, StoredSettings } from './types';
import {
  assertAttempt,
  assertLearner,
  assertOutboxInput,
  assertSettings,
  byCreatedAtAsc,
  byStartedAtDesc,
  matchesQuery,
} from './validate';

/**
 * Plain data behind the memory store. The IndexedDB store keeps one of these too, for writes the
 * disk refused, so the two share the helpers below.
 */
export interface MemoryTables {
  settings: Settings | undefined;
  /** undefined: never set here (the IndexedDB store then falls through to disk); null: cleared. */
  currentLearnerId: string | null | undefined;
  learners: Map<string, Learner>;
  attempts: Map<string, AttemptRecord>;
  outbox: Map<string, OutboxItem>;
}

export function createTables(): MemoryTables {
  return {
    settings: undefined,
    currentLearnerId: undefined,
    learners: new Map(),
    attempts: new Map(),
    outbox: new Map(),
  };
}

// Copies on the way in and out so callers cannot mutate stored records, as with IndexedDB.
export const clone = <T>(v: T): T => structuredClone(v);

export function newOutboxItem(item: OutboxInput): OutboxItem {
  return { id: item.id, kind: item.kind, payload: clone(item.payload), createdAt: item.createdAt, tries: 0 };
}

export function failedOutboxItem(item: OutboxItem, error: string, at: string): OutboxItem {
  return { ...item, tries: item.tries + 1, lastError: error, lastFailedAt: at };
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  /** Nothing outlives the page, so it is known not to be persisted. */
  readonly persisted = false;
  private readonly t: MemoryTables = createTables();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async getSettings(): Promise<StoredSettings> {
    const stored = this.t.settings;
    return { settings: clone(stored ?? { ...DEFAULT_SETTINGS }), repaired: false, existed: stored !== undefined };
  }

  async saveSettings(settings: Settings): Promise<void> {
    assertSettings(settings);
    this.t.settings = clone(settings);
  }

  async getLearner(id: string): Promise<Learner | undefined> {
    const l = this.t.learners.get(id);
    return l && clone(l);
  }

  async putLearner(learner: Learner): Promise<void> {
    assertLearner(learner);
    this.t.learners.set(learner.id, clone(learner));
  }

  async listLearners(): Promise<Learner[]> {
    return [...this.t.learners.values()].map(clone).sort(byCreatedAtAsc);
  }

  async getCurrentLearnerId(): Promise<string | null> {
    return this.t.currentLearnerId ?? null;
  }

  async setCurrentLearnerId(id: string | null): Promise<void> {
    this.t.currentLearnerId = id;
  }

  async putAttempt(attempt: AttemptRecord): Promise<void> {
    assertAttempt(attempt);
    this.t.attempts.set(attempt.id, clone(attempt));
  }

  async getAttempt(id: string): Promise<AttemptRecord | undefined> {
    const a = this.t.attempts.get(id);
    return a && clone(a);
  }

  async listAttempts(query: AttemptQuery = {}): Promise<AttemptRecord[]> {
    return [...this.t.attempts.values()]
      .filter((a) => matchesQuery(a, query))
      .map(clone)
      .sort(byStartedAtDesc);
  }

  async deleteAttempt(id: string): Promise<void> {
    this.t.attempts.delete(id);
  }

  async enqueue(item: OutboxInput): Promise<void> {
    assertOutboxInput(item);
    if (!this.t.outbox.has(item.id)) this.t.outbox.set(item.id, newOutboxItem(item));
  }

  async listOutbox(): Promise<OutboxItem[]> {
    return [...this.t.outbox.values()].map(clone).sort(byCreatedAtAsc);
  }

  async markSent(id: string): Promise<void> {
    this.t.outbox.delete(id);
  }

  async markFailed(id: string, error: string): Promise<void> {
    const item = this.t.outbox.get(id);
    if (item) this.t.outbox.set(id, failedOutboxItem(item, error, this.now().toISOString()));
  }

  async countOutbox(): Promise<number> {
    return this.t.outbox.size;
  }

  async listQuarantined(): Promise<QuarantineEntry[]> {
    // Always empty: the write guards admit only readable records and nothing older is loaded.
    return [];
  }

  close(): void {}
}

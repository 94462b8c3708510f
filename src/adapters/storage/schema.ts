import type { DBSchema } from 'idb';
import type { QuarantineEntry } from './types';

export const DB_NAME = 'rescuedrill';

/** The settings store holds a single record under this out-of-line key (since v1). */
export const SETTINGS_KEY = 'current';

/** Keys of the `meta` store (since v2), which holds small values under out-of-line keys. */
export const META_KEYS = {
  currentLearnerId: 'currentLearnerId',
  lastOpenedAt: 'lastOpenedAt',
} as const;

/**
 * Learner that v1 attempts are assigned to by the v1→v2 migration (v1 had no learners).
 * Its name is empty: the UI shows its own label for it rather than a stored string in one language.
 */
export const DEFAULT_LEARNER_ID = 'local';

export const STORES = {
  settings: 'settings',
  attempts: 'attempts',
  learners: 'learners',
  meta: 'meta',
  outbox: 'outbox',
  quarantine: 'quarantine',
} as const;

export const INDEXES = {
  attemptsByStartedAt: 'by-startedAt',
  outboxByCreatedAt: 'by-createdAt',
} as const;

/**
 * The current schema as the store sees it. Values read back are typed `unknown` on purpose:
 * anything on disk may have been written by another version or be corrupt, and is checked before use.
 */
export interface RescueDrillDB extends DBSchema {
  settings: { key: string; value: unknown };
  attempts: { key: string; value: unknown; indexes: { 'by-startedAt': string } };
  learners: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  outbox: { key: string; value: unknown; indexes: { 'by-createdAt': string } };
  quarantine: { key: number; value: Omit<QuarantineEntry, 'qid'> & { qid?: number } };
}

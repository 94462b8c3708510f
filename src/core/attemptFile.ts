import type { AttemptRecord, Learner } from './attempt';

/**
 * Result files: what "export" writes and "import" reads back. A file holds either one attempt
 * (`rescuedrill.attempt`, written by each result screen) or many (`rescuedrill.attempts`, written
 * by the results list's "export all", with the learners they belong to).
 */
export const ATTEMPT_FILE_FORMAT = 'rescuedrill.attempt';
export const ATTEMPTS_FILE_FORMAT = 'rescuedrill.attempts';
export const ATTEMPTS_FILE_VERSION = 1;
/** Larger files are refused before they are read (a long CPR log is well under 1 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface AttemptFile {
  format: typeof ATTEMPT_FILE_FORMAT;
  version: number;
  attempt: AttemptRecord;
}

export interface AttemptsFile {
  format: typeof ATTEMPTS_FILE_FORMAT;
  version: number;
  /** ISO 8601. */
  exportedAt: string;
  /** The learners the attempts belong to (id, name and student number as they were). */
  learners: Learner[];
  attempts: AttemptRecord[];
}

/** A message key with its parameters; only the UI turns it into text. */
export interface ImportReason {
  key: string;
  params?: Record<string, unknown>;
}

export type ImportOutcome =
  | { ok: true; imported: number; skipped: number; skippedIds: string[]; learnerIds: string[] }
  | { ok: false; reason: ImportReason };

/** Keys of every reason an import can be refused for. */
export const IMPORT_REASON_KEYS = [
  'exchange.import.error.type',
  'exchange.import.error.size',
  'exchange.import.error.empty',
  'exchange.import.error.json',
  'exchange.import.error.format',
  'exchange.import.error.version',
  'exchange.import.error.noAttempts',
  'exchange.import.error.record',
  'exchange.import.error.tooNew',
  'exchange.import.error.duplicate',
  'exchange.import.error.learner',
  'exchange.import.error.read',
  'exchange.import.error.write',
] as const;

export function attemptsFile(attempts: readonly AttemptRecord[], learners: readonly Learner[], exportedAt: Date): AttemptsFile {
  return {
    format: ATTEMPTS_FILE_FORMAT,
    version: ATTEMPTS_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    learners: [...learners],
    attempts: [...attempts],
  };
}

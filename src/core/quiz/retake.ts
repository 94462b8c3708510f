import { QuizError } from './types';

/** Retake rules of a course (data, not code). */
export interface RetakeRules {
  /** Attempts allowed in total, the first included; null for no limit. */
  readonly maxAttempts: number | null;
  /** Wait after a failed attempt ends before the next may start. */
  readonly cooldownMs: number;
  /** Whether a learner who passed may sit again (e.g. to improve the score). */
  readonly retakeAfterPass: boolean;
}

export interface AttemptOutcome {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly passed: boolean;
}

export type RetakeStatus =
  | { readonly allowed: true; readonly attemptsLeft: number | null }
  | { readonly allowed: false; readonly reason: 'passed' | 'maxAttempts' }
  | { readonly allowed: false; readonly reason: 'cooldown'; readonly availableAt: number };

/**
 * Whether the learner may start an attempt at time `t`, given earlier attempts of this course.
 * Order of checks: a pass (if retakes after a pass are off), then the attempt limit, then the
 * cooldown after the latest attempt, so the screen shows the reason that cannot be waited out first.
 */
export function retakeStatus(history: readonly AttemptOutcome[], rules: RetakeRules, t: number): RetakeStatus {
  if (!Number.isFinite(t)) throw new QuizError('time must be finite');
  if (!rules.retakeAfterPass && history.some((a) => a.passed)) return { allowed: false, reason: 'passed' };
  if (rules.maxAttempts !== null && history.length >= rules.maxAttempts) {
    return { allowed: false, reason: 'maxAttempts' };
  }
  const last = history.reduce<AttemptOutcome | null>((m, a) => (m === null || a.endedAt > m.endedAt ? a : m), null);
  if (last !== null && !last.passed && rules.cooldownMs > 0) {
    const availableAt = last.endedAt + rules.cooldownMs;
    if (t < availableAt) return { allowed: false, reason: 'cooldown', availableAt };
  }
  return { allowed: true, attemptsLeft: rules.maxAttempts === null ? null : rules.maxAttempts - history.length };
}

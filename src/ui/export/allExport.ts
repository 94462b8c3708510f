import Papa from 'papaparse';
import type { AttemptRecord, Learner } from '../../core/attempt';
import { attemptsFile } from '../../core/attemptFile';

/** Every listed attempt with the learners they belong to; the results list imports it back. */
export function allAttemptsJson(attempts: readonly AttemptRecord[], learners: readonly Learner[], now: Date): string {
  const ids = new Set(attempts.map((a) => a.learnerId));
  return JSON.stringify(attemptsFile(attempts, learners.filter((l) => ids.has(l.id)), now), null, 2);
}

type Summaryish = {
  passed?: unknown;
  status?: unknown;
  scenarioId?: unknown;
  scenarioVersion?: unknown;
  metrics?: { compressionCount?: unknown };
};

/** Spreadsheet cells that start like a formula are prefixed so a spreadsheet shows them as text. */
const cell = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/**
 * One row per attempt (the detail of each stays in its own export): who, what, when, score and,
 * where the module has one, the verdict. Column names are stable identifiers, not translated.
 */
export function allAttemptsCsv(attempts: readonly AttemptRecord[], learners: readonly Learner[]): string {
  const byId = new Map(learners.map((l) => [l.id, l]));
  const rows = attempts.map((a) => {
    const s = (a.summary ?? {}) as Summaryish;
    const log = (a.log ?? {}) as { kind?: unknown };
    const learner = byId.get(a.learnerId);
    const detail =
      a.module === 'scenario'
        ? `${String(s.scenarioId ?? '')}@${String(s.scenarioVersion ?? '')}`
        : a.module === 'theoryExam'
          ? String(log.kind ?? '')
          : `compressions=${String(s.metrics?.compressionCount ?? '')}`;
    return {
      attempt_id: a.id,
      learner_id: cell(a.learnerId),
      learner_name: cell(learner?.name ?? ''),
      student_number: cell(learner?.studentNumber ?? ''),
      module: a.module,
      mode: a.mode,
      profile: `${a.profileId}@${a.profileVersion}`,
      patient: a.patient,
      started_at: a.startedAt,
      score: a.score,
      passed: typeof s.passed === 'boolean' ? (s.passed ? 1 : 0) : '',
      status: typeof s.status === 'string' ? s.status : '',
      detail,
    };
  });
  return `${Papa.unparse(rows, {
    columns: ['attempt_id', 'learner_id', 'learner_name', 'student_number', 'module', 'mode', 'profile', 'patient', 'started_at', 'score', 'passed', 'status', 'detail'],
  })}\n`;
}

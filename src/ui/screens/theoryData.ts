import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord } from '../../core/attempt';
import type { ProfileId } from '../../core/protocol/profile';
import {
  createCertificateRecord,
  DEFAULT_LEITNER,
  eligible,
  gradeExam,
  issueCertificate,
  reviewCard,
  scoreAnswer,
  startExam,
  submitExam,
  TOPIC_IDS,
  type Answer,
  type AttemptOutcome,
  type Certificate,
  type ExamCourse,
  type ExamFinished,
  type ExamResult,
  type ExamSession,
  type LeitnerState,
  type Paper,
  type Question,
  type TopicId,
  type TopicScore,
} from '../../core/quiz';
import { BANK_VERSION, DEFAULT_COURSE, QUESTION_BANK } from '../../content/questions';
import type { AttemptRepository, LearningEvent } from '../ports';

/**
 * Theory attempts as stored records. Both the exam and the practice quiz are kept as attempts of
 * module `theoryExam` (mode 'assessment' and 'practice'), so they share the store, the results list
 * and later the learning-record export; `log.kind` tells them apart.
 *
 * Times: the exam's own clock is the monotonic one (`ctx.input.now()`); the log keeps offsets from
 * the start in ms, anchored to the wall-clock start in `record.startedAt`. Wall-clock instants are
 * used only where a monotonic clock cannot reach: retake cooldowns, spaced-repetition due dates
 * across days, and resuming an exam after the page was reloaded.
 */
export const THEORY_MODULE = 'theoryExam' as const;

export interface ExamLogAnswer {
  readonly answer: Answer;
  /** ms after the start. */
  readonly atMs: number;
}

export interface ExamLog {
  readonly kind: 'theoryExam';
  readonly courseId: string;
  readonly courseVersion: string;
  readonly bankVersion: string;
  readonly passMarkPct: number;
  readonly timeLimitMs: number;
  /** The drawn paper, seed included, so it can be re-shown. */
  readonly paper: Paper;
  readonly answers: Readonly<Record<string, ExamLogAnswer>>;
  /** The name as it was when the exam started; the certificate states this one. */
  readonly learnerName: string;
  readonly studentNumber?: string;
  /** Local calendar date of the start (YYYY-MM-DD): the certificate's date. */
  readonly date: string;
  /** ms after the start, measured on the monotonic clock; null while in progress. */
  readonly endedAtMs: number | null;
  readonly endReason: 'submitted' | 'timeout' | null;
}

export interface ExamSummary {
  readonly status: 'inProgress' | 'finished';
  readonly correct: number;
  readonly total: number;
  readonly scorePct: number;
  readonly passMarkPct: number;
  readonly passed: boolean;
  readonly byTopic: readonly TopicScore[];
  readonly certificate: Certificate | null;
}

export type ExamAttempt = AttemptRecord<ExamLog, ExamSummary>;

export interface PracticeReview {
  readonly questionId: string;
  readonly answer: Answer;
  readonly correct: boolean;
  /** Wall-clock epoch ms: spaced repetition schedules across days. */
  readonly at: number;
}

export interface PracticeLog {
  readonly kind: 'theoryPractice';
  readonly bankVersion: string;
  readonly paper: Paper;
  readonly reviews: readonly PracticeReview[];
}

export interface PracticeSummary {
  readonly answered: number;
  readonly correct: number;
}

export type PracticeAttempt = AttemptRecord<PracticeLog, PracticeSummary>;

export const COURSE: ExamCourse = DEFAULT_COURSE;
export const BANK: readonly Question[] = QUESTION_BANK;
export const PRACTICE_SIZE = 10;

const BANK_INDEX: ReadonlyMap<string, Question> = new Map(BANK.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BANK_INDEX.get(id);
}

function logKind(a: AttemptRecord): unknown {
  const log = a.log as { kind?: unknown } | null;
  return log !== null && typeof log === 'object' ? log.kind : undefined;
}

export function isExamAttempt(a: AttemptRecord): a is ExamAttempt {
  return a.module === THEORY_MODULE && logKind(a) === 'theoryExam';
}

export function isPracticeAttempt(a: AttemptRecord): a is PracticeAttempt {
  return a.module === THEORY_MODULE && logKind(a) === 'theoryPractice';
}

/** A uniformly random 32-bit seed; the seed is stored, so the paper can be redrawn from it. */
export function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? 0;
}

export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function newExamAttempt(opts: {
  id: string;
  learnerId: string;
  profileId: ProfileId;
  profileVersion: string;
  paper: Paper;
  learnerName: string;
  studentNumber?: string | undefined;
  startedAt: Date;
  course?: ExamCourse;
}): ExamAttempt {
  const course = opts.course ?? COURSE;
  return {
    id: opts.id,
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    learnerId: opts.learnerId,
    module: THEORY_MODULE,
    mode: 'assessment',
    profileId: opts.profileId,
    profileVersion: opts.profileVersion,
    // Theory has no patient; the record's field is required, so it holds the default.
    patient: 'adult',
    startedAt: opts.startedAt.toISOString(),
    score: 0,
    log: {
      kind: 'theoryExam',
      courseId: course.id,
      courseVersion: course.version,
      bankVersion: BANK_VERSION,
      passMarkPct: course.passMarkPct,
      timeLimitMs: course.timeLimitMs,
      paper: opts.paper,
      answers: {},
      learnerName: opts.learnerName,
      ...(opts.studentNumber ? { studentNumber: opts.studentNumber } : {}),
      date: localDate(opts.startedAt),
      endedAtMs: null,
      endReason: null,
    },
    summary: {
      status: 'inProgress',
      correct: 0,
      total: opts.paper.items.length,
      scorePct: 0,
      passMarkPct: course.passMarkPct,
      passed: false,
      byTopic: [],
      certificate: null,
    },
  };
}

/**
 * The stored exam as a session on a timebase where the start is `origin` (0 for grading; the
 * monotonic clock's value at the start when resuming).
 */
export function sessionOf(log: ExamLog, origin = 0): ExamSession {
  const answers = Object.fromEntries(
    Object.entries(log.answers).map(([id, a]) => [id, { answer: a.answer, at: origin + a.atMs }]),
  );
  const base = { paper: log.paper, startedAt: origin, deadline: origin + log.timeLimitMs, answers };
  if (log.endedAtMs === null || log.endReason === null) return { ...base, status: 'inProgress' };
  return { ...base, status: 'finished', endedAt: origin + log.endedAtMs, endReason: log.endReason };
}

/** Writes a session's answers (and its end, if it ended) back into the log. */
export function withSession(a: ExamAttempt, s: ExamSession): ExamAttempt {
  const answers: Record<string, ExamLogAnswer> = {};
  for (const [id, v] of Object.entries(s.answers)) answers[id] = { answer: v.answer, atMs: Math.max(0, v.at - s.startedAt) };
  const ended = s.status === 'finished';
  return {
    ...a,
    log: {
      ...a.log,
      answers,
      endedAtMs: ended ? Math.max(0, s.endedAt - s.startedAt) : null,
      endReason: ended ? s.endReason : null,
    },
  };
}

/** Grades the stored paper against the bank; null if the bank no longer holds one of its questions. */
export function gradeAttempt(a: ExamAttempt): ExamResult | null {
  const s = sessionOf(a.log);
  if (s.status !== 'finished') return null;
  try {
    return gradeExam(s, BANK, a.log.passMarkPct);
  } catch {
    return null;
  }
}

/** Marks a finished exam and, when passed, issues its certificate. */
export function finishAttempt(a: ExamAttempt, s: ExamFinished): ExamAttempt {
  const next = withSession(a, s);
  const grading = sessionOf(next.log) as ExamFinished;
  const result = gradeExam(grading, BANK, next.log.passMarkPct);
  let certificate: Certificate | null = null;
  if (result.passed) {
    certificate = issueCertificate(
      createCertificateRecord({
        learnerName: next.log.learnerName,
        courseId: next.log.courseId,
        date: next.log.date,
        profileVersion: next.profileVersion,
        session: grading,
        result,
      }),
    );
  }
  return {
    ...next,
    score: result.scorePct,
    summary: {
      status: 'finished',
      correct: result.correct,
      total: result.total,
      scorePct: result.scorePct,
      passMarkPct: result.passMarkPct,
      passed: result.passed,
      byTopic: result.byTopic,
      certificate,
    },
  };
}

/**
 * What to do with an exam left in progress (the page was closed or reloaded): resume it with the
 * time it has left, or, once its time is up, finish it as a timeout with the answers it has.
 */
export function resumeOrExpire(
  a: ExamAttempt,
  wallNow: number,
  monoNow: number,
): { kind: 'resume'; session: ExamSession } | { kind: 'expired'; attempt: ExamAttempt } {
  const elapsed = Math.max(0, wallNow - Date.parse(a.startedAt));
  if (!Number.isFinite(elapsed) || elapsed >= a.log.timeLimitMs) {
    // Any call at the deadline ends the session as a timeout with the answers given before it.
    return { kind: 'expired', attempt: finishAttempt(a, submitExam(sessionOf(a.log), a.log.timeLimitMs)) };
  }
  return { kind: 'resume', session: sessionOf(a.log, monoNow - elapsed) };
}

/** A fresh exam session for a new paper, started at `monoNow`. */
export function startSession(paper: Paper, monoNow: number, course: ExamCourse = COURSE): ExamSession {
  return startExam(paper, course.timeLimitMs, monoNow);
}

/** Finished exams as retake-rule outcomes, on the wall clock. */
export function examOutcomes(attempts: readonly AttemptRecord[]): AttemptOutcome[] {
  return attempts.filter(isExamAttempt).flatMap((a) => {
    if (a.summary.status !== 'finished' || a.log.endedAtMs === null) return [];
    const start = Date.parse(a.startedAt);
    return [{ startedAt: start, endedAt: start + a.log.endedAtMs, passed: a.summary.passed }];
  });
}

/** Every answer given in practice and in finished exams, oldest first, folded into Leitner boxes. */
export function leitnerFrom(attempts: readonly AttemptRecord[]): LeitnerState {
  const events: { id: string; correct: boolean; at: number }[] = [];
  for (const a of attempts) {
    if (isPracticeAttempt(a)) {
      for (const r of a.log.reviews) events.push({ id: r.questionId, correct: r.correct, at: r.at });
    } else if (isExamAttempt(a) && a.summary.status === 'finished' && a.log.endedAtMs !== null) {
      const at = Date.parse(a.startedAt) + a.log.endedAtMs;
      for (const item of a.log.paper.items) {
        const q = questionById(item.questionId);
        if (!q) continue;
        events.push({ id: q.id, correct: scoreAnswer(q, a.log.answers[q.id]?.answer).correct, at });
      }
    }
  }
  events.sort((x, y) => x.at - y.at);
  let state: LeitnerState = {};
  for (const e of events) if (Number.isFinite(e.at)) state = reviewCard(state, e.id, e.correct, e.at, DEFAULT_LEITNER);
  return state;
}

export interface TopicProgress {
  readonly topic: TopicId;
  /** Questions whose latest answer was right. */
  readonly known: number;
  /** Questions answered at least once. */
  readonly seen: number;
  /** Questions for this profile. */
  readonly total: number;
}

export function topicProgress(state: LeitnerState, profileId: ProfileId): TopicProgress[] {
  return TOPIC_IDS.map((topic) => {
    const qs = eligible(BANK, profileId, topic);
    let known = 0;
    let seen = 0;
    for (const q of qs) {
      const card = state[q.id];
      if (!card) continue;
      seen += 1;
      if (card.box >= 2) known += 1;
    }
    return { topic, known, seen, total: qs.length };
  });
}

/** Questions missed last time whose review is due now. */
export function dueMissed(state: LeitnerState, profileId: ProfileId, wallNow: number): number {
  const ids = new Set(eligible(BANK, profileId).map((q) => q.id));
  return Object.entries(state).filter(([id, c]) => ids.has(id) && c.box === 1 && c.dueAt <= wallNow).length;
}

/** Attempts of the theory module (exams and practice) for one learner, newest first. */
export async function loadTheoryAttempts(repo: AttemptRepository, learnerId: string): Promise<AttemptRecord[]> {
  return repo.listAttempts({ module: THEORY_MODULE, learnerId });
}

/** An answer as a short language-neutral string for learning records ('' when unanswered). */
export function answerResponse(a: Answer | null): string {
  if (!a) return '';
  switch (a.type) {
    case 'single':
      return String(a.choice);
    case 'multiple':
      return a.choices.join('[,]');
    case 'trueFalse':
      return String(a.value);
    case 'order':
      return a.sequence.join('[,]');
    case 'spot':
      return `${a.point.x.toFixed(3)}[.]${a.point.y.toFixed(3)}`;
  }
}

/** One `questionAnswered` event per question of a finished exam, as graded. */
export function examAnswerEvents(a: ExamAttempt): LearningEvent[] {
  const result = gradeAttempt(a);
  if (!result) return [];
  const at = new Date().toISOString();
  return result.review.map((r) => ({
    type: 'questionAnswered',
    context: 'exam',
    attemptId: a.id,
    questionId: r.question.id,
    topic: r.question.topic,
    stem: r.question.stem,
    response: answerResponse(r.given),
    correct: r.correct,
    at,
  }));
}

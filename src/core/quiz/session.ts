import type { Paper } from './draw';
import { isWellFormedAnswer } from './score';
import { QuizError, type Answer } from './types';

export interface AnsweredItem {
  readonly answer: Answer;
  /** Caller's clock, same time base as `startedAt`. */
  readonly at: number;
}

interface SessionBase {
  readonly paper: Paper;
  readonly startedAt: number;
  /** `startedAt + timeLimitMs`: answers at or after this instant are refused and the exam ends. */
  readonly deadline: number;
  readonly answers: Readonly<Record<string, AnsweredItem>>;
}

export interface ExamInProgress extends SessionBase {
  readonly status: 'inProgress';
}

export interface ExamFinished extends SessionBase {
  readonly status: 'finished';
  /** Submission time, or the deadline when time ran out. */
  readonly endedAt: number;
  readonly endReason: 'submitted' | 'timeout';
}

/**
 * Exam session, a pure state machine: inProgress → finished (submitted | timeout).
 * The core reads no clock: every transition takes the time `t` (ms) from the caller, and any call
 * at or after the deadline ends the exam as a timeout with the answers given before it.
 */
export type ExamSession = ExamInProgress | ExamFinished;

function checkTime(t: number, label: string): void {
  if (!Number.isFinite(t)) throw new QuizError(`${label}: time must be a finite number`);
}

export function startExam(paper: Paper, timeLimitMs: number, t: number): ExamInProgress {
  checkTime(t, 'startExam');
  if (!(timeLimitMs > 0) || !Number.isFinite(timeLimitMs)) throw new QuizError('time limit must be positive');
  if (paper.items.length === 0) throw new QuizError('a paper needs at least one question');
  return { status: 'inProgress', paper, startedAt: t, deadline: t + timeLimitMs, answers: {} };
}

function timedOut(s: ExamInProgress): ExamFinished {
  return { ...s, status: 'finished', endedAt: s.deadline, endReason: 'timeout' };
}

function guard(s: ExamSession, t: number, label: string): void {
  checkTime(t, label);
  if (s.status === 'inProgress' && t < s.startedAt) throw new QuizError(`${label}: time before the start`);
}

/** Ends the exam if its time is up; otherwise returns the session unchanged. */
export function tick(s: ExamSession, t: number): ExamSession {
  guard(s, t, 'tick');
  return s.status === 'inProgress' && t >= s.deadline ? timedOut(s) : s;
}

export function remainingMs(s: ExamSession, t: number): number {
  if (s.status === 'finished') return 0;
  return Math.max(0, s.deadline - t);
}

/**
 * Records (or with `null` clears) the answer to one item. Refused with a QuizError for a finished
 * exam, an item not on the paper or a malformed answer; at or after the deadline the exam times out
 * and the late answer is dropped.
 */
export function answerExam(s: ExamSession, questionId: string, answer: Answer | null, t: number): ExamSession {
  guard(s, t, 'answerExam');
  if (s.status === 'finished') throw new QuizError('the exam is finished');
  if (t >= s.deadline) return timedOut(s);
  const item = s.paper.items.find((i) => i.questionId === questionId);
  if (item === undefined) throw new QuizError(`question ${questionId} is not on this paper`);
  const answers = { ...s.answers };
  if (answer === null) {
    delete answers[questionId];
  } else {
    const count = item.optionOrder.length;
    if (!isWellFormedAnswer(item.type, count, answer)) {
      throw new QuizError(`malformed ${answer.type} answer for ${item.type} question ${questionId}`);
    }
    answers[questionId] = { answer, at: t };
  }
  return { ...s, answers };
}

/** Hands the paper in. Submitting after the deadline counts as a timeout ending at the deadline. */
export function submitExam(s: ExamSession, t: number): ExamFinished {
  guard(s, t, 'submitExam');
  if (s.status === 'finished') return s;
  if (t >= s.deadline) return timedOut(s);
  return { ...s, status: 'finished', endedAt: t, endReason: 'submitted' };
}

export function answeredCount(s: ExamSession): number {
  return Object.keys(s.answers).length;
}

import Papa from 'papaparse';
import { ATTEMPT_FILE_FORMAT } from '../../core/attemptFile';
import type { ExamResult } from '../../core/quiz';
import type { ExamAttempt, PracticeAttempt } from '../screens/theoryData';
import { attemptHeader, headerBlock, type HeaderRow } from './csvHeader';

const csvValue = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * One theory exam as CSV: a `#` header block (who, course, bank and paper seed, score, pass mark,
 * verdict, certificate code), then one row per question on the paper in paper order with the answer
 * given (as JSON), whether it was right and when it was given (ms after the start). `result` is the
 * graded exam when the bank still holds every question; without it the right/wrong columns are empty.
 */
export function theoryExamCsv(a: ExamAttempt, result: ExamResult | null): string {
  const s = a.summary;
  const header: HeaderRow[] = [
    ['app', 'RescueDrill'],
    ['attempt_id', a.id],
    ['learner_id', a.learnerId],
    ['learner_name', a.log.learnerName],
    ['student_number', a.log.studentNumber ?? ''],
    ['module', a.module],
    ['mode', a.mode],
    ['course', `${a.log.courseId}@${a.log.courseVersion}`],
    ['bank', a.log.bankVersion],
    ['profile', `${a.profileId}@${a.profileVersion}`],
    ['seed', a.log.paper.seed],
    ['started_at', a.startedAt],
    ['status', s.status],
    ['end_reason', a.log.endReason ?? ''],
    ['duration_ms', a.log.endedAtMs ?? ''],
    ['correct', `${s.correct}/${s.total}`],
    ['score_pct', s.scorePct],
    ['pass_mark_pct', s.passMarkPct],
    ['passed', s.passed ? 1 : 0],
    ['certificate', s.certificate?.code ?? ''],
  ];
  // Header values are data (a learner's name can hold anything): one line each, no `#` tricks.
  const block = headerBlock(header);
  const review = new Map(result?.review.map((r) => [r.question.id, r]) ?? []);
  const rows = a.log.paper.items.map((item, i) => {
    const given = a.log.answers[item.questionId];
    const r = review.get(item.questionId);
    return {
      index: i + 1,
      question_id: item.questionId,
      topic: r?.question.topic ?? '',
      type: r?.question.type ?? '',
      answered: given ? 1 : 0,
      correct: r ? (r.correct ? 1 : 0) : '',
      credit: r ? r.credit : '',
      at_ms: given ? Math.round(given.atMs) : '',
      answer: csvValue(given?.answer),
    };
  });
  const table = Papa.unparse(rows, { columns: ['index', 'question_id', 'topic', 'type', 'answered', 'correct', 'credit', 'at_ms', 'answer'] });
  return `${block}\n${table}\n`;
}

/** A practice round as CSV: header block, then one row per answered card with the wall-clock time. */
export function theoryPracticeCsv(a: PracticeAttempt): string {
  const header: HeaderRow[] = [
    ...attemptHeader(a),
    ['bank', a.log.bankVersion],
    ['profile', `${a.profileId}@${a.profileVersion}`],
    ['started_at', a.startedAt],
    ['answered', a.summary.answered],
    ['correct', a.summary.correct],
  ];
  const block = headerBlock(header);
  const rows = a.log.reviews.map((r, i) => ({
    index: i + 1,
    question_id: r.questionId,
    correct: r.correct ? 1 : 0,
    at: Number.isFinite(r.at) ? new Date(r.at).toISOString() : '',
    answer: csvValue(r.answer),
  }));
  const table = Papa.unparse(rows, { columns: ['index', 'question_id', 'correct', 'at', 'answer'] });
  return `${block}\n${table}\n`;
}

/** The whole record (paper with its seed, every answer with its time), importable again. */
export function theoryAttemptJson(a: ExamAttempt | PracticeAttempt): string {
  return JSON.stringify({ format: ATTEMPT_FILE_FORMAT, version: 1, attempt: a }, null, 2);
}

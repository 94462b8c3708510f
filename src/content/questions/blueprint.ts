import type { ExamCourse } from '../../core/quiz/course';

const MINUTE = 60_000;

/**
 * The default theory course (Red Cross first-aider cloud classroom: online theory, offline
 * practice). 30 questions drawn per candidate, weighted to CPR and AED as the practical exam is.
 *
 * - Pass mark 80 %: clinical.md "Assessment and credit" (pass mark set by the course, commonly 80 %).
 * - Time limit, section sizes and retake rules: the product's choice; clinical.md gives none.
 * - `legal` has no section: the bank holds no legal question (clinical.md gives no source).
 */
export const DEFAULT_COURSE: ExamCourse = {
  id: 'crc-first-aider-theory',
  version: '2025.1',
  title: { 'zh-CN': '红十字救护员理论考核', en: 'Red Cross first-aider theory exam' },
  blueprint: {
    id: 'crc-first-aider-theory/2025.1',
    sections: [
      { topic: 'recognition', count: 4 },
      { topic: 'cpr', count: 7 },
      { topic: 'aed', count: 5 },
      { topic: 'choking', count: 4 },
      { topic: 'bleeding', count: 3 },
      { topic: 'bandaging', count: 3 },
      { topic: 'fractures', count: 2 },
      { topic: 'drowning', count: 2 },
    ],
    shuffleOptions: true,
  },
  timeLimitMs: 30 * MINUTE,
  passMarkPct: 80,
  retake: { maxAttempts: 3, cooldownMs: 30 * MINUTE, retakeAfterPass: false },
};

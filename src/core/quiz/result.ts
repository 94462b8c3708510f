import type { ProfileId } from '../protocol/profile';
import type { LocalizedText } from '../text';
import { resolvePaper } from './draw';
import { correctAnswer, scoreAnswer } from './score';
import type { ExamFinished } from './session';
import { QuizError, type Answer, type Question, type TopicId } from './types';

export interface TopicScore {
  readonly topic: TopicId;
  readonly correct: number;
  readonly total: number;
}

export interface ReviewItem {
  /** 0-based position on the paper. */
  readonly index: number;
  readonly question: Question;
  /** Display order used on the paper (see PaperItem.optionOrder), so review shows the same layout. */
  readonly optionOrder: readonly number[];
  readonly given: Answer | null;
  readonly expected: Answer;
  readonly correct: boolean;
  readonly credit: number;
  readonly explanation: LocalizedText;
}

export interface ExamResult {
  readonly profileId: ProfileId;
  readonly seed: number;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly endReason: 'submitted' | 'timeout';
  readonly correct: number;
  readonly total: number;
  /**
   * floor(100 × correct / total). Flooring keeps the shown percentage consistent with `passed`
   * for integer pass marks: 79.5 % shows as 79 and fails an 80 % mark.
   */
  readonly scorePct: number;
  readonly passMarkPct: number;
  readonly passed: boolean;
  readonly byTopic: readonly TopicScore[];
  readonly review: readonly ReviewItem[];
}

/**
 * Marks a finished exam. Passing compares in integers (correct × 100 ≥ passMark × total) so no
 * floating-point rounding can flip a borderline result. Unanswered items score 0.
 */
export function gradeExam(session: ExamFinished, bank: readonly Question[], passMarkPct: number): ExamResult {
  if (session.status !== 'finished') throw new QuizError('grade a finished exam only');
  if (!(passMarkPct >= 0 && passMarkPct <= 100)) throw new QuizError('pass mark must be within 0..100');
  const questions = resolvePaper(bank, session.paper);
  const topics = new Map<TopicId, { correct: number; total: number }>();
  let credit = 0;
  const review: ReviewItem[] = questions.map((question, index) => {
    const item = session.paper.items[index];
    const given = session.answers[question.id]?.answer ?? null;
    const s = scoreAnswer(question, given);
    credit += s.credit;
    const t = topics.get(question.topic) ?? { correct: 0, total: 0 };
    t.total += 1;
    t.correct += s.credit;
    topics.set(question.topic, t);
    return {
      index,
      question,
      optionOrder: item?.optionOrder ?? [],
      given,
      expected: correctAnswer(question),
      correct: s.correct,
      credit: s.credit,
      explanation: question.explanation,
    };
  });
  const total = questions.length;
  return {
    profileId: session.paper.profileId,
    seed: session.paper.seed,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    endReason: session.endReason,
    correct: credit,
    total,
    scorePct: total === 0 ? 0 : Math.floor((credit * 100) / total),
    passMarkPct,
    passed: total > 0 && credit * 100 >= passMarkPct * total,
    byTopic: [...topics].map(([topic, v]) => ({ topic, correct: v.correct, total: v.total })),
    review,
  };
}

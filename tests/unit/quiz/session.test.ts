import { describe, expect, it } from 'vitest';
import { DEFAULT_COURSE } from '../../../src/content/questions/blueprint';
import { QUESTION_BANK } from '../../../src/content/questions';
import { drawPaper, resolvePaper, type Paper } from '../../../src/core/quiz/draw';
import { gradeExam } from '../../../src/core/quiz/result';
import { correctAnswer } from '../../../src/core/quiz/score';
import { answerExam, remainingMs, startExam, submitExam, tick, type ExamSession } from '../../../src/core/quiz/session';
import { QuizError, type Answer, type Question } from '../../../src/core/quiz/types';

const MIN = 60_000;
const T0 = 1_000_000;

function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: (q.answer + 1) % q.options.length };
    case 'multiple':
      return { type: 'multiple', choices: q.options.map((_, i) => i).filter((i) => !q.answer.includes(i)).slice(0, 1) };
    case 'trueFalse':
      return { type: 'trueFalse', value: !q.answer };
    case 'order':
      return { type: 'order', sequence: q.steps.map((_, i) => i).reverse() };
    case 'spot':
      return { type: 'spot', point: { x: 0, y: 0 } };
  }
}

function setup(seed = 42): { paper: Paper; qs: Question[]; s: ExamSession } {
  const paper = drawPaper(QUESTION_BANK, DEFAULT_COURSE.blueprint, 'crc', seed);
  return { paper, qs: resolvePaper(QUESTION_BANK, paper), s: startExam(paper, DEFAULT_COURSE.timeLimitMs, T0) };
}

/** Answers the first `right` questions correctly and the rest wrongly. */
function answerAll(s: ExamSession, qs: Question[], right: number, t = T0 + MIN): ExamSession {
  return qs.reduce((acc, q, i) => answerExam(acc, q.id, i < right ? correctAnswer(q) : wrongAnswer(q), t + i), s);
}

describe('exam session', () => {
  it('starts with a deadline of start + limit and counts down from arguments only', () => {
    const { s } = setup();
    expect(s.status).toBe('inProgress');
    expect(s.deadline).toBe(T0 + 30 * MIN);
    expect(remainingMs(s, T0 + 10 * MIN)).toBe(20 * MIN);
    expect(remainingMs(s, T0 + 40 * MIN)).toBe(0);
  });

  it('records, replaces and clears answers', () => {
    const { s, qs } = setup();
    const q = qs[0] as Question;
    let s2 = answerExam(s, q.id, wrongAnswer(q), T0 + 1000);
    s2 = answerExam(s2, q.id, correctAnswer(q), T0 + 2000);
    expect(s2.answers[q.id]).toEqual({ answer: correctAnswer(q), at: T0 + 2000 });
    s2 = answerExam(s2, q.id, null, T0 + 3000);
    expect(s2.answers[q.id]).toBeUndefined();
    expect(s.answers).toEqual({});
  });

  it('refuses answers for questions not on the paper, of the wrong type or malformed', () => {
    const { s, qs } = setup();
    const single = qs.find((q) => q.type === 'single');
    if (!single || single.type !== 'single') throw new Error('no single');
    expect(() => answerExam(s, 'not-on-paper', { type: 'trueFalse', value: true }, T0 + 1)).toThrow(QuizError);
    expect(() => answerExam(s, single.id, { type: 'trueFalse', value: true }, T0 + 1)).toThrow(QuizError);
    expect(() => answerExam(s, single.id, { type: 'single', choice: single.options.length }, T0 + 1)).toThrow(QuizError);
    expect(() => answerExam(s, single.id, { type: 'single', choice: 0 }, T0 - 1)).toThrow(QuizError);
  });

  it('times out: a late answer is dropped and the exam ends at the deadline', () => {
    const { s, qs } = setup();
    const [a, b] = qs as [Question, Question];
    const s1 = answerExam(s, a.id, correctAnswer(a), T0 + 29 * MIN);
    const s2 = answerExam(s1, b.id, correctAnswer(b), T0 + 30 * MIN);
    expect(s2.status).toBe('finished');
    if (s2.status !== 'finished') throw new Error();
    expect(s2.endReason).toBe('timeout');
    expect(s2.endedAt).toBe(T0 + 30 * MIN);
    expect(Object.keys(s2.answers)).toEqual([a.id]);
    expect(() => answerExam(s2, b.id, correctAnswer(b), T0 + 31 * MIN)).toThrow(QuizError);
  });

  it('tick ends the exam at the deadline and not before', () => {
    const { s } = setup();
    expect(tick(s, T0 + 30 * MIN - 1)).toBe(s);
    const done = tick(s, T0 + 30 * MIN);
    expect(done.status === 'finished' && done.endReason).toBe('timeout');
  });

  it('submitting in time ends it as submitted; submitting late counts as a timeout', () => {
    const { s } = setup();
    const on = submitExam(s, T0 + 5 * MIN);
    expect([on.endReason, on.endedAt]).toEqual(['submitted', T0 + 5 * MIN]);
    const late = submitExam(s, T0 + 45 * MIN);
    expect([late.endReason, late.endedAt]).toEqual(['timeout', T0 + 30 * MIN]);
    expect(submitExam(on, T0 + 6 * MIN)).toBe(on);
  });

  it('a timed-out paper is graded on the answers given in time', () => {
    const { s, qs } = setup();
    const s1 = answerAll(s, qs.slice(0, 10), 10);
    const r = gradeExam(submitExam(s1, T0 + 2 * 30 * MIN), QUESTION_BANK, 80);
    expect(r.endReason).toBe('timeout');
    expect(r.correct).toBe(10);
    expect(r.passed).toBe(false);
  });
});

describe('gradeExam', () => {
  it('passes at exactly the pass mark and fails just below it', () => {
    const { s, qs } = setup(7);
    expect(qs.length).toBe(30);
    const pass = gradeExam(submitExam(answerAll(s, qs, 24), T0 + 20 * MIN), QUESTION_BANK, 80);
    expect([pass.correct, pass.total, pass.scorePct, pass.passed]).toEqual([24, 30, 80, true]);
    const fail = gradeExam(submitExam(answerAll(s, qs, 23), T0 + 20 * MIN), QUESTION_BANK, 80);
    expect([fail.correct, fail.scorePct, fail.passed]).toEqual([23, 76, false]);
  });

  it('uses the course pass mark', () => {
    const { s, qs } = setup(7);
    const done = submitExam(answerAll(s, qs, 23), T0 + 20 * MIN);
    expect(gradeExam(done, QUESTION_BANK, 75).passed).toBe(true);
    expect(gradeExam(done, QUESTION_BANK, 100).passed).toBe(false);
  });

  it('floors the shown percentage so it never reads as a pass that failed', () => {
    const { s, qs } = setup(11);
    // 29 questions right of 30 is 96.67 %; the shown score is 96.
    const r = gradeExam(submitExam(answerAll(s, qs, 29), T0 + MIN), QUESTION_BANK, 80);
    expect(r.scorePct).toBe(96);
  });

  it('breaks the score down per topic in blueprint order', () => {
    const { s, qs } = setup(3);
    const r = gradeExam(submitExam(answerAll(s, qs, 4), T0 + MIN), QUESTION_BANK, 80);
    expect(r.byTopic.map((t) => t.topic)).toEqual(DEFAULT_COURSE.blueprint.sections.map((x) => x.topic));
    expect(r.byTopic.map((t) => t.total)).toEqual(DEFAULT_COURSE.blueprint.sections.map((x) => x.count));
    expect(r.byTopic[0]).toEqual({ topic: 'recognition', correct: 4, total: 4 });
    expect(r.byTopic.slice(1).every((t) => t.correct === 0)).toBe(true);
  });

  it('reviews every item with the given answer, the keyed answer and the explanation', () => {
    const { s, qs, paper } = setup(5);
    const q0 = qs[0] as Question;
    const r = gradeExam(submitExam(answerExam(s, q0.id, wrongAnswer(q0), T0 + 1), T0 + 2), QUESTION_BANK, 80);
    expect(r.review).toHaveLength(30);
    const first = r.review[0];
    expect(first?.given).toEqual(wrongAnswer(q0));
    expect(first?.expected).toEqual(correctAnswer(q0));
    expect(first?.correct).toBe(false);
    expect(first?.explanation).toEqual(q0.explanation);
    expect(first?.optionOrder).toEqual(paper.items[0]?.optionOrder);
    expect(r.review[1]?.given).toBeNull();
  });

  it('scores the same whatever the option shuffle, since answers use authored indices', () => {
    const a = setup(1);
    const answered = answerAll(a.s, a.qs, 30);
    const r = gradeExam(submitExam(answered, T0 + MIN), QUESTION_BANK, 80);
    expect(r.correct).toBe(30);
    expect(r.scorePct).toBe(100);
  });
});

import { describe, expect, it } from 'vitest';
import { answerExam, correctAnswer, drawPaper, submitExam, verifyCertificate, type Answer } from '../../../src/core/quiz';
import {
  BANK,
  COURSE,
  dueMissed,
  examOutcomes,
  finishAttempt,
  leitnerFrom,
  localDate,
  newExamAttempt,
  questionById,
  resumeOrExpire,
  sessionOf,
  startSession,
  topicProgress,
  withSession,
  type ExamAttempt,
} from '../../../src/ui/screens/theoryData';
import type { AttemptRecord } from '../../../src/core/attempt';

const START = new Date(2026, 0, 15, 9, 0, 0);

function freshAttempt(seed = 7): ExamAttempt {
  const paper = drawPaper(BANK, COURSE.blueprint, 'crc', seed);
  return newExamAttempt({
    id: `exam-${seed}`,
    learnerId: 'l1',
    profileId: 'crc',
    profileVersion: '2025.1',
    paper,
    learnerName: '  Ada   Lovelace ',
    studentNumber: 'S-1',
    startedAt: START,
  });
}

/** Answers the first `right` questions with the key, the rest not at all, then submits at `endMs`. */
function sit(a: ExamAttempt, right: number, endMs = 60_000): ExamAttempt {
  let s = startSession(a.log.paper, 1000);
  a.log.paper.items.slice(0, right).forEach((item, i) => {
    const q = questionById(item.questionId);
    if (!q) throw new Error('missing');
    s = answerExam(s, q.id, correctAnswer(q) as Answer, 1000 + i);
  });
  return finishAttempt(withSession(a, s), submitExam(s, 1000 + endMs));
}

describe('theory exam attempts', () => {
  it('start in progress with the paper, seed, bank version, pass mark and local date', () => {
    const a = freshAttempt();
    expect(a.module).toBe('theoryExam');
    expect(a.mode).toBe('assessment');
    expect(a.log.paper.items).toHaveLength(30);
    expect(a.log.paper.seed).toBe(7);
    expect(a.log.bankVersion).toMatch(/^\d{4}\.\d+$/);
    expect(a.log.passMarkPct).toBe(COURSE.passMarkPct);
    expect(a.log.date).toBe(localDate(START));
    expect(a.summary.status).toBe('inProgress');
  });

  it('keep answers as offsets from the start, and grade a pass with a certificate that verifies', () => {
    const done = sit(freshAttempt(), 30);
    expect(done.summary).toMatchObject({ status: 'finished', correct: 30, total: 30, scorePct: 100, passed: true });
    expect(done.score).toBe(100);
    expect(done.log.endedAtMs).toBe(60_000);
    expect(Object.values(done.log.answers).every((x) => x.atMs >= 0 && x.atMs < 30)).toBe(true);
    const cert = done.summary.certificate;
    expect(cert).not.toBeNull();
    expect(cert && verifyCertificate(cert)).toEqual({ valid: true });
    expect(cert?.record.learnerName).toBe('Ada Lovelace');
    expect(cert?.record.paperSeed).toBe(7);
  });

  it('fail below the pass mark (23 of 30 is 76%) without a certificate', () => {
    const done = sit(freshAttempt(), 23);
    expect(done.summary).toMatchObject({ scorePct: 76, passed: false, certificate: null });
  });

  it('re-show the same paper from the stored log', () => {
    const done = sit(freshAttempt(3), 10);
    const again = sessionOf(JSON.parse(JSON.stringify(done.log)));
    expect(again.status).toBe('finished');
    expect(again.paper).toEqual(drawPaper(BANK, COURSE.blueprint, 'crc', 3));
  });

  it('resume an exam left open with the time it has left, or submit it as a timeout once its time is up', () => {
    const a = freshAttempt();
    const wallStart = START.getTime();
    const r = resumeOrExpire(a, wallStart + 10 * 60_000, 5000);
    expect(r.kind).toBe('resume');
    if (r.kind === 'resume') expect(r.session.deadline - 5000).toBe(COURSE.timeLimitMs - 10 * 60_000);
    const e = resumeOrExpire(a, wallStart + COURSE.timeLimitMs + 1, 5000);
    expect(e.kind).toBe('expired');
    if (e.kind === 'expired') {
      expect(e.attempt.log.endReason).toBe('timeout');
      expect(e.attempt.log.endedAtMs).toBe(COURSE.timeLimitMs);
      expect(e.attempt.summary.passed).toBe(false);
    }
  });

  it('give retake outcomes on the wall clock, ignoring exams in progress', () => {
    const done = sit(freshAttempt(), 5, 120_000);
    const outcomes = examOutcomes([done, freshAttempt(9)] as unknown as AttemptRecord[]);
    expect(outcomes).toEqual([{ startedAt: START.getTime(), endedAt: START.getTime() + 120_000, passed: false }]);
  });
});

describe('spaced repetition from stored answers', () => {
  it('puts exam misses in the first box, due at once, and counts right answers as progress', () => {
    const done = sit(freshAttempt(), 20);
    const state = leitnerFrom([done] as unknown as AttemptRecord[]);
    const missed = done.log.paper.items.slice(20).map((i) => i.questionId);
    for (const id of missed) expect(state[id]?.box).toBe(1);
    const end = START.getTime() + 60_000;
    expect(dueMissed(state, 'crc', end + 1)).toBe(10);
    const progress = topicProgress(state, 'crc');
    expect(progress.reduce((s, p) => s + p.known, 0)).toBe(20);
    expect(progress.reduce((s, p) => s + p.seen, 0)).toBe(30);
  });

  it('orders practice reviews by time, so a later right answer lifts a missed card', () => {
    const id = BANK[0]?.id as string;
    const practice = {
      module: 'theoryExam',
      log: {
        kind: 'theoryPractice',
        reviews: [
          { questionId: id, correct: true, at: 2000, answer: { type: 'single', choice: 0 } },
          { questionId: id, correct: false, at: 1000, answer: { type: 'single', choice: 0 } },
        ],
      },
    } as unknown as AttemptRecord;
    expect(leitnerFrom([practice])[id]).toMatchObject({ box: 2, lapses: 1, reviews: 2 });
  });
});

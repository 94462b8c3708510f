import { describe, expect, it } from 'vitest';
import { DEFAULT_COURSE } from '../../../src/content/questions/blueprint';
import { retakeStatus, type AttemptOutcome, type RetakeRules } from '../../../src/core/quiz/retake';

const MIN = 60_000;
const rules: RetakeRules = { maxAttempts: 3, cooldownMs: 30 * MIN, retakeAfterPass: false };
const failed = (endedAt: number): AttemptOutcome => ({ startedAt: endedAt - 20 * MIN, endedAt, passed: false });

describe('retake rules', () => {
  it('allows a first attempt', () => {
    expect(retakeStatus([], rules, 0)).toEqual({ allowed: true, attemptsLeft: 3 });
  });

  it('makes a learner wait out the cooldown after a failed attempt', () => {
    const h = [failed(100 * MIN)];
    expect(retakeStatus(h, rules, 110 * MIN)).toEqual({ allowed: false, reason: 'cooldown', availableAt: 130 * MIN });
    expect(retakeStatus(h, rules, 130 * MIN)).toEqual({ allowed: true, attemptsLeft: 2 });
  });

  it('stops after the maximum number of attempts', () => {
    const h = [failed(10 * MIN), failed(100 * MIN), failed(200 * MIN)];
    expect(retakeStatus(h, rules, 1000 * MIN)).toEqual({ allowed: false, reason: 'maxAttempts' });
    expect(retakeStatus(h, { ...rules, maxAttempts: null }, 1000 * MIN)).toEqual({ allowed: true, attemptsLeft: null });
  });

  it('blocks a retake after a pass unless the course allows it', () => {
    const h = [failed(10 * MIN), { startedAt: 60 * MIN, endedAt: 80 * MIN, passed: true }];
    expect(retakeStatus(h, rules, 200 * MIN)).toEqual({ allowed: false, reason: 'passed' });
    expect(retakeStatus(h, { ...rules, retakeAfterPass: true }, 81 * MIN)).toEqual({ allowed: true, attemptsLeft: 1 });
  });

  it('uses the latest attempt for the cooldown whatever the history order', () => {
    const h = [failed(500 * MIN), failed(100 * MIN)];
    expect(retakeStatus(h, rules, 510 * MIN)).toMatchObject({ reason: 'cooldown', availableAt: 530 * MIN });
  });

  it('the default course keeps its rules as data', () => {
    expect(DEFAULT_COURSE.retake).toEqual({ maxAttempts: 3, cooldownMs: 30 * MIN, retakeAfterPass: false });
  });
});

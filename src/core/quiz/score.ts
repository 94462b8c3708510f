import { isUnitPoint, pointInRegion } from './geometry';
import type { Answer, Question } from './types';

/**
 * Scoring rules: every type is all-or-nothing, worth 1 point.
 *
 * - single, true/false: the keyed choice.
 * - multiple: exactly the keyed set; a missing or an extra choice scores 0. This is the rule of
 *   Chinese theory exams (多选、少选、错选均不得分) and stops "tick everything" from earning credit.
 * - order: the whole sequence; one swapped pair scores 0, since a first-aid sequence done out of
 *   order is not done right.
 * - spot: the point lies inside (or on the edge of) any target region, and inside the picture.
 *
 * `credit` is a number so a later proportional rule can fit without changing callers.
 */
export interface AnswerScore {
  readonly credit: number;
  readonly correct: boolean;
}

const WRONG: AnswerScore = Object.freeze({ credit: 0, correct: false });
const RIGHT: AnswerScore = Object.freeze({ credit: 1, correct: true });

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const v of sa) if (!sb.has(v)) return false;
  return true;
}

export function scoreAnswer(question: Question, answer: Answer | null | undefined): AnswerScore {
  if (answer == null || answer.type !== question.type) return WRONG;
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && answer.choice === question.answer ? RIGHT : WRONG;
    case 'multiple':
      return answer.type === 'multiple' && sameSet(answer.choices, question.answer) ? RIGHT : WRONG;
    case 'trueFalse':
      return answer.type === 'trueFalse' && answer.value === question.answer ? RIGHT : WRONG;
    case 'order':
      return answer.type === 'order' &&
        answer.sequence.length === question.steps.length &&
        answer.sequence.every((v, i) => v === i)
        ? RIGHT
        : WRONG;
    case 'spot':
      return answer.type === 'spot' &&
        isUnitPoint(answer.point) &&
        question.regions.some((r) => pointInRegion(answer.point, r))
        ? RIGHT
        : WRONG;
  }
}

/**
 * The keyed answer, for review screens. For a spot question this is a representative point (the
 * first region's centre); screens should draw `question.regions` rather than this point.
 */
export function correctAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: [...question.answer].sort((a, b) => a - b) };
    case 'trueFalse':
      return { type: 'trueFalse', value: question.answer };
    case 'order':
      return { type: 'order', sequence: question.steps.map((_, i) => i) };
    case 'spot': {
      const r = question.regions[0];
      if (r === undefined) return { type: 'spot', point: { x: 0, y: 0 } };
      if (r.kind === 'circle') return { type: 'spot', point: { x: r.cx, y: r.cy } };
      const n = r.points.length || 1;
      const sx = r.points.reduce((s, [x]) => s + x, 0);
      const sy = r.points.reduce((s, [, y]) => s + y, 0);
      return { type: 'spot', point: { x: sx / n, y: sy / n } };
    }
  }
}

/**
 * Whether an answer can be stored for a question of `type` with `count` options/steps: indices in
 * range, no repeats, an order that is a permutation, a finite point on the picture.
 */
export function isWellFormedAnswer(type: Question['type'], count: number, answer: Answer): boolean {
  if (answer.type !== type) return false;
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < count;
  switch (answer.type) {
    case 'single':
      return inRange(answer.choice);
    case 'multiple':
      return answer.choices.every(inRange) && new Set(answer.choices).size === answer.choices.length;
    case 'trueFalse':
      return typeof answer.value === 'boolean';
    case 'order':
      return (
        answer.sequence.length === count &&
        answer.sequence.every(inRange) &&
        new Set(answer.sequence).size === count
      );
    case 'spot':
      return isUnitPoint(answer.point);
  }
}

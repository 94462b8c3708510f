import type { ProfileId, SourceKey } from '../protocol/profile';
import type { LocalizedText } from '../text';

/**
 * Topics of the first-aider theory course. `legal` (legal protection of rescuers) is listed because
 * the course has it, even while the bank holds no question for it (see the bank's README note).
 */
export const TOPIC_IDS = [
  'recognition',
  'cpr',
  'aed',
  'choking',
  'bleeding',
  'bandaging',
  'fractures',
  'drowning',
  'legal',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'trueFalse', 'order', 'spot'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Difficulty = 1 | 2 | 3;

/**
 * A point on a picture. Pictures are square and coordinates are normalised to [0, 1] on both axes
 * (0,0 top left), so a circle stays a circle at any drawn size.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Region =
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number }
  | { readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[] };

interface QuestionBase {
  readonly id: string;
  readonly topic: TopicId;
  readonly difficulty: Difficulty;
  /** Profiles under which the keyed answer is right; a draw for another profile never shows it. */
  readonly profiles: readonly ProfileId[];
  readonly sourceKeys: readonly SourceKey[];
  /** Ids of the clinical.md facts the question rests on (the content layer's facts table). */
  readonly facts: readonly string[];
  readonly stem: LocalizedText;
  /** Shown after answering, in review and in practice. */
  readonly explanation: LocalizedText;
}

export interface SingleQuestion extends QuestionBase {
  readonly type: 'single';
  readonly options: readonly LocalizedText[];
  /** Index into `options` as authored (before any shuffle). */
  readonly answer: number;
}

export interface MultipleQuestion extends QuestionBase {
  readonly type: 'multiple';
  readonly options: readonly LocalizedText[];
  /** Indices into `options` as authored. */
  readonly answer: readonly number[];
}

export interface TrueFalseQuestion extends QuestionBase {
  readonly type: 'trueFalse';
  readonly answer: boolean;
}

export interface OrderQuestion extends QuestionBase {
  readonly type: 'order';
  /** Authored in the correct order; papers present them shuffled. */
  readonly steps: readonly LocalizedText[];
}

export interface SpotQuestion extends QuestionBase {
  readonly type: 'spot';
  /** Id of a picture the content layer can draw. */
  readonly picture: string;
  /** The answer is right when the chosen point lies in any of these (boundary included). */
  readonly regions: readonly Region[];
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | OrderQuestion | SpotQuestion;

/**
 * A learner's answer. Option and step indices always refer to the authored order, never to the
 * shuffled display order, so a stored answer scores the same whatever the paper's shuffle was.
 */
export type Answer =
  | { readonly type: 'single'; readonly choice: number }
  | { readonly type: 'multiple'; readonly choices: readonly number[] }
  | { readonly type: 'trueFalse'; readonly value: boolean }
  | { readonly type: 'order'; readonly sequence: readonly number[] }
  | { readonly type: 'spot'; readonly point: Point };

/** Thrown for misuse of the quiz API (unknown question, answer of the wrong type, finished exam…). */
export class QuizError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuizError';
  }
}

/** Number of options or steps a question shows (0 for true/false and spot). */
export function choiceCount(q: Question): number {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.length;
    case 'order':
      return q.steps.length;
    case 'trueFalse':
    case 'spot':
      return 0;
  }
}

import type { ProfileId } from '../protocol/profile';
import { createRng } from '../rng';
import { eligible, paperItemsFor, shuffled, type Paper } from './draw';
import { QuizError, type Question, type TopicId } from './types';

/**
 * Spaced repetition for practice quizzes: a Leitner system keyed by question id.
 * A miss puts the card back in box 1; a right answer moves it up one box. A card is due again
 * `intervalsMs[box - 1]` after its last review. All updates are pure and take the time from the
 * caller.
 */
export interface LeitnerCard {
  /** 1..intervalsMs.length */
  readonly box: number;
  readonly dueAt: number;
  readonly lastReviewedAt: number;
  readonly reviews: number;
  readonly lapses: number;
}

export type LeitnerState = Readonly<Record<string, LeitnerCard>>;

export interface LeitnerConfig {
  /** Wait before a card in box k is due again, at index k-1. */
  readonly intervalsMs: readonly number[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Box 1 is due at once, so a miss comes back first in the next practice set; the later boxes
 * follow the usual widening Leitner spacing. Not a clinical number: the product's choice.
 */
export const DEFAULT_LEITNER: LeitnerConfig = Object.freeze({
  intervalsMs: Object.freeze([0, 1 * DAY, 3 * DAY, 7 * DAY, 21 * DAY]),
});

export function reviewCard(
  state: LeitnerState,
  questionId: string,
  correct: boolean,
  t: number,
  config: LeitnerConfig = DEFAULT_LEITNER,
): LeitnerState {
  if (!Number.isFinite(t)) throw new QuizError('time must be finite');
  const boxes = config.intervalsMs.length;
  if (boxes === 0) throw new QuizError('Leitner config needs at least one box');
  const prev = state[questionId];
  // A first answer that is right skips box 1: the learner already knows it.
  const box = correct ? Math.min(boxes, (prev?.box ?? 1) + 1) : 1;
  const card: LeitnerCard = {
    box,
    dueAt: t + (config.intervalsMs[box - 1] ?? 0),
    lastReviewedAt: t,
    reviews: (prev?.reviews ?? 0) + 1,
    lapses: (prev?.lapses ?? 0) + (correct ? 0 : 1),
  };
  return { ...state, [questionId]: card };
}

/**
 * Practice priority for `questionIds` at time `t`:
 *   1. due cards (dueAt ≤ t): lower box first, then the longest overdue, then id;
 *   2. questions never practised, in the order given (callers shuffle them for variety);
 *   3. cards not yet due, soonest first, then id.
 */
export function practiceOrder(state: LeitnerState, questionIds: readonly string[], t: number): string[] {
  const due: [string, LeitnerCard][] = [];
  const fresh: string[] = [];
  const later: [string, LeitnerCard][] = [];
  for (const id of new Set(questionIds)) {
    const card = state[id];
    if (card === undefined) fresh.push(id);
    else if (card.dueAt <= t) due.push([id, card]);
    else later.push([id, card]);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  due.sort(([ia, a], [ib, b]) => a.box - b.box || a.dueAt - b.dueAt || byId(ia, ib));
  later.sort(([ia, a], [ib, b]) => a.dueAt - b.dueAt || byId(ia, ib));
  return [...due.map(([id]) => id), ...fresh, ...later.map(([id]) => id)];
}

export interface PracticeOptions {
  readonly count: number;
  readonly seed: number;
  /** Limit to these topics; all topics when absent. */
  readonly topics?: readonly TopicId[];
}

/**
 * A practice set: the `count` highest-priority questions that hold for `profileId`, missed ones
 * first. New questions are shuffled with `seed`, as are options, so the set replays from the seed
 * and the same Leitner state.
 */
export function drawPractice(
  bank: readonly Question[],
  profileId: ProfileId,
  state: LeitnerState,
  t: number,
  options: PracticeOptions,
): Paper {
  const rng = createRng(options.seed);
  const pool = eligible(bank, profileId).filter(
    (q) => options.topics === undefined || options.topics.includes(q.topic),
  );
  const byId = new Map(pool.map((q) => [q.id, q] as const));
  const ordered = practiceOrder(state, shuffled(pool, rng).map((q) => q.id), t);
  const chosen = ordered.slice(0, Math.max(0, options.count)).map((id) => byId.get(id) as Question);
  return {
    kind: 'practice',
    blueprintId: null,
    profileId,
    seed: options.seed >>> 0,
    items: paperItemsFor(chosen, rng),
  };
}

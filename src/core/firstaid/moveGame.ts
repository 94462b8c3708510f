/**
 * "Move or not, and how": a short timed quiz-game about the decisions of moving a casualty. Each
 * round is a situation with a few options, exactly one right; the seed shuffles the rounds and each
 * round's options. A round opens when it is shown (the start, or `next`) and closes with an answer
 * or a timeout; an answer after the round's time limit is too slow and earns nothing. Same contract
 * as every skill machine: time only from the actions' `t`, randomness only from the seed.
 */

import type { ProfileId } from '../protocol/profile';
import { shuffled } from '../quiz/draw';
import { createRng } from '../rng';
import { scoreSheet, type CriticalErrorEvent, type ItemJudgement, type SkillCriticalErrorDef, type SkillItemDef, type SkillSheetResult, type StepMachine } from '../skills';
import type { LocalizedText } from '../text';

export interface MoveOption {
  id: string;
  label: LocalizedText;
  correct: boolean;
  /** Why it is right or wrong, shown as feedback in practice. */
  why: LocalizedText;
  /** Choosing this is a critical error with this id (whether in time or not). */
  critical?: string;
}

export interface MoveRound {
  id: string;
  /** Which decorative picture the screen draws. */
  scene: string;
  /** A short name of the situation: the round's item on the result sheet. */
  title: LocalizedText;
  situation: LocalizedText;
  options: readonly MoveOption[];
  /** The clinical facts (ids in the content's fact table) the right answer rests on. */
  facts: readonly string[];
}

export interface MoveGameDef {
  id: string;
  version: string;
  title: LocalizedText;
  brief: LocalizedText;
  /** The time limit of every round, in ms (a product choice). */
  roundTimeMs: number;
  /** Points of each round's item. */
  pointsPerRound: number;
  passPct: number;
  rounds: readonly MoveRound[];
  criticalErrors: readonly SkillCriticalErrorDef[];
}

export type MoveGameAction =
  | { type: 'answer'; t: number; round: string; option: string }
  | { type: 'timeout'; t: number; round: string }
  /** Shows the next round (after the feedback in practice; at once in assessment). */
  | { type: 'next'; t: number }
  /** Ends the game early; rounds not answered are missed. */
  | { type: 'finish'; t: number };

export type MoveOutcome = 'right' | 'wrong' | 'tooSlow' | 'timeout';

export type MoveGameEffect =
  | { type: 'round'; round: string; index: number; deadline: number }
  | { type: 'answered'; round: string; outcome: MoveOutcome; option: string | null; right: string; streak: number }
  | { type: 'rejected'; key: string }
  | { type: 'done' };

export interface MoveGameOptions {
  def: MoveGameDef;
  profile: ProfileId;
  startT: number;
  seed: number;
}

export interface MoveRoundRecord {
  id: string;
  /** When the round was shown; null until then. */
  shownAt: number | null;
  /** The option chosen (null on a timeout or not yet). */
  option: string | null;
  outcome: MoveOutcome | null;
  /** From showing to answering; null on a timeout or not yet answered. */
  answerMs: number | null;
}

export interface MoveGameState {
  options: MoveGameOptions;
  t: number;
  /** Round ids in the order they are played. */
  order: string[];
  /** Each round's option ids in the order they are shown. */
  optionOrder: Record<string, string[]>;
  /** Index into `order` of the round shown now (or last shown). */
  current: number;
  records: MoveRoundRecord[];
  streak: number;
  bestStreak: number;
  errors: CriticalErrorEvent[];
  finished: boolean;
}

export interface MoveGameMeasure {
  key: string;
  value: number;
  unit: string;
  ok: boolean | null;
}

export interface MoveGameResult {
  sheet: SkillSheetResult;
  /** Mean time from showing a round to answering it (timeouts left out); null if none answered. */
  meanAnswerMs: number | null;
  bestStreak: number;
  /** In the shape of a first-aid summary's measures; each key is its label's i18n key. */
  measures: MoveGameMeasure[];
}

/** The result sheet's items: one per round, in the content's order. */
export function moveGameItems(def: MoveGameDef): SkillItemDef[] {
  return def.rounds.map((r) => ({ id: r.id, points: def.pointsPerRound, label: r.title }));
}

/** The round shown now, or null once the game is over. */
export function currentRound(s: MoveGameState): MoveRound | null {
  if (s.finished) return null;
  const id = s.order[s.current];
  return s.options.def.rounds.find((r) => r.id === id) ?? null;
}

/** The record of the round shown now (answered or not). */
export function currentRecord(s: MoveGameState): MoveRoundRecord | undefined {
  return s.records[s.current];
}

function open(s: MoveGameState, t: number): MoveGameEffect {
  const rec = s.records[s.current] as MoveRoundRecord;
  s.records[s.current] = { ...rec, shownAt: t };
  return { type: 'round', round: rec.id, index: s.current, deadline: t + s.options.def.roundTimeMs };
}

function reject(prev: MoveGameState, key: string) {
  return { state: prev, effects: [{ type: 'rejected', key } as MoveGameEffect] };
}

export const moveGameMachine: StepMachine<MoveGameState, MoveGameAction, MoveGameEffect, MoveGameOptions> = {
  start(options) {
    const rng = createRng(options.seed);
    const order = shuffled(options.def.rounds, rng).map((r) => r.id);
    const optionOrder: Record<string, string[]> = {};
    for (const id of order) {
      const round = options.def.rounds.find((r) => r.id === id) as MoveRound;
      optionOrder[id] = shuffled(round.options, rng).map((o) => o.id);
    }
    const s: MoveGameState = {
      options,
      t: options.startT,
      order,
      optionOrder,
      current: 0,
      records: order.map((id) => ({ id, shownAt: null, option: null, outcome: null, answerMs: null })),
      streak: 0,
      bestStreak: 0,
      errors: [],
      finished: order.length === 0,
    };
    return { state: s, effects: s.finished ? [{ type: 'done' }] : [open(s, options.startT)] };
  },

  step(prev, a) {
    if (prev.finished) return reject(prev, 'finished');
    if (a.t < prev.t) return reject(prev, 'timeBackwards');
    const def = prev.options.def;
    const s: MoveGameState = { ...prev, t: a.t, records: [...prev.records], errors: [...prev.errors] };
    const rec = s.records[s.current] as MoveRoundRecord;
    const effects: MoveGameEffect[] = [];
    const close = () => {
      if (s.current === s.order.length - 1) {
        s.finished = true;
        effects.push({ type: 'done' });
      }
    };

    if (a.type === 'finish') {
      s.finished = true;
      return { state: s, effects: [{ type: 'done' }] };
    }
    if (a.type === 'next') {
      if (rec.outcome === null) return reject(prev, 'roundOpen');
      s.current += 1;
      effects.push(open(s, a.t));
      return { state: s, effects };
    }

    const index = s.order.indexOf(a.round);
    if (index < 0) return reject(prev, 'unknown');
    if (index < s.current || (index === s.current && rec.outcome !== null)) return reject(prev, 'alreadyAnswered');
    if (index > s.current) return reject(prev, 'notCurrent');
    const round = def.rounds.find((r) => r.id === a.round) as MoveRound;
    const right = (round.options.find((o) => o.correct) as MoveOption).id;
    const elapsed = a.t - (rec.shownAt as number);

    if (a.type === 'timeout') {
      if (elapsed < def.roundTimeMs) return reject(prev, 'tooEarly');
      s.records[s.current] = { ...rec, outcome: 'timeout' };
      s.streak = 0;
      effects.push({ type: 'answered', round: round.id, outcome: 'timeout', option: null, right, streak: 0 });
      close();
      return { state: s, effects };
    }

    const option = round.options.find((o) => o.id === a.option);
    if (!option) return reject(prev, 'noChoice');
    if (option.critical) s.errors.push({ id: option.critical, t: a.t });
    const outcome: MoveOutcome = !option.correct ? 'wrong' : elapsed > def.roundTimeMs ? 'tooSlow' : 'right';
    s.records[s.current] = { ...rec, option: option.id, outcome, answerMs: elapsed };
    s.streak = outcome === 'right' ? s.streak + 1 : 0;
    s.bestStreak = Math.max(s.bestStreak, s.streak);
    effects.push({ type: 'answered', round: round.id, outcome, option: option.id, right, streak: s.streak });
    close();
    return { state: s, effects };
  },
};

export function moveGameResult(s: MoveGameState): MoveGameResult {
  const def = s.options.def;
  const judgements: Record<string, ItemJudgement> = {};
  for (const r of s.records) judgements[r.id] = r.outcome === 'right' ? 'earned' : 'missed';
  const sheet = scoreSheet({ items: moveGameItems(def), criticalErrors: def.criticalErrors, profile: s.options.profile, judgements, errors: s.errors, finished: s.finished, passPct: def.passPct });
  const times = s.records.flatMap((r) => (r.answerMs === null ? [] : [r.answerMs]));
  const meanAnswerMs = times.length ? times.reduce((a, b) => a + b, 0) / times.length : null;
  const measures: MoveGameMeasure[] = [
    ...(meanAnswerMs === null ? [] : [{ key: 'firstaid.moveGame.measure.meanAnswer', value: Math.round(meanAnswerMs / 100) / 10, unit: 's', ok: null }]),
    { key: 'firstaid.moveGame.measure.bestStreak', value: s.bestStreak, unit: '', ok: null },
  ];
  return { sheet, meanAnswerMs, bestStreak: s.bestStreak, measures };
}

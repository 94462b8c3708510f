/**
 * The roller-bandage step machine: check circulation, draw the turns (pointer strokes or turns
 * placed with the keyboard, both as timestamped paths), fasten with a knot or clip, check
 * circulation again, finish. The exam sheet comes from the geometric checks in `bandage.ts`.
 */

import type { ProfileId } from '../protocol/profile';
import { scoreSheet, type CriticalErrorEvent, type ItemJudgement, type SkillCriticalErrorDef, type SkillItemDef, type SkillSheetResult, type StepMachine } from '../skills';
import type { LocalizedText } from '../text';
import { analyseRoller, checkKnot, type KnotCheckId, type RollerAnalysis, type RollerCheckId, type RollerExercise } from './bandage';
import type { Point } from './body';
import type { Stroke } from './turns';

export type RollerItemId = 'circulationBefore' | 'circulationAfter' | RollerCheckId | Exclude<KnotCheckId, 'knotOnBandage'>;
export type RollerErrorId = 'dressingExposed' | 'knotOnWound' | 'knotLoose';

export interface RollerDef extends RollerExercise {
  id: string;
  version: string;
  title: LocalizedText;
  brief: LocalizedText;
  items: readonly SkillItemDef<RollerItemId>[];
  criticalErrors: readonly SkillCriticalErrorDef<RollerErrorId>[];
  passPct: number;
}

export type InputSource = 'pointer' | 'keyboard';

export type RollerAction =
  | { type: 'checkCirculation'; t: number }
  | { type: 'stroke'; t: number; points: Stroke; source: InputSource }
  | { type: 'undo'; t: number }
  | { type: 'fasten'; t: number; at: Point }
  | { type: 'finish'; t: number };

export type RollerEffect =
  | { type: 'turns'; analysis: RollerAnalysis }
  | { type: 'feedback'; key: string; ok: boolean; params?: Record<string, number> }
  | { type: 'rejected'; key: string }
  | { type: 'done' };

export interface RollerOptions {
  def: RollerDef;
  profile: ProfileId;
  startT: number;
}

export interface RollerState {
  options: RollerOptions;
  t: number;
  strokes: Stroke[];
  sources: InputSource[];
  circulationBefore: boolean;
  circulationAfter: boolean;
  knot: Point | null;
  analysis: RollerAnalysis;
  finished: boolean;
  errors: CriticalErrorEvent<RollerErrorId>[];
}

const fb = (key: string, ok: boolean, params?: Record<string, number>): RollerEffect => ({ type: 'feedback', key: `firstaid.roller.${key}`, ok, ...(params ? { params } : {}) });

export const rollerMachine: StepMachine<RollerState, RollerAction, RollerEffect, RollerOptions> = {
  start(options) {
    const analysis = analyseRoller(options.def, []);
    return {
      state: { options, t: options.startT, strokes: [], sources: [], circulationBefore: false, circulationAfter: false, knot: null, analysis, finished: false, errors: [] },
      effects: [{ type: 'turns', analysis }],
    };
  },
  step(prev, a) {
    if (prev.finished) return { state: prev, effects: [{ type: 'rejected', key: 'finished' }] };
    if (a.t < prev.t) return { state: prev, effects: [{ type: 'rejected', key: 'timeBackwards' }] };
    const s: RollerState = { ...prev, t: a.t, strokes: [...prev.strokes], sources: [...prev.sources], errors: [...prev.errors] };
    const def = s.options.def;
    const effects: RollerEffect[] = [];
    switch (a.type) {
      case 'checkCirculation':
        if (s.strokes.length === 0) s.circulationBefore = true;
        else if (s.knot) s.circulationAfter = true;
        effects.push(fb(s.strokes.length === 0 || s.knot ? 'circulationChecked' : 'circulationMidway', s.strokes.length === 0 || s.knot !== null));
        break;
      case 'stroke': {
        if (s.knot) {
          effects.push({ type: 'rejected', key: 'fastened' });
          break;
        }
        s.strokes.push(a.points);
        s.sources.push(a.source);
        const before = s.analysis.turns.length + s.analysis.returns.length;
        s.analysis = analyseRoller(def, s.strokes);
        effects.push({ type: 'turns', analysis: s.analysis });
        const after = s.analysis.turns.length + s.analysis.returns.length;
        if (after === before) effects.push(fb('noTurn', false));
        else {
          const i = s.analysis.turns.length - 1;
          const o = s.analysis.overlaps[i];
          if (o !== null && o !== undefined && s.analysis.returns.length === 0) effects.push(fb('overlap', true, { pct: Math.round(o * 100), turn: i + 1 }));
        }
        break;
      }
      case 'undo':
        if (s.knot || s.strokes.length === 0) {
          effects.push({ type: 'rejected', key: 'nothingToUndo' });
          break;
        }
        s.strokes.pop();
        s.sources.pop();
        s.analysis = analyseRoller(def, s.strokes);
        effects.push({ type: 'turns', analysis: s.analysis });
        break;
      case 'fasten': {
        if (s.analysis.turns.length === 0) {
          effects.push({ type: 'rejected', key: 'noTurns' });
          break;
        }
        s.knot = a.at;
        const k = checkKnot(def, s.analysis.turns, a.at);
        for (const c of k) effects.push(fb(`${c.id}.${c.ok ? 'ok' : 'bad'}`, c.ok));
        break;
      }
      case 'finish':
        s.finished = true;
        effects.push({ type: 'done' });
        break;
    }
    return { state: s, effects };
  },
};

/** The sheet: every geometric check is an item; the knot and circulation checks complete it. */
export function rollerJudgements(s: RollerState): { judgements: Partial<Record<RollerItemId, ItemJudgement>>; errors: CriticalErrorEvent<RollerErrorId>[] } {
  const judgements: Partial<Record<RollerItemId, ItemJudgement>> = {};
  for (const c of s.analysis.checks) judgements[c.id] = c.ok ? 'earned' : 'missed';
  const errors = [...s.errors];
  judgements.circulationBefore = s.circulationBefore ? 'earned' : 'missed';
  judgements.circulationAfter = s.circulationAfter ? 'earned' : 'missed';
  if (s.knot) {
    for (const c of checkKnot(s.options.def, s.analysis.turns, s.knot)) {
      if (c.id === 'knotOnBandage') {
        if (!c.ok) errors.push({ id: 'knotLoose', t: s.t });
      } else judgements[c.id] = c.ok ? 'earned' : 'missed';
      if (c.id === 'knotOffWound' && !c.ok) errors.push({ id: 'knotOnWound', t: s.t });
    }
  } else if (s.finished) errors.push({ id: 'knotLoose', t: s.t });
  if (s.finished && judgements.dressingCovered !== 'earned') errors.push({ id: 'dressingExposed', t: s.t });
  return { judgements, errors };
}

export function rollerResult(s: RollerState): SkillSheetResult<RollerItemId, RollerErrorId> {
  const { judgements, errors } = rollerJudgements(s);
  const d = s.options.def;
  return scoreSheet({ items: d.items, criticalErrors: d.criticalErrors, profile: s.options.profile, judgements, errors, finished: s.finished && s.knot !== null, passPct: d.passPct });
}

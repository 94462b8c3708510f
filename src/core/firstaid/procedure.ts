/**
 * Ordered-step procedures with placement choices: triangular bandages and slings, splinting, the
 * log-roll. Each step is done once, in order; a step may ask the learner to choose (where the knot
 * goes, which splint), and a wrong choice costs the step's item or, where the data says so, is a
 * critical error (straightening an open fracture). Same contract as every skill machine.
 */

import type { ProfileId } from '../protocol/profile';
import { scoreSheet, type CriticalErrorEvent, type ItemJudgement, type SkillCriticalErrorDef, type SkillItemDef, type SkillSheetResult, type StepMachine } from '../skills';
import type { LocalizedText } from '../text';

export interface ProcedureChoice {
  id: string;
  label: LocalizedText;
  correct: boolean;
  /** Choosing this is a critical error with this id. */
  critical?: string;
  /** Why it is right or wrong, shown as feedback. */
  why: LocalizedText;
}

export interface ProcedureStep {
  id: string;
  label: LocalizedText;
  /** Extra text shown with the step (what to look for). */
  hint?: LocalizedText;
  choices?: readonly ProcedureChoice[];
}

/** Actions offered beside the steps that are wrong whenever taken (e.g. "straighten the bone"). */
export interface ProcedureHazard {
  id: string;
  label: LocalizedText;
  critical: string;
  why: LocalizedText;
}

export interface ProcedureDef {
  id: string;
  version: string;
  group: 'triangular' | 'splint' | 'moving';
  title: LocalizedText;
  brief: LocalizedText;
  /** The steps in the order they are taught; each step's item has the step's id. */
  steps: readonly ProcedureStep[];
  hazards: readonly ProcedureHazard[];
  items: readonly SkillItemDef[];
  criticalErrors: readonly SkillCriticalErrorDef[];
  passPct: number;
}

export type ProcedureAction =
  | { type: 'step'; t: number; step: string; choice?: string }
  | { type: 'hazard'; t: number; id: string }
  | { type: 'finish'; t: number };

export type ProcedureEffect =
  | { type: 'feedback'; key: string; ok: boolean; why?: LocalizedText }
  | { type: 'rejected'; key: string }
  | { type: 'done' };

export interface ProcedureOptions {
  def: ProcedureDef;
  profile: ProfileId;
  startT: number;
}

export interface ProcedureState {
  options: ProcedureOptions;
  t: number;
  done: string[];
  judgements: Record<string, ItemJudgement>;
  errors: CriticalErrorEvent[];
  finished: boolean;
}

export const procedureMachine: StepMachine<ProcedureState, ProcedureAction, ProcedureEffect, ProcedureOptions> = {
  start: (options) => ({ state: { options, t: options.startT, done: [], judgements: {}, errors: [], finished: false }, effects: [] }),
  step(prev, a) {
    if (prev.finished) return { state: prev, effects: [{ type: 'rejected', key: 'finished' }] };
    if (a.t < prev.t) return { state: prev, effects: [{ type: 'rejected', key: 'timeBackwards' }] };
    const s: ProcedureState = { ...prev, t: a.t, done: [...prev.done], judgements: { ...prev.judgements }, errors: [...prev.errors] };
    const def = s.options.def;
    const effects: ProcedureEffect[] = [];
    if (a.type === 'finish') {
      s.finished = true;
      for (const st of def.steps) s.judgements[st.id] ??= 'missed';
      effects.push({ type: 'done' });
      return { state: s, effects };
    }
    if (a.type === 'hazard') {
      const h = def.hazards.find((x) => x.id === a.id);
      if (!h) return { state: prev, effects: [{ type: 'rejected', key: 'unknown' }] };
      s.errors.push({ id: h.critical, t: a.t });
      effects.push({ type: 'feedback', key: 'firstaid.procedure.hazard', ok: false, why: h.why });
      return { state: s, effects };
    }
    const index = def.steps.findIndex((x) => x.id === a.step);
    const st = def.steps[index];
    if (!st) return { state: prev, effects: [{ type: 'rejected', key: 'unknown' }] };
    if (s.done.includes(st.id)) return { state: prev, effects: [{ type: 'rejected', key: 'alreadyDone' }] };
    const choice = st.choices?.find((c) => c.id === a.choice);
    if (st.choices && !choice) return { state: prev, effects: [{ type: 'rejected', key: 'noChoice' }] };
    s.done.push(st.id);
    const inOrder = def.steps.slice(0, index).every((p) => s.done.includes(p.id));
    const correct = choice ? choice.correct : true;
    if (choice?.critical) s.errors.push({ id: choice.critical, t: a.t });
    s.judgements[st.id] = !correct ? 'missed' : inOrder ? 'earned' : 'outOfOrder';
    if (!inOrder) effects.push({ type: 'feedback', key: 'firstaid.procedure.outOfOrder', ok: false });
    effects.push({ type: 'feedback', key: correct ? 'firstaid.procedure.right' : 'firstaid.procedure.wrong', ok: correct, ...(choice ? { why: choice.why } : {}) });
    if (s.done.length === def.steps.length) {
      s.finished = true;
      effects.push({ type: 'done' });
    }
    return { state: s, effects };
  },
};

export function procedureResult(s: ProcedureState): SkillSheetResult {
  const d = s.options.def;
  return scoreSheet({ items: d.items, criticalErrors: d.criticalErrors, profile: s.options.profile, judgements: s.judgements, errors: s.errors, finished: s.finished, passPct: d.passPct });
}

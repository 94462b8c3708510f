/**
 * The bleeding-control step machine (clinical.md "Bleeding control"). A scenario is data: the
 * wound, what stops it (direct pressure, more dressings after a soak-through, a tourniquet, or
 * packing and pressure for a junctional wound) and its exam sheet. Like the cardiac-arrest engine:
 * `step(state, action) → { state, effects }`, time only from `t`, randomness only from the seed.
 */

import { createRng } from '../rng';
import type { ProfileId, Sourced } from '../protocol/profile';
import { scoreSheet, type CriticalErrorEvent, type ItemJudgement, type SkillCriticalErrorDef, type SkillItemDef, type SkillSheetResult, type StepMachine, type Stepped } from '../skills';
import type { LocalizedText } from '../text';
import type { BodyPart, Point } from './body';
import { measurePress, pressIsEffective, type PressMeasure, type PressSample, type PressTarget } from './press';
import { checkTourniquet, type TourniquetPlacement } from './tourniquet';

export type BleedingKind = 'direct' | 'soakThrough' | 'tourniquet' | 'junctional';

export const BLEEDING_ITEMS = [
  'gloves',
  'dressing',
  'directPressure',
  'steadyPressure',
  'addDressing',
  'pressureBandage',
  'packing',
  'tourniquetPosition',
  'tourniquetOffJoint',
  'tourniquetTight',
  'timeWritten',
  'notLoosened',
  'controlled',
] as const;
export type BleedingItemId = (typeof BLEEDING_ITEMS)[number];

export const BLEEDING_ERRORS = ['removedDressing', 'tourniquetBelowWound', 'tourniquetLoose', 'leftBleeding'] as const;
export type BleedingErrorId = (typeof BLEEDING_ERRORS)[number];

export interface BleedingScenarioDef {
  id: string;
  version: string;
  kind: BleedingKind;
  title: LocalizedText;
  brief: LocalizedText;
  part: BodyPart;
  /** The wound zone pressed on (centre and radius, mm). */
  wound: PressTarget;
  /** Tourniquet turns needed before the bleeding stops: drawn from the seed in [min, max]. */
  tourniquetTurns?: { min: number; max: number };
  items: readonly SkillItemDef<BleedingItemId>[];
  criticalErrors: readonly SkillCriticalErrorDef<BleedingErrorId>[];
  passPct: number;
}

/** What a profile teaches where the bodies disagree (clinical.md: loosening a tourniquet). */
export interface BleedingTeaching {
  tourniquetLoosening: Sourced<'never' | 'periodic'>;
}

export type BleedingAction =
  | { type: 'gloves'; t: number }
  | { type: 'dressing'; t: number; at: Point }
  | { type: 'press'; t: number; samples: readonly PressSample[] }
  | { type: 'addDressing'; t: number }
  | { type: 'removeDressing'; t: number }
  | { type: 'pack'; t: number }
  | { type: 'pressureBandage'; t: number }
  | { type: 'tourniquet'; t: number; x: number }
  | { type: 'tighten'; t: number }
  | { type: 'writeTime'; t: number }
  | { type: 'loosen'; t: number }
  | { type: 'finish'; t: number };

export type BleedingStatus = 'heavy' | 'soaked' | 'slowed' | 'controlled';

export type BleedingEffect =
  | { type: 'status'; status: BleedingStatus }
  | { type: 'feedback'; key: string; ok: boolean }
  | { type: 'press'; measure: PressMeasure }
  | { type: 'tourniquet'; placement: TourniquetPlacement }
  | { type: 'rejected'; key: string }
  | { type: 'done' };

export interface BleedingOptions {
  scenario: BleedingScenarioDef;
  profile: ProfileId;
  teaching: BleedingTeaching;
  seed: number;
  startT: number;
}

export interface BleedingState {
  options: BleedingOptions;
  turnsToStop: number;
  t: number;
  status: BleedingStatus;
  glovesAt: number | null;
  touchedAt: number | null;
  dressings: number;
  packed: boolean;
  goodPresses: number;
  presses: PressMeasure[];
  tourniquet: TourniquetPlacement | null;
  turns: number;
  timeWritten: boolean;
  loosened: boolean;
  bandaged: boolean;
  judgements: Partial<Record<BleedingItemId, ItemJudgement>>;
  errors: CriticalErrorEvent<BleedingErrorId>[];
  finished: boolean;
}

function fb(key: string, ok: boolean): BleedingEffect {
  return { type: 'feedback', key: `firstaid.feedback.${key}`, ok };
}

function touch(s: BleedingState, t: number): BleedingEffect[] {
  if (s.touchedAt !== null) return [];
  s.touchedAt = t;
  if (s.glovesAt === null) {
    s.judgements.gloves = 'outOfOrder';
    return [fb('glovesFirst', false)];
  }
  return [];
}

function goodPress(s: BleedingState, m: PressMeasure): boolean {
  return m.sustained && pressIsEffective(m);
}

export const bleedingMachine: StepMachine<BleedingState, BleedingAction, BleedingEffect, BleedingOptions> = {
  start(options) {
    const range = options.scenario.tourniquetTurns ?? { min: 3, max: 3 };
    const rng = createRng(options.seed);
    const state: BleedingState = {
      options,
      turnsToStop: rng.int(range.min, range.max),
      t: options.startT,
      status: 'heavy',
      glovesAt: null,
      touchedAt: null,
      dressings: 0,
      packed: false,
      goodPresses: 0,
      presses: [],
      tourniquet: null,
      turns: 0,
      timeWritten: false,
      loosened: false,
      bandaged: false,
      judgements: {},
      errors: [],
      finished: false,
    };
    return { state, effects: [{ type: 'status', status: 'heavy' }] };
  },

  step(prev, action): Stepped<BleedingState, BleedingEffect> {
    if (prev.finished) return { state: prev, effects: [{ type: 'rejected', key: 'finished' }] };
    if (action.t < prev.t) return { state: prev, effects: [{ type: 'rejected', key: 'timeBackwards' }] };
    const s: BleedingState = { ...prev, t: action.t, presses: [...prev.presses], judgements: { ...prev.judgements }, errors: [...prev.errors] };
    const sc = s.options.scenario;
    const effects: BleedingEffect[] = [];
    const setStatus = (status: BleedingStatus) => {
      if (s.status !== status) {
        s.status = status;
        effects.push({ type: 'status', status });
      }
    };
    const err = (id: BleedingErrorId) => s.errors.push({ id, t: action.t });

    switch (action.type) {
      case 'gloves':
        if (s.glovesAt === null) {
          s.glovesAt = action.t;
          if (s.touchedAt === null) s.judgements.gloves = 'earned';
          effects.push(fb('gloves', true));
        }
        break;
      case 'dressing': {
        effects.push(...touch(s, action.t));
        const onWound = Math.hypot(action.at.x - sc.wound.x, action.at.y - sc.wound.y) <= sc.wound.r * 1.5;
        if (!onWound) {
          effects.push(fb('dressingOffWound', false));
          break;
        }
        if (s.dressings === 0) {
          s.dressings = 1;
          s.judgements.dressing ??= 'earned';
          effects.push(fb('dressingOn', true));
        }
        break;
      }
      case 'addDressing':
        if (s.dressings === 0) {
          effects.push({ type: 'rejected', key: 'noDressing' });
          break;
        }
        s.dressings += 1;
        if (s.status === 'soaked') {
          s.judgements.addDressing = 'earned';
          setStatus('slowed');
        }
        effects.push(fb('dressingAdded', true));
        break;
      case 'removeDressing':
        if (s.dressings === 0) {
          effects.push({ type: 'rejected', key: 'noDressing' });
          break;
        }
        err('removedDressing');
        s.judgements.addDressing = 'missed';
        s.dressings = 0;
        effects.push(fb('dontRemove', false));
        setStatus('heavy');
        break;
      case 'pack':
        effects.push(...touch(s, action.t));
        s.packed = true;
        if (sc.kind === 'junctional') s.judgements.packing = 'earned';
        if (s.dressings === 0) s.dressings = 1;
        s.judgements.dressing ??= 'earned';
        effects.push(fb(sc.kind === 'junctional' ? 'packed' : 'packNotNeeded', sc.kind === 'junctional'));
        break;
      case 'press': {
        effects.push(...touch(s, action.t));
        const m = measurePress(action.samples, sc.wound);
        s.presses.push(m);
        effects.push({ type: 'press', measure: m });
        if (s.dressings === 0 && !s.packed) s.judgements.dressing = 'missed';
        if (!m.onWound) {
          effects.push(fb('pressOffWound', false));
          break;
        }
        if (m.steady === false) {
          effects.push(fb('pressUnsteady', false));
          break;
        }
        if (!m.sustained) {
          effects.push(fb('pressShort', false));
          break;
        }
        s.goodPresses += 1;
        s.judgements.directPressure = 'earned';
        if (m.steady === true) s.judgements.steadyPressure = 'earned';
        else if (s.judgements.steadyPressure !== 'earned') s.judgements.steadyPressure = 'notMeasured';
        if (s.status === 'controlled') break;
        const controls = sc.kind === 'direct' || sc.kind === 'junctional' || (sc.kind === 'soakThrough' && s.judgements.addDressing === 'earned');
        if (controls) {
          setStatus('controlled');
          effects.push(fb('controlled', true));
        } else if (sc.kind === 'soakThrough' && s.status === 'heavy' && s.judgements.addDressing === undefined) {
          setStatus('soaked');
          effects.push(fb('soakedThrough', false));
        } else if (sc.kind === 'tourniquet') effects.push(fb('pressureNotEnough', false));
        break;
      }
      case 'pressureBandage':
        if (s.status !== 'controlled' || s.dressings === 0) {
          effects.push(fb('bandageTooEarly', false));
          break;
        }
        s.bandaged = true;
        s.judgements.pressureBandage = 'earned';
        effects.push(fb('bandaged', true));
        break;
      case 'tourniquet': {
        if (sc.kind === 'junctional') {
          effects.push(fb('noTourniquetJunctional', false));
          break;
        }
        effects.push(...touch(s, action.t));
        const woundTop = sc.wound.x + sc.wound.r;
        const p = checkTourniquet(sc.part, woundTop, action.x);
        s.tourniquet = p;
        s.turns = 0;
        effects.push({ type: 'tourniquet', placement: p });
        if (!p.aboveWound) {
          err('tourniquetBelowWound');
          effects.push(fb('tourniquetBelow', false));
        } else if (p.overJoint) effects.push(fb('tourniquetOnJoint', false));
        else if (!p.inBand) effects.push(fb('tourniquetDistance', false));
        else effects.push(fb('tourniquetPlaced', true));
        s.judgements.tourniquetPosition = p.inBand ? 'earned' : 'missed';
        s.judgements.tourniquetOffJoint = p.overJoint ? 'missed' : 'earned';
        break;
      }
      case 'tighten':
        if (!s.tourniquet) {
          effects.push({ type: 'rejected', key: 'noTourniquet' });
          break;
        }
        s.turns += 1;
        if (s.tourniquet.aboveWound && s.turns >= s.turnsToStop && s.status !== 'controlled') {
          setStatus('controlled');
          s.judgements.tourniquetTight = 'earned';
          effects.push(fb('tourniquetStopped', true));
        } else if (s.status !== 'controlled') {
          setStatus('slowed');
          effects.push(fb('keepTightening', false));
        }
        break;
      case 'writeTime':
        if (!s.tourniquet) {
          effects.push({ type: 'rejected', key: 'noTourniquet' });
          break;
        }
        s.timeWritten = true;
        s.judgements.timeWritten = 'earned';
        effects.push(fb('timeWritten', true));
        break;
      case 'loosen':
        if (!s.tourniquet) {
          effects.push({ type: 'rejected', key: 'noTourniquet' });
          break;
        }
        s.loosened = true;
        s.judgements.notLoosened = 'missed';
        s.turns = 0;
        setStatus('heavy');
        effects.push(fb(s.options.teaching.tourniquetLoosening.value === 'never' ? 'loosenNever' : 'loosenPeriodic', false));
        break;
      case 'finish':
        s.finished = true;
        if (s.status !== 'controlled') {
          err(s.tourniquet && s.tourniquet.aboveWound ? 'tourniquetLoose' : 'leftBleeding');
          s.judgements.controlled = 'missed';
        } else s.judgements.controlled = 'earned';
        if (s.judgements.gloves === undefined) s.judgements.gloves = 'missed';
        if (s.tourniquet && !s.loosened) s.judgements.notLoosened = 'earned';
        effects.push({ type: 'done' });
        break;
    }
    return { state: s, effects };
  },
};

export function bleedingResult(s: BleedingState): SkillSheetResult<BleedingItemId, BleedingErrorId> {
  const sc = s.options.scenario;
  return scoreSheet({ items: sc.items, criticalErrors: sc.criticalErrors, profile: s.options.profile, judgements: s.judgements, errors: s.errors, finished: s.finished, passPct: sc.passPct });
}

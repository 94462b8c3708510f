/**
 * What a model learner would do next under the active profile (`idealAction`), and the bounded set
 * of sensible or plausibly mistaken actions a learner could take now (`availableActions`). Guided
 * hints, the demonstration autoplay and the model-based tests all use these, so the hint a learner
 * sees is the path the tests prove completes.
 */

import type { ActionTemplate, HandTechnique, TemplateType } from './actions';
import type { HintId } from './keys';
import type { ScenarioState } from './state';
import type { ArrestStepId } from '../protocol/profile';
import type { BodyPoint, PadTarget, Placement } from './types';

const BUSY = new Set(['analysing', 'charging', 'shockReady']);
const SETUP = new Set(['off', 'awaitingPads', 'awaitingConnector', 'checkPads']);

/** The hand technique the profile teaches for infants; a wrong one for the mistakes list. */
export function idealTechnique(state: ScenarioState): HandTechnique {
  if (state.ctx.scenario.patient.kind !== 'infant') return 'twoHands';
  return state.ctx.profile.compression.infantTechnique.value === 'twoFingers' ? 'twoFingers' : 'twoThumb';
}

export function idealBreathingCheckMs(state: ScenarioState): number {
  const r = state.ctx.profile.breathingCheckS;
  return Math.min(r.max * 1000, Math.max(r.min * 1000, 7000));
}

export function callTemplate(state: ScenarioState, askAed = state.ctx.aedAvailable): ActionTemplate {
  const b = state.ctx.scenario.bystanders[0];
  const base = { type: 'callForHelp' as const, number: state.ctx.profile.emergencyNumber.value, askAed };
  return b === undefined ? base : { ...base, bystanderId: b.id };
}

export function idealPlacement(state: ScenarioState): Placement {
  return state.ctx.scenario.aed.placements.value[0] ?? 'anterolateral';
}

export function suggestedPads(state: ScenarioState, placement: Placement = idealPlacement(state)): readonly PadTarget[] {
  const s = state.ctx.scenario;
  return s.aed.suggestedPads?.[placement] ?? s.body.suggested[placement];
}

function performed(state: ScenarioState, step: ArrestStepId): boolean {
  return (state.performed[step]?.length ?? 0) > 0;
}

function padsNeedRedo(state: ScenarioState): boolean {
  const pads = state.aed.pads;
  if (pads.length === 0) return false;
  if (pads.some((p) => !p.stuck)) return true;
  const s = state.ctx.scenario;
  const accepted = new Set(s.aed.placements.value.flatMap((p) => [...s.body.placementZones[p]]));
  if (pads.some((p) => p.zone === null || !accepted.has(p.zone))) return true;
  if (pads.length === 2) {
    const [a, b] = pads;
    if (a !== undefined && b !== undefined && a.at.surface === b.at.surface) {
      const r = s.body.padRadius[a.kind] + s.body.padRadius[b.kind];
      if (Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y) < r) return true;
    }
  }
  for (const h of s.hazards) {
    if (h.at === undefined || (h.kind === 'medicationPatch' && !state.chest.patchOn)) continue;
    const spot = h.at;
    if (pads.some((p) => p.at.surface === spot.surface && Math.hypot(p.at.x - spot.x, p.at.y - spot.y) < s.body.padRadius[p.kind] + spot.r)) {
      return true;
    }
  }
  return false;
}

/** The model learner's options in order of preference; the first is the ideal next action. */
export function idealCandidates(state: ScenarioState): ActionTemplate[] {
  if (state.phase === 'done') return [];
  if (state.phase === 'handover') return [{ type: 'reassess' }, { type: 'wait' }];
  const ctx = state.ctx;
  const aed = state.aed;
  const t = state.touch;
  const unclear = t.clearT === null || t.bystander !== null || t.learnerAfterClear;
  if (aed.mode === 'analysing') return t.bystander !== null ? [{ type: 'standClear' }, { type: 'wait' }] : [{ type: 'wait' }];
  if (aed.mode === 'charging') return unclear ? [{ type: 'standClear' }, { type: 'wait' }] : [{ type: 'wait' }];
  if (aed.mode === 'shockReady') {
    return unclear ? [{ type: 'standClear' }, { type: 'pressShock' }, { type: 'wait' }] : [{ type: 'pressShock' }, { type: 'wait' }];
  }

  const out: ActionTemplate[] = [];
  const order = ctx.sheet.stepOrder;
  const cIndex = order.indexOf('compressions');
  const before = cIndex >= 0 ? order.slice(0, cIndex) : order;
  for (const step of before) {
    if (step === 'sceneSafe') {
      if (!performed(state, step)) out.push({ type: 'checkScene' });
      if (state.scene.inWater) out.push({ type: 'moveFromWater' });
    } else if (!performed(state, step)) {
      if (step === 'checkResponse') out.push({ type: 'tapAndShout' });
      else if (step === 'callForHelp') out.push(callTemplate(state));
      else if (step === 'checkBreathing') out.push({ type: 'checkBreathing', durationMs: idealBreathingCheckMs(state) });
      else if (step === 'noteTime') out.push({ type: 'noteTime' });
      else if (step === 'position') out.push({ type: 'positionPatient' });
      else if (step === 'openAirway') out.push({ type: 'openAirway' });
    }
  }
  if (state.scene.inWater && !out.some((a) => a.type === 'moveFromWater')) out.push({ type: 'moveFromWater' });
  if (ctx.aedAvailable && state.call.aedRequestedT === null && performed(state, 'callForHelp')) {
    out.push(callTemplate(state, true));
  }
  const technique = idealTechnique(state);
  if (ctx.scenario.patient.kind === 'infant' && state.hands !== technique && state.cpr.firstT === null) {
    out.push({ type: 'setHands', technique });
  }

  if (aed.mode !== 'absent' && state.cpr.firstT !== null && SETUP.has(aed.mode)) out.push(...aedSetup(state));

  const ratio = ctx.targets.ratio.value;
  const c = state.cpr;
  if (c.sinceBreaths >= ratio.compressions && c.breathsInGroup < ratio.breaths) {
    out.push(c.airwayOpen ? { type: 'giveBreath' } : { type: 'openAirway' });
  }
  const left = c.breathsInGroup > 0 ? ratio.compressions : ratio.compressions - c.sinceBreaths;
  out.push({ type: 'compress', compressions: left > 0 ? left : ratio.compressions });
  out.push({ type: 'wait' });
  return out;
}

function aedSetup(state: ScenarioState): ActionTemplate[] {
  const s = state.ctx.scenario;
  const aed = state.aed;
  const chest = state.chest;
  const out: ActionTemplate[] = [];
  if (aed.poweredT === null) out.push(s.aed.powerOn === 'lid' ? { type: 'openLid' } : { type: 'aedPowerOn' });
  if (chest.exposedT === null) out.push({ type: 'exposeChest' });
  if (state.scene.inWater) out.push({ type: 'moveFromWater' });
  if (chest.wet) out.push({ type: 'dryChest' });
  if (padsNeedRedo(state)) out.push({ type: 'removePads' });
  if (chest.hairy && !chest.shaved && aed.pads.length === 0) out.push({ type: 'shaveChest' });
  if (chest.patchOn) out.push({ type: 'removePatch' });
  if (aed.pads.length === 0 && aed.padKind !== s.aed.expectedPads.value) out.push({ type: 'selectPads', kind: s.aed.expectedPads.value });
  if (aed.pads.length < 2) {
    const placed = new Set(aed.pads.map((p) => p.pad));
    const next = suggestedPads(state).find((p) => !placed.has(p.pad));
    if (next !== undefined) out.push({ type: 'placePad', pad: next.pad, at: next.at });
  }
  if (!aed.connector) out.push({ type: 'plugConnector' });
  return out;
}

export interface IdealOptions {
  /** Action kinds this learner never does (the model tests' "forgetful learner"). */
  skip?: ReadonlySet<TemplateType>;
}

/** The ideal next action, or null once the attempt is over. */
export function idealAction(state: ScenarioState, options: IdealOptions = {}): ActionTemplate | null {
  if (state.phase === 'done') return null;
  const skip = options.skip;
  for (const c of idealCandidates(state)) if (skip === undefined || !skip.has(c.type)) return c;
  return { type: 'wait' };
}

/** The guided-mode hint for a proposed action; null where waiting is right. */
export function hintFor(template: ActionTemplate, state: ScenarioState): HintId | null {
  switch (template.type) {
    case 'wait':
      return BUSY.has(state.aed.mode) ? 'waitForDevice' : null;
    case 'finish':
    case 'touchPatient':
      return null;
    case 'lookInMouth':
      return 'openAirway';
    case 'callForHelp':
      return state.call.firstT !== null && state.call.aedRequestedT === null ? 'askForAed' : 'callForHelp';
    default:
      return template.type;
  }
}

function near(p: BodyPoint, dx: number, dy: number): BodyPoint {
  return { surface: p.surface, x: Math.min(1, Math.max(0, p.x + dx)), y: Math.min(1, Math.max(0, p.y + dy)) };
}

/**
 * A bounded set of actions a learner could take now: the ideal one, the steps not yet done in any
 * order, and the mistakes an examiner watches for (pads on the naive spot, touching after "stand
 * clear", a wrong number...). Never empty before the end: 'wait' and 'finish' are always there.
 */
export function availableActions(state: ScenarioState): ActionTemplate[] {
  if (state.phase === 'done') return [];
  const out: ActionTemplate[] = [...idealCandidates(state).slice(0, 1)];
  const add = (a: ActionTemplate) => out.push(a);
  if (state.phase === 'handover') {
    add({ type: 'reassess' });
    add({ type: 'finish' });
    return dedupe(out);
  }
  const ctx = state.ctx;
  const s = ctx.scenario;
  const aed = state.aed;
  const steps = ctx.sheet.stepOrder;
  if (!performed(state, 'sceneSafe')) add({ type: 'checkScene' });
  if (state.scene.inWater) add({ type: 'moveFromWater' });
  if (!performed(state, 'checkResponse')) add({ type: 'tapAndShout' });
  if (state.call.firstT === null) {
    add(callTemplate(state));
    add({ type: 'callForHelp', number: '0', askAed: ctx.aedAvailable });
  } else if (ctx.aedAvailable && state.call.aedRequestedT === null) add(callTemplate(state, true));
  if (!performed(state, 'checkBreathing')) add({ type: 'checkBreathing', durationMs: idealBreathingCheckMs(state) });
  if (steps.includes('noteTime') && !performed(state, 'noteTime')) add({ type: 'noteTime' });
  if (steps.includes('position') && !performed(state, 'position')) add({ type: 'positionPatient' });
  if (!state.cpr.airwayOpen) add({ type: 'openAirway' });
  if (s.patient.kind === 'infant') {
    add({ type: 'setHands', technique: idealTechnique(state) });
    add({ type: 'setHands', technique: 'twoHands' });
  }
  add({ type: 'compress', compressions: ctx.targets.ratio.value.compressions });
  add({ type: 'compress', compressions: 5 });
  add({ type: 'giveBreath' });

  if (aed.mode !== 'absent') {
    if (aed.poweredT === null) {
      add({ type: 'aedPowerOn' });
      add({ type: 'openLid' });
    }
    if (state.chest.exposedT === null) add({ type: 'exposeChest' });
    else {
      if (state.chest.wet) add({ type: 'dryChest' });
      if (state.chest.hairy && !state.chest.shaved) add({ type: 'shaveChest' });
      if (state.chest.patchOn) add({ type: 'removePatch' });
    }
    if (aed.pads.length === 0) for (const kind of s.aed.pads) if (kind !== aed.padKind) add({ type: 'selectPads', kind });
    if (!BUSY.has(aed.mode)) {
      if (aed.pads.length < 2) {
        const placed = new Set(aed.pads.map((p) => p.pad));
        for (const placement of ['anterolateral', 'anteroposterior'] as const) {
          const targets = suggestedPads(state, placement);
          const zones = s.body.placementZones[placement];
          targets.forEach((target, i) => {
            if (placed.has(target.pad)) return;
            add({ type: 'placePad', pad: target.pad, at: target.at });
            // The naive spot: the zone's centre, which is where a patch or implant sits in the hazard scenarios.
            const zone = s.body.zones[zones[i] as (typeof zones)[number]];
            add({ type: 'placePad', pad: target.pad, at: { surface: zone.surface, x: zone.x, y: zone.y } });
          });
        }
        const first = aed.pads[0];
        if (first !== undefined) {
          const other = suggestedPads(state).find((p) => p.pad !== first.pad);
          if (other !== undefined) add({ type: 'placePad', pad: other.pad, at: near(first.at, 0.05, 0.05) });
        }
      }
      if (aed.pads.length > 0) add({ type: 'removePads' });
    }
    if (!aed.connector) add({ type: 'plugConnector' });
  }
  add({ type: 'standClear' });
  if (BUSY.has(aed.mode)) add({ type: 'touchPatient' });
  if (aed.mode === 'shockReady') add({ type: 'pressShock' });
  add({ type: 'wait' });
  add({ type: 'finish' });
  return dedupe(out);
}

function dedupe(list: ActionTemplate[]): ActionTemplate[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

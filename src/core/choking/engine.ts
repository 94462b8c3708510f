/**
 * The choking step machine: `start(options)` and `step(state, action)` return the next state and
 * effects (data). Time enters only as `t` on actions, randomness only through the seed drawn at
 * start, so (options, actions) replays an attempt exactly. The profile decides the adult order.
 */

import { FRAME_MS, checkSample, type Sample } from '../cpr/sample';
import type { ProtocolProfile } from '../protocol/profile';
import { createRng } from '../rng';
import { LIVE_COMPRESSION_MM, LIVE_CONTACT_MM } from '../scenario/timings';
import type { Stepped, StepMachine } from '../skills/machine';
import { mainFault, scoreGesture, validStroke } from './gesture';
import type { ChokingState, StrikeRecord } from './state';
import {
  POSTURES,
  INFANT_HANDS,
  TECHNIQUES,
  type ChokingAction,
  type ChokingEffect,
  type ChokingErrorId,
  type ChokingMode,
  type ChokingScenarioDef,
  type ChokingStartOptions,
  type Posture,
  type Technique,
} from './types';

type Fx = ChokingEffect[];

export interface ChokingMachineOptions extends ChokingStartOptions {
  scenario: ChokingScenarioDef;
  profile: ProtocolProfile;
}

/** Effects a mode lets through: assessment is blinded (the scene speaks, nothing judges). */
function filterForMode(fx: Fx, mode: ChokingMode): Fx {
  if (mode === 'assessment') return fx.filter((e) => e.type === 'narration' || e.type === 'done' || e.type === 'strike' || e.type === 'rejected');
  return fx;
}

const narrate = (fx: Fx, key: string, params?: Record<string, string | number>) =>
  fx.push(params ? { type: 'narration', key: `choking.say.${key}`, params } : { type: 'narration', key: `choking.say.${key}` });
const feedback = (fx: Fx, key: string, params?: Record<string, string | number>) =>
  fx.push(params ? { type: 'feedback', key: `choking.fb.${key}`, params } : { type: 'feedback', key: `choking.fb.${key}` });

function critical(s: ChokingState, fx: Fx, id: ChokingErrorId, t: number): void {
  s.errors = [...s.errors, { id, t }];
  fx.push({ type: 'error', key: `choking.critical.${id}`, critical: true });
}

function reject(state: ChokingState, key: string): Stepped<ChokingState, ChokingEffect> {
  return { state, effects: [{ type: 'rejected', key: `choking.rejected.${key}` }] };
}

export function start(options: ChokingMachineOptions): Stepped<ChokingState, ChokingEffect> {
  const { scenario, profile } = options;
  const choking = profile.choking;
  if (!choking) throw new Error(`profile ${profile.id} has no choking data`);
  const rng = createRng(options.seed);
  const draw = (r: { min: number; max: number } | undefined) => (r ? rng.int(r.min, r.max) : null);
  const effectiveToClear = rng.int(scenario.effectiveToClear.min, scenario.effectiveToClear.max);
  const collapseAfter = draw(scenario.collapseAfter);
  const visibleAtOpening = draw(scenario.visibleAtOpening);
  const infant = scenario.kind === 'infant';
  const state: ChokingState = {
    scenario,
    profile,
    options: { seed: options.seed, mode: options.mode, startT: options.startT },
    draws: { effectiveToClear, collapseAfter, visibleAtOpening },
    order: infant ? 'backBlowsFirst' : choking.adultOrder.value,
    setSize: infant ? choking.infantSetSize.value : choking.setSize.value,
    phase: 'conscious',
    startT: options.startT,
    now: options.startT,
    askedT: null,
    encouraged: 0,
    call: null,
    posture: null,
    hands: null,
    hand: null,
    strikes: [],
    effectiveCount: 0,
    firstEffectiveT: null,
    errors: [],
    collapsedT: null,
    loweredT: null,
    emergencyCall: null,
    cpr: { samples: [], compressions: 0, firstT: null, down: false, sinceOpening: 0 },
    openings: [],
    airwayOpen: false,
    breaths: [],
    outcome: 'unfinished',
    endT: null,
  };
  const fx: Fx = [];
  narrate(fx, `start.${scenario.kind}`);
  return { state, effects: filterForMode(fx, options.mode) };
}

function copy(s: ChokingState): ChokingState {
  return { ...s, cpr: { ...s.cpr } };
}

function end(s: ChokingState, fx: Fx, outcome: ChokingState['outcome'], t: number): void {
  s.phase = 'done';
  s.outcome = outcome;
  s.endT = t;
  fx.push({ type: 'done', outcome });
}

function isThrust(t: Technique): boolean {
  return t !== 'backBlow';
}

/** Which techniques are right for this person. */
function techniqueOk(scenario: ChokingScenarioDef, technique: Technique): boolean {
  switch (scenario.kind) {
    case 'mild':
      return false;
    case 'severe':
    case 'unresponsive':
      return technique !== 'chestThrust';
    case 'chestThrusts':
    case 'infant':
      return technique !== 'abdominalThrust';
    case 'selfRescue':
      return technique === 'abdominalThrust';
  }
}

/** The posture a technique needs right now (infants: face down for blows, face up for thrusts). */
export function postureOk(scenario: ChokingScenarioDef, technique: Technique, posture: Posture | null): boolean {
  if (posture === null) return false;
  if (scenario.kind === 'infant') return technique === 'backBlow' ? posture === 'infantFaceDownHeadLow' : posture === 'infantFaceUpHeadLow';
  return scenario.postures.right.includes(posture);
}

/** The current run of one technique family ('b' back blows, 'a' thrusts) and its length. */
export function currentRun(strikes: readonly StrikeRecord[]): { family: 'b' | 'a' | null; length: number } {
  let family: 'b' | 'a' | null = null;
  let length = 0;
  for (const s of strikes) {
    if (!s.techniqueOk) continue;
    const f = s.technique === 'backBlow' ? 'b' : 'a';
    if (f === family) length++;
    else {
      family = f;
      length = 1;
    }
  }
  return { family, length };
}

function strike(s: ChokingState, a: Extract<ChokingAction, { type: 'strike' }>, t: number, fx: Fx): void {
  const { scenario } = s;
  if (scenario.kind === 'mild') {
    critical(s, fx, 'struckMildObstruction', t);
    narrate(fx, 'stillCoughing');
    return;
  }
  if (scenario.kind === 'infant' && a.technique === 'abdominalThrust') critical(s, fx, 'abdominalThrustInfant', t);
  if (scenario.kind === 'chestThrusts' && a.technique === 'abdominalThrust') critical(s, fx, 'abdominalThrustChestCase', t);
  const before = currentRun(s.strikes);
  const score = scoreGesture(a.technique, a.stroke, scenario.zones[a.technique], isThrust(a.technique) ? s.hand : null);
  const tOk = techniqueOk(scenario, a.technique);
  const pOk = postureOk(scenario, a.technique, s.posture);
  const effective = tOk && pOk && score.effective;
  const rec: StrikeRecord = { index: s.strikes.length, t, technique: a.technique, score, posture: s.posture, techniqueOk: tOk, postureOk: pOk, effective };
  s.strikes = [...s.strikes, rec];
  fx.push({ type: 'strike', index: rec.index });
  // Feedback: one line, the most important first (technique, posture, location, direction, speed).
  if (!tOk) feedback(fx, scenario.kind === 'selfRescue' && a.technique === 'backBlow' ? 'selfNoBackBlows' : `wrongTechnique.${scenario.kind}`);
  else if (!pOk) feedback(fx, scenario.kind === 'infant' ? (a.technique === 'backBlow' ? 'infantFaceDown' : 'infantFaceUp') : 'posture');
  else {
    const fault = mainFault(score);
    if (fault) feedback(fx, `${a.technique}.${fault}`);
    else {
      const run = currentRun(s.strikes);
      if (s.order === 'backBlowsFirst' && run.length === s.setSize) {
        feedback(fx, 'setDone', { n: run.length, next: run.family === 'b' ? (scenario.kind === 'infant' || scenario.kind === 'chestThrusts' ? 'chestThrust' : 'abdominalThrust') : 'backBlow' });
      } else feedback(fx, 'good', { n: run.length });
    }
  }
  if (tOk && s.order === 'backBlowsFirst' && before.family !== null) {
    const f = a.technique === 'backBlow' ? 'b' : 'a';
    if (f !== before.family && before.length < s.setSize) feedback(fx, 'setShort', { n: before.length, size: s.setSize });
    if (f === before.family && before.length >= s.setSize) feedback(fx, 'setLong', { size: s.setSize });
  }
  if (effective) {
    s.effectiveCount += 1;
    if (s.firstEffectiveT === null) s.firstEffectiveT = t;
  }
  if (s.effectiveCount >= s.draws.effectiveToClear && scenario.kind !== 'unresponsive') {
    narrate(fx, scenario.kind === 'infant' ? 'expelledInfant' : 'expelled');
    end(s, fx, 'expelled', t);
    return;
  }
  if (scenario.kind === 'unresponsive' && s.draws.collapseAfter !== null && s.strikes.length >= s.draws.collapseAfter) {
    s.phase = 'collapsed';
    s.collapsedT = t;
    s.posture = null;
    narrate(fx, 'collapse');
  }
}

function onSample(s: ChokingState, x: Sample): void {
  const c = s.cpr;
  const count = () => {
    c.compressions += 1;
    c.sinceOpening += 1;
    if (c.firstT === null) c.firstT = x.t;
    s.airwayOpen = false;
    if (s.phase === 'collapsed') s.phase = 'cpr';
  };
  if (x.kind === 'press') count();
  else if (x.depthMm !== undefined) {
    if (!c.down && x.depthMm >= LIVE_COMPRESSION_MM) {
      c.down = true;
      count();
    } else if (c.down && x.depthMm < LIVE_CONTACT_MM) c.down = false;
  }
}

const ACTION_TYPES = new Set<string>([
  'askChoking',
  'encourageCough',
  'callForHelp',
  'posture',
  'setHands',
  'placeHand',
  'strike',
  'lowerToGround',
  'cprSamples',
  'openAirway',
  'lookInMouth',
  'removeObject',
  'giveBreath',
  'tick',
  'finish',
]);

function malformed(a: ChokingAction): boolean {
  if (a === null || typeof a !== 'object' || !ACTION_TYPES.has(a.type) || !Number.isFinite(a.t)) return true;
  switch (a.type) {
    case 'posture':
      return !(POSTURES as readonly string[]).includes(a.posture);
    case 'setHands':
      return !(INFANT_HANDS as readonly string[]).includes(a.hands);
    case 'placeHand':
      return !a.at || !Number.isFinite(a.at.x) || !Number.isFinite(a.at.y);
    case 'strike':
      return !(TECHNIQUES as readonly string[]).includes(a.technique) || !validStroke(a.stroke);
    case 'callForHelp':
      return typeof a.number !== 'string';
    case 'giveBreath':
      return !Number.isFinite(a.startT) || a.startT > a.t;
    case 'cprSamples':
      if (!Array.isArray(a.samples)) return true;
      try {
        for (const x of a.samples) checkSample(x);
      } catch {
        return true;
      }
      return false;
    default:
      return false;
  }
}

const CONSCIOUS_ONLY = new Set(['askChoking', 'encourageCough', 'posture', 'setHands', 'placeHand', 'strike']);
const COLLAPSED_ONLY = new Set(['lowerToGround', 'cprSamples', 'openAirway', 'lookInMouth', 'removeObject', 'giveBreath']);

export function step(state: ChokingState, action: ChokingAction): Stepped<ChokingState, ChokingEffect> {
  if (malformed(action)) return reject(state, 'badAction');
  if (state.phase === 'done') return action.type === 'tick' ? { state, effects: [] } : reject(state, 'finished');
  if (action.t < state.now - FRAME_MS) return reject(state, 'timeBackwards');
  const conscious = state.phase === 'conscious';
  if (conscious && COLLAPSED_ONLY.has(action.type)) return reject(state, 'stillConscious');
  if (!conscious && CONSCIOUS_ONLY.has(action.type)) return reject(state, 'unresponsive');
  if (action.type === 'strike' && action.stroke.input === 'keyboard' && isThrust(action.technique) && state.hand === null && state.scenario.kind !== 'mild') {
    return reject(state, 'placeHandFirst');
  }
  const s = copy(state);
  const fx: Fx = [];
  const t = Math.max(action.t, s.now);
  const kind = s.scenario.kind;
  switch (action.type) {
    case 'tick':
      break;
    case 'askChoking':
      if (s.askedT === null) s.askedT = t;
      narrate(fx, kind === 'mild' ? 'answerMild' : kind === 'infant' ? 'answerInfant' : kind === 'selfRescue' ? 'answerSelf' : 'answerSevere');
      break;
    case 'encourageCough':
      s.encouraged += 1;
      if (kind === 'mild') {
        if (s.firstEffectiveT === null) s.firstEffectiveT = t;
        s.effectiveCount += 1;
        if (s.effectiveCount >= s.draws.effectiveToClear) {
          narrate(fx, 'coughedOut');
          end(s, fx, 'clearedByCough', t);
        } else narrate(fx, 'coughing');
      } else {
        narrate(fx, 'cannotCough');
        feedback(fx, 'notEffectiveCough');
      }
      break;
    case 'callForHelp': {
      const rec = { t, number: action.number };
      if (conscious) {
        if (s.call === null) s.call = rec;
      } else if (s.emergencyCall === null) s.emergencyCall = rec;
      narrate(fx, kind === 'selfRescue' && conscious ? 'calledAlone' : 'called', { number: action.number });
      if (action.number !== s.profile.emergencyNumber.value) feedback(fx, 'wrongNumber', { number: s.profile.emergencyNumber.value });
      break;
    }
    case 'posture':
      s.posture = action.posture;
      narrate(fx, `posture.${action.posture}`);
      break;
    case 'setHands':
      s.hands = action.hands;
      narrate(fx, `hands.${action.hands}`);
      break;
    case 'placeHand': {
      s.hand = { x: action.at.x, y: action.at.y };
      break;
    }
    case 'strike':
      strike(s, action, t, fx);
      break;
    case 'lowerToGround':
      if (s.loweredT === null) s.loweredT = t;
      narrate(fx, 'lowered');
      break;
    case 'cprSamples': {
      const last = s.cpr.samples[s.cpr.samples.length - 1];
      const fresh = action.samples.filter((x) => last === undefined || x.t > last.t);
      for (const x of fresh) onSample(s, x);
      if (fresh.length > 0) s.cpr.samples = [...s.cpr.samples, ...fresh];
      break;
    }
    case 'openAirway':
      if (s.cpr.sinceOpening === 0 && s.airwayOpen) {
        narrate(fx, 'airwayOpen');
        break;
      }
      s.cpr.sinceOpening = 0;
      s.airwayOpen = true;
      s.openings = [...s.openings, { t, looked: false, seen: false }];
      narrate(fx, 'airwayOpen');
      break;
    case 'lookInMouth': {
      if (!s.airwayOpen) {
        feedback(fx, 'openAirwayFirst');
        break;
      }
      const i = s.openings.length - 1;
      const cur = s.openings[i];
      if (!cur) break;
      const afterCpr = s.cpr.compressions > 0;
      const nth = s.openings.filter((o) => o.t >= (s.cpr.firstT ?? Number.POSITIVE_INFINITY)).length;
      const seen = afterCpr && s.draws.visibleAtOpening !== null && nth >= s.draws.visibleAtOpening;
      s.openings = [...s.openings.slice(0, i), { ...cur, looked: true, seen }];
      narrate(fx, seen ? 'objectSeen' : 'nothingSeen');
      break;
    }
    case 'removeObject': {
      const cur = s.openings[s.openings.length - 1];
      if (s.airwayOpen && cur?.seen) {
        narrate(fx, 'removed');
        end(s, fx, 'removedFromMouth', t);
      } else {
        critical(s, fx, 'blindFingerSweep', t);
        narrate(fx, 'sweepNothing');
      }
      break;
    }
    case 'giveBreath':
      s.breaths = [...s.breaths, { startT: Math.max(action.startT, state.now - FRAME_MS), t }];
      narrate(fx, s.airwayOpen ? 'breath' : 'breathNoAirway');
      break;
    case 'finish':
      narrate(fx, 'stopped');
      end(s, fx, 'unfinished', t);
      break;
  }
  s.now = Math.max(s.now, t);
  return { state: s, effects: filterForMode(fx, s.options.mode) };
}

/** The machine as the shared skill contract (`replaySkill`). */
export const chokingMachine: StepMachine<ChokingState, ChokingAction, ChokingEffect, ChokingMachineOptions> = { start, step };

/**
 * The scenario engine: `step(state, action) → { state, effects }`, pure. Time comes only from the
 * actions' timestamps (device timers fire when an action at or after their time arrives, at their
 * own time, so the result does not depend on how often the adapters tick), and randomness only from
 * the seed (resolved in `createContext`). Replaying the action log therefore gives the same states.
 */

import { SampleError } from '../cpr/errors';
import { checkSample, FRAME_MS, type Sample } from '../cpr/sample';
import type { ArrestStepId, ProtocolProfile } from '../protocol/profile';
import {
  ACTION_TYPES,
  CONTACT_ACTIONS,
  HAND_TECHNIQUES,
  type ScenarioAction,
} from './actions';
import type { DeviceMode, EffectParams, ScenarioEffect, TimerId } from './effects';
import { padCovers, padsTouch, placementOf, zoneOf, type PlacedPad, type PlacementVerdict } from './geometry';
import {
  AED_PROMPTS,
  criticalKey,
  errorKey,
  feedbackKey,
  hintKey,
  narrationKey,
  rejectionKey,
  type AedPromptKey,
  type ErrorId,
  type FeedbackId,
  type NarrationId,
  type RejectionId,
  type ScenarioSound,
} from './keys';
import { append } from './plist';
import { hintFor, idealAction } from './policy';
import { missingBefore } from './sheet';
import {
  asState,
  createContext,
  draft,
  initialState,
  type AnalysisRecord,
  type ScenarioState,
  type StartOptions,
  type StateData,
  type TimelineEvent,
} from './state';
import { BREATH_MAX_FACTOR, BREATH_MIN_FACTOR, HESITATION_MS, LIVE_COMPRESSION_MM, LIVE_CONTACT_MM } from './timings';
import { PAD_KINDS, PAD_LABELS, SURFACES, type CriticalErrorId, type ScenarioDef } from './types';

export interface StepResult {
  state: ScenarioState;
  effects: ScenarioEffect[];
}

type Fx = ScenarioEffect[];

/** Starts an attempt: the collapse (or the learner's arrival) happens at `options.startT`. */
export function start(scenario: ScenarioDef, profile: ProtocolProfile, options: StartOptions): StepResult {
  const ctx = createContext(scenario, profile, options);
  const d = initialState(ctx, options.startT ?? 0);
  const fx: Fx = [];
  narrate(fx, scenario.witnessed ? 'collapse' : 'found');
  event(d, 'scene', scenario.witnessed ? 'collapse' : 'found', d.startT);
  fx.push({ type: 'device', mode: d.aed.mode });
  if (ctx.mode === 'guided') d.hint.at = d.startT + HESITATION_MS;
  emitHintTimer(d, fx);
  return { state: asState(d), effects: filterForMode(fx, ctx.mode) };
}

export function step(state: ScenarioState, action: ScenarioAction): StepResult {
  const mode = state.ctx.mode;
  const bad = validate(action);
  if (bad !== null) return reject(state, bad);
  if (state.phase === 'done') return action.type === 'tick' ? { state, effects: [] } : reject(state, 'finished');
  if (action.t < state.now - FRAME_MS) return reject(state, 'timeBackwards');

  const d = draft(state);
  const fx: Fx = [];
  const t = Math.max(action.t, d.now);

  if (action.type === 'cprSamples') {
    const problem = checkSamples(action.samples, d);
    if (problem !== null) return reject(state, problem);
    let used = 0;
    for (const s of action.samples) {
      fireDue(d, s.t, fx);
      if (d.phase !== 'running') break;
      onSample(d, s, fx);
      used++;
    }
    if (used > 0) d.samples = append(d.samples, action.samples.slice(0, used));
    if (d.phase === 'running') fireDue(d, t, fx);
  } else {
    fireDue(d, t, fx);
    if (d.phase === 'done') {
      if (action.type !== 'tick') fx.push({ type: 'rejected', key: rejectionKey('finished') });
    } else {
      apply(d, action, t, fx);
    }
  }
  d.now = Math.max(d.now, t);
  if (action.type !== 'tick' && d.phase !== 'done') {
    d.lastLearnerT = t;
    if (mode === 'guided') d.hint.at = t + HESITATION_MS;
  }
  emitHintTimer(d, fx);
  return { state: asState(d), effects: filterForMode(fx, mode) };
}

/** Runs many actions; the effects of each step are concatenated. */
export function stepAll(state: ScenarioState, actions: readonly ScenarioAction[]): StepResult {
  let s = state;
  const effects: ScenarioEffect[] = [];
  for (const a of actions) {
    const r = step(s, a);
    s = r.state;
    effects.push(...r.effects);
  }
  return { state: s, effects };
}

// ---------------------------------------------------------------------------------------------
// Validation

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function validate(a: ScenarioAction): RejectionId | null {
  if (a === null || typeof a !== 'object' || !ACTION_TYPES.includes(a.type) || !finite(a.t)) return 'badAction';
  switch (a.type) {
    case 'checkBreathing':
    case 'giveBreath':
      return finite(a.startT) && a.startT <= a.t ? null : 'badAction';
    case 'callForHelp':
      return typeof a.number === 'string' &&
        typeof a.askAed === 'boolean' &&
        (a.bystanderId === undefined || typeof a.bystanderId === 'string')
        ? null
        : 'badAction';
    case 'setHands':
      return HAND_TECHNIQUES.includes(a.technique) ? null : 'badAction';
    case 'selectPads':
      return PAD_KINDS.includes(a.kind) ? null : 'badAction';
    case 'placePad':
      return PAD_LABELS.includes(a.pad) &&
        a.at !== null &&
        typeof a.at === 'object' &&
        SURFACES.includes(a.at.surface) &&
        finite(a.at.x) &&
        finite(a.at.y)
        ? null
        : 'badAction';
    case 'cprSamples':
      return Array.isArray(a.samples) ? null : 'badAction';
    default:
      return null;
  }
}

function checkSamples(samples: readonly Sample[], d: StateData): RejectionId | null {
  // Within a batch, the CPR engine's tolerance of one frame; the batch itself must not start before
  // the last action (by more than a frame), or timers would already have fired past it.
  let prev = Math.max(d.cpr.lastSampleT ?? Number.NEGATIVE_INFINITY, d.now);
  try {
    for (const s of samples) {
      checkSample(s);
      if (s.t < prev - FRAME_MS) return 'timeBackwards';
      prev = Math.max(prev, s.t);
    }
  } catch (e) {
    if (e instanceof SampleError) return 'badSample';
    throw e;
  }
  return null;
}

function reject(state: ScenarioState, id: RejectionId): StepResult {
  return { state, effects: [{ type: 'rejected', key: rejectionKey(id) }] };
}

// ---------------------------------------------------------------------------------------------
// Effects and records

function filterForMode(fx: Fx, mode: ScenarioState['ctx']['mode']): Fx {
  if (mode === 'guided') return fx;
  return fx.filter((e) =>
    mode === 'practice' ? e.type !== 'hint' : e.type !== 'hint' && e.type !== 'feedback' && e.type !== 'error',
  );
}

function narrate(fx: Fx, id: NarrationId, params?: EffectParams): void {
  fx.push(params === undefined ? { type: 'narration', key: narrationKey(id) } : { type: 'narration', key: narrationKey(id), params });
}

function prompt(fx: Fx, key: AedPromptKey): void {
  fx.push({ type: 'prompt', key });
}

function sound(fx: Fx, name: ScenarioSound): void {
  fx.push({ type: 'sound', name });
}

function feedback(fx: Fx, id: FeedbackId, params?: EffectParams): void {
  fx.push(params === undefined ? { type: 'feedback', key: feedbackKey(id) } : { type: 'feedback', key: feedbackKey(id), params });
}

function error(d: StateData, fx: Fx, id: ErrorId, t: number): void {
  d.errors = [...d.errors, { id, t }];
  fx.push({ type: 'error', key: errorKey(id), critical: false });
}

function critical(d: StateData, fx: Fx, id: CriticalErrorId, t: number): void {
  d.critical = [...d.critical, { id, t }];
  fx.push({ type: 'error', key: criticalKey(id), critical: true });
  sound(fx, 'warning');
}

function event(d: StateData, kind: TimelineEvent['kind'], type: string, t: number, step: ArrestStepId | null = null): void {
  d.events = append(d.events, { t, kind, type, step });
}

function schedule(d: StateData, fx: Fx, id: TimerId, at: number, ref: number): void {
  d.timers = [...d.timers, { id, at, ref }];
  fx.push({ type: 'timer', id, at });
}

function setMode(d: StateData, fx: Fx, mode: DeviceMode): void {
  if (d.aed.mode === mode) return;
  d.aed.mode = mode;
  fx.push({ type: 'device', mode });
}

function perform(d: StateData, fx: Fx, step: ArrestStepId, t: number): void {
  const before = d.performed[step];
  d.performed[step] = [...(before ?? []), t];
  if (before !== undefined) return;
  const sheet = d.ctx.sheet;
  if (!sheet.stepOrder.includes(step)) return;
  const missing = missingBefore(step, d.performed, sheet.prerequisites);
  const first = missing[0];
  if (first !== undefined) feedback(fx, 'outOfOrder', { step, expected: first });
}

function currentAnalysis(d: StateData): AnalysisRecord | undefined {
  return d.analyses[d.analyses.length - 1];
}

function updateAnalysis(d: StateData, patch: Partial<AnalysisRecord>): void {
  const last = d.analyses.length - 1;
  const rec = d.analyses[last];
  if (rec === undefined) return;
  d.analyses = [...d.analyses.slice(0, last), { ...rec, ...patch }];
}

function emitHintTimer(d: StateData, fx: Fx): void {
  const h = d.hint;
  if (d.ctx.mode !== 'guided' || d.phase === 'done' || h.at === null || h.emittedFor === h.at) return;
  // While the learner keeps acting (e.g. streaming compressions) the hint moves later; announce the
  // new time only once the previously announced one has passed, so effects stay few.
  if (h.emittedFor !== null && h.emittedFor > d.now) return;
  d.hint.emittedFor = h.at;
  fx.push({ type: 'timer', id: 'hint', at: h.at });
}

// ---------------------------------------------------------------------------------------------
// Timers

function fireDue(d: StateData, upTo: number, fx: Fx): void {
  for (;;) {
    let best = -1;
    for (let i = 0; i < d.timers.length; i++) {
      const tm = d.timers[i];
      const b = d.timers[best];
      if (tm !== undefined && tm.at <= upTo && (b === undefined || tm.at < b.at)) best = i;
    }
    const timer = d.timers[best];
    const hintDue = d.ctx.mode === 'guided' && d.hint.at !== null && d.hint.at <= upTo;
    // Device timers win a tie with a hint: the hint should describe the state after the device moved.
    if (timer !== undefined && (!hintDue || timer.at <= (d.hint.at as number))) {
      d.timers = d.timers.filter((_, i) => i !== best);
      d.now = Math.max(d.now, timer.at);
      onTimer(d, timer.id, timer.ref, timer.at, fx);
    } else if (hintDue) {
      const at = d.hint.at as number;
      d.now = Math.max(d.now, at);
      onHint(d, at, fx);
    } else {
      return;
    }
    if (d.phase === 'done') {
      d.timers = [];
      return;
    }
  }
}

function onHint(d: StateData, at: number, fx: Fx): void {
  d.hint.at = at + HESITATION_MS;
  const next = idealAction(asState(d));
  if (next === null) return;
  const id = hintFor(next, asState(d));
  if (id !== null) fx.push({ type: 'hint', key: hintKey(id) });
}

function onTimer(d: StateData, id: TimerId, ref: number, at: number, fx: Fx): void {
  const rec = currentAnalysis(d);
  switch (id) {
    case 'aedArrival':
      if (d.aed.mode !== 'absent') return;
      d.aed.arrivedT = at;
      setMode(d, fx, 'off');
      narrate(fx, 'aedArrived');
      event(d, 'scene', 'aedArrived', at);
      return;
    case 'analysisDone':
      if (d.aed.mode === 'analysing' && rec?.index === ref) finishAnalysis(d, rec, at, fx);
      return;
    case 'chargeDone':
      if (d.aed.mode !== 'charging' || rec?.index !== ref) return;
      setMode(d, fx, 'shockReady');
      updateAnalysis(d, { shockReadyT: at });
      prompt(fx, AED_PROMPTS.pressShock);
      sound(fx, 'aedShockReady');
      event(d, 'device', 'shockReady', at);
      schedule(d, fx, 'shockTimeout', at + d.ctx.timings.shockReadyTimeoutMs, ref);
      scheduleTouches(d, fx, 'shockReady', ref, at);
      return;
    case 'shockTimeout':
      if (d.aed.mode !== 'shockReady' || rec?.index !== ref) return;
      updateAnalysis(d, { timedOut: true });
      critical(d, fx, 'shockNotDelivered', at);
      prompt(fx, AED_PROMPTS.shockNotDelivered);
      event(d, 'device', 'shockTimeout', at);
      startCycle(d, at, fx);
      return;
    case 'cycleDone':
      if (d.aed.mode !== 'cpr' || d.aed.analyses !== ref) return;
      if (d.aed.analyses < d.ctx.scenario.rhythms.length) {
        d.aed.mode = 'awaitingPads';
        tryStartAnalysis(d, at, fx, true);
      } else {
        handover(d, at, fx);
      }
      return;
    case 'bystanderTouch': {
      const touch = d.ctx.touches[ref];
      if (touch === undefined || rec?.index !== touch.analysis || d.touch.bystander !== null) return;
      const phaseOk = touch.during === 'analysis' ? d.aed.mode === 'analysing' : d.aed.mode === 'shockReady';
      if (!phaseOk) return;
      d.touch.bystander = touch.bystanderId;
      if (touch.during === 'analysis' && rec.bystanderTouchedT === null) updateAnalysis(d, { bystanderTouchedT: at });
      narrate(fx, 'bystanderTouching', { bystander: touch.bystanderId });
      event(d, 'scene', 'bystanderTouch', at);
      return;
    }
    case 'cprOnlyEnd':
      if (!d.ctx.aedAvailable && d.phase === 'running') handover(d, at, fx);
      return;
    case 'hint':
      return;
  }
}

function scheduleTouches(d: StateData, fx: Fx, during: 'analysis' | 'shockReady', analysis: number, at: number): void {
  d.ctx.touches.forEach((touch, i) => {
    if (touch.during === during && touch.analysis === analysis) schedule(d, fx, 'bystanderTouch', at + touch.delayMs, i);
  });
}

// ---------------------------------------------------------------------------------------------
// The AED

function padsVerdict(d: StateData): PlacementVerdict {
  const body = d.ctx.scenario.body;
  const pads = d.aed.pads;
  const [a, b] = pads;
  const placement = placementOf(pads, body);
  const touching = a !== undefined && b !== undefined && padsTouch(a, b, body);
  const patch = hazardSpot(d, 'medicationPatch');
  const implant = hazardSpot(d, 'implantedDevice');
  const overPatch = patch !== undefined && d.chest.patchOn && pads.some((p) => padCovers(p.at, p.kind, body, patch));
  const overImplant = implant !== undefined && pads.some((p) => padCovers(p.at, p.kind, body, implant));
  return {
    placement,
    accepted:
      placement !== null && d.ctx.scenario.aed.placements.value.includes(placement) && !touching && !overPatch && !overImplant,
    touching,
    overPatch,
    overImplant,
    padKind: a?.kind ?? null,
  };
}

function hazardSpot(d: StateData, kind: string) {
  return d.ctx.scenario.hazards.find((h) => h.kind === kind)?.at;
}

const PRE_ANALYSIS: ReadonlySet<DeviceMode> = new Set<DeviceMode>(['awaitingPads', 'awaitingConnector', 'checkPads']);

/** Moves a powered device towards analysis as far as pads and connector allow. */
function tryStartAnalysis(d: StateData, t: number, fx: Fx, announce = false): void {
  if (d.aed.poweredT === null || !PRE_ANALYSIS.has(d.aed.mode)) return;
  let target: DeviceMode;
  if (d.aed.pads.length < 2) target = 'awaitingPads';
  else if (!d.aed.connector) target = 'awaitingConnector';
  else if (d.aed.pads.some((p) => !p.stuck)) target = 'checkPads';
  else {
    startAnalysis(d, t, fx);
    return;
  }
  if (target === d.aed.mode && !announce) return;
  d.aed.mode = target;
  fx.push({ type: 'device', mode: target });
  if (target === 'awaitingPads') prompt(fx, AED_PROMPTS.applyPads);
  else if (target === 'awaitingConnector') prompt(fx, AED_PROMPTS.plugIn);
  else {
    prompt(fx, AED_PROMPTS.checkPads);
    error(d, fx, 'poorPadContact', t);
  }
}

function startAnalysis(d: StateData, at: number, fx: Fx): void {
  const index = d.aed.analyses;
  d.aed.analyses++;
  const rhythm = d.ctx.scenario.rhythms[index] ?? 'nonShockable';
  d.analyses = [
    ...d.analyses,
    {
      index,
      rhythm,
      startT: at,
      endT: null,
      placement: padsVerdict(d),
      learnerTouchedT: null,
      bystanderTouchedT: null,
      bystanderClearedT: null,
      bystanderNotCleared: false,
      shockReadyT: null,
      clearT: null,
      shockT: null,
      shockWhileTouching: false,
      timedOut: false,
      cprDueT: null,
    },
  ];
  setMode(d, fx, 'analysing');
  prompt(fx, AED_PROMPTS.analysing);
  event(d, 'device', 'analysisStart', at);
  d.touch = { bystander: null, clearT: null, learnerAfterClear: false };
  // Compressions after the AED has spoken start a new 30:2 cycle.
  d.cpr.sinceBreaths = 0;
  d.cpr.breathsInGroup = 0;
  d.cpr.airwayOpen = false;
  schedule(d, fx, 'analysisDone', at + d.ctx.timings.analysisMs, index);
  scheduleTouches(d, fx, 'analysis', index, at);
}

function finishAnalysis(d: StateData, rec: AnalysisRecord, at: number, fx: Fx): void {
  const stillTouching = d.touch.bystander !== null;
  updateAnalysis(d, { endT: at, bystanderNotCleared: stillTouching });
  if (stillTouching) error(d, fx, 'bystanderNotCleared', at);
  if (rec.rhythm === 'shockable') {
    setMode(d, fx, 'charging');
    prompt(fx, AED_PROMPTS.shockAdvised);
    sound(fx, 'aedCharging');
    event(d, 'device', 'shockAdvised', at);
    // "Stand clear" must be said after the shock is advised (clinical.md AED step 6).
    d.touch.clearT = null;
    d.touch.learnerAfterClear = false;
    schedule(d, fx, 'chargeDone', at + d.ctx.timings.chargeMs, rec.index);
  } else {
    prompt(fx, AED_PROMPTS.noShock);
    event(d, 'device', 'noShock', at);
    startCycle(d, at, fx);
  }
}

function startCycle(d: StateData, at: number, fx: Fx): void {
  updateAnalysis(d, { cprDueT: at });
  d.touch = { bystander: null, clearT: null, learnerAfterClear: false };
  d.aed.cycleStartT = at;
  setMode(d, fx, 'cpr');
  schedule(d, fx, 'cycleDone', at + d.ctx.reanalysisMs, d.aed.analyses);
}

function powerOn(d: StateData, t: number, fx: Fx): void {
  d.aed.poweredT = t;
  perform(d, fx, 'useAed', t);
  sound(fx, 'click');
  event(d, 'device', 'powerOn', t, 'useAed');
  d.aed.mode = 'awaitingPads';
  tryStartAnalysis(d, t, fx, true);
}

function deliverShock(d: StateData, t: number, fx: Fx): void {
  const touching = d.touch.bystander !== null || d.touch.learnerAfterClear;
  updateAnalysis(d, { shockT: t, shockWhileTouching: touching });
  sound(fx, 'shock');
  prompt(fx, AED_PROMPTS.shockDelivered);
  event(d, 'device', 'shock', t, 'useAed');
  if (touching) critical(d, fx, 'shockWhileTouching', t);
  if (d.scene.inWater) critical(d, fx, 'shockInWater', t);
  startCycle(d, t, fx);
}

// ---------------------------------------------------------------------------------------------
// The patient and the learner

/** Hands on the patient: checks scene safety and touching during analysis or after "stand clear". */
function contact(d: StateData, t: number, fx: Fx): void {
  if (d.scene.firstContactT === null) {
    d.scene.firstContactT = t;
    if (d.ctx.sceneHazard && d.scene.checkedT === null) critical(d, fx, 'noSceneCheckWithHazard', t);
  }
  const m = d.aed.mode;
  if (m === 'analysing') {
    const rec = currentAnalysis(d);
    if (rec !== undefined && rec.learnerTouchedT === null) {
      updateAnalysis(d, { learnerTouchedT: t });
      error(d, fx, 'touchDuringAnalysis', t);
    }
  } else if ((m === 'charging' || m === 'shockReady') && d.touch.clearT !== null) {
    d.touch.learnerAfterClear = true;
  }
}

function onSample(d: StateData, s: Sample, fx: Fx): void {
  const depth = s.depthMm;
  const press = s.kind === 'press';
  if (press || (depth !== undefined && depth >= LIVE_CONTACT_MM)) contact(d, s.t, fx);
  if (press) compressionAt(d, s.t, fx);
  else if (depth !== undefined) {
    if (!d.cpr.down && depth >= LIVE_COMPRESSION_MM) {
      d.cpr.down = true;
      compressionAt(d, s.t, fx);
    } else if (d.cpr.down && depth < LIVE_CONTACT_MM) {
      d.cpr.down = false;
    }
  }
  d.cpr.lastSampleT = s.t;
}

function compressionAt(d: StateData, t: number, fx: Fx): void {
  const c = d.cpr;
  if (c.breathsInGroup > 0) {
    c.breathsInGroup = 0;
    c.sinceBreaths = 0;
  }
  c.airwayOpen = false;
  c.compressions++;
  c.sinceBreaths++;
  c.lastOnsetT = t;
  if (c.firstT === null) {
    c.firstT = t;
    c.techniqueAtFirst = d.hands;
    perform(d, fx, 'compressions', t);
    event(d, 'action', 'firstCompression', t, 'compressions');
    if (!d.ctx.aedAvailable) {
      schedule(d, fx, 'cprOnlyEnd', t + d.ctx.reanalysisMs * d.ctx.scenario.rhythms.length, 0);
    }
  }
}

function handover(d: StateData, at: number, fx: Fx): void {
  d.handoverT = at;
  narrate(fx, 'emsArrived');
  event(d, 'scene', 'handover', at);
  d.timers = [];
  if (d.ctx.hasReassess && d.reassessT === null) d.phase = 'handover';
  else finish(d, at, true, fx);
}

function finish(d: StateData, at: number, completed: boolean, fx: Fx): void {
  d.phase = 'done';
  d.endT = at;
  d.completed = completed;
  d.timers = [];
  d.hint.at = null;
  if (d.cpr.firstT === null) critical(d, fx, 'noCompressions', at);
  if (d.ctx.aedAvailable && d.aed.analyses === 0) critical(d, fx, 'aedNotUsed', at);
  event(d, 'scene', completed ? 'end' : 'finished', at);
  fx.push({ type: 'done', completed });
}

function aedHere(d: StateData, fx: Fx): boolean {
  if (d.aed.mode !== 'absent') return true;
  feedback(fx, 'aedNotHere');
  return false;
}

function chestExposed(d: StateData, fx: Fx): boolean {
  if (d.chest.exposedT !== null) return true;
  feedback(fx, 'exposeChestFirst');
  return false;
}

const BUSY: ReadonlySet<DeviceMode> = new Set<DeviceMode>(['analysing', 'charging', 'shockReady']);

function apply(d: StateData, a: Exclude<ScenarioAction, { type: 'cprSamples' }>, t: number, fx: Fx): void {
  if (a.type !== 'tick' && a.type !== 'finish') event(d, 'action', a.type, t, stepOf(a.type));
  if (CONTACT_ACTIONS.has(a.type)) contact(d, t, fx);
  const s = d.ctx.scenario;
  switch (a.type) {
    case 'checkScene':
      d.scene.checkedT ??= t;
      perform(d, fx, 'sceneSafe', t);
      narrate(fx, d.ctx.sceneHazard && d.scene.inWater ? 'hazardWater' : 'sceneSafe');
      return;
    case 'moveFromWater':
      if (!d.scene.inWater) return feedback(fx, 'notNeeded');
      d.scene.inWater = false;
      d.scene.movedT = t;
      narrate(fx, 'movedFromWater');
      return;
    case 'tapAndShout':
      perform(d, fx, 'checkResponse', t);
      narrate(fx, 'noResponse');
      return;
    case 'callForHelp': {
      perform(d, fx, 'callForHelp', t);
      d.call.firstT ??= t;
      d.call.numbers = [...d.call.numbers, a.number];
      narrate(fx, 'callPlaced', { number: a.number });
      if (a.number === d.ctx.profile.emergencyNumber.value) d.call.correctT ??= t;
      else {
        error(d, fx, 'wrongEmergencyNumber', t);
        feedback(fx, 'wrongNumber', { expected: d.ctx.profile.emergencyNumber.value });
      }
      if (a.bystanderId !== undefined && s.bystanders.some((b) => b.id === a.bystanderId)) {
        d.call.named = true;
        narrate(fx, 'bystanderCalls', { bystander: a.bystanderId });
      }
      if (a.askAed && d.ctx.aedAvailable && d.call.aedRequestedT === null) {
        d.call.aedRequestedT = t;
        narrate(fx, 'bystanderFetchesAed');
        schedule(d, fx, 'aedArrival', t + s.aed.arrivalDelayMs, 0);
      }
      return;
    }
    case 'checkBreathing':
      perform(d, fx, 'checkBreathing', t);
      d.breathingChecks = [...d.breathingChecks, { startT: a.startT, endT: t }];
      narrate(fx, s.breathing === 'agonal' ? 'gasping' : 'noNormalBreathing');
      return;
    case 'noteTime':
      perform(d, fx, 'noteTime', t);
      narrate(fx, 'timeNoted');
      return;
    case 'positionPatient':
      perform(d, fx, 'position', t);
      narrate(fx, 'positioned');
      return;
    case 'openAirway':
      perform(d, fx, 'openAirway', t);
      d.cpr.airwayOpen = true;
      narrate(fx, 'airwayOpen');
      return;
    case 'lookInMouth':
      narrate(fx, 'mouthClear');
      return;
    case 'setHands':
      d.hands = a.technique;
      return;
    case 'giveBreath':
      giveBreath(d, a.startT, t, fx);
      return;
    case 'aedPowerOn':
      if (!aedHere(d, fx)) return;
      if (d.aed.poweredT !== null) return feedback(fx, 'notNeeded');
      if (s.aed.powerOn === 'lid') return feedback(fx, 'openLidToPowerOn');
      powerOn(d, t, fx);
      return;
    case 'openLid':
      if (!aedHere(d, fx)) return;
      d.aed.lidOpen = true;
      if (s.aed.powerOn === 'lid' && d.aed.poweredT === null) powerOn(d, t, fx);
      return;
    case 'exposeChest':
      if (d.chest.exposedT !== null) return feedback(fx, 'notNeeded');
      d.chest.exposedT = t;
      if (d.chest.wet) narrate(fx, 'chestWet');
      if (d.chest.hairy) narrate(fx, 'chestHairy');
      if (d.chest.patchOn) narrate(fx, 'chestPatch');
      if (hazardSpot(d, 'implantedDevice') !== undefined) narrate(fx, 'chestImplant');
      return;
    case 'dryChest':
      if (!chestExposed(d, fx)) return;
      if (!d.chest.wet) return feedback(fx, 'notNeeded');
      d.chest.wet = false;
      narrate(fx, 'chestDried');
      return;
    case 'shaveChest':
      if (!chestExposed(d, fx)) return;
      if (d.aed.pads.length > 0) return feedback(fx, 'removePadsFirst');
      if (!d.chest.hairy || d.chest.shaved) return feedback(fx, 'notNeeded');
      d.chest.shaved = true;
      narrate(fx, 'chestShaved');
      return;
    case 'removePatch':
      if (!chestExposed(d, fx)) return;
      if (!d.chest.patchOn) return feedback(fx, 'notNeeded');
      d.chest.patchOn = false;
      narrate(fx, 'patchRemoved');
      return;
    case 'selectPads':
      if (!aedHere(d, fx)) return;
      if (d.aed.pads.length > 0) return feedback(fx, 'removePadsFirst');
      if (!s.aed.pads.includes(a.kind)) return feedback(fx, 'notNeeded');
      d.aed.padKind = a.kind;
      return;
    case 'placePad':
      placePad(d, a.pad, a.at, t, fx);
      return;
    case 'removePads':
      if (!aedHere(d, fx)) return;
      if (BUSY.has(d.aed.mode)) return feedback(fx, 'notNow');
      if (d.aed.pads.length === 0) return feedback(fx, 'notNeeded');
      d.aed.pads = [];
      tryStartAnalysis(d, t, fx, true);
      return;
    case 'plugConnector':
      if (!aedHere(d, fx)) return;
      if (d.aed.connector) return feedback(fx, 'notNeeded');
      d.aed.connector = true;
      sound(fx, 'click');
      tryStartAnalysis(d, t, fx);
      return;
    case 'standClear':
      d.touch.learnerAfterClear = false;
      if (d.touch.bystander !== null) {
        narrate(fx, 'bystanderStoodBack', { bystander: d.touch.bystander });
        if (d.aed.mode === 'analysing') updateAnalysis(d, { bystanderClearedT: t });
        d.touch.bystander = null;
      }
      if (d.aed.mode === 'charging' || d.aed.mode === 'shockReady') {
        d.touch.clearT = t;
        if (currentAnalysis(d)?.clearT === null) updateAnalysis(d, { clearT: t });
      }
      return;
    case 'touchPatient':
      return;
    case 'pressShock':
      if (d.aed.mode !== 'shockReady') return feedback(fx, 'shockButtonInactive');
      // The trainer's button works only once "stand clear" was said after the shock was advised.
      if (d.touch.clearT === null) return feedback(fx, 'standClearFirst');
      deliverShock(d, t, fx);
      return;
    case 'reassess':
      if (d.phase !== 'handover') return feedback(fx, 'reassessAtHandover');
      d.reassessT = t;
      perform(d, fx, 'reassess', t);
      narrate(fx, 'reportGiven');
      finish(d, t, true, fx);
      return;
    case 'tick':
      return;
    case 'finish':
      // Ending at the handover (without the report) still reached the end of the scenario.
      finish(d, t, d.handoverT !== null, fx);
      return;
  }
}

function stepOf(type: ScenarioAction['type']): ArrestStepId | null {
  switch (type) {
    case 'checkScene':
    case 'moveFromWater':
      return 'sceneSafe';
    case 'tapAndShout':
      return 'checkResponse';
    case 'callForHelp':
      return 'callForHelp';
    case 'checkBreathing':
      return 'checkBreathing';
    case 'noteTime':
      return 'noteTime';
    case 'positionPatient':
      return 'position';
    case 'openAirway':
    case 'lookInMouth':
      return 'openAirway';
    case 'giveBreath':
      return 'breaths';
    case 'setHands':
      return 'compressions';
    case 'reassess':
      return 'reassess';
    case 'tick':
    case 'finish':
    case 'cprSamples':
      return null;
    default:
      return 'useAed';
  }
}

function giveBreath(d: StateData, startT: number, t: number, fx: Fx): void {
  perform(d, fx, 'breaths', t);
  const c = d.cpr;
  if (c.breathsInGroup === 0) c.groups++;
  c.breathsInGroup++;
  const target = d.ctx.targets.breathDurationMs.value;
  const dur = t - startT;
  const timed = dur >= target * BREATH_MIN_FACTOR && dur <= target * BREATH_MAX_FACTOR;
  const effective = c.airwayOpen && timed;
  d.breaths = append(d.breaths, {
    startT,
    endT: t,
    effective,
    airwayOpen: c.airwayOpen,
    group: c.groups,
    afterCompressions: c.compressions > 0,
  });
  if (!c.airwayOpen) narrate(fx, 'noChestRise');
  if (!effective) error(d, fx, 'breathIneffective', t);
}

function placePad(d: StateData, label: PlacedPad['pad'], at: PlacedPad['at'], t: number, fx: Fx): void {
  if (!aedHere(d, fx) || !chestExposed(d, fx)) return;
  if (BUSY.has(d.aed.mode)) return feedback(fx, 'notNow');
  const s = d.ctx.scenario;
  const body = s.body;
  const kind = d.aed.padKind;
  if (d.aed.padKindAtFirst === null) {
    d.aed.padKindAtFirst = kind;
    d.chest.prepAtFirstPad = { dry: !d.chest.wet, shaved: !d.chest.hairy || d.chest.shaved, patchRemoved: !d.chest.patchOn };
    if (kind !== s.aed.expectedPads.value) {
      error(d, fx, 'wrongPads', t);
      feedback(fx, 'wrongPads');
    }
  }
  const pad: PlacedPad = { pad: label, at: { ...at }, kind, t, zone: zoneOf(at, body), stuck: !d.chest.hairy || d.chest.shaved };
  // A third pad replaces the one with the same label, or else the one placed first.
  let others = d.aed.pads.filter((p) => p.pad !== label);
  if (others.length >= 2) others = others.slice(1);
  d.aed.pads = [...others, pad];
  if (d.chest.wet) critical(d, fx, 'padsOnWetChest', t);
  const patch = hazardSpot(d, 'medicationPatch');
  if (patch !== undefined && d.chest.patchOn && padCovers(at, kind, body, patch)) critical(d, fx, 'padOverPatch', t);
  const implant = hazardSpot(d, 'implantedDevice');
  if (implant !== undefined && padCovers(at, kind, body, implant)) critical(d, fx, 'padOverImplant', t);
  if (d.aed.pads.length === 2) {
    const verdict = padsVerdict(d);
    if (verdict.touching) critical(d, fx, 'padsTouching', t);
    else if (!verdict.accepted && !verdict.overPatch && !verdict.overImplant) error(d, fx, 'padPosition', t);
    else if (verdict.accepted) feedback(fx, 'padsOk');
  }
  tryStartAnalysis(d, t, fx);
}



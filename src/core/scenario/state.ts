/**
 * The engine's state: plain data, replaced (never mutated) by each `step`. Large, growing parts
 * (samples, breaths, the timeline) are persistent lists shared between states.
 */

import type { Sample } from '../cpr/sample';
import { targetsFor, type CprTargets } from '../cpr/targets';
import type { ArrestStepId, ProtocolProfile } from '../protocol/profile';
import { createRng } from '../rng';
import type { HandTechnique } from './actions';
import type { DeviceMode, TimerId } from './effects';
import type { PlacedPad, PlacementVerdict } from './geometry';
import type { ErrorId } from './keys';
import type { PList } from './plist';
import { aedAvailableFor, examSheetFor, type ExamSheet } from './sheet';
import { DEVICE_TIMINGS, type DeviceTimings } from './timings';
import type { CriticalErrorId, PadKind, Rhythm, ScenarioDef } from './types';

export const SCENARIO_MODES = ['guided', 'practice', 'assessment'] as const;
export type ScenarioMode = (typeof SCENARIO_MODES)[number];

export function isScenarioMode(v: unknown): v is ScenarioMode {
  return typeof v === 'string' && (SCENARIO_MODES as readonly string[]).includes(v);
}

/** A bystander's touch, resolved from the seeded RNG when the attempt starts. */
export interface PlannedTouch {
  bystanderId: string;
  during: 'analysis' | 'shockReady';
  analysis: number;
  delayMs: number;
}

/** Everything fixed for one attempt: shared by reference between all its states. */
export interface ScenarioContext {
  readonly scenario: ScenarioDef;
  readonly profile: ProtocolProfile;
  readonly targets: CprTargets;
  readonly sheet: ExamSheet;
  readonly aedAvailable: boolean;
  readonly timings: DeviceTimings;
  readonly seed: number;
  readonly mode: ScenarioMode;
  readonly touches: readonly PlannedTouch[];
  readonly sceneHazard: boolean;
  readonly reanalysisMs: number;
  readonly hasReassess: boolean;
}

export interface StartOptions {
  seed: number;
  mode?: ScenarioMode;
  /** Collapse (witnessed) or arrival time, in the event timebase. */
  startT?: number;
  /** Overrides of the device pace, for tests; defaults to DEVICE_TIMINGS. */
  timings?: Partial<DeviceTimings>;
}

export interface Timer {
  id: TimerId;
  at: number;
  /** Analysis index, cycle number or touch index the timer belongs to; stale ones are ignored. */
  ref: number;
}

export interface AnalysisRecord {
  index: number;
  rhythm: Rhythm;
  startT: number;
  endT: number | null;
  placement: PlacementVerdict;
  learnerTouchedT: number | null;
  bystanderTouchedT: number | null;
  bystanderClearedT: number | null;
  /** A bystander was still touching when the analysis ended. */
  bystanderNotCleared: boolean;
  shockReadyT: number | null;
  clearT: number | null;
  shockT: number | null;
  shockWhileTouching: boolean;
  timedOut: boolean;
  /** When the device told the learner to (re)start CPR: shock, "no shock" or the timeout. */
  cprDueT: number | null;
}

export interface BreathRecord {
  startT: number;
  endT: number;
  effective: boolean;
  airwayOpen: boolean;
  /** Consecutive breaths with no compression between share a group. */
  group: number;
  afterCompressions: boolean;
}

export interface TimelineEvent {
  t: number;
  kind: 'action' | 'device' | 'scene';
  type: string;
  step: ArrestStepId | null;
}

export interface IncidentRecord<Id> {
  id: Id;
  t: number;
}

export interface StateData {
  ctx: ScenarioContext;
  phase: 'running' | 'handover' | 'done';
  startT: number;
  now: number;
  endT: number | null;
  /** Reached the end of the scenario (EMS handover) rather than being finished early. */
  completed: boolean;
  lastLearnerT: number;
  performed: Partial<Record<ArrestStepId, number[]>>;
  scene: { checkedT: number | null; inWater: boolean; movedT: number | null; firstContactT: number | null };
  call: { firstT: number | null; correctT: number | null; aedRequestedT: number | null; named: boolean; numbers: string[] };
  breathingChecks: { startT: number; endT: number }[];
  chest: {
    exposedT: number | null;
    wet: boolean;
    hairy: boolean;
    shaved: boolean;
    patchOn: boolean;
    /** Preparation when the first pad went on. */
    prepAtFirstPad: { dry: boolean; shaved: boolean; patchRemoved: boolean } | null;
  };
  hands: HandTechnique | null;
  cpr: {
    down: boolean;
    compressions: number;
    sinceBreaths: number;
    breathsInGroup: number;
    groups: number;
    airwayOpen: boolean;
    firstT: number | null;
    lastOnsetT: number | null;
    lastSampleT: number | null;
    techniqueAtFirst: HandTechnique | null;
  };
  samples: PList<readonly Sample[]> | null;
  breaths: PList<BreathRecord> | null;
  aed: {
    mode: DeviceMode;
    arrivedT: number | null;
    poweredT: number | null;
    lidOpen: boolean;
    padKind: PadKind;
    padKindAtFirst: PadKind | null;
    pads: PlacedPad[];
    connector: boolean;
    analyses: number;
    cycleStartT: number | null;
  };
  analyses: AnalysisRecord[];
  touch: { bystander: string | null; clearT: number | null; learnerAfterClear: boolean };
  timers: Timer[];
  hint: { at: number | null; emittedFor: number | null };
  handoverT: number | null;
  reassessT: number | null;
  critical: IncidentRecord<CriticalErrorId>[];
  errors: IncidentRecord<ErrorId>[];
  events: PList<TimelineEvent> | null;
}

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The public, read-only view of the state. */
export type ScenarioState = DeepReadonly<Omit<StateData, 'ctx'>> & { readonly ctx: ScenarioContext };

export function createContext(scenario: ScenarioDef, profile: ProtocolProfile, options: StartOptions): ScenarioContext {
  const rng = createRng(options.seed);
  const touches: PlannedTouch[] = [];
  // Every draw happens here, once, in script order: the whole attempt's randomness is fixed by the seed.
  for (const script of scenario.bystanderScript) {
    for (const analysis of script.analyses) {
      const happens = rng.next() < script.probability;
      const delayMs = rng.int(script.delayMs.min, script.delayMs.max);
      if (happens) touches.push({ bystanderId: script.bystanderId, during: script.during, analysis, delayMs });
    }
  }
  const steps = profile.arrestSteps.value;
  return {
    scenario,
    profile,
    targets: targetsFor(profile, scenario.patient.kind, { rescuers: 1 }),
    sheet: examSheetFor(scenario, profile),
    aedAvailable: aedAvailableFor(scenario, profile),
    timings: { ...DEVICE_TIMINGS, ...options.timings },
    seed: options.seed,
    mode: options.mode ?? 'practice',
    touches,
    sceneHazard: scenario.hazards.some((h) => h.kind === 'wetGround'),
    reanalysisMs: profile.aedReanalysisS.value * 1000,
    hasReassess: steps.includes('reassess'),
  };
}

export function initialState(ctx: ScenarioContext, startT: number): StateData {
  const s = ctx.scenario;
  const has = (k: string) => s.hazards.some((h) => h.kind === k);
  return {
    ctx,
    phase: 'running',
    startT,
    now: startT,
    endT: null,
    completed: false,
    lastLearnerT: startT,
    performed: {},
    scene: { checkedT: null, inWater: has('wetGround'), movedT: null, firstContactT: null },
    call: { firstT: null, correctT: null, aedRequestedT: null, named: false, numbers: [] },
    breathingChecks: [],
    chest: {
      exposedT: null,
      wet: has('wetGround'),
      hairy: has('hairyChest'),
      shaved: false,
      patchOn: has('medicationPatch'),
      prepAtFirstPad: null,
    },
    hands: null,
    cpr: {
      down: false,
      compressions: 0,
      sinceBreaths: 0,
      breathsInGroup: 0,
      groups: 0,
      airwayOpen: false,
      firstT: null,
      lastOnsetT: null,
      lastSampleT: null,
      techniqueAtFirst: null,
    },
    samples: null,
    breaths: null,
    aed: {
      mode: 'absent',
      arrivedT: null,
      poweredT: null,
      lidOpen: false,
      padKind: s.aed.pads[0] ?? 'adult',
      padKindAtFirst: null,
      pads: [],
      connector: s.aed.preConnected,
      analyses: 0,
      cycleStartT: null,
    },
    analyses: [],
    touch: { bystander: null, clearT: null, learnerAfterClear: false },
    timers: [],
    hint: { at: null, emittedFor: null },
    handoverT: null,
    reassessT: null,
    critical: [],
    errors: [],
    events: null,
  };
}

/** A working copy for one step: nested records are copied, persistent lists are shared. */
export function draft(state: ScenarioState): StateData {
  const s = state as unknown as StateData;
  return {
    ...s,
    performed: { ...s.performed },
    scene: { ...s.scene },
    call: { ...s.call },
    chest: { ...s.chest },
    cpr: { ...s.cpr },
    aed: { ...s.aed },
    touch: { ...s.touch },
    hint: { ...s.hint },
  };
}

export function asState(d: StateData): ScenarioState {
  return d as unknown as ScenarioState;
}

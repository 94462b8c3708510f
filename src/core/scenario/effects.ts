/**
 * What the engine asks the adapters to do, as data: speak a device prompt, show a caption, play a
 * sound, send a `tick` at a time, redraw the device. Effects carry message keys only, never text.
 */

import type {
  AedPromptKey,
  CriticalKey,
  ErrorKey,
  FeedbackKey,
  HintKey,
  NarrationKey,
  RejectionKey,
  ScenarioSound,
} from './keys';

/** Device display states of the simulated AED. */
export const DEVICE_MODES = [
  'absent',
  'off',
  'awaitingPads',
  'awaitingConnector',
  'checkPads',
  'analysing',
  'charging',
  'shockReady',
  'cpr',
] as const;
export type DeviceMode = (typeof DEVICE_MODES)[number];

export const TIMER_IDS = [
  'aedArrival',
  'analysisDone',
  'chargeDone',
  'shockTimeout',
  'cycleDone',
  'bystanderTouch',
  'cprOnlyEnd',
  'hint',
] as const;
export type TimerId = (typeof TIMER_IDS)[number];

export type EffectParams = Readonly<Record<string, string | number>>;

export type ScenarioEffect =
  /** A device voice prompt, with its on-screen text (same key). */
  | { type: 'prompt'; key: AedPromptKey }
  | { type: 'narration'; key: NarrationKey; params?: EffectParams }
  | { type: 'sound'; name: ScenarioSound }
  /** Send a `tick` action at `at` (event timebase). Stale timers are harmless: the engine ignores them. */
  | { type: 'timer'; id: TimerId; at: number }
  | { type: 'device'; mode: DeviceMode }
  /** Guided mode only. */
  | { type: 'hint'; key: HintKey }
  /** Guided and practice modes only. */
  | { type: 'feedback'; key: FeedbackKey; params?: EffectParams }
  /** Guided and practice modes only; assessment is blinded and reports errors in the result. */
  | { type: 'error'; key: ErrorKey | CriticalKey; critical: boolean }
  | { type: 'rejected'; key: RejectionKey }
  | { type: 'done'; completed: boolean };

export type ScenarioEffectType = ScenarioEffect['type'];

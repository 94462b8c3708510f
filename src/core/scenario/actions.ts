/**
 * What the learner (or the adapters on the learner's behalf) can do. `t` is when the action
 * completed, in the event timebase (ms, same as CPR samples); span actions add `startT`.
 * Time enters the engine only here, so the action log alone replays an attempt.
 */

import type { Sample } from '../cpr/sample';
import type { BodyPoint, PadKind, PadLabel } from './types';

/** How the hands are set for compressions; matters for infants (see the profile's infantTechnique). */
export const HAND_TECHNIQUES = ['twoHands', 'oneHand', 'twoThumb', 'twoFingers'] as const;
export type HandTechnique = (typeof HAND_TECHNIQUES)[number];

export type ScenarioAction =
  | { type: 'checkScene'; t: number }
  | { type: 'moveFromWater'; t: number }
  | { type: 'tapAndShout'; t: number }
  /**
   * `number` is what the learner dialled or told the bystander to dial; `bystanderId` names who is
   * sent (absent: the learner calls); `askAed` asks for an AED to be fetched.
   */
  | { type: 'callForHelp'; t: number; number: string; bystanderId?: string; askAed: boolean }
  | { type: 'checkBreathing'; t: number; startT: number }
  | { type: 'noteTime'; t: number }
  | { type: 'positionPatient'; t: number }
  | { type: 'openAirway'; t: number }
  | { type: 'lookInMouth'; t: number }
  | { type: 'setHands'; t: number; technique: HandTechnique }
  /** Chest input, streamed or batched; `t` is at least the last sample's time. */
  | { type: 'cprSamples'; t: number; samples: readonly Sample[] }
  | { type: 'giveBreath'; t: number; startT: number }
  | { type: 'aedPowerOn'; t: number }
  | { type: 'openLid'; t: number }
  | { type: 'exposeChest'; t: number }
  | { type: 'dryChest'; t: number }
  | { type: 'shaveChest'; t: number }
  | { type: 'removePatch'; t: number }
  | { type: 'selectPads'; t: number; kind: PadKind }
  | { type: 'placePad'; t: number; pad: PadLabel; at: BodyPoint }
  | { type: 'removePads'; t: number }
  | { type: 'plugConnector'; t: number }
  /** "Stand clear": the learner takes their hands off, warns everyone and looks. */
  | { type: 'standClear'; t: number }
  | { type: 'touchPatient'; t: number }
  | { type: 'pressShock'; t: number }
  /** Re-assess and report (CRC's 报告 step), at EMS handover. */
  | { type: 'reassess'; t: number }
  /** Lets device timers and hints fire when nothing else happens. */
  | { type: 'tick'; t: number }
  /** The learner ends the attempt now. */
  | { type: 'finish'; t: number };

export type ScenarioActionType = ScenarioAction['type'];

export const ACTION_TYPES: readonly ScenarioActionType[] = [
  'checkScene',
  'moveFromWater',
  'tapAndShout',
  'callForHelp',
  'checkBreathing',
  'noteTime',
  'positionPatient',
  'openAirway',
  'lookInMouth',
  'setHands',
  'cprSamples',
  'giveBreath',
  'aedPowerOn',
  'openLid',
  'exposeChest',
  'dryChest',
  'shaveChest',
  'removePatch',
  'selectPads',
  'placePad',
  'removePads',
  'plugConnector',
  'standClear',
  'touchPatient',
  'pressShock',
  'reassess',
  'tick',
  'finish',
];

/** Actions that put hands on the patient: during analysis they are touching, after "stand clear" too. */
export const CONTACT_ACTIONS: ReadonlySet<ScenarioActionType> = new Set<ScenarioActionType>([
  'moveFromWater',
  'tapAndShout',
  'checkBreathing',
  'positionPatient',
  'openAirway',
  'lookInMouth',
  'giveBreath',
  'exposeChest',
  'dryChest',
  'shaveChest',
  'removePatch',
  'placePad',
  'removePads',
  'touchPatient',
  'reassess',
]);

/**
 * An action without its time: what `availableActions` and `idealAction` propose. 'compress' and
 * 'wait' stand for chest input and for letting time pass; `materialise` turns a template into actions.
 */
export type ActionTemplate =
  | { type: 'checkScene' }
  | { type: 'moveFromWater' }
  | { type: 'tapAndShout' }
  | { type: 'callForHelp'; number: string; bystanderId?: string; askAed: boolean }
  | { type: 'checkBreathing'; durationMs: number }
  | { type: 'noteTime' }
  | { type: 'positionPatient' }
  | { type: 'openAirway' }
  | { type: 'lookInMouth' }
  | { type: 'setHands'; technique: HandTechnique }
  | { type: 'compress'; compressions: number }
  | { type: 'giveBreath' }
  | { type: 'aedPowerOn' }
  | { type: 'openLid' }
  | { type: 'exposeChest' }
  | { type: 'dryChest' }
  | { type: 'shaveChest' }
  | { type: 'removePatch' }
  | { type: 'selectPads'; kind: PadKind }
  | { type: 'placePad'; pad: PadLabel; at: BodyPoint }
  | { type: 'removePads' }
  | { type: 'plugConnector' }
  | { type: 'standClear' }
  | { type: 'touchPatient' }
  | { type: 'pressShock' }
  | { type: 'reassess' }
  | { type: 'wait' }
  | { type: 'finish' };

export type TemplateType = ActionTemplate['type'];

/**
 * Airway foreign-body obstruction (choking): scenario data, actions and effects. Facts come from
 * clinical.md's "Choking" section; values that are the product's own choice say so.
 */

import type { Sample } from '../cpr/sample';
import type { ProfileId, SourceKey } from '../protocol/profile';
import type { SkillCriticalErrorDef, SkillItemDef } from '../skills/sheet';
import type { LocalizedText } from '../text';

export const CHOKING_PATIENTS = ['adult', 'child', 'infant'] as const;
export type ChokingPatient = (typeof CHOKING_PATIENTS)[number];

/**
 * - mild: coughing, can speak: encourage coughing, do not strike.
 * - severe: cannot speak, cough or breathe: back blows and abdominal thrusts in the profile's order.
 * - chestThrusts: late pregnancy or obesity: chest thrusts instead of abdominal thrusts.
 * - infant: back blows face down along the forearm, then chest thrusts; no abdominal thrusts.
 * - selfRescue: alone: own fist, or the upper abdomen thrust over a chair back.
 * - unresponsive: becomes unresponsive during relief: lower, call, CPR, look in the mouth.
 */
export const CHOKING_KINDS = ['mild', 'severe', 'chestThrusts', 'infant', 'selfRescue', 'unresponsive'] as const;
export type ChokingKind = (typeof CHOKING_KINDS)[number];

export const TECHNIQUES = ['backBlow', 'abdominalThrust', 'chestThrust'] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** The explicit posture choices the learner makes. */
export const POSTURES = [
  /** Behind the person, one foot between the person's feet (adult, child, chest thrusts). */
  'behindFootBetween',
  /** Behind a child, kneeling to the child's height. */
  'behindKneeling',
  /** In front of the person (wrong for back blows and thrusts). */
  'inFront',
  /** Infant face down along the forearm, head lower than the chest (back blows). */
  'infantFaceDownHeadLow',
  /** Infant face down with the head higher than the chest (wrong). */
  'infantFaceDownHeadHigh',
  /** Infant turned over, face up along the forearm, head lower than the chest (chest thrusts). */
  'infantFaceUpHeadLow',
  /** Self-rescue: own fist above the navel, grasped by the other hand. */
  'selfFist',
  /** Self-rescue: the upper abdomen over a chair back or table edge. */
  'selfChairBack',
] as const;
export type Posture = (typeof POSTURES)[number];

/** Hands for an infant's chest thrusts (the profile's infant technique decides what is right). */
export const INFANT_HANDS = ['twoFingers', 'oneHand', 'twoThumb'] as const;
export type InfantHands = (typeof INFANT_HANDS)[number];

/** A point in a view's body plane, mm: x to the person's right as seen, y towards the feet. */
export interface BodyPointMm {
  x: number;
  y: number;
}

/** A target zone on the body plane (the radius is the product's choice, see README). */
export interface TargetZone {
  at: BodyPointMm;
  radiusMm: number;
  source: SourceKey[];
  productChoice?: boolean;
}

/**
 * One point of a pointer path in the body plane of the view it was drawn on, with its event's
 * `timeStamp` (ms). The front view's origin is the navel, the back view's the spine between the
 * shoulder blades.
 */
export interface PathPoint {
  t: number;
  x: number;
  y: number;
}

/** How a blow or thrust was given: a pointer path, or a timed key press on a focused target. */
export type Stroke = { input: 'pointer'; path: readonly PathPoint[] } | { input: 'keyboard'; downT: number; upT: number };

export type ChokingItemId =
  | 'askChoking'
  | 'encourageCough'
  | 'callForHelp'
  | 'posture'
  | 'backBlows'
  | 'abdominalThrusts'
  | 'chestThrusts'
  | 'order'
  | 'setCounts'
  | 'turnOver'
  | 'infantHands'
  | 'lowerToGround'
  | 'callEmergency'
  | 'startCpr'
  | 'lookInMouth'
  | 'removeVisible';

export type ChokingErrorId =
  | 'struckMildObstruction'
  | 'abdominalThrustInfant'
  | 'abdominalThrustChestCase'
  | 'blindFingerSweep'
  | 'noCpr';

export interface ChokingScenarioDef {
  id: string;
  version: string;
  kind: ChokingKind;
  patient: ChokingPatient;
  title: LocalizedText;
  brief: LocalizedText;
  /** What the learner sees and hears at the start. */
  presentation: LocalizedText;
  /**
   * Effective actions (blows, thrusts; for a mild obstruction, encouragements to cough) after which
   * the object comes out, drawn from the seed: a product choice.
   */
  effectiveToClear: { min: number; max: number; productChoice: true };
  /** unresponsive only: blows or thrusts before the person becomes unresponsive (seeded). */
  collapseAfter?: { min: number; max: number; productChoice: true };
  /** unresponsive only: the airway opening (counted after CPR began) at which the object is visible (seeded). */
  visibleAtOpening?: { min: number; max: number; productChoice: true };
  /** Target zones in the body plane, per technique this scenario uses. */
  zones: Partial<Record<Technique, TargetZone>>;
  /** Postures that are right before the first blow or thrust. */
  postures: { right: readonly Posture[]; offered: readonly Posture[] };
  items: readonly SkillItemDef<ChokingItemId>[];
  criticalErrors: readonly SkillCriticalErrorDef<ChokingErrorId>[];
  passPct: number;
  /** Source keys of the facts the scenario teaches. */
  source: SourceKey[];
}

export const CHOKING_MODES = ['guided', 'practice', 'assessment'] as const;
export type ChokingMode = (typeof CHOKING_MODES)[number];

export interface ChokingStartOptions {
  seed: number;
  mode: ChokingMode;
  startT: number;
}

export type ChokingAction =
  | { type: 'askChoking'; t: number }
  | { type: 'encourageCough'; t: number }
  | { type: 'callForHelp'; t: number; number: string }
  | { type: 'posture'; t: number; posture: Posture }
  | { type: 'setHands'; t: number; hands: InfantHands }
  /** The fist (or the infant's thrust fingers/hand) put down at a point of the front view. */
  | { type: 'placeHand'; t: number; at: BodyPointMm; input: 'pointer' | 'keyboard' }
  | { type: 'strike'; t: number; technique: Technique; stroke: Stroke }
  | { type: 'lowerToGround'; t: number }
  | { type: 'cprSamples'; t: number; samples: readonly Sample[] }
  | { type: 'openAirway'; t: number }
  | { type: 'lookInMouth'; t: number }
  /** Takes the object out with the fingers: right only when it was seen on the last look. */
  | { type: 'removeObject'; t: number }
  | { type: 'giveBreath'; t: number; startT: number }
  | { type: 'tick'; t: number }
  | { type: 'finish'; t: number };

export type ChokingActionType = ChokingAction['type'];

export type ChokingPhase = 'conscious' | 'collapsed' | 'cpr' | 'done';

export type ChokingOutcome = 'clearedByCough' | 'expelled' | 'removedFromMouth' | 'unfinished';

export type ChokingEffect =
  | { type: 'narration'; key: string; params?: Record<string, string | number> }
  | { type: 'feedback'; key: string; params?: Record<string, string | number> }
  | { type: 'error'; key: string; critical: boolean }
  | { type: 'strike'; index: number }
  | { type: 'hint'; key: string }
  | { type: 'rejected'; key: string }
  | { type: 'done'; outcome: ChokingOutcome };

export type { ProfileId };

/**
 * The shape of a scenario as data. A scenario describes the emergency (patient, setting, hazards,
 * rhythm course, bystanders, the AED kit) and its exam sheet; the engine (`engine.ts`) plays it
 * under one protocol profile, whose step order decides what "in order" means.
 */

import type { ArrestStepId, Patient, ProfileId, SourceKey } from '../protocol/profile';
import type { LocalizedText } from '../text';

/** What the AED finds at one analysis. */
export const RHYTHMS = ['shockable', 'nonShockable'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

export const HAZARD_KINDS = ['wetGround', 'medicationPatch', 'hairyChest', 'implantedDevice'] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

export const PAD_KINDS = ['adult', 'child'] as const;
export type PadKind = (typeof PAD_KINDS)[number];

/** The pictogram on the pad the learner picks up; scoring looks at where it lands, not at the label. */
export const PAD_LABELS = ['right', 'left', 'front', 'back'] as const;
export type PadLabel = (typeof PAD_LABELS)[number];

export const PLACEMENTS = ['anterolateral', 'anteroposterior'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const PAD_ZONE_IDS = ['rightInfraclavicular', 'leftLateral', 'anterior', 'posterior'] as const;
export type PadZoneId = (typeof PAD_ZONE_IDS)[number];

export const SURFACES = ['front', 'back'] as const;
export type Surface = (typeof SURFACES)[number];

/**
 * A point on the torso in normalised coordinates, so one body model serves every screen size:
 * x from the patient's right side (0) to the left side (1), y from the collarbones (0) to the waist (1).
 */
export interface BodyPoint {
  surface: Surface;
  x: number;
  y: number;
}

export interface BodyCircle extends BodyPoint {
  /** Radius in the same units as x (torso widths). */
  r: number;
}

/**
 * A clinical statement quoted in scenario data, with the clinical.md section it comes from.
 * `noSourceKey` marks a statement clinical.md makes without naming a source key (see the report
 * in README.md); `productChoice` marks a value the product chose.
 */
export interface ScenarioFact<T> {
  value: T;
  source: SourceKey[];
  /** Section of clinical.md, e.g. 'AED'. */
  ref: string;
  productChoice?: boolean;
  noSourceKey?: boolean;
}

/**
 * Where pads go on one body, for the trainer's drag-and-drop. Coordinates and radii are the
 * product's drawing of the positions clinical.md describes in words.
 */
export interface BodyModel {
  patient: Patient;
  zones: Record<PadZoneId, BodyCircle>;
  /** Radius of each pad kind on this body (torso widths): pads larger than the chest touch. */
  padRadius: Record<PadKind, number>;
  /** Which zones each placement uses. */
  placementZones: Record<Placement, readonly [PadZoneId, PadZoneId]>;
  /** Where the autoplay and the guided hint put each pad, per placement. */
  suggested: Record<Placement, readonly [PadTarget, PadTarget]>;
  productChoice: true;
}

export interface PadTarget {
  pad: PadLabel;
  at: BodyPoint;
}

export interface Hazard {
  kind: HazardKind;
  /** Where on the body (patch, implant); absent for scene and whole-chest hazards. */
  at?: BodyCircle;
  description: LocalizedText;
}

export interface Bystander {
  id: string;
  name: LocalizedText;
}

/**
 * A bystander who reaches for the patient while the AED analyses or is ready to shock: whether and
 * when comes from the seeded RNG, so one seed always gives the same script.
 */
export interface BystanderTouchScript {
  bystanderId: string;
  during: 'analysis' | 'shockReady';
  /** 0-based analyses the script applies to. */
  analyses: number[];
  /** Chance per listed analysis, 0..1. */
  probability: number;
  /** Delay after the phase begins, drawn uniformly (ms). */
  delayMs: { min: number; max: number };
}

export interface AedKit {
  /** From the call that asks for an AED to the AED at the patient's side (ms). Product choice. */
  arrivalDelayMs: number;
  /** Pads in the kit; the first is what is in the device when it arrives. */
  pads: PadKind[];
  preConnected: boolean;
  powerOn: 'button' | 'lid';
  /** Profiles whose teaching uses the AED on this patient; the others play CPR only. */
  profiles: ScenarioFact<ProfileId[]>;
  /** Placements the exam accepts for this patient with this kit. */
  placements: ScenarioFact<Placement[]>;
  /** The pad kind the exam expects (child pads where the patient is small enough and they are in the kit). */
  expectedPads: ScenarioFact<PadKind>;
  /** Where to put the pads in this scenario when the body model's suggestion would not do (an implant). */
  suggestedPads?: Partial<Record<Placement, readonly [PadTarget, PadTarget]>>;
}

export const CHECKLIST_ITEM_IDS = [
  'checkScene',
  'moveFromHazard',
  'tapAndShout',
  'callEmergency',
  'askForAed',
  'nameBystander',
  'checkBreathing',
  'noteTime',
  'positionPatient',
  'compressionsStarted',
  'infantTechnique',
  'compressionRate',
  'compressionDepth',
  'compressionRecoil',
  'handPosition',
  'compressionFraction',
  'cycleRatio',
  'openAirway',
  'breaths',
  'aedPowerOn',
  'padsChoice',
  'prepareChest',
  'padPlacement',
  'plugConnector',
  'clearDuringAnalysis',
  'standClearBeforeShock',
  'deliverShock',
  'preShockPause',
  'postShockPause',
  'resumeAfterNoShock',
  'reassess',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** The profile step each exam item belongs to (fixed: the engine knows how to judge each item). */
export const ITEM_STEP: Readonly<Record<ChecklistItemId, ArrestStepId>> = {
  checkScene: 'sceneSafe',
  moveFromHazard: 'sceneSafe',
  tapAndShout: 'checkResponse',
  callEmergency: 'callForHelp',
  askForAed: 'callForHelp',
  nameBystander: 'callForHelp',
  checkBreathing: 'checkBreathing',
  noteTime: 'noteTime',
  positionPatient: 'position',
  compressionsStarted: 'compressions',
  infantTechnique: 'compressions',
  compressionRate: 'compressions',
  compressionDepth: 'compressions',
  compressionRecoil: 'compressions',
  handPosition: 'compressions',
  compressionFraction: 'compressions',
  cycleRatio: 'compressions',
  openAirway: 'openAirway',
  breaths: 'breaths',
  aedPowerOn: 'useAed',
  padsChoice: 'useAed',
  prepareChest: 'useAed',
  padPlacement: 'useAed',
  plugConnector: 'useAed',
  clearDuringAnalysis: 'useAed',
  standClearBeforeShock: 'useAed',
  deliverShock: 'useAed',
  preShockPause: 'useAed',
  postShockPause: 'useAed',
  resumeAfterNoShock: 'useAed',
  reassess: 'reassess',
};

export interface ChecklistItemDef {
  id: ChecklistItemId;
  /** Must equal ITEM_STEP[id]; repeated here so the sheet reads on its own. */
  step: ArrestStepId;
  points: number;
  label: LocalizedText;
  /** Loses its points when its step was done only before a step the profile requires first. */
  orderSensitive?: boolean;
  /** Only on these profiles' sheets (e.g. naming a bystander is CRC teaching). */
  profiles?: ProfileId[];
  /** For items judged on a percentage (CPR quality): the minimum, a product choice. */
  minPct?: number;
}

export const CRITICAL_ERROR_IDS = [
  'noCompressions',
  'noSceneCheckWithHazard',
  'shockInWater',
  'padsOnWetChest',
  'padOverPatch',
  'padOverImplant',
  'padsTouching',
  'shockWhileTouching',
  'shockNotDelivered',
  'aedNotUsed',
] as const;
export type CriticalErrorId = (typeof CRITICAL_ERROR_IDS)[number];

export interface CriticalErrorDef {
  id: CriticalErrorId;
  label: LocalizedText;
}

export interface ScenarioDef {
  id: string;
  /** Version of this scenario's data; stored with every result. */
  version: string;
  title: LocalizedText;
  brief: LocalizedText;
  patient: {
    kind: Patient;
    description: LocalizedText;
    ageYears: number | null;
    weightKg: number | null;
  };
  setting: { id: string; description: LocalizedText };
  /** A witnessed collapse starts the clock at the collapse; otherwise at the learner's arrival. */
  witnessed: boolean;
  /** What the breathing check finds; agonal gasping counts as not breathing in every profile. */
  breathing: 'none' | 'agonal';
  hazards: Hazard[];
  /** Rhythm at each analysis, in order; after the last, one more CPR cycle and EMS take over. */
  rhythms: Rhythm[];
  bystanders: Bystander[];
  bystanderScript: BystanderTouchScript[];
  aed: AedKit;
  body: BodyModel;
  checklist: ChecklistItemDef[];
  criticalErrors: CriticalErrorDef[];
  /** Percent of the possible points needed to pass (with no critical error). Product choice. */
  passThresholdPct: { value: number; productChoice: true };
}

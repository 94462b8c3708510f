/**
 * A protocol profile: the thresholds and step orders one teaching body uses, as data.
 * Every number carries the source keys of `clinical.md` it comes from; numbers that are the
 * product's own choice (not a guideline figure) say so with `productChoice: true` and are shown
 * as such wherever they are applied.
 */

export const SOURCE_KEYS = [
  'AHA2025',
  'AHA2020',
  'ERC2021',
  'ERC2025',
  'ILCOR',
  'CRC',
  'CN-CPR2016',
  'NILES2011',
  'QCPR',
  /** A value the product chose where the reference gives no exact figure (see clinical.md). */
  'PRODUCT',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const PROFILE_IDS = ['crc', 'aha2025', 'erc2025'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const PATIENTS = ['adult', 'child', 'infant'] as const;
export type Patient = (typeof PATIENTS)[number];

export interface Sourced<T> {
  value: T;
  source: SourceKey[];
  /** True where clinical.md marks the item (verify) or the value is the product's choice. */
  productChoice?: boolean;
}

export interface SourcedRange {
  min: number;
  max: number;
  source: SourceKey[];
  productChoice?: boolean;
}

/** Depth target for one patient. `band` is what scoring uses; `nominalMm` is what the guideline states. */
export interface DepthTarget {
  /** The guideline's own statement, e.g. 50 for "about 5 cm". */
  nominalMm: Sourced<number>;
  /** The scored band. Where the guideline says "about", the band around it is the product's choice. */
  band: SourcedRange;
  /** Whether the guideline also states "at least one third of the chest depth". */
  thirdOfChest: boolean;
}

export type HandLandmark = 'nippleLineCentre' | 'centreOfChest' | 'lowerHalfSternum';

/** 'notSpecified' where the profile's reference does not state a technique. */
export type InfantTechnique = 'twoThumbOrOneHand' | 'twoFingers' | 'notSpecified';

/** Steps of the adult cardiac-arrest sequence, in the profile's order (used by scenarios). */
export const ARREST_STEP_IDS = [
  'sceneSafe',
  'checkResponse',
  'callForHelp',
  'checkBreathing',
  'noteTime',
  'position',
  'compressions',
  'openAirway',
  'breaths',
  'useAed',
  'reassess',
] as const;
export type ArrestStepId = (typeof ARREST_STEP_IDS)[number];

export interface ProtocolProfile {
  id: ProfileId;
  /** Version of this profile's data; stored with every result it scores. */
  version: string;
  /** i18n key of the profile's display name. */
  nameKey: string;
  emergencyNumber: Sourced<string>;
  compression: {
    ratePerMin: SourcedRange;
    depth: Record<Patient, DepthTarget>;
    /** Recoil counts as full when the chest returns within this many mm of rest (product's choice). */
    recoilToleranceMm: Sourced<number>;
    handLandmark: Record<Patient, Sourced<HandLandmark>>;
    /** Radius around the landmark that counts as correct hand position (product's choice). */
    handZoneRadiusMm: Sourced<number>;
    infantTechnique: Sourced<InfantTechnique>;
  };
  ratio: {
    singleRescuer: Sourced<{ compressions: number; breaths: number }>;
    twoRescuerChildInfant: Sourced<{ compressions: number; breaths: number }>;
  };
  breathDurationS: Sourced<number>;
  breathingCheckS: SourcedRange;
  /** Planned interruptions (breaths, AED analysis) should stay under this. */
  maxInterruptionS: Sourced<number>;
  /** A gap between compressions longer than this, outside a planned pause, is a pause. */
  pauseThresholdS: Sourced<number>;
  rescuerSwapS: Sourced<number>;
  aedReanalysisS: Sourced<number>;
  /** Minimum chest-compression fraction, percent. */
  compressionFractionPct: Sourced<number>;
  arrestSteps: Sourced<ArrestStepId[]>;
  /** Airway foreign-body obstruction (choking); read by `src/core/choking`. */
  choking?: ChokingProtocol;
}

/**
 * How a profile teaches relief of a severe obstruction in a conscious adult or child.
 * - 'backBlowsFirst': sets of `setSize` back blows, then `setSize` abdominal thrusts, alternating.
 * - 'abdominalThrusts': abdominal thrusts repeated until the object comes out; back blows before
 *   them are accepted, not required.
 * Infants get back blows and chest thrusts in sets of `infantSetSize` under every profile.
 */
export type ChokingOrder = 'backBlowsFirst' | 'abdominalThrusts';

export interface ChokingProtocol {
  adultOrder: Sourced<ChokingOrder>;
  /** Blows or thrusts per set where the order uses sets. */
  setSize: Sourced<number>;
  infantSetSize: Sourced<number>;
}

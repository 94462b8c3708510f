import type { ProfileId } from '../../core/protocol/profile';
import type { PadKind, Placement, ScenarioFact } from '../../core/scenario/types';

/**
 * The clinical statements the scenarios rest on, each with its clinical.md section. The AED section
 * of clinical.md names no source key for its steps, pad positions or the child-pad rule, so those
 * facts carry `noSourceKey: true` and an empty source list instead of an invented attribution.
 */

const ALL_PROFILES: ProfileId[] = ['crc', 'aha2025', 'erc2025'];

/** Every profile lists `useAed` in its arrest sequence (clinical.md "Cardiac-arrest sequence"). */
export const AED_IN_EVERY_PROFILE: ScenarioFact<ProfileId[]> = {
  value: ALL_PROFILES,
  source: ['CRC', 'AHA2025', 'ERC2025'],
  ref: 'Cardiac-arrest sequence',
};

/**
 * clinical.md "AED" step 3 gives infant pads (anteroposterior) as a universal step, for every
 * profile; no profile restricts AED use on infants, so all three use it.
 */
export const AED_INFANT_EVERY_PROFILE: ScenarioFact<ProfileId[]> = {
  value: ALL_PROFILES,
  source: [],
  ref: 'AED',
  noSourceKey: true,
};

/** "Pads, adult: one below the right collarbone beside the sternum, one on the left side below the armpit". */
export const ADULT_PLACEMENT: ScenarioFact<Placement[]> = {
  value: ['anterolateral'],
  source: [],
  ref: 'AED',
  noSourceKey: true,
};

/**
 * "Child under 8 years / under 25 kg: child pads or attenuator if available, else adult pads; if
 * pads would touch, front-and-back". With child pads that do not touch either position is accepted
 * (accepting anterolateral is the product's reading: clinical.md only requires front-and-back when
 * pads would touch).
 */
export const CHILD_PADS_PLACEMENT: ScenarioFact<Placement[]> = {
  value: ['anterolateral', 'anteroposterior'],
  source: [],
  ref: 'AED',
  noSourceKey: true,
  productChoice: true,
};

/** Adult pads on a small child would touch: front-and-back. */
export const CHILD_ADULT_PADS_PLACEMENT: ScenarioFact<Placement[]> = {
  value: ['anteroposterior'],
  source: [],
  ref: 'AED',
  noSourceKey: true,
};

/** "Infant: anteroposterior." */
export const INFANT_PLACEMENT: ScenarioFact<Placement[]> = {
  value: ['anteroposterior'],
  source: [],
  ref: 'AED',
  noSourceKey: true,
};

/** The child-pad rule's limits, quoted for the child and infant scenarios. */
export const CHILD_PAD_LIMIT = { ageYears: 8, weightKg: 25 } as const;

export const ADULT_PADS: ScenarioFact<PadKind> = { value: 'adult', source: [], ref: 'AED', noSourceKey: true };
/** Under 8 years / 25 kg and child pads in the kit: child pads. */
export const CHILD_PADS: ScenarioFact<PadKind> = { value: 'child', source: [], ref: 'AED', noSourceKey: true };

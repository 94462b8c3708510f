/**
 * The examiner's sheet for one scenario under one profile: the scenario's items that apply, in the
 * profile's step order, and the critical errors that can occur. Only the active profile's order is
 * ever consulted, so a sequence another profile teaches is judged by this profile's rules alone.
 */

import type { ArrestStepId, ProfileId, ProtocolProfile } from '../protocol/profile';
import type { LocalizedText } from '../text';
import type { ChecklistItemDef, ChecklistItemId, CriticalErrorDef, CriticalErrorId, ScenarioDef } from './types';

export interface ExamItem {
  id: ChecklistItemId;
  step: ArrestStepId;
  points: number;
  label: LocalizedText;
  orderSensitive: boolean;
  minPct: number | null;
  /**
   * False where the profile's own value is a product choice or unspecified (clinical.md "(verify)"
   * items stay out of scoring): the item is shown but worth no points.
   */
  scored: boolean;
}

export interface ExamSheet {
  scenarioId: string;
  scenarioVersion: string;
  profileId: ProfileId;
  profileVersion: string;
  /** The profile's step order (arrestSteps), as it stands, repeats included. */
  stepOrder: ArrestStepId[];
  /** Steps that must come before each step under this profile (see `prerequisites`). */
  prerequisites: Partial<Record<ArrestStepId, ArrestStepId[]>>;
  items: ExamItem[];
  criticalErrors: CriticalErrorDef[];
  /** Points of the scored items (items judged "not measured" later leave the total). */
  maxPoints: number;
  passThresholdPct: number;
  aedAvailable: boolean;
}

/** Whether the scenario's AED is part of this profile's teaching for this patient. */
export function aedAvailableFor(scenario: ScenarioDef, profile: ProtocolProfile): boolean {
  return scenario.aed.profiles.value.includes(profile.id);
}

/**
 * The steps that must come before `step` under a profile: every step listed before its first
 * occurrence. Using the AED is the exception: clinical.md says to use it "as soon as it arrives",
 * so it only needs the assessment before compressions and compressions started, wherever the
 * profile lists it.
 */
export function prerequisites(order: readonly ArrestStepId[]): Partial<Record<ArrestStepId, ArrestStepId[]>> {
  const out: Partial<Record<ArrestStepId, ArrestStepId[]>> = {};
  order.forEach((step, i) => {
    if (out[step] !== undefined) return;
    let before = order.slice(0, i);
    if (step === 'useAed') {
      const c = order.indexOf('compressions');
      if (c >= 0) before = [...order.slice(0, c), 'compressions'];
    }
    out[step] = [...new Set(before.filter((s) => s !== step))];
  });
  return out;
}

/**
 * Whether a step was done in the profile's order: some performance of it came after the first
 * performance of each prerequisite that was done at all. A skipped prerequisite costs its own item,
 * not this one; doing a step early and again at its place is not an order error. For compressions
 * only the first compression counts, because starting early is the error an examiner looks for.
 */
export function inOrder(
  step: ArrestStepId,
  performed: Readonly<Partial<Record<ArrestStepId, readonly number[]>>>,
  prereq: Readonly<Partial<Record<ArrestStepId, readonly ArrestStepId[]>>>,
): boolean {
  const times = performed[step];
  if (times === undefined || times.length === 0) return true;
  const candidates = step === 'compressions' ? times.slice(0, 1) : times;
  const needs = (prereq[step] ?? []).map((r) => performed[r]?.[0]).filter((x): x is number => x !== undefined);
  return candidates.some((p) => needs.every((r) => r <= p));
}

/** Prerequisites not yet done when `step` is done at `t` (for live feedback). */
export function missingBefore(
  step: ArrestStepId,
  performed: Readonly<Partial<Record<ArrestStepId, readonly number[]>>>,
  prereq: Readonly<Partial<Record<ArrestStepId, readonly ArrestStepId[]>>>,
): ArrestStepId[] {
  return (prereq[step] ?? []).filter((r) => (performed[r]?.length ?? 0) === 0);
}

function hasHazard(s: ScenarioDef, kind: string): boolean {
  return s.hazards.some((h) => h.kind === kind);
}

/** Whether an item belongs on this scenario's sheet under this profile. */
export function itemApplies(item: ChecklistItemDef, scenario: ScenarioDef, profile: ProtocolProfile): boolean {
  if (!profile.arrestSteps.value.includes(item.step)) return false;
  if (item.profiles !== undefined && !item.profiles.includes(profile.id)) return false;
  const aed = aedAvailableFor(scenario, profile);
  const shockable = scenario.rhythms.includes('shockable');
  const nonShockable = scenario.rhythms.includes('nonShockable');
  switch (item.id) {
    case 'moveFromHazard':
      return hasHazard(scenario, 'wetGround');
    case 'infantTechnique':
      return scenario.patient.kind === 'infant';
    case 'askForAed':
      return aed;
    case 'padsChoice':
      return aed && scenario.aed.pads.length > 1;
    case 'plugConnector':
      return aed && !scenario.aed.preConnected;
    case 'standClearBeforeShock':
    case 'deliverShock':
    case 'preShockPause':
    case 'postShockPause':
      return aed && shockable;
    case 'resumeAfterNoShock':
      return aed && nonShockable;
    default:
      return item.step === 'useAed' ? aed : true;
  }
}

/** The critical errors that can happen in this scenario under this profile. */
export function applicableCriticalErrors(scenario: ScenarioDef, profile: ProtocolProfile): CriticalErrorId[] {
  const aed = aedAvailableFor(scenario, profile);
  const shockable = aed && scenario.rhythms.includes('shockable');
  const wet = hasHazard(scenario, 'wetGround');
  const ids: CriticalErrorId[] = ['noCompressions'];
  if (wet) ids.push('noSceneCheckWithHazard');
  if (wet && shockable) ids.push('shockInWater');
  if (wet && aed) ids.push('padsOnWetChest');
  if (aed && hasHazard(scenario, 'medicationPatch')) ids.push('padOverPatch');
  if (aed && hasHazard(scenario, 'implantedDevice')) ids.push('padOverImplant');
  if (aed) ids.push('padsTouching');
  if (shockable) ids.push('shockWhileTouching', 'shockNotDelivered');
  if (aed) ids.push('aedNotUsed');
  return ids;
}

/** Whether the profile's infant technique is a sourced guideline statement (scored) or not. */
export function infantTechniqueScored(profile: ProtocolProfile): boolean {
  const it = profile.compression.infantTechnique;
  return it.productChoice !== true && it.value !== 'notSpecified';
}

export function examSheetFor(scenario: ScenarioDef, profile: ProtocolProfile): ExamSheet {
  const order = [...profile.arrestSteps.value];
  const position = (step: ArrestStepId) => order.indexOf(step);
  const items: ExamItem[] = scenario.checklist
    .filter((i) => itemApplies(i, scenario, profile))
    .map((i, k) => ({ i, k }))
    // Stable: items of one step keep the scenario's order.
    .sort((a, b) => position(a.i.step) - position(b.i.step) || a.k - b.k)
    .map(({ i }) => ({
      id: i.id,
      step: i.step,
      points: i.points,
      label: i.label,
      orderSensitive: i.orderSensitive === true,
      minPct: i.minPct ?? null,
      scored: i.id === 'infantTechnique' ? infantTechniqueScored(profile) : true,
    }));
  const applicable = new Set(applicableCriticalErrors(scenario, profile));
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    profileId: profile.id,
    profileVersion: profile.version,
    stepOrder: order,
    prerequisites: prerequisites(order),
    items,
    criticalErrors: scenario.criticalErrors.filter((c) => applicable.has(c.id)),
    maxPoints: items.reduce((sum, i) => sum + (i.scored ? i.points : 0), 0),
    passThresholdPct: scenario.passThresholdPct.value,
    aedAvailable: aedAvailableFor(scenario, profile),
  };
}

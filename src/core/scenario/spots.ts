/**
 * Named places on the body where a learner can put a pad without dragging (keyboard, switch or
 * touch users): the right ones for this patient and plausible wrong ones, so that choosing is a real
 * choice and the position scored is the one chosen. The right places are the scenario's suggested
 * pad targets (clinical.md's words: below the right collarbone, left side below the armpit,
 * front-and-back); the wrong ones are RescueDrill's drawing of common mistakes (product choices).
 */

import { idealPlacement, suggestedPads } from './policy';
import type { ScenarioState } from './state';
import type { BodyPoint, PadLabel, Placement } from './types';

export const PAD_SPOT_IDS = [
  'rightCollarbone',
  'leftCollarbone',
  'chestCentre',
  'overImplant',
  'rightSide',
  'leftSide',
  'overPatch',
  'belly',
  'back',
] as const;
export type PadSpotId = (typeof PAD_SPOT_IDS)[number];

export interface PadSpot {
  id: PadSpotId;
  at: BodyPoint;
}

/** Mistaken places (front of the torso, normalised as in the body model). Product choices. */
const WRONG: Partial<Record<PadSpotId, BodyPoint>> = {
  leftCollarbone: { surface: 'front', x: 0.67, y: 0.14 },
  rightSide: { surface: 'front', x: 0.12, y: 0.47 },
  belly: { surface: 'front', x: 0.5, y: 0.9 },
};

function suggested(state: ScenarioState, placement: Placement, pad: PadLabel): BodyPoint | undefined {
  return suggestedPads(state, placement).find((p) => p.pad === pad)?.at;
}

/**
 * The places offered now, in a fixed head-to-waist order (the right answer is not always first).
 * `back` is offered only when the back is shown (front-and-back pads); the patch and the implant
 * only once the chest is bared and while they are there.
 */
export function padSpots(state: ScenarioState, opts: { back: boolean }): PadSpot[] {
  const s = state.ctx.scenario;
  const exposed = state.chest.exposedT !== null;
  const hazard = (kind: string) => s.hazards.find((h) => h.kind === kind)?.at;
  const implant = hazard('implantedDevice');
  const patch = hazard('medicationPatch');
  const points: Record<PadSpotId, BodyPoint | undefined> = {
    rightCollarbone: suggested(state, 'anterolateral', 'right'),
    leftCollarbone: WRONG.leftCollarbone,
    chestCentre: suggested(state, 'anteroposterior', 'front'),
    overImplant: exposed && implant ? { surface: implant.surface, x: implant.x, y: implant.y } : undefined,
    rightSide: WRONG.rightSide,
    leftSide: suggested(state, 'anterolateral', 'left'),
    overPatch: exposed && patch && state.chest.patchOn ? { surface: patch.surface, x: patch.x, y: patch.y } : undefined,
    belly: WRONG.belly,
    back: opts.back ? suggested(state, 'anteroposterior', 'back') : undefined,
  };
  return PAD_SPOT_IDS.flatMap((id) => {
    const at = points[id];
    return at === undefined ? [] : [{ id, at: { ...at } }];
  });
}

/** The spot a model learner would choose for this pad (guided hints), if one is offered. */
export function idealSpot(state: ScenarioState, pad: PadLabel, spots: readonly PadSpot[]): PadSpotId | null {
  const target = suggestedPads(state, idealPlacement(state)).find((p) => p.pad === pad)?.at;
  if (target === undefined) return null;
  const hit = spots.find((sp) => sp.at.surface === target.surface && sp.at.x === target.x && sp.at.y === target.y);
  return hit?.id ?? null;
}

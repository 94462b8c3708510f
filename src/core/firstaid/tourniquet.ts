/**
 * Tourniquet placement (clinical.md "Bleeding control", AHA2025/ERC2025/CRC): 5–7 cm above the
 * wound (towards the trunk), not over a joint. Positions are along the limb axis in millimetres,
 * x growing towards the trunk (see `body.ts`).
 */

import { inSpan, type BodyPart } from './body';

/** clinical.md: 5–7 cm above the wound. */
export const TOURNIQUET_ABOVE_MM = { min: 50, max: 70, source: ['AHA2025', 'ERC2025', 'CRC'] } as const;

export interface TourniquetPlacement {
  /** Distance above the wound edge nearest the trunk, mm (negative: below the wound, towards the hand or foot). */
  aboveMm: number;
  aboveWound: boolean;
  inBand: boolean;
  overJoint: boolean;
}

/** `woundTop` is the wound's edge nearest the trunk (largest x). */
export function checkTourniquet(part: BodyPart, woundTop: number, x: number): TourniquetPlacement {
  const aboveMm = x - woundTop;
  return {
    aboveMm,
    aboveWound: aboveMm > 0,
    inBand: aboveMm >= TOURNIQUET_ABOVE_MM.min && aboveMm <= TOURNIQUET_ABOVE_MM.max,
    overJoint: part.joints.some((j) => inSpan(x, j)),
  };
}

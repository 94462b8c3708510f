/**
 * Pad placement on the normalised torso: which zone a pad landed in, whether two pads touch, and
 * whether a pad covers a patch or an implant. Distances between pads on different surfaces (front
 * and back) never count as touching.
 */

import type { BodyCircle, BodyModel, BodyPoint, PadKind, PadLabel, PadZoneId, Placement } from './types';
import { PAD_ZONE_IDS, PLACEMENTS } from './types';

export interface PlacedPad {
  pad: PadLabel;
  at: BodyPoint;
  kind: PadKind;
  t: number;
  zone: PadZoneId | null;
  /** False when placed on an unshaved hairy chest: poor contact. */
  stuck: boolean;
}

export interface PlacementVerdict {
  placement: Placement | null;
  accepted: boolean;
  touching: boolean;
  overPatch: boolean;
  overImplant: boolean;
  padKind: PadKind | null;
}

export function distance(a: BodyPoint, b: BodyPoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function zoneOf(at: BodyPoint, body: BodyModel): PadZoneId | null {
  for (const id of PAD_ZONE_IDS) {
    const z = body.zones[id];
    if (z.surface === at.surface && distance(z, at) <= z.r) return id;
  }
  return null;
}

export function padCovers(at: BodyPoint, kind: PadKind, body: BodyModel, spot: BodyCircle): boolean {
  return at.surface === spot.surface && distance(at, spot) < body.padRadius[kind] + spot.r;
}

export function padsTouch(a: PlacedPad, b: PlacedPad, body: BodyModel): boolean {
  return a.at.surface === b.at.surface && distance(a.at, b.at) < body.padRadius[a.kind] + body.padRadius[b.kind];
}

export function placementOf(pads: readonly PlacedPad[], body: BodyModel): Placement | null {
  if (pads.length !== 2) return null;
  const zones = pads.map((p) => p.zone);
  for (const placement of PLACEMENTS) {
    const [a, b] = body.placementZones[placement];
    if ((zones[0] === a && zones[1] === b) || (zones[0] === b && zones[1] === a)) return placement;
  }
  return null;
}

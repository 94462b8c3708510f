import type { BodyModel, PadTarget, Placement } from '../../core/scenario/types';

/**
 * Pad zones drawn on the normalised torso (x: patient's right 0 → left 1; y: collarbones 0 → waist 1).
 * clinical.md describes the positions in words ("below the right collarbone beside the sternum",
 * "left side below the armpit", "front-and-back"); the coordinates, zone radii and pad sizes are
 * RescueDrill's drawing of them (product choices). Pad sizes relative to the torso decide whether
 * two pads touch: adult pads on a small child do in the anterolateral position.
 */

const ZONES = {
  rightInfraclavicular: { surface: 'front', x: 0.33, y: 0.14, r: 0.13 },
  leftLateral: { surface: 'front', x: 0.88, y: 0.47, r: 0.12 },
  anterior: { surface: 'front', x: 0.5, y: 0.32, r: 0.14 },
  posterior: { surface: 'back', x: 0.5, y: 0.3, r: 0.18 },
} as const satisfies BodyModel['zones'];

const PLACEMENT_ZONES = {
  anterolateral: ['rightInfraclavicular', 'leftLateral'],
  anteroposterior: ['anterior', 'posterior'],
} as const satisfies BodyModel['placementZones'];

const SUGGESTED: Record<Placement, readonly [PadTarget, PadTarget]> = {
  anterolateral: [
    { pad: 'right', at: { surface: 'front', x: 0.33, y: 0.14 } },
    { pad: 'left', at: { surface: 'front', x: 0.88, y: 0.47 } },
  ],
  anteroposterior: [
    { pad: 'front', at: { surface: 'front', x: 0.5, y: 0.32 } },
    { pad: 'back', at: { surface: 'back', x: 0.5, y: 0.3 } },
  ],
};

export const ADULT_BODY: BodyModel = {
  patient: 'adult',
  zones: ZONES,
  padRadius: { adult: 0.09, child: 0.06 },
  placementZones: PLACEMENT_ZONES,
  suggested: SUGGESTED,
  productChoice: true,
};

/** About 5 years, 18 kg: adult pads (0.33) on this chest touch in the anterolateral position. */
export const CHILD_BODY: BodyModel = {
  patient: 'child',
  zones: ZONES,
  padRadius: { adult: 0.33, child: 0.2 },
  placementZones: PLACEMENT_ZONES,
  suggested: SUGGESTED,
  productChoice: true,
};

export const INFANT_BODY: BodyModel = {
  patient: 'infant',
  zones: ZONES,
  padRadius: { adult: 0.45, child: 0.3 },
  placementZones: PLACEMENT_ZONES,
  suggested: SUGGESTED,
  productChoice: true,
};

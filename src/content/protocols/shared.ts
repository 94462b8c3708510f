import type { DepthTarget, SourceKey } from '../../core/protocol/profile';

/**
 * Building blocks shared by the profiles. Where clinical.md gives "about N cm", the scored band of
 * ±5 mm around it is RescueDrill's choice (PRODUCT), shown as such in results.
 */
export const ABOUT_BAND_MM = 5;

export function aboutDepth(nominalMm: number, source: SourceKey[]): DepthTarget {
  return {
    nominalMm: { value: nominalMm, source },
    band: {
      min: nominalMm - ABOUT_BAND_MM,
      max: nominalMm + ABOUT_BAND_MM,
      source: ['PRODUCT'],
      productChoice: true,
    },
    thirdOfChest: true,
  };
}

export function rangeDepth(minMm: number, maxMm: number, source: SourceKey[]): DepthTarget {
  return {
    nominalMm: { value: minMm, source },
    band: { min: minMm, max: maxMm, source },
    thirdOfChest: false,
  };
}

/** clinical.md "Quality thresholds": recoil back within 5 mm of rest is the product's default. */
export const RECOIL_TOLERANCE = { value: 5, source: ['PRODUCT' as const], productChoice: true };
/** Radius around the hand landmark that counts as on target: the product's choice. */
export const HAND_ZONE_RADIUS = { value: 20, source: ['PRODUCT' as const], productChoice: true };
/** clinical.md "Quality thresholds": a gap over 2 s outside a planned pause is a pause. */
export const PAUSE_THRESHOLD = { value: 2, source: ['PRODUCT' as const], productChoice: true };
/** CCF at least 60% (AHA2020); the often-quoted 80% is (verify) and not used. */
export const CCF_MIN = { value: 60, source: ['AHA2020' as const] };

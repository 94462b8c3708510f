/**
 * How the chest control maps screen travel to millimetres. The chest element publishes its
 * scale as `data-px-per-mm` so tools that drive the app (tests, the benchmark) press by depth.
 */
export interface ChestCalibration {
  pxPerMm: number;
  /** The profile's hand landmark, in px relative to the chest element's top-left corner. */
  landmark: { x: number; y: number };
  /** Travel beyond this is the manikin's mechanical stop, not a deeper compression. */
  maxTravelMm: number;
}

/** A manikin stops at 80 mm: deeper than any target band, shallower than the core's 120 mm sanity limit. */
export const MANIKIN_MAX_TRAVEL_MM = 80;

export function readPxPerMm(el: HTMLElement): number {
  const v = Number(el.dataset.pxPerMm);
  return Number.isFinite(v) && v > 0 ? v : 2;
}

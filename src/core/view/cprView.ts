/**
 * The typed bridge between DOM screens and scenes. The screen owns a view model and writes to it
 * as input arrives; the scene reads it every frame and reports which sample each frame showed.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CprViewModel {
  /** Where the chest control sits within the stage, in CSS pixels. */
  chest: Rect;
  /** Depth to draw now, mm; 0 at rest. For press inputs without depth, a fixed dip while pressed. */
  depthMm: number;
  depthMeasured: boolean;
  pressed: boolean;
  /** Where the hands landed, stage CSS pixels; null before the first press. */
  hand: { x: number; y: number } | null;
  handOk: boolean | null;
  /** The target landmark within the stage, CSS pixels. */
  landmark: { x: number; y: number };
  zoneRadiusPx: number;
  pxPerMm: number;
  /** Live gauges; hidden in assessment mode. */
  showGauges: boolean;
  rateCpm: number | null;
  rateBand: readonly [number, number];
  peakDepthMm: number | null;
  depthBand: readonly [number, number];
  /** Timestamp (event timebase) of the newest sample written into this model. */
  sampleT: number;
  breathing: boolean;
  highContrast: boolean;
  reducedMotion: boolean;
}

export interface CprSceneHooks {
  /** Called after a frame has been rendered showing the sample at `sampleT`. */
  onFrame(sampleT: number, frameT: number): void;
}

export interface GameServices {
  /** Called once the game is booted and the first simulation can start. */
  onReady(): void;
  onProgress(fraction: number): void;
}

export interface GameHandle {
  startCpr(view: CprViewModel, hooks: CprSceneHooks): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

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

export type DepthSource = 'travel' | 'pressure';

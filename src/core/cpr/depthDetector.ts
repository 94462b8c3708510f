/**
 * Streaming compression detection on a depth signal (mm from rest, sampled at any rate).
 *
 * A compression is a stroke down and back up:
 * - onset: depth rises ONSET_RISE_MM above the lowest point since the previous compression (not an
 *   absolute level, so compressions on a chest that is never let up are still seen). The onset time
 *   is interpolated to where the signal crossed that level, so rate does not depend on sample rate.
 * - peak: the deepest point of the stroke; it is confirmed once depth falls RELEASE_FALL_MM below it
 *   (or back under the onset level).
 * - release: when depth comes back under the onset level; if it never does before the next onset
 *   (leaning), the lowest point between the two.
 * - residual (recoil): the lowest depth from the release until the next onset, looking at most
 *   RECOIL_WINDOW_MS ahead.
 *
 * Smoothing: decisions, depth and residual use the signal after a first-order low-pass with time
 * constant SMOOTHING_MS. White sensor noise would otherwise split a stroke on its way down and bias
 * the peak up and the residual down. The filter under-reads a smooth stroke at 100-120/min by
 * ~0.05 mm at 1 kHz (0.3–0.8 mm with 120 Hz pointer events, see bench/RESULTS.md) and a sharp-cornered one by about 0.7 × slope × SMOOTHING_MS (~1 mm for 50 mm in 150 ms).
 *
 * Hysteresis: a wobble smaller than RELEASE_FALL_MM never ends a stroke, and a candidate stroke that
 * falls back under its onset level before going MIN_STROKE_MM deep is noise and is forgotten. A
 * compression is emitted once the next stroke is certain (MIN_STROKE_MM deep), after the recoil
 * window, or on flush: its residual is only known then.
 *
 * Hot path: push() does arithmetic on fields only; it allocates nothing.
 */

/** The detector's thresholds. These are product choices (no guideline gives them), so results show them. */
export interface DetectorSettings {
  /** Time constant of the low-pass applied before detection; 0 turns it off. */
  smoothingMs: number;
  /** Rise above the preceding low point that marks an onset. */
  onsetRiseMm: number;
  /** Fall below the peak that confirms the stroke has turned (jitter hysteresis). */
  releaseFallMm: number;
  /** Minimum stroke (peak minus preceding low point) that counts as a compression. */
  minStrokeMm: number;
  /** How long after a release the lowest point still counts as this compression's recoil. */
  recoilWindowMs: number;
  /** Crossing times are interpolated between samples closer than this; across a larger gap (a hidden tab) they are not. */
  maxInterpolationGapMs: number;
}

/**
 * Defaults, chosen for pointer and pressure inputs with a few mm of jitter:
 * - smoothingMs 5: cuts white noise at 1 kHz about threefold; ~30 Hz cut-off, far above the 2 Hz of CPR.
 * - onsetRiseMm 5: well under any real compression, above typical pointer/pressure noise.
 * - releaseFallMm 8: a few-mm jitter (up to ±4 mm) at the bottom of a stroke cannot split it.
 * - minStrokeMm 10: a fifth of the adult target; smaller movements are wobbles or leaning, not compressions.
 * - recoilWindowMs 1000: at 100-120/min the next onset comes within ~600 ms; after a second the
 *   rescuer has paused, and waiting longer would delay live feedback.
 * - maxInterpolationGapMs 50: three frames; longer gaps mean events stopped arriving.
 */
export const DETECTOR_DEFAULTS: Readonly<DetectorSettings> = Object.freeze({
  smoothingMs: 5,
  onsetRiseMm: 5,
  releaseFallMm: 8,
  minStrokeMm: 10,
  recoilWindowMs: 1000,
  maxInterpolationGapMs: 50,
});

/** Tri-state hand verdict: -1 unknown, 0 outside the zone, 1 inside. */
export type HandState = -1 | 0 | 1;

/** Receives finished compressions as primitives so the detector allocates nothing itself. */
export type CompressionSink = (
  sourceIdx: number,
  onsetT: number,
  peakT: number,
  releaseT: number,
  depthMm: number | null,
  residualMm: number | null,
  hand: HandState,
) => void;

const RECOIL = 0;
const PRESS = 1;

export class DepthDetector {
  private readonly s: DetectorSettings;
  private readonly sink: CompressionSink;

  private hasData = false;
  private state = RECOIL;
  private prevT = 0;
  private prevD = 0;
  private trough = 0;
  private troughT = 0;

  // Current stroke (state PRESS).
  private level = 0;
  private onsetT = 0;
  private peak = 0;
  private peakT = 0;
  private peakHand: HandState = -1;
  private peakSource = 0;
  private committed = false;

  // Confirmed stroke waiting for its recoil to be known.
  private hasPending = false;
  private pOnsetT = 0;
  private pPeakT = 0;
  private pPeak = 0;
  private pLevel = 0;
  private pReleaseT = Number.NaN;
  private pConfirmT = 0;
  private pHand: HandState = -1;
  private pSource = 0;

  constructor(settings: DetectorSettings, sink: CompressionSink) {
    this.s = settings;
    this.sink = sink;
  }

  /** True when a stroke is in progress or waiting for its recoil. */
  get active(): boolean {
    return this.hasPending || (this.state === PRESS && this.committed);
  }

  push(t: number, raw: number, hand: HandState, sourceIdx: number): void {
    let d = raw;
    if (!this.hasData) {
      this.hasData = true;
      this.state = RECOIL;
      this.trough = d;
      this.troughT = t;
      this.prevT = t;
      this.prevD = d;
      return;
    }
    const s = this.s;
    const dt = t - this.prevT;
    // After a gap the old value says nothing about the new one, so restart the filter there.
    if (dt <= s.maxInterpolationGapMs) d = this.prevD + ((raw - this.prevD) * dt) / (s.smoothingMs + dt);
    if (this.hasPending) {
      if (t - this.pConfirmT > s.recoilWindowMs) this.finishPending();
      else if (Number.isNaN(this.pReleaseT) && d < this.pLevel) {
        this.pReleaseT = this.cross(this.pLevel, t, d, false);
      }
    }
    if (this.state === RECOIL) {
      if (d < this.trough) {
        this.trough = d;
        this.troughT = t;
      } else if (d >= this.trough + s.onsetRiseMm) {
        this.level = this.trough + s.onsetRiseMm;
        this.onsetT = this.cross(this.level, t, d, true);
        this.peak = d;
        this.peakT = t;
        this.peakHand = hand;
        this.peakSource = sourceIdx;
        this.committed = false;
        this.state = PRESS;
        if (d - this.trough >= s.minStrokeMm) this.commit();
      }
    } else {
      if (d > this.peak) {
        this.peak = d;
        this.peakT = t;
        this.peakHand = hand;
        this.peakSource = sourceIdx;
        if (!this.committed && d - this.trough >= s.minStrokeMm) this.commit();
      }
      if (this.committed) {
        if (this.peak - d >= s.releaseFallMm || d < this.level) this.confirm(t, d);
      } else if (d < this.level) {
        // The candidate never got deep enough: noise around the onset level. Forget it.
        this.state = RECOIL;
        if (d < this.trough) {
          this.trough = d;
          this.troughT = t;
        }
      }
    }
    this.prevT = t;
    this.prevD = d;
  }

  /**
   * Lets time pass without a sample (the rescuer's hands are off the chest): once the recoil window
   * is over, the waiting compression is emitted, exactly as the next sample would have done.
   */
  advance(now: number): void {
    if (this.hasPending && now - this.pConfirmT > this.s.recoilWindowMs) this.finishPending();
  }

  /**
   * Ends the stream: emits the compression waiting for recoil and, if the trace stops mid-stroke, that
   * stroke too (with recoil unknown). The next push starts afresh.
   */
  flush(): void {
    if (this.hasPending) this.finishPending();
    if (this.hasData && this.state === PRESS && this.committed) {
      this.sink(this.peakSource, this.onsetT, this.peakT, this.prevT, this.peak, null, this.peakHand);
    }
    this.hasData = false;
    this.state = RECOIL;
    this.committed = false;
  }

  /** Interpolated time the signal crossed `level` between the previous sample and this one. */
  private cross(level: number, t: number, d: number, rising: boolean): number {
    const t0 = this.prevT;
    const d0 = this.prevD;
    // Across a gap we do not know when it happened: count the unknown time as hands-off.
    if (t - t0 > this.s.maxInterpolationGapMs || d === d0) return rising ? t : t0;
    let f = (level - d0) / (d - d0);
    if (f < 0) f = 0;
    else if (f > 1) f = 1;
    return t0 + f * (t - t0);
  }

  private commit(): void {
    this.committed = true;
    // The new stroke is certain, so the low point before it (the previous compression's recoil) is final.
    if (this.hasPending) this.finishPending();
  }

  private confirm(t: number, d: number): void {
    this.hasPending = true;
    this.pOnsetT = this.onsetT;
    this.pPeakT = this.peakT;
    this.pPeak = this.peak;
    this.pLevel = this.level;
    this.pHand = this.peakHand;
    this.pSource = this.peakSource;
    this.pConfirmT = t;
    this.pReleaseT = d < this.level ? this.cross(this.level, t, d, false) : Number.NaN;
    this.state = RECOIL;
    this.committed = false;
    this.trough = d;
    this.troughT = t;
  }

  private finishPending(): void {
    this.hasPending = false;
    const releaseT = Number.isNaN(this.pReleaseT) ? this.troughT : this.pReleaseT;
    this.sink(this.pSource, this.pOnsetT, this.pPeakT, releaseT, this.pPeak, this.trough, this.pHand);
  }
}

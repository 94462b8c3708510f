import { flagsFor, type Compression } from './compression';
import { DETECTOR_DEFAULTS, DepthDetector, type DetectorSettings, type HandState } from './depthDetector';
import { PressDetector } from './pressDetector';
import { INPUT_SOURCES, SampleValidator, type Sample } from './sample';
import type { CprTargets } from './targets';

/**
 * The live entry point: validates each sample, routes it to the depth or press detector, and
 * numbers, times and flags the compressions they produce. Used both in the game loop and, sample by
 * sample, by analyzeAttempt, so live feedback and the final result can never disagree.
 */
export interface CompressionDetector {
  /** Newly completed compressions (usually none; the same frozen empty array then). Throws SampleError. */
  push(sample: Sample): readonly Compression[];
  /** Completes whatever is still open (end of attempt). */
  flush(): readonly Compression[];
  /**
   * Tells the detector that time `now` (same timebase, no sample) has come: a compression whose
   * recoil window has passed is emitted, so live counts do not wait for the next stroke.
   */
  advance(now: number): readonly Compression[];
  /** Samples ignored as duplicates or slightly out of order. */
  readonly dropped: number;
  readonly accepted: number;
  /** Time of the first and last accepted sample; NaN before any. */
  readonly firstT: number;
  readonly lastT: number;
  /** Compressions emitted so far. */
  readonly count: number;
  readonly settings: Readonly<DetectorSettings>;
}

const NONE: readonly Compression[] = Object.freeze([]);

export function createCompressionDetector(
  targets: CprTargets,
  options: Partial<DetectorSettings> = {},
): CompressionDetector {
  const settings: DetectorSettings = { ...DETECTOR_DEFAULTS, ...options };
  const validator = new SampleValidator();
  const radius2 = targets.handZoneRadiusMm.value * targets.handZoneRadiusMm.value;
  const pauseMs = targets.pauseThresholdMs.value;

  let batch: Compression[] | null = null;
  let last: Compression | null = null;
  let count = 0;
  let hand: HandState = -1;

  const sink = (
    sourceIdx: number,
    onsetT: number,
    peakT: number,
    releaseT: number,
    depthMm: number | null,
    residualMm: number | null,
    handState: HandState,
  ): void => {
    let intervalMs: number | null = null;
    // After a pause (or a hidden tab) the onset-to-onset time is not a rate: start a new run instead.
    if (last !== null && onsetT - last.releaseT <= pauseMs && onsetT > last.onsetT) {
      intervalMs = onsetT - last.onsetT;
    }
    const c: Compression = {
      index: count++,
      source: INPUT_SOURCES[sourceIdx] ?? 'trace',
      onsetT,
      peakT,
      releaseT,
      depthMm,
      residualMm,
      intervalMs,
      rateCpm: intervalMs === null ? null : 60000 / intervalMs,
      handOk: handState === -1 ? null : handState === 1,
      flags: [],
    };
    c.flags = flagsFor(c, targets);
    last = c;
    (batch ??= []).push(c);
  };

  const depth = new DepthDetector(settings, sink);
  const press = new PressDetector(sink);

  const take = (): readonly Compression[] => {
    const out = batch ?? NONE;
    batch = null;
    return out;
  };

  return {
    push(sample: Sample): readonly Compression[] {
      if (!validator.accept(sample)) return NONE;
      const h = sample.hand;
      if (h !== undefined) hand = h.dxMm * h.dxMm + h.dyMm * h.dyMm <= radius2 ? 1 : 0;
      else if (sample.handOk !== undefined) hand = sample.handOk ? 1 : 0;
      const d = sample.depthMm;
      if (d !== undefined) {
        // Switching input mid-attempt closes the other detector's compression first, keeping order.
        if (press.active) press.flush();
        depth.push(sample.t, d, hand, validator.sourceIdx);
      } else if (sample.kind === 'press') {
        if (depth.active) depth.flush();
        press.press(sample.t, hand, validator.sourceIdx);
      } else if (sample.kind === 'release') {
        press.release(sample.t);
      }
      return batch === null ? NONE : take();
    },
    advance(now: number): readonly Compression[] {
      depth.advance(now);
      return batch === null ? NONE : take();
    },
    flush(): readonly Compression[] {
      depth.flush();
      press.flush();
      return take();
    },
    get dropped() {
      return validator.dropped;
    },
    get accepted() {
      return validator.accepted;
    },
    get firstT() {
      return validator.firstT;
    },
    get lastT() {
      return validator.lastT;
    },
    get count() {
      return count;
    },
    settings,
  };
}

// Pure tick planning for the lookahead metronome. Kept apart from Web Audio so
// the timing maths can be tested in Node without a browser.

export const MIN_BPM = 30;
export const MAX_BPM = 240;
/** Beats later than this are dropped rather than played in a burst after a stall. */
export const DEFAULT_LATE_TOLERANCE_SEC = 0.05;
/** Guards against runaway loops if a caller passes a huge lookahead. */
export const DEFAULT_MAX_TICKS = 32;

// Beat times come from a multiplication, so ceil() can see 2.0000000000004.
const EPS = 1e-9;

export interface TickWindow {
  /** Clock time (s) at which beat `anchorIndex` sounds. Re-anchored on tempo change. */
  anchorTime: number;
  anchorIndex: number;
  bpm: number;
  /** First beat not yet handed out by an earlier call. */
  nextIndex: number;
  /** Clock now (s), e.g. `AudioContext.currentTime`. */
  currentTime: number;
  /** How far ahead of `currentTime` to schedule (s). */
  lookahead: number;
  lateTolerance?: number;
  maxTicks?: number;
}

export interface Tick {
  index: number;
  time: number;
}

export interface TickPlan {
  ticks: Tick[];
  /** Pass back as `nextIndex` on the next call. */
  nextIndex: number;
  /** Beats that were already too late and were skipped. */
  skipped: number;
}

export function clampBpm(bpm: number): number {
  if (!Number.isFinite(bpm)) return MIN_BPM;
  return Math.min(MAX_BPM, Math.max(MIN_BPM, bpm));
}

export function beatIntervalSec(bpm: number): number {
  return 60 / bpm;
}

export function beatTime(anchorTime: number, anchorIndex: number, bpm: number, index: number): number {
  // Multiply from the anchor instead of accumulating `+= interval`, so long
  // drills do not drift by float rounding.
  return anchorTime + (index - anchorIndex) * beatIntervalSec(bpm);
}

/**
 * Which beats to schedule now: every beat from `nextIndex` whose time falls
 * before `currentTime + lookahead`, skipping beats more than `lateTolerance`
 * in the past (a throttled timer must not produce a flurry of catch-up ticks).
 */
export function planTicks(w: TickWindow): TickPlan {
  const lateTolerance = w.lateTolerance ?? DEFAULT_LATE_TOLERANCE_SEC;
  const maxTicks = w.maxTicks ?? DEFAULT_MAX_TICKS;
  const valid =
    Number.isFinite(w.anchorTime) &&
    Number.isFinite(w.currentTime) &&
    Number.isFinite(w.lookahead) &&
    Number.isFinite(w.bpm) &&
    w.bpm > 0 &&
    w.lookahead >= 0 &&
    Number.isInteger(w.nextIndex) &&
    Number.isInteger(w.anchorIndex);
  if (!valid) return { ticks: [], nextIndex: w.nextIndex, skipped: 0 };

  const interval = beatIntervalSec(w.bpm);
  let index = Math.max(w.nextIndex, w.anchorIndex);
  let skipped = 0;

  const earliest = w.currentTime - lateTolerance;
  const firstOnTime = w.anchorIndex + Math.ceil((earliest - w.anchorTime) / interval - EPS);
  if (firstOnTime > index) {
    skipped = firstOnTime - index;
    index = firstOnTime;
  }

  const horizon = w.currentTime + w.lookahead;
  const ticks: Tick[] = [];
  while (ticks.length < maxTicks) {
    const time = beatTime(w.anchorTime, w.anchorIndex, w.bpm, index);
    if (time >= horizon) break;
    ticks.push({ index, time });
    index += 1;
  }
  return { ticks, nextIndex: index, skipped };
}

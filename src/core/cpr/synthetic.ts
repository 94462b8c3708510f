/**
 * Seeded synthetic CPR traces with known truth, for tests, the benchmark and demo playback.
 * Each compression is a raised cosine from the base (0, or the residual when recoil is incomplete)
 * to the peak and back, sampled on a fixed clock; noise is added per sample and clamped to the
 * valid depth range so the trace always passes validation.
 */

import { createRng } from '../rng';
import type { TimeSpan } from './metrics';
import { MAX_DEPTH_MM, type HandOffset, type InputSource, type Sample } from './sample';

export interface SyntheticOptions {
  seed?: number;
  /** Number of compressions; or `durationMs` to fill a duration. */
  compressions?: number;
  durationMs?: number;
  rateCpm?: number;
  /** Relative random variation of each period, e.g. 0.03 for ±3%. */
  rateJitter?: number;
  depthMm?: number;
  /** Random variation of each compression's peak, ± mm. */
  depthJitterMm?: number;
  /** Linear change of peak depth per minute (negative for fatigue). */
  depthDriftMmPerMin?: number;
  /** Depth the chest returns to between compressions (0 = full recoil). */
  residualMm?: number;
  sampleHz?: number;
  /** Uniform per-sample jitter, ± mm. */
  jitterMm?: number;
  /** Gaussian per-sample noise, standard deviation in mm. */
  noiseMm?: number;
  startT?: number;
  /** Rest (depth 0, sampled) before the first compression. */
  leadInMs?: number;
  source?: InputSource;
  hand?: HandOffset;
  handOk?: boolean;
  /** Sampled rest after the given compression (1-based count of compressions done). */
  pauses?: { after: number; lengthMs: number }[];
  /** Time with no samples at all after the given compression (a hidden tab). */
  gaps?: { after: number; lengthMs: number }[];
  /** Stop after every `compressions` compressions for `pauseMs`, giving `breaths` breaths of `breathMs`. */
  cycle?: { compressions: number; breaths: number; breathMs?: number; pauseMs?: number };
}

export interface SyntheticTrace {
  samples: Sample[];
  breaths: TimeSpan[];
  /** True onset (start of the down stroke) and peak depth of each compression. */
  onsets: number[];
  depths: number[];
  endT: number;
}

export function synthesizeTrace(o: SyntheticOptions = {}): SyntheticTrace {
  const rng = createRng(o.seed ?? 1);
  const rate = o.rateCpm ?? 110;
  const dt = 1000 / (o.sampleHz ?? 1000);
  const base = o.residualMm ?? 0;
  const startT = o.startT ?? 0;
  const jitter = o.jitterMm ?? 0;
  const noise = o.noiseMm ?? 0;
  const source = o.source ?? 'pointer';
  const maxN = o.compressions ?? Number.POSITIVE_INFINITY;
  const endLimit = o.durationMs === undefined ? Number.POSITIVE_INFINITY : startT + o.durationMs;
  const pauses = new Map((o.pauses ?? []).map((p) => [p.after, p.lengthMs]));
  const gaps = new Map((o.gaps ?? []).map((g) => [g.after, g.lengthMs]));
  const samples: Sample[] = [];
  const breaths: TimeSpan[] = [];
  const onsets: number[] = [];
  const depths: number[] = [];
  let tick = 0;
  let t = startT;

  const gauss = (): number => {
    const u = Math.max(rng.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  };
  const emit = (clean: number): void => {
    let d = clean;
    if (jitter > 0) d += (rng.next() * 2 - 1) * jitter;
    if (noise > 0) d += gauss() * noise;
    d = Math.min(MAX_DEPTH_MM, Math.max(0, d));
    const s: Sample = { t, source, depthMm: d };
    if (o.hand !== undefined) s.hand = o.hand;
    if (o.handOk !== undefined) s.handOk = o.handOk;
    samples.push(s);
    // Ticks from a counter, not repeated addition, so long traces do not drift off the grid.
    t = startT + ++tick * dt;
  };
  const rest = (until: number, level: number): void => {
    while (t < until && t < endLimit) emit(level);
  };

  // `w` is the exact waveform clock; samples fall on the fixed tick grid `t`, so compressions are
  // not forced onto ticks and the true rate is exactly `rateCpm` at any sample rate.
  let w = startT + (o.leadInMs ?? 0);
  rest(w, 0);
  let n = 0;
  while (n < maxN && w < endLimit) {
    const period = (60000 / rate) * (1 + (o.rateJitter ?? 0) * (rng.next() * 2 - 1));
    const peak =
      (o.depthMm ?? 55) +
      (o.depthDriftMmPerMin ?? 0) * ((w - startT) / 60000) +
      (o.depthJitterMm ?? 0) * (rng.next() * 2 - 1);
    const t0 = w;
    onsets.push(t0);
    depths.push(peak);
    w = t0 + period;
    while (t < w && t < endLimit) {
      const phase = (t - t0) / period;
      emit(base + ((peak - base) * (1 - Math.cos(2 * Math.PI * phase))) / 2);
    }
    n++;
    const pause = pauses.get(n);
    if (pause !== undefined) {
      w += pause;
      rest(w, base);
    }
    const gap = gaps.get(n);
    if (gap !== undefined) {
      w += gap;
      tick = Math.ceil((w - startT) / dt);
      t = startT + tick * dt;
    }
    const cyc = o.cycle;
    if (cyc !== undefined && n % cyc.compressions === 0 && n < maxN) {
      const pauseMs = cyc.pauseMs ?? 5000;
      const breathMs = cyc.breathMs ?? 1000;
      // Breaths spread evenly through the pause, leaving time to move the hands.
      const slot = pauseMs / cyc.breaths;
      for (let b = 0; b < cyc.breaths; b++) {
        const bs = w + b * slot + (slot - breathMs) / 2;
        breaths.push({ startT: bs, endT: bs + breathMs });
      }
      w += pauseMs;
      rest(w, 0);
    }
  }
  return { samples, breaths, onsets, depths, endT: t };
}

export interface PressOptions {
  seed?: number;
  compressions: number;
  rateCpm?: number;
  startT?: number;
  /** Key held down for this long; 0 sends presses only (a plain tap input). */
  holdMs?: number;
  /** Random timing error per press, ± ms. */
  timingJitterMs?: number;
  source?: InputSource;
}

/** Press/release samples as a keyboard or tap input would produce them (no depth). */
export function synthesizePresses(o: PressOptions): Sample[] {
  const rng = createRng(o.seed ?? 1);
  const period = 60000 / (o.rateCpm ?? 110);
  const hold = o.holdMs ?? 100;
  const source = o.source ?? 'keyboard';
  const out: Sample[] = [];
  for (let i = 0; i < o.compressions; i++) {
    const t = (o.startT ?? 0) + i * period + (o.timingJitterMs ?? 0) * (rng.next() * 2 - 1);
    out.push({ t, source, kind: 'press' });
    if (hold > 0) out.push({ t: t + hold, source, kind: 'release' });
  }
  return out;
}

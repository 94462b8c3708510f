/**
 * Whole-attempt analysis: runs the live detector over the recorded samples and summarises them.
 *
 * Definitions (shown to learners through the About page and stored with every result):
 * - Rate: per compression, 60000 / (onset − previous onset). The first compression of the attempt and
 *   the first after a pause (gap over the pause threshold) or a planned pause have no rate.
 *   Mean and median are over compressions that have one; "in range" is inclusive.
 * - Depth: per compression, the peak displacement from rest; "in range" is inclusive.
 * - Recoil: full when the residual (lowest depth before the next onset) is ≤ the recoil tolerance.
 * - Gap: from one compression's release to the next one's onset.
 * - Hands-off time: the sum of every gap longer than FLOW_GAP_MS, plus the time from `startT` to the
 *   first onset and from the last release to `endT` when each is longer than FLOW_GAP_MS. With no
 *   compressions the whole attempt is hands-off.
 * - Compression fraction (CCF) = (total − hands-off) / total, total = endT − startT. Planned pauses
 *   (breaths, AED analysis) count as hands-off, as in the guideline definition of CCF.
 * - Pause: a gap longer than the profile's pause threshold that overlaps no planned pause.
 *   A gap that overlaps a planned pause is an interruption; it is an error when longer than the
 *   profile's maximum interruption.
 * - Cycle (given breaths): the compressions since the previous group of breaths, then a group of
 *   breaths (breaths with no compression between them). It adheres when it has exactly the ratio's
 *   compressions and breaths and its interruption is within the maximum. A group of breaths before
 *   any compression (rescue breaths first) is not a cycle; compressions after the last group are an
 *   unfinished cycle and not judged.
 * - Fatigue windows: consecutive windows (30 s by default) from startT; each compression falls in the
 *   window of its onset.
 *
 * Cost: one pass over the samples through the detector (no allocation per sample), then work
 * proportional to the number of compressions.
 */

import { flagsFor, type Compression } from './compression';
import type { DetectorSettings } from './depthDetector';
import { createCompressionDetector } from './detector';
import { AnalysisOptionsError } from './errors';
import { sourceIndex, sourcesOf, type InputSource, type Sample } from './sample';
import { computeScore, type ScoreResult } from './score';
import type { CprTargets } from './targets';

/**
 * A gap up to this long is part of the compression rhythm (slower than ~40/min already fails rate);
 * longer, and no blood is moving, so it counts as hands-off time. Product choice.
 */
export const FLOW_GAP_MS = 1500;
export const FATIGUE_WINDOW_MS = 30000;

export interface TimeSpan {
  startT: number;
  endT: number;
}

export type PlannedPauseKind = 'breaths' | 'analysis' | 'shock' | 'pulseCheck' | 'swap' | 'other';

export interface PlannedPause extends TimeSpan {
  kind: PlannedPauseKind;
}

export interface AnalyzeOptions {
  /** Each breath given, in the sample timebase. Enables cycle adherence. */
  breaths?: TimeSpan[];
  /** Other pauses the scenario asked for (AED analysis, shock, pulse check). */
  plannedPauses?: PlannedPause[];
  /** Attempt start and end; default to the first and last sample. Samples outside are ignored. */
  startT?: number;
  endT?: number;
  windowMs?: number;
  detector?: Partial<DetectorSettings>;
}

export type MetricId = 'rate' | 'depth' | 'recoil' | 'hands' | 'fraction' | 'pauses';

/** Whether a metric was measured, from which inputs, and over how many compressions. */
export interface MeasuredLabel {
  measured: boolean;
  sources: InputSource[];
  n: number;
}

export interface Pause {
  startT: number;
  endT: number;
  lengthMs: number;
  /** Index of the compression before the gap. */
  afterIndex: number;
  planned: boolean;
  /** The planned pause it overlaps, or 'unplanned'. */
  kind: PlannedPauseKind | 'unplanned';
  /** A planned interruption over the profile's maximum. Unplanned pauses are always faults. */
  tooLong: boolean;
}

export interface Cycle {
  /** Onset of the cycle's first compression (or the breaths' start if it had none). */
  startT: number;
  compressions: number;
  breaths: number;
  /** Hands-off gap around the breaths; null when the attempt ended before compressions resumed. */
  interruptionMs: number | null;
  ok: boolean;
}

export interface CycleAdherence {
  ratio: { compressions: number; breaths: number };
  cycles: Cycle[];
  correct: number;
  /** correct / cycles; null with no cycle. */
  fraction: number | null;
  /** Compressions after the last breaths (an unfinished cycle). */
  trailingCompressions: number;
}

export interface FatigueWindow {
  startT: number;
  endT: number;
  compressions: number;
  meanDepthMm: number | null;
  pctDepthInRange: number | null;
  meanRateCpm: number | null;
}

export interface AttemptMetrics {
  profileId: CprTargets['profileId'];
  profileVersion: string;
  patient: CprTargets['patient'];
  /** The targets that applied, with their sources. */
  targets: CprTargets;
  /** The detector's thresholds that applied (product choices). */
  detector: DetectorSettings;
  flowGapMs: number;
  startT: number;
  endT: number;
  totalMs: number;
  samples: number;
  /** Duplicate / slightly out-of-order samples ignored. */
  dropped: number;
  compressions: Compression[];
  compressionCount: number;
  /** Compressions actually delivered per minute of attempt, pauses included. */
  compressionsPerMinute: number | null;
  rate: {
    meanCpm: number | null;
    medianCpm: number | null;
    pctInRange: number | null;
    pctTooSlow: number | null;
    pctTooFast: number | null;
  };
  depth: {
    meanMm: number | null;
    medianMm: number | null;
    pctInRange: number | null;
    pctTooShallow: number | null;
    pctTooDeep: number | null;
  };
  recoil: { pctFull: number | null; meanResidualMm: number | null };
  hands: { pctCorrect: number | null };
  fraction: {
    handsOnMs: number;
    handsOffMs: number;
    /** 0..100; null when the attempt has no duration. */
    pct: number | null;
    targetPct: number;
    leadInMs: number | null;
    tailMs: number | null;
  };
  /** Unplanned pauses and planned interruptions, in time order. */
  pauses: Pause[];
  unplannedPauseCount: number;
  longestPauseMs: number;
  longestInterruptionMs: number;
  interruptionsTooLong: number;
  cycles: CycleAdherence | null;
  windows: FatigueWindow[];
  measured: Record<MetricId, MeasuredLabel>;
  score: ScoreResult;
}

interface KindSpan extends TimeSpan {
  kind: PlannedPauseKind;
}

function checkSpan(s: TimeSpan, what: string, i: number): void {
  if (
    s === null ||
    typeof s !== 'object' ||
    !Number.isFinite(s.startT) ||
    !Number.isFinite(s.endT) ||
    s.endT < s.startT
  ) {
    throw new AnalysisOptionsError({ what, index: i });
  }
}

/** Sorted, disjoint union of planned spans; an overlap keeps the kind of the earlier span. */
function plannedUnion(options: AnalyzeOptions): KindSpan[] {
  const spans: KindSpan[] = [];
  (options.breaths ?? []).forEach((b, i) => {
    checkSpan(b, 'breaths', i);
    spans.push({ startT: b.startT, endT: b.endT, kind: 'breaths' });
  });
  (options.plannedPauses ?? []).forEach((p, i) => {
    checkSpan(p, 'plannedPauses', i);
    spans.push({ startT: p.startT, endT: p.endT, kind: p.kind });
  });
  spans.sort((a, b) => a.startT - b.startT);
  const out: KindSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s.startT <= last.endT) last.endT = Math.max(last.endT, s.endT);
    else out.push({ ...s });
  }
  return out;
}

const pct = (n: number, of: number): number | null => (of === 0 ? null : (100 * n) / of);

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const a = Float64Array.from(xs).sort();
  const m = a.length >> 1;
  return a.length % 2 === 1 ? (a[m] as number) : ((a[m - 1] as number) + (a[m] as number)) / 2;
}

function mean(xs: number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function label(n: number, mask: number): MeasuredLabel {
  return { measured: n > 0, sources: sourcesOf(mask), n };
}

export function analyzeAttempt(
  samples: readonly Sample[],
  targets: CprTargets,
  options: AnalyzeOptions = {},
): AttemptMetrics {
  const det = createCompressionDetector(targets, options.detector);
  const compressions: Compression[] = [];
  const lo = options.startT ?? Number.NEGATIVE_INFINITY;
  const hi = options.endT ?? Number.POSITIVE_INFINITY;
  const clip = options.startT !== undefined || options.endT !== undefined;
  const n = samples.length;
  for (let i = 0; i < n; i++) {
    const s = samples[i] as Sample;
    // Non-objects fall through to the detector, which rejects them with a typed error.
    if (clip && s !== null && typeof s === 'object' && (s.t < lo || s.t > hi)) continue;
    const out = det.push(s);
    for (let j = 0; j < out.length; j++) compressions.push(out[j] as Compression);
  }
  for (const c of det.flush()) compressions.push(c);

  const hasSamples = det.accepted > 0;
  const startT = options.startT ?? (hasSamples ? det.firstT : (options.endT ?? 0));
  const endT = options.endT ?? (hasSamples ? det.lastT : startT);
  const totalMs = Math.max(0, endT - startT);
  const planned = plannedUnion(options);

  // Pass over gaps: planned-pause overlap (spans and gaps both move forward, so one pointer suffices).
  const pauses: Pause[] = [];
  const pauseMs = targets.pauseThresholdMs.value;
  const maxInterruptionMs = targets.maxInterruptionMs.value;
  let handsOffMs = 0;
  let longestPauseMs = 0;
  let longestInterruptionMs = 0;
  let interruptionsTooLong = 0;
  let unplannedPauseCount = 0;
  let sp = 0;
  for (let k = 1; k < compressions.length; k++) {
    const prev = compressions[k - 1] as Compression;
    const c = compressions[k] as Compression;
    const gapStart = prev.releaseT;
    const gapEnd = c.onsetT;
    const gap = gapEnd - gapStart;
    if (gap > FLOW_GAP_MS) handsOffMs += gap;
    while (sp < planned.length && (planned[sp] as KindSpan).endT <= gapStart) sp++;
    const span = planned[sp];
    const overlaps = span !== undefined && span.startT < gapEnd;
    if (overlaps) {
      // The onset-to-onset time around a planned pause is not a compression rate.
      if (c.intervalMs !== null) {
        c.intervalMs = null;
        c.rateCpm = null;
        c.flags = flagsFor(c, targets);
      }
      const tooLong = gap > maxInterruptionMs;
      if (tooLong) interruptionsTooLong++;
      if (gap > longestInterruptionMs) longestInterruptionMs = gap;
      pauses.push({ startT: gapStart, endT: gapEnd, lengthMs: gap, afterIndex: prev.index, planned: true, kind: span.kind, tooLong });
    } else if (gap > pauseMs) {
      unplannedPauseCount++;
      if (gap > longestPauseMs) longestPauseMs = gap;
      pauses.push({ startT: gapStart, endT: gapEnd, lengthMs: gap, afterIndex: prev.index, planned: false, kind: 'unplanned', tooLong: true });
    }
  }
  const first = compressions[0];
  const last = compressions[compressions.length - 1];
  let leadInMs: number | null = null;
  let tailMs: number | null = null;
  if (first !== undefined && last !== undefined) {
    leadInMs = Math.max(0, first.onsetT - startT);
    tailMs = Math.max(0, endT - last.releaseT);
    if (leadInMs > FLOW_GAP_MS) handsOffMs += leadInMs;
    if (tailMs > FLOW_GAP_MS) handsOffMs += tailMs;
  } else {
    handsOffMs = totalMs;
  }
  handsOffMs = Math.min(handsOffMs, totalMs);
  const handsOnMs = totalMs - handsOffMs;
  const fractionPct = totalMs > 0 ? (100 * handsOnMs) / totalMs : null;

  // Per-compression statistics.
  const rates: number[] = [];
  const depths: number[] = [];
  const residuals: number[] = [];
  let rateIn = 0, slow = 0, fast = 0, depthIn = 0, shallow = 0, deep = 0, fullRecoil = 0;
  let handsN = 0, handsOk = 0;
  let rateMask = 0, depthMask = 0, recoilMask = 0, handsMask = 0, allMask = 0;
  const r = targets.rateCpm;
  const dBand = targets.depthMm;
  const tol = targets.recoilToleranceMm.value;
  for (const c of compressions) {
    const bit = 1 << sourceIndex(c.source);
    allMask |= bit;
    if (c.rateCpm !== null) {
      rates.push(c.rateCpm);
      rateMask |= bit;
      if (c.rateCpm < r.min) slow++;
      else if (c.rateCpm > r.max) fast++;
      else rateIn++;
    }
    if (c.depthMm !== null) {
      depths.push(c.depthMm);
      depthMask |= bit;
      if (c.depthMm < dBand.min) shallow++;
      else if (c.depthMm > dBand.max) deep++;
      else depthIn++;
    }
    if (c.residualMm !== null) {
      residuals.push(c.residualMm);
      recoilMask |= bit;
      if (c.residualMm <= tol) fullRecoil++;
    }
    if (c.handOk !== null) {
      handsN++;
      handsMask |= bit;
      if (c.handOk) handsOk++;
    }
  }

  const windows = fatigueWindows(compressions, targets, startT, totalMs, options.windowMs ?? FATIGUE_WINDOW_MS);
  const cycles = options.breaths === undefined ? null : cycleAdherence(compressions, options.breaths, targets);

  const timeMeasured = totalMs > 0 ? 1 : 0;
  const measured: Record<MetricId, MeasuredLabel> = {
    rate: label(rates.length, rateMask),
    depth: label(depths.length, depthMask),
    recoil: label(residuals.length, recoilMask),
    hands: label(handsN, handsMask),
    fraction: { measured: timeMeasured === 1, sources: sourcesOf(allMask), n: compressions.length },
    pauses: { measured: timeMeasured === 1, sources: sourcesOf(allMask), n: compressions.length },
  };

  const targetPct = targets.compressionFractionPct.value;
  const rateStats = {
    meanCpm: mean(rates),
    medianCpm: median(rates),
    pctInRange: pct(rateIn, rates.length),
    pctTooSlow: pct(slow, rates.length),
    pctTooFast: pct(fast, rates.length),
  };
  const depthStats = {
    meanMm: mean(depths),
    medianMm: median(depths),
    pctInRange: pct(depthIn, depths.length),
    pctTooShallow: pct(shallow, depths.length),
    pctTooDeep: pct(deep, depths.length),
  };
  const recoilStats = { pctFull: pct(fullRecoil, residuals.length), meanResidualMm: mean(residuals) };
  const handsStats = { pctCorrect: pct(handsOk, handsN) };
  const toUnit = (p: number | null) => (p === null ? null : p / 100);

  const score = computeScore({
    rate: toUnit(rateStats.pctInRange),
    depth: toUnit(depthStats.pctInRange),
    recoil: toUnit(recoilStats.pctFull),
    hands: toUnit(handsStats.pctCorrect),
    fraction: fractionPct === null ? null : Math.min(1, fractionPct / targetPct),
  });

  return {
    profileId: targets.profileId,
    profileVersion: targets.profileVersion,
    patient: targets.patient,
    targets,
    detector: { ...det.settings },
    flowGapMs: FLOW_GAP_MS,
    startT,
    endT,
    totalMs,
    samples: det.accepted,
    dropped: det.dropped,
    compressions,
    compressionCount: compressions.length,
    compressionsPerMinute: totalMs > 0 ? (compressions.length * 60000) / totalMs : null,
    rate: rateStats,
    depth: depthStats,
    recoil: recoilStats,
    hands: handsStats,
    fraction: { handsOnMs, handsOffMs, pct: fractionPct, targetPct, leadInMs, tailMs },
    pauses,
    unplannedPauseCount,
    longestPauseMs,
    longestInterruptionMs,
    interruptionsTooLong,
    cycles,
    windows,
    measured,
    score,
  };
}

function fatigueWindows(
  compressions: readonly Compression[],
  targets: CprTargets,
  startT: number,
  totalMs: number,
  windowMs: number,
): FatigueWindow[] {
  if (!(windowMs > 0) || totalMs <= 0) return [];
  const count = Math.max(1, Math.ceil(totalMs / windowMs));
  const acc = Array.from({ length: count }, (_, i) => ({
    startT: startT + i * windowMs,
    endT: Math.min(startT + (i + 1) * windowMs, startT + totalMs),
    n: 0,
    depthSum: 0,
    depthN: 0,
    depthIn: 0,
    rateSum: 0,
    rateN: 0,
  }));
  for (const c of compressions) {
    const i = Math.min(count - 1, Math.max(0, Math.floor((c.onsetT - startT) / windowMs)));
    const w = acc[i];
    if (w === undefined) continue;
    w.n++;
    if (c.depthMm !== null) {
      w.depthSum += c.depthMm;
      w.depthN++;
      if (c.depthMm >= targets.depthMm.min && c.depthMm <= targets.depthMm.max) w.depthIn++;
    }
    if (c.rateCpm !== null) {
      w.rateSum += c.rateCpm;
      w.rateN++;
    }
  }
  return acc.map((w) => ({
    startT: w.startT,
    endT: w.endT,
    compressions: w.n,
    meanDepthMm: w.depthN === 0 ? null : w.depthSum / w.depthN,
    pctDepthInRange: pct(w.depthIn, w.depthN),
    meanRateCpm: w.rateN === 0 ? null : w.rateSum / w.rateN,
  }));
}

function cycleAdherence(
  compressions: readonly Compression[],
  breathsIn: readonly TimeSpan[],
  targets: CprTargets,
): CycleAdherence {
  const ratio = targets.ratio.value;
  const breaths = [...breathsIn].sort((a, b) => a.startT - b.startT);
  const cycles: Cycle[] = [];
  let ci = 0;
  let i = 0;
  const onset = (k: number) => (compressions[k] as Compression).onsetT;
  while (i < breaths.length) {
    const groupStart = (breaths[i] as TimeSpan).startT;
    const firstOfCycle = ci;
    while (ci < compressions.length && onset(ci) < groupStart) ci++;
    const count = ci - firstOfCycle;
    let j = i;
    // Breaths with no compression between them form one group.
    while (j + 1 < breaths.length && (ci >= compressions.length || onset(ci) >= (breaths[j + 1] as TimeSpan).startT)) j++;
    const nBreaths = j - i + 1;
    i = j + 1;
    if (ci === 0) continue; // rescue breaths before any compression: not a compression cycle
    const before = compressions[ci - 1] as Compression;
    const after = compressions[ci];
    const interruptionMs = after === undefined ? null : after.onsetT - before.releaseT;
    const ok =
      count === ratio.compressions &&
      nBreaths === ratio.breaths &&
      (interruptionMs === null || interruptionMs <= targets.maxInterruptionMs.value);
    const startT = count > 0 ? onset(firstOfCycle) : groupStart;
    cycles.push({ startT, compressions: count, breaths: nBreaths, interruptionMs, ok });
  }
  const correct = cycles.filter((c) => c.ok).length;
  return {
    ratio: { ...ratio },
    cycles,
    correct,
    fraction: cycles.length === 0 ? null : correct / cycles.length,
    trailingCompressions: compressions.length - ci,
  };
}

import { describe, expect, it } from 'vitest';
import type { Compression } from '../../../src/core/cpr/compression';
import { createCompressionDetector } from '../../../src/core/cpr/detector';
import { DETECTOR_DEFAULTS } from '../../../src/core/cpr/depthDetector';
import type { Sample } from '../../../src/core/cpr/sample';
import { synthesizePresses, synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { ADULT } from './fixtures';

function detectAll(samples: readonly Sample[]): Compression[] {
  const det = createCompressionDetector(ADULT);
  const out: Compression[] = [];
  for (const s of samples) out.push(...det.push(s));
  out.push(...det.flush());
  return out;
}

/** A hand-made depth stroke: linear down to `peak` over `downMs`, back to `to` over `upMs`, at 1 sample/ms. */
function stroke(t0: number, peak: number, to = 0, from = 0, downMs = 150, upMs = 150): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i < downMs; i++) out.push({ t: t0 + i, source: 'pressure', depthMm: from + ((peak - from) * i) / downMs });
  for (let i = 0; i < upMs; i++) out.push({ t: t0 + downMs + i, source: 'pressure', depthMm: peak + ((to - peak) * i) / upMs });
  return out;
}

function rest(t0: number, ms: number, depth = 0): Sample[] {
  return Array.from({ length: ms }, (_, i) => ({ t: t0 + i, source: 'pressure' as const, depthMm: depth }));
}

describe('depth compression detector', () => {
  it('finds nothing in an empty stream or at rest', () => {
    expect(detectAll([])).toEqual([]);
    expect(detectAll(rest(0, 2000))).toEqual([]);
  });

  it('finds exactly one compression with onset, peak, release, depth and full recoil', () => {
    const cs = detectAll([...rest(0, 100), ...stroke(100, 52), ...rest(400, 500)]);
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.index).toBe(0);
    // A sharp-cornered stroke loses about 1 mm to the 5 ms smoothing; real strokes are rounder.
    expect(c.depthMm).toBeGreaterThan(50.5);
    expect(c.depthMm).toBeLessThanOrEqual(52);
    expect(c.onsetT).toBeGreaterThan(100);
    expect(c.onsetT).toBeLessThan(125); // 5 mm of a 52 mm/150 ms stroke, plus the 5 ms smoothing lag
    expect(c.peakT).toBeGreaterThan(245);
    expect(c.peakT).toBeLessThan(265);
    expect(c.releaseT).toBeGreaterThan(c.peakT);
    expect(c.releaseT).toBeLessThan(420);
    expect(c.residualMm).toBeLessThan(1);
    expect(c.intervalMs).toBeNull();
    expect(c.rateCpm).toBeNull();
    expect(c.handOk).toBeNull();
    expect(c.flags).toEqual([]);
  });

  it('emits a compression as soon as the next stroke is certain, not at its end', () => {
    const det = createCompressionDetector(ADULT);
    const samples = [...stroke(0, 55), ...stroke(300, 55), ...stroke(600, 55)];
    const emittedAt: number[] = [];
    for (const s of samples) for (const _ of det.push(s)) emittedAt.push(s.t);
    // The first compression is known once the second is 10 mm deep: ~30 ms after its start at 300 ms.
    expect(emittedAt[0]).toBeGreaterThan(300);
    expect(emittedAt[0]).toBeLessThan(350);
    expect(det.flush()).toHaveLength(1);
  });

  it('measures the mean rate of a 110/min trace to within 0.1/min', () => {
    const tr = synthesizeTrace({ seed: 11, compressions: 200, rateCpm: 110, depthMm: 55, sampleHz: 1000, jitterMm: 1.5 });
    const rates = detectAll(tr.samples).flatMap((c) => (c.rateCpm === null ? [] : [c.rateCpm]));
    expect(rates).toHaveLength(199);
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    expect(Math.abs(mean - 110)).toBeLessThan(0.1);
  });

  it('measures rate and depth at 60 Hz pointer sampling too', () => {
    const tr = synthesizeTrace({ seed: 12, compressions: 100, rateCpm: 104, depthMm: 52, sampleHz: 60 });
    const cs = detectAll(tr.samples);
    expect(cs).toHaveLength(100);
    const rates = cs.flatMap((c) => (c.rateCpm === null ? [] : [c.rateCpm]));
    expect(Math.abs(rates.reduce((a, b) => a + b, 0) / rates.length - 104)).toBeLessThan(0.2);
    for (const c of cs) expect(Math.abs((c.depthMm ?? 0) - 52)).toBeLessThan(1);
  });

  it('never double-counts under a few mm of jitter and noise, at any sample rate', () => {
    for (const sampleHz of [60, 120, 1000]) {
      for (const seed of [1, 2, 3]) {
        const tr = synthesizeTrace({ seed, compressions: 50, rateCpm: 115, depthMm: 50, sampleHz, jitterMm: 3, noiseMm: 0.8 });
        expect(detectAll(tr.samples), `${sampleHz} Hz seed ${seed}`).toHaveLength(50);
      }
    }
  });

  it('does not split a stroke on a wobble smaller than the release hysteresis', () => {
    // Down to 30 mm, back up 7 mm and held there briefly, then on down to 55 mm: one compression.
    const wobble = [
      ...stroke(0, 30, 30, 0, 100, 30),
      ...stroke(130, 30, 23, 30, 0, 20),
      ...rest(150, 30, 23),
      ...stroke(180, 55, 0, 23, 100, 150),
    ];
    const cs = detectAll(wobble);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.depthMm).toBeGreaterThan(53.5);
  });

  it('counts a stroke of 10 mm or more but ignores smaller movements (minimum stroke)', () => {
    expect(detectAll([...stroke(0, 8), ...rest(300, 300)])).toHaveLength(0);
    expect(detectAll([...stroke(0, 13), ...rest(300, 300)])).toHaveLength(1);
    expect(DETECTOR_DEFAULTS.minStrokeMm).toBe(10);
  });

  it('ignores leaning jitter that never lets up', () => {
    const lean: Sample[] = [];
    for (let i = 0; i < 3000; i++) lean.push({ t: i, source: 'pressure', depthMm: 20 + 4 * Math.sin(i / 20) });
    expect(detectAll(lean)).toHaveLength(0);
  });

  it('measures incomplete recoil as the residual depth between compressions', () => {
    const tr = synthesizeTrace({ seed: 4, compressions: 20, residualMm: 12, depthMm: 55 });
    const cs = detectAll(tr.samples);
    expect(cs).toHaveLength(20);
    for (const c of cs.slice(0, -1)) {
      expect(c.residualMm).toBeGreaterThan(11);
      expect(c.residualMm).toBeLessThan(13);
      expect(c.flags).toContain('incompleteRecoil');
    }
  });

  it('flags shallow, deep, slow, fast and bad hands against the targets', () => {
    const flagsOf = (o: Parameters<typeof synthesizeTrace>[0]) => detectAll(synthesizeTrace({ compressions: 6, ...o }).samples)[3]!.flags;
    expect(flagsOf({ depthMm: 40 })).toEqual(['shallow']);
    expect(flagsOf({ depthMm: 70 })).toEqual(['deep']);
    expect(flagsOf({ rateCpm: 90 })).toEqual(['slow']);
    expect(flagsOf({ rateCpm: 130 })).toEqual(['fast']);
    expect(flagsOf({ hand: { dxMm: 15, dyMm: 15 } })).toEqual(['badHand']);
    expect(flagsOf({ hand: { dxMm: 12, dyMm: 12 } })).toEqual([]);
    expect(flagsOf({ handOk: false })).toEqual(['badHand']);
  });

  it('treats a long gap with no samples (hidden tab) as the end of a run, not as a slow rate', () => {
    const tr = synthesizeTrace({ seed: 9, compressions: 20, gaps: [{ after: 10, lengthMs: 30000 }] });
    const cs = detectAll(tr.samples);
    expect(cs).toHaveLength(20);
    expect(cs[10]!.intervalMs).toBeNull();
    expect(cs[10]!.flags).not.toContain('slow');
    for (const c of cs) if (c.rateCpm !== null) expect(c.rateCpm).toBeGreaterThan(100);
  });

  it('keeps onsets in order and numbers compressions from 0', () => {
    const cs = detectAll(synthesizeTrace({ seed: 3, compressions: 40, jitterMm: 2 }).samples);
    cs.forEach((c, i) => {
      expect(c.index).toBe(i);
      expect(c.peakT).toBeGreaterThanOrEqual(c.onsetT);
      expect(c.releaseT).toBeGreaterThanOrEqual(c.peakT);
      if (i > 0) expect(c.onsetT).toBeGreaterThan(cs[i - 1]!.releaseT);
    });
  });

  it('completes a stroke still held down when the stream ends, with recoil not measured', () => {
    const cs = detectAll([...rest(0, 50), ...stroke(50, 55, 55)]);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.residualMm).toBeNull();
    expect(cs[0]!.flags).not.toContain('incompleteRecoil');
  });
});

describe('press detector (keyboard, plain taps)', () => {
  it('counts each press as one compression with depth and recoil not measured', () => {
    const cs = detectAll(synthesizePresses({ compressions: 10, rateCpm: 100, holdMs: 120 }));
    expect(cs).toHaveLength(10);
    expect(cs[0]!.onsetT).toBe(0);
    expect(cs[0]!.releaseT).toBe(120);
    for (const c of cs) {
      expect(c.depthMm).toBeNull();
      expect(c.residualMm).toBeNull();
      expect(c.source).toBe('keyboard');
    }
    expect(cs[5]!.rateCpm).toBeCloseTo(100, 6);
  });

  it('works with presses only (a tap input that sends no release)', () => {
    const cs = detectAll(synthesizePresses({ compressions: 8, rateCpm: 120, holdMs: 0, source: 'touch' }));
    expect(cs).toHaveLength(8);
    expect(cs[7]!.rateCpm).toBeCloseTo(120, 6);
  });

  it('emits at release so live feedback is not a compression late', () => {
    const det = createCompressionDetector(ADULT);
    expect(det.push({ t: 0, source: 'keyboard', kind: 'press' })).toHaveLength(0);
    expect(det.push({ t: 90, source: 'keyboard', kind: 'release' })).toHaveLength(1);
  });

  it('keeps one numbering when the learner switches from keyboard to a depth input', () => {
    const keys = synthesizePresses({ compressions: 5, rateCpm: 110 });
    const depth = synthesizeTrace({ compressions: 5, startT: 3000 }).samples;
    const cs = detectAll([...keys, ...depth]);
    expect(cs.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(cs[4]!.depthMm).toBeNull();
    expect(cs[5]!.depthMm).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { FLOW_GAP_MS, analyzeAttempt } from '../../../src/core/cpr/metrics';
import { AnalysisOptionsError } from '../../../src/core/cpr/errors';
import { synthesizePresses, synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { targetsFor } from '../../../src/core/cpr/targets';
import { ADULT, TEST_PROFILE } from './fixtures';

describe('analyzeAttempt', () => {
  it('reports an empty trace as nothing measured with score 0, without NaN', () => {
    const m = analyzeAttempt([], ADULT);
    expect(m.compressionCount).toBe(0);
    expect(m.totalMs).toBe(0);
    expect(m.rate.meanCpm).toBeNull();
    expect(m.depth.meanMm).toBeNull();
    expect(m.fraction.pct).toBeNull();
    expect(m.score.score).toBe(0);
    expect(Object.values(m.measured).every((l) => !l.measured)).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity/);
  });

  it('scores a rest-only attempt as 0 with the whole time hands-off', () => {
    const samples = Array.from({ length: 5000 }, (_, i) => ({ t: i, source: 'pointer' as const, depthMm: 0 }));
    const m = analyzeAttempt(samples, ADULT);
    expect(m.fraction.pct).toBe(0);
    expect(m.score.score).toBe(0);
  });

  it('analyses a single compression: depth yes, rate not measured', () => {
    const m = analyzeAttempt(synthesizeTrace({ compressions: 1, depthMm: 55 }).samples, ADULT);
    expect(m.compressionCount).toBe(1);
    expect(m.measured.depth.measured).toBe(true);
    expect(m.measured.rate.measured).toBe(false);
    expect(m.rate.meanCpm).toBeNull();
    expect(m.depth.pctInRange).toBe(100);
  });

  it('summarises a good 110/min, 55 mm attempt with a full score', () => {
    const tr = synthesizeTrace({ seed: 2, compressions: 120, rateCpm: 110, depthMm: 55, jitterMm: 1, hand: { dxMm: 5, dyMm: -5 } });
    const m = analyzeAttempt(tr.samples, ADULT);
    expect(m.compressionCount).toBe(120);
    expect(m.rate.meanCpm).toBeCloseTo(110, 0);
    expect(m.rate.pctInRange).toBe(100);
    expect(m.depth.pctInRange).toBe(100);
    expect(m.recoil.pctFull).toBe(100);
    expect(m.hands.pctCorrect).toBe(100);
    expect(m.fraction.pct).toBe(100);
    expect(m.score.score).toBe(100);
    expect(m.measured.depth).toEqual({ measured: true, sources: ['pointer'], n: 120 });
    expect(m.profileId).toBe('crc');
    expect(m.profileVersion).toBe('test-1');
  });

  it('splits depth into in range, too shallow and too deep', () => {
    const shallow = synthesizeTrace({ compressions: 10, depthMm: 40 });
    const deep = synthesizeTrace({ compressions: 10, depthMm: 68, startT: shallow.endT });
    const m = analyzeAttempt([...shallow.samples, ...deep.samples], ADULT);
    expect(m.depth.pctTooShallow).toBe(50);
    expect(m.depth.pctTooDeep).toBe(50);
    expect(m.depth.pctInRange).toBe(0);
  });

  it('detects unplanned pauses with their start and length', () => {
    const tr = synthesizeTrace({ seed: 3, compressions: 40, pauses: [{ after: 10, lengthMs: 4000 }, { after: 25, lengthMs: 6000 }] });
    const m = analyzeAttempt(tr.samples, ADULT);
    expect(m.pauses).toHaveLength(2);
    const [p1, p2] = m.pauses;
    expect(p1!.planned).toBe(false);
    expect(p1!.afterIndex).toBe(9);
    // The gap runs from the release of compression 10 to the onset of 11: the pause plus the recoil halves.
    expect(p1!.lengthMs).toBeGreaterThan(4000);
    expect(p1!.lengthMs).toBeLessThan(4000 + 545);
    expect(p1!.startT).toBeCloseTo(m.compressions[9]!.releaseT, 6);
    expect(p1!.startT + p1!.lengthMs).toBeCloseTo(m.compressions[10]!.onsetT, 6);
    expect(p2!.lengthMs).toBeGreaterThan(6000);
    expect(m.longestPauseMs).toBe(p2!.lengthMs);
    expect(m.unplannedPauseCount).toBe(2);
    // Both pauses are hands-off time.
    expect(m.fraction.handsOffMs).toBeCloseTo(p1!.lengthMs + p2!.lengthMs, 6);
  });

  it('does not call a gap under the pause threshold a pause', () => {
    const m = analyzeAttempt(synthesizeTrace({ compressions: 20, pauses: [{ after: 10, lengthMs: 1200 }] }).samples, ADULT);
    expect(m.pauses).toEqual([]);
  });

  it('counts a hidden-tab gap (no samples for 40 s) as a pause, not as a crazy rate', () => {
    const tr = synthesizeTrace({ seed: 4, compressions: 30, gaps: [{ after: 15, lengthMs: 40000 }] });
    const m = analyzeAttempt(tr.samples, ADULT);
    expect(m.compressionCount).toBe(30);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]!.lengthMs).toBeGreaterThan(40000);
    expect(m.rate.pctInRange).toBe(100);
    expect(m.rate.meanCpm).toBeGreaterThan(105);
    expect(m.fraction.pct).toBeLessThan(30);
  });

  it('defines compression fraction as hands-on over total, with gaps over FLOW_GAP_MS hands-off', () => {
    const tr = synthesizeTrace({ seed: 5, compressions: 60, pauses: [{ after: 30, lengthMs: 10000 }] });
    const m = analyzeAttempt(tr.samples, ADULT, { startT: 0, endT: tr.endT + 3000 });
    const gap = m.pauses[0]!.lengthMs;
    expect(FLOW_GAP_MS).toBe(1500);
    expect(m.fraction.tailMs).toBeGreaterThan(3000);
    expect(m.fraction.handsOffMs).toBeCloseTo(gap + m.fraction.tailMs!, 6);
    expect(m.fraction.pct).toBeCloseTo((100 * (m.totalMs - m.fraction.handsOffMs)) / m.totalMs, 9);
    expect(m.totalMs).toBe(tr.endT + 3000);
  });

  it('labels a keyboard attempt: depth, recoil and hands not measured, and re-normalises the score', () => {
    const m = analyzeAttempt(synthesizePresses({ compressions: 60, rateCpm: 110 }), ADULT);
    expect(m.measured.depth).toEqual({ measured: false, sources: [], n: 0 });
    expect(m.measured.recoil.measured).toBe(false);
    expect(m.measured.hands.measured).toBe(false);
    expect(m.measured.rate).toEqual({ measured: true, sources: ['keyboard'], n: 59 });
    expect(m.depth.meanMm).toBeNull();
    expect(m.depth.pctInRange).toBeNull();
    expect(m.recoil.pctFull).toBeNull();
    expect(m.compressions.every((c) => c.depthMm === null && c.residualMm === null)).toBe(true);
    // Perfect rhythm scores 100, not 45 (which it would be if unmeasured depth counted as 0).
    expect(m.score.score).toBe(100);
    expect(m.score.measuredWeight).toBeCloseTo(0.45, 9);
    expect(m.score.components.find((c) => c.id === 'depth')!.effectiveWeight).toBe(0);
  });

  it('scores a slow keyboard attempt on rate only among the compression metrics', () => {
    const m = analyzeAttempt(synthesizePresses({ compressions: 40, rateCpm: 80 }), ADULT);
    expect(m.rate.pctTooSlow).toBe(100);
    // rate 0 × 0.25, fraction 1 × 0.20, over 0.45.
    expect(m.score.score).toBe(Math.round((100 * 0.2) / 0.45));
  });

  it('measures 30:2 cycle adherence from the breaths', () => {
    const tr = synthesizeTrace({ seed: 6, compressions: 120, cycle: { compressions: 30, breaths: 2, pauseMs: 5000 } });
    expect(tr.breaths).toHaveLength(6);
    const m = analyzeAttempt(tr.samples, ADULT, { breaths: tr.breaths });
    expect(m.cycles!.cycles).toHaveLength(3);
    expect(m.cycles!.fraction).toBe(1);
    expect(m.cycles!.trailingCompressions).toBe(30);
    expect(m.cycles!.cycles[0]).toMatchObject({ compressions: 30, breaths: 2, ok: true });
    // Breath gaps are planned: not pauses, no rate across them.
    expect(m.unplannedPauseCount).toBe(0);
    expect(m.pauses.filter((p) => p.planned && p.kind === 'breaths')).toHaveLength(3);
    expect(m.compressions[30]!.rateCpm).toBeNull();
    expect(m.rate.pctInRange).toBe(100);
  });

  it('marks cycles with the wrong count or an interruption over the limit', () => {
    const tr = synthesizeTrace({ seed: 7, compressions: 90, cycle: { compressions: 30, breaths: 2, pauseMs: 12000 } });
    const longPause = analyzeAttempt(tr.samples, ADULT, { breaths: tr.breaths });
    expect(longPause.cycles!.cycles.map((c) => c.ok)).toEqual([false, false]);
    expect(longPause.interruptionsTooLong).toBe(2);
    expect(longPause.cycles!.cycles[0]!.interruptionMs).toBeGreaterThan(10000);

    const short = synthesizeTrace({ seed: 8, compressions: 56, cycle: { compressions: 28, breaths: 2 } });
    const wrong = analyzeAttempt(short.samples, ADULT, { breaths: short.breaths.slice(0, 1) });
    expect(wrong.cycles!.cycles[0]).toMatchObject({ compressions: 28, breaths: 1, ok: false });
    expect(wrong.cycles!.fraction).toBe(0);
  });

  it('uses 15:2 for two rescuers with a child', () => {
    const child = targetsFor(TEST_PROFILE, 'child', { rescuers: 2 });
    const tr = synthesizeTrace({ seed: 9, compressions: 45, depthMm: 50, cycle: { compressions: 15, breaths: 2 } });
    const m = analyzeAttempt(tr.samples, child, { breaths: tr.breaths });
    expect(m.cycles!.ratio).toEqual({ compressions: 15, breaths: 2 });
    expect(m.cycles!.fraction).toBe(1);
  });

  it('does not count rescue breaths before the first compression as a cycle', () => {
    const tr = synthesizeTrace({ seed: 10, compressions: 30, leadInMs: 6000 });
    const m = analyzeAttempt(tr.samples, ADULT, { breaths: [{ startT: 1000, endT: 2000 }, { startT: 3000, endT: 4000 }] });
    expect(m.cycles!.cycles).toEqual([]);
    expect(m.cycles!.fraction).toBeNull();
  });

  it('treats gaps around planned AED analysis as interruptions, not pauses', () => {
    const tr = synthesizeTrace({ seed: 11, compressions: 40, pauses: [{ after: 20, lengthMs: 8000 }] });
    const gapStart = tr.onsets[20]! - 8000;
    const m = analyzeAttempt(tr.samples, ADULT, { plannedPauses: [{ startT: gapStart + 500, endT: gapStart + 6000, kind: 'analysis' }] });
    expect(m.unplannedPauseCount).toBe(0);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]).toMatchObject({ planned: true, kind: 'analysis', tooLong: false });
  });

  it('rejects a planned span that ends before it starts', () => {
    expect(() => analyzeAttempt([], ADULT, { breaths: [{ startT: 10, endT: 5 }] })).toThrow(AnalysisOptionsError);
  });

  it('shows fatigue as falling depth across 30-s windows', () => {
    const tr = synthesizeTrace({ seed: 12, durationMs: 120000, depthMm: 58, depthDriftMmPerMin: -8 });
    const m = analyzeAttempt(tr.samples, ADULT);
    expect(m.windows).toHaveLength(4);
    const depths = m.windows.map((w) => w.meanDepthMm!);
    expect(depths[0]).toBeGreaterThan(55);
    expect(depths[3]).toBeLessThan(47);
    for (let i = 1; i < depths.length; i++) expect(depths[i]!).toBeLessThan(depths[i - 1]!);
    expect(m.windows.reduce((a, w) => a + w.compressions, 0)).toBe(m.compressionCount);
    expect(m.windows[0]!.meanRateCpm).toBeCloseTo(110, 0);
    expect(m.windows[3]!.pctDepthInRange).toBe(0);
  });

  it('analyses a 1-hour trace in linear time with every compression found', () => {
    const tr = synthesizeTrace({ seed: 13, durationMs: 3600000, sampleHz: 100, rateCpm: 110, jitterMm: 1 });
    const t0 = process.hrtime.bigint();
    const m = analyzeAttempt(tr.samples, ADULT);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(m.compressionCount).toBe(tr.onsets.length);
    expect(m.windows).toHaveLength(120);
    expect(m.rate.meanCpm).toBeCloseTo(110, 1);
    expect(ms).toBeLessThan(2000);
  });

  it('ignores samples outside startT..endT', () => {
    const tr = synthesizeTrace({ seed: 14, compressions: 40 });
    const m = analyzeAttempt(tr.samples, ADULT, { startT: tr.onsets[10]! - 50, endT: tr.onsets[30]! - 50 });
    expect(m.compressionCount).toBe(20);
  });

  it('records the targets and detector thresholds that applied', () => {
    const m = analyzeAttempt(synthesizeTrace({ compressions: 5 }).samples, ADULT);
    expect(m.targets.depthMm).toMatchObject({ min: 50, max: 60 });
    expect(m.targets.recoilToleranceMm).toEqual({ value: 5, source: ['PRODUCT'], productChoice: true });
    expect(m.detector.minStrokeMm).toBe(10);
  });
});

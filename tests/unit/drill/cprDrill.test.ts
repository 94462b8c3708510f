import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../src/content/protocols';
import { createCompressionDetector } from '../../../src/core/cpr/detector';
import { synthesizePresses, synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { targetsFor } from '../../../src/core/cpr/targets';
import { CprDrill, type DrillEffect } from '../../../src/core/drill/cprDrill';
import { analyzeCprDrill } from '../../../src/core/drill/cprResult';

const adult = targetsFor(getProfile('crc'), 'adult');

function feed(drill: CprDrill, samples: ReturnType<typeof synthesizeTrace>['samples']): DrillEffect[] {
  return samples.flatMap((s) => drill.push(s));
}

describe('compression detector advance()', () => {
  it('emits the last compression once its recoil window has passed, without a new sample', () => {
    const det = createCompressionDetector(adult);
    const { samples } = synthesizeTrace({ compressions: 3, rateCpm: 110, depthMm: 55 });
    const seen = samples.flatMap((s) => [...det.push(s)]);
    expect(seen).toHaveLength(2);
    const last = samples[samples.length - 1]!.t;
    expect(det.advance(last + 100)).toHaveLength(0);
    expect(det.advance(last + 1500)).toHaveLength(1);
  });

  it('gives the same compressions as the batch analysis of the same samples', () => {
    const { samples } = synthesizeTrace({ compressions: 30, rateCpm: 105, depthMm: 52, pauses: [{ after: 10, lengthMs: 4000 }] });
    const live = createCompressionDetector(adult);
    const out = [];
    for (const s of samples) {
      out.push(...live.advance(s.t - 1));
      out.push(...live.push(s));
    }
    out.push(...live.flush());
    const batch = analyzeCprDrill({ samples, breaths: [], startT: null, endT: null, length: { kind: 'cycles', cycles: 1 } }, adult);
    expect(out).toEqual(batch.metrics.compressions);
  });
});

describe('CPR drill flow', () => {
  it('starts on the first compression and asks for breaths after 30', () => {
    const drill = new CprDrill(adult, { kind: 'cycles', cycles: 1 });
    expect(drill.snapshot().phase).toBe('ready');
    const { samples, endT } = synthesizeTrace({ compressions: 30, rateCpm: 110, depthMm: 55 });
    const fx = [...feed(drill, samples), ...drill.tick(endT + 1500)];
    expect(drill.snapshot().compressions).toBe(30);
    expect(drill.snapshot().phase).toBe('breaths');
    expect(fx).toContainEqual({ type: 'prompt', key: 'drill.giveBreaths' });
  });

  it('ends a one-cycle drill after two breaths of about a second', () => {
    const drill = new CprDrill(adult, { kind: 'cycles', cycles: 1 });
    const { samples, endT } = synthesizeTrace({ compressions: 30 });
    feed(drill, samples);
    drill.tick(endT + 1200);
    drill.breath(endT + 1300, endT + 2300);
    expect(drill.snapshot().phase).toBe('breaths');
    const fx = drill.breath(endT + 2500, endT + 3500);
    expect(fx).toContainEqual({ type: 'phase', phase: 'done' });
    expect(drill.snapshot().cyclesDone).toBe(1);
    expect(drill.log().breaths).toHaveLength(2);
  });

  it('does not count a breath held for much less than the profile breath time', () => {
    const drill = new CprDrill(adult, { kind: 'cycles', cycles: 1 });
    const { samples, endT } = synthesizeTrace({ compressions: 30 });
    feed(drill, samples);
    drill.tick(endT + 1200);
    const fx = drill.breath(endT + 1300, endT + 1400);
    expect(fx).toContainEqual(expect.objectContaining({ type: 'breath', ok: false }));
    expect(drill.snapshot().breathsInCycle).toBe(0);
  });

  it('goes back to compressions (breaths skipped) when the learner keeps compressing', () => {
    const drill = new CprDrill(adult, { kind: 'cycles', cycles: 2 });
    const { samples } = synthesizeTrace({ compressions: 40 });
    feed(drill, samples);
    expect(drill.snapshot().phase).toBe('compressions');
    expect(drill.snapshot().cyclesDone).toBe(0);
  });

  it('ends a timed drill at its length, measured from the first compression', () => {
    const drill = new CprDrill(adult, { kind: 'seconds', seconds: 30 });
    const presses = synthesizePresses({ compressions: 10, rateCpm: 110, startT: 5000 });
    presses.forEach((s) => drill.push(s));
    expect(drill.snapshot(5000 + 20000).remainingMs).toBe(10000);
    expect(drill.tick(5000 + 29999).some((e) => e.type === 'phase')).toBe(false);
    expect(drill.tick(5000 + 30000)).toContainEqual({ type: 'phase', phase: 'done' });
    expect(drill.snapshot().endT).toBe(35000);
  });

  it('counts keyboard presses as compressions without depth', () => {
    const drill = new CprDrill(adult, { kind: 'cycles', cycles: 1 });
    synthesizePresses({ compressions: 30, rateCpm: 110 }).forEach((s) => drill.push(s));
    expect(drill.snapshot().compressions).toBe(30);
    expect(drill.snapshot().phase).toBe('breaths');
    const summary = analyzeCprDrill({ ...drill.log(), length: drill.length }, adult);
    expect(summary.metrics.measured.depth.measured).toBe(false);
    expect(summary.metrics.measured.rate.sources).toEqual(['keyboard']);
  });

  it('stops when asked and ignores input after the end', () => {
    const drill = new CprDrill(adult, { kind: 'seconds', seconds: 60 });
    const { samples } = synthesizeTrace({ compressions: 5 });
    feed(drill, samples);
    drill.stop(samples[samples.length - 1]!.t + 10);
    expect(drill.snapshot().phase).toBe('done');
    expect(drill.push({ t: 1e9, source: 'pointer', depthMm: 30 })).toEqual([]);
  });
});

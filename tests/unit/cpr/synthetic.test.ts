import { describe, expect, it } from 'vitest';
import { synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { SampleValidator } from '../../../src/core/cpr/sample';

describe('synthetic trace generator', () => {
  it('replays exactly from the same seed and differs with another', () => {
    const o = { compressions: 10, jitterMm: 2, noiseMm: 1, rateJitter: 0.05 };
    expect(synthesizeTrace({ ...o, seed: 5 })).toEqual(synthesizeTrace({ ...o, seed: 5 }));
    expect(synthesizeTrace({ ...o, seed: 6 }).samples).not.toEqual(synthesizeTrace({ ...o, seed: 5 }).samples);
  });

  it('produces samples that pass validation, on a regular clock', () => {
    const { samples } = synthesizeTrace({ compressions: 30, jitterMm: 5, noiseMm: 2, sampleHz: 500, gaps: [{ after: 3, lengthMs: 1000 }] });
    const v = new SampleValidator();
    for (const s of samples) expect(v.accept(s)).toBe(true);
    expect(samples[1]!.t - samples[0]!.t).toBe(2);
  });

  it('places onsets exactly at the requested rate', () => {
    const { onsets } = synthesizeTrace({ compressions: 11, rateCpm: 120, sampleHz: 60 });
    expect(onsets[10]! - onsets[0]!).toBeCloseTo(5000, 9);
  });
});

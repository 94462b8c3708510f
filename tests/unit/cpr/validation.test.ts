import { describe, expect, it } from 'vitest';
import { createCompressionDetector } from '../../../src/core/cpr/detector';
import { SampleError, type SampleErrorKey } from '../../../src/core/cpr/errors';
import { analyzeAttempt } from '../../../src/core/cpr/metrics';
import { SampleValidator, type Sample } from '../../../src/core/cpr/sample';
import { synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { ADULT } from './fixtures';

function errorOf(fn: () => unknown): SampleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SampleError) return e;
    throw e;
  }
  throw new Error('expected a SampleError');
}

describe('sample validation', () => {
  const bad: [string, unknown, SampleErrorKey][] = [
    ['NaN time', { t: Number.NaN, source: 'pointer', depthMm: 1 }, 'error.sample.nan'],
    ['NaN depth', { t: 0, source: 'pointer', depthMm: Number.NaN }, 'error.sample.nan'],
    ['string depth', { t: 0, source: 'pointer', depthMm: '12' }, 'error.sample.nan'],
    ['infinite time', { t: Number.POSITIVE_INFINITY, source: 'pointer' }, 'error.sample.notFinite'],
    ['negative depth', { t: 0, source: 'pointer', depthMm: -0.5 }, 'error.sample.negativeDepth'],
    ['depth over 120 mm', { t: 0, source: 'pointer', depthMm: 120.5 }, 'error.sample.tooDeep'],
    ['NaN hand offset', { t: 0, source: 'pointer', hand: { dxMm: Number.NaN, dyMm: 0 } }, 'error.sample.nan'],
    ['unknown source', { t: 0, source: 'mouse' }, 'error.sample.badSource'],
    ['unknown kind', { t: 0, source: 'keyboard', kind: 'hold' }, 'error.sample.badKind'],
    ['not an object', null, 'error.sample.notObject'],
  ];
  for (const [name, sample, key] of bad) {
    it(`rejects ${name} with ${key}`, () => {
      const v = new SampleValidator();
      const e = errorOf(() => v.accept(sample as Sample));
      expect(e.key).toBe(key);
      expect(e).toBeInstanceOf(Error);
    });
  }

  it('accepts the edges of the valid depth range', () => {
    const v = new SampleValidator();
    expect(v.accept({ t: 0, source: 'pressure', depthMm: 0 })).toBe(true);
    expect(v.accept({ t: 1, source: 'pressure', depthMm: 120 })).toBe(true);
  });

  it('puts the offending values in the error params', () => {
    const e = errorOf(() => new SampleValidator().accept({ t: 5, source: 'pointer', depthMm: 130 }));
    expect(e.params).toMatchObject({ depthMm: 130, maxMm: 120, t: 5 });
  });

  it('throws timeBackwards when time goes back more than one frame (17 ms)', () => {
    const v = new SampleValidator();
    v.accept({ t: 100, source: 'pointer', depthMm: 0 });
    const e = errorOf(() => v.accept({ t: 82, source: 'pointer', depthMm: 0 }));
    expect(e.key).toBe('error.sample.timeBackwards');
    expect(e.params).toMatchObject({ t: 82, previousT: 100, backMs: 18 });
  });

  it('silently drops duplicates and samples less than a frame out of order, counting them', () => {
    const v = new SampleValidator();
    expect(v.accept({ t: 100, source: 'pointer', depthMm: 0 })).toBe(true);
    expect(v.accept({ t: 100, source: 'pointer', depthMm: 3 })).toBe(false);
    expect(v.accept({ t: 83, source: 'pointer', depthMm: 3 })).toBe(false);
    expect(v.accept({ t: 101, source: 'pointer', depthMm: 3 })).toBe(true);
    expect(v.dropped).toBe(2);
    expect(v.accepted).toBe(2);
  });

  it('gives the same analysis when every sample is duplicated and some are shuffled within a frame', () => {
    const { samples } = synthesizeTrace({ seed: 5, compressions: 30, sampleHz: 250, jitterMm: 1 });
    const clean = analyzeAttempt(samples, ADULT);
    const messy: Sample[] = [];
    samples.forEach((s, i) => {
      messy.push(s, { ...s });
      if (i % 7 === 3) messy.push({ ...s, t: s.t - 10, depthMm: 99 });
    });
    const m = analyzeAttempt(messy, ADULT);
    expect(m.dropped).toBe(samples.length + Math.floor((samples.length + 3) / 7));
    expect(m.compressionCount).toBe(clean.compressionCount);
    expect(m.depth.meanMm).toBe(clean.depth.meanMm);
  });

  it('makes the live detector throw the typed error too', () => {
    const det = createCompressionDetector(ADULT);
    det.push({ t: 0, source: 'pointer', depthMm: 0 });
    expect(() => det.push({ t: 10, source: 'pointer', depthMm: -2 })).toThrow(SampleError);
  });
});

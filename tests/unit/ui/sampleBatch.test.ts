import { describe, expect, it } from 'vitest';
import type { Sample } from '../../../src/core/cpr/sample';
import { createSampleBatch } from '../../../src/ui/components/sampleBatch';

const sample = (t: number): Sample => ({ t, source: 'pointer', depthMm: 10 });

describe('a run hands its chest samples to the engine in batches', () => {
  it('gives nothing when no sample was gathered', () => {
    expect(createSampleBatch().take(0)).toBeNull();
  });

  it('gives every sample once, in order, timed by the last one', () => {
    const b = createSampleBatch();
    b.push(sample(10));
    b.push(sample(20));
    expect(b.take(5)).toEqual({ t: 20, samples: [sample(10), sample(20)] });
    expect(b.take(30)).toBeNull();
  });

  it('never times a batch before the engine\'s now', () => {
    const b = createSampleBatch();
    b.push(sample(10));
    expect(b.take(15)?.t).toBe(15);
  });
});

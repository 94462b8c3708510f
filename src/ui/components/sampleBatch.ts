import type { Sample } from '../../core/cpr/sample';

/**
 * The chest samples a run's input gathers between frames. A run hands them to its engine as one
 * `cprSamples` action, every frame and before any other learner action, so the engine sees its
 * inputs in time order.
 */
export interface SampleBatch {
  push(s: Sample): void;
  /** The samples gathered so far and the batch's time (the last sample's, never before `now`), or null when none. */
  take(now: number): { t: number; samples: Sample[] } | null;
}

export function createSampleBatch(): SampleBatch {
  let samples: Sample[] = [];
  return {
    push: (s) => {
      samples.push(s);
    },
    take: (now) => {
      if (samples.length === 0) return null;
      const batch = samples;
      samples = [];
      return { t: Math.max((batch[batch.length - 1] as Sample).t, now), samples: batch };
    },
  };
}

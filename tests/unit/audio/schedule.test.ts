import { describe, expect, it } from 'vitest';
import { beatTime, clampBpm, MAX_BPM, MIN_BPM, planTicks, type TickWindow } from '../../../src/adapters/audio/schedule';

const base: TickWindow = {
  anchorTime: 1,
  anchorIndex: 0,
  bpm: 120,
  nextIndex: 0,
  currentTime: 1,
  lookahead: 0.1,
};

describe('planTicks', () => {
  it('schedules only the beats inside the lookahead window', () => {
    expect(planTicks(base)).toEqual({ ticks: [{ index: 0, time: 1 }], nextIndex: 1, skipped: 0 });
    expect(planTicks({ ...base, currentTime: 0.5 })).toEqual({ ticks: [], nextIndex: 0, skipped: 0 });
  });

  it('returns every beat in a wide window, at exact multiples of the interval', () => {
    const plan = planTicks({ ...base, lookahead: 2 });
    expect(plan.ticks.map((t) => t.time)).toEqual([1, 1.5, 2, 2.5]);
    expect(plan.ticks.map((t) => t.index)).toEqual([0, 1, 2, 3]);
    expect(plan.nextIndex).toBe(4);
  });

  it('never hands out a beat twice across successive calls', () => {
    let nextIndex = 0;
    const seen: number[] = [];
    for (let now = 0.9; now < 10; now += 0.025) {
      const plan = planTicks({ ...base, nextIndex, currentTime: now });
      nextIndex = plan.nextIndex;
      seen.push(...plan.ticks.map((t) => t.index));
      for (const t of plan.ticks) expect(t.time).toBeLessThan(now + base.lookahead);
    }
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => i));
    // Beats at 1.0, 1.5 … 10.0: the last call (now ≈ 9.975) sees up to 10.075.
    expect(seen.length).toBe(19);
  });

  it('skips beats that are already too late instead of bursting them out', () => {
    // Timer stalled for ~3 s (e.g. a throttled background tab).
    const plan = planTicks({ ...base, nextIndex: 1, currentTime: 4.02 });
    expect(plan.ticks).toEqual([{ index: 6, time: 4 }]);
    expect(plan.skipped).toBe(5);
    expect(plan.nextIndex).toBe(7);
  });

  it('still plays a beat that is only slightly late', () => {
    const plan = planTicks({ ...base, currentTime: 1.03 });
    expect(plan.ticks[0]).toEqual({ index: 0, time: 1 });
    expect(plan.skipped).toBe(0);
  });

  it('does not drift over a long drill', () => {
    const n = 100_000;
    const t = beatTime(0.25, 0, 110, n);
    expect(Math.abs(t - (0.25 + (n * 60) / 110))).toBeLessThan(1e-9);
    const plan = planTicks({ ...base, anchorTime: 0.25, bpm: 110, nextIndex: n, currentTime: t, lookahead: 0.01 });
    expect(plan.ticks[0]?.index).toBe(n);
  });

  it('continues the index sequence from a re-anchored tempo change', () => {
    // Tempo changed at beat 10 (t = 6 s at 100 bpm) to 120 bpm.
    const anchorTime = beatTime(0, 0, 100, 10);
    const plan = planTicks({ anchorTime, anchorIndex: 10, bpm: 120, nextIndex: 10, currentTime: 6, lookahead: 1.1 });
    expect(plan.ticks.map((t) => t.index)).toEqual([10, 11, 12]);
    expect(plan.ticks.map((t) => t.time)).toEqual([6, 6.5, 7]);
  });

  it('caps how many ticks one call may return', () => {
    expect(planTicks({ ...base, lookahead: 1000 }).ticks).toHaveLength(32);
    expect(planTicks({ ...base, lookahead: 1000, maxTicks: 3 }).nextIndex).toBe(3);
  });

  it('returns nothing for nonsense input rather than looping or throwing', () => {
    for (const bad of [{ bpm: 0 }, { bpm: -5 }, { bpm: Number.NaN }, { currentTime: Number.POSITIVE_INFINITY }, { lookahead: -1 }]) {
      expect(planTicks({ ...base, ...bad })).toEqual({ ticks: [], nextIndex: 0, skipped: 0 });
    }
  });
});

describe('clampBpm', () => {
  it('keeps the tempo in a playable range', () => {
    expect(clampBpm(110)).toBe(110);
    expect(clampBpm(1)).toBe(MIN_BPM);
    expect(clampBpm(10_000)).toBe(MAX_BPM);
    expect(clampBpm(Number.NaN)).toBe(MIN_BPM);
  });
});

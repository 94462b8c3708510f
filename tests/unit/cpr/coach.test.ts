import { describe, expect, it } from 'vitest';
import { createCoach, type Cue } from '../../../src/core/cpr/coach';
import { flagsFor, type Compression } from '../../../src/core/cpr/compression';
import { ADULT } from './fixtures';

let index = 0;
/** A compression at time t with the given measured values (defaults are all on target). */
function comp(t: number, v: Partial<Pick<Compression, 'rateCpm' | 'depthMm' | 'residualMm' | 'handOk'>> = {}): Compression {
  const c: Compression = {
    index: index++,
    source: 'pointer',
    onsetT: t,
    peakT: t + 150,
    releaseT: t + 300,
    depthMm: 55,
    residualMm: 0,
    intervalMs: 545,
    rateCpm: 110,
    handOk: true,
    flags: [],
    ...v,
  };
  c.flags = flagsFor(c, ADULT);
  return c;
}

/** Feeds compressions every 545 ms from t0; returns the cues with their compression number. */
function run(coach: ReturnType<typeof createCoach>, values: Parameters<typeof comp>[1][], t0 = 0): { i: number; cue: Cue }[] {
  const out: { i: number; cue: Cue }[] = [];
  values.forEach((v, i) => {
    const cue = coach.push(comp(t0 + i * 545, v));
    if (cue !== null) out.push({ i, cue });
  });
  return out;
}

const times = <T>(n: number, v: T): T[] => Array.from({ length: n }, () => v);

describe('live coach', () => {
  it('says nothing about one odd compression (trigger hysteresis)', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0 });
    expect(run(coach, [{}, { rateCpm: 90 }, {}, { rateCpm: 90 }, {}, {}])).toEqual([]);
  });

  it('cues faster after three slow compressions in a row, with the numbers', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0 });
    const cues = run(coach, times(3, { rateCpm: 92 }));
    expect(cues).toHaveLength(1);
    expect(cues[0]!.i).toBe(2);
    expect(cues[0]!.cue.key).toBe('cue.faster');
    expect(cues[0]!.cue.params).toEqual({ cpm: 92, min: 100, max: 120 });
  });

  it('keeps a problem active until three good compressions clear it', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0 });
    run(coach, times(3, { depthMm: 42 }));
    expect(coach.active).toEqual(['cue.pushHarder']);
    run(coach, [{}, {}]);
    expect(coach.active).toEqual(['cue.pushHarder']);
    run(coach, [{}]);
    expect(coach.active).toEqual([]);
  });

  it('cues the most important problem first: rate, then depth, recoil, hands', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0 });
    const all = { rateCpm: 130, depthMm: 40, residualMm: 10, handOk: false };
    const cues = run(coach, times(3, all));
    expect(cues.map((c) => c.cue.key)).toEqual(['cue.slower']);
    expect(coach.active).toEqual(['cue.slower', 'cue.pushHarder', 'cue.releaseFully', 'cue.handPosition']);
  });

  it('leaves at least minIntervalMs between cues', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 3000 });
    const cues = run(coach, times(20, { depthMm: 68 }));
    expect(cues.length).toBeGreaterThan(1);
    for (let k = 1; k < cues.length; k++) expect(cues[k]!.cue.t - cues[k - 1]!.cue.t).toBeGreaterThanOrEqual(3000);
    expect(cues.every((c) => c.cue.key === 'cue.tooDeep')).toBe(true);
  });

  it('skips a muted cue and gives the next most important one instead', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0, mutedKeys: ['cue.faster'] });
    const cues = run(coach, times(3, { rateCpm: 90, residualMm: 9 }));
    expect(cues.map((c) => c.cue.key)).toEqual(['cue.releaseFully']);
    coach.unmute('cue.faster');
    expect(run(coach, [{ rateCpm: 90, residualMm: 9 }], 10000).map((c) => c.cue.key)).toEqual(['cue.faster']);
    coach.mute('cue.releaseFully');
    coach.mute('cue.faster');
    expect(run(coach, [{ rateCpm: 90, residualMm: 9 }], 20000)).toEqual([]);
  });

  it('never cues depth or recoil when the input cannot measure them', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0 });
    const cues = run(coach, times(10, { depthMm: null, residualMm: null, handOk: null, rateCpm: 110 }));
    expect(cues.every((c) => c.cue.key === 'cue.goodStreak')).toBe(true);
    expect(coach.active).toEqual([]);
  });

  it('praises a streak of good compressions once per streak', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0, streakLength: 10 });
    const cues = run(coach, times(25, {}));
    expect(cues.map((c) => [c.i, c.cue.key])).toEqual([
      [9, 'cue.goodStreak'],
      [19, 'cue.goodStreak'],
    ]);
    expect(cues[0]!.cue.params).toEqual({ count: 10 });
  });

  it('does not praise while a problem is still active', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0, streakLength: 2, mutedKeys: ['cue.pushHarder'] });
    run(coach, times(3, { depthMm: 40 }));
    // Two good compressions complete a streak, but the depth problem has not cleared yet (needs three).
    expect(run(coach, [{}, {}], 5000)).toEqual([]);
  });

  it('starts afresh after reset', () => {
    const coach = createCoach(ADULT, { minIntervalMs: 0 });
    run(coach, times(3, { rateCpm: 90 }));
    coach.reset();
    expect(coach.active).toEqual([]);
    expect(run(coach, times(2, { rateCpm: 90 }), 5000)).toEqual([]);
  });
});

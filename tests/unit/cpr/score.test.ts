import { describe, expect, it } from 'vitest';
import { SCORE_FORMULA, SCORE_WEIGHTS, computeScore } from '../../../src/core/cpr/score';

describe('score formula', () => {
  it('has weights that sum to 1, exported as data for the About page', () => {
    const sum = Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(SCORE_FORMULA.components.map((c) => [c.id, c.weight])).toEqual([
      ['rate', 0.25],
      ['depth', 0.25],
      ['recoil', 0.15],
      ['hands', 0.15],
      ['fraction', 0.2],
    ]);
    expect(SCORE_FORMULA.renormalisesOverMeasured).toBe(true);
  });

  it('is the weighted mean of the component values', () => {
    const r = computeScore({ rate: 0.8, depth: 0.6, recoil: 1, hands: 0.5, fraction: 1 });
    expect(r.exact).toBeCloseTo(100 * (0.25 * 0.8 + 0.25 * 0.6 + 0.15 * 1 + 0.15 * 0.5 + 0.2 * 1), 9);
    expect(r.score).toBe(78);
  });

  it('re-normalises over measured components only', () => {
    const r = computeScore({ rate: 0.5, depth: null, recoil: null, hands: null, fraction: 1 });
    expect(r.exact).toBeCloseTo((100 * (0.25 * 0.5 + 0.2)) / 0.45, 9);
    expect(r.components.find((c) => c.id === 'rate')!.effectiveWeight).toBeCloseTo(0.25 / 0.45, 12);
    expect(r.components.reduce((a, c) => a + c.points, 0)).toBeCloseTo(r.exact, 9);
  });

  it('is 0 when nothing was measured and clamps values into 0..1', () => {
    expect(computeScore({ rate: null, depth: null, recoil: null, hands: null, fraction: null }).score).toBe(0);
    expect(computeScore({ rate: 1.7, depth: -1, recoil: null, hands: null, fraction: null }).score).toBe(50);
  });
});

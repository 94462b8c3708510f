import { describe, expect, it } from 'vitest';
import { bodyMmToStage, chokingLayout, stageToBodyMm } from '../../../src/core/view/chokingView';

describe('choking stage mapping', () => {
  it('maps body mm to stage px and back, standing and tilted along the forearm', () => {
    for (const L of [chokingLayout(390, 400, 'adult', 'front'), chokingLayout(1200, 700, 'infant', 'back', true), chokingLayout(390, 400, 'infant', 'front', false)]) {
      for (const p of [{ x: 0, y: 0 }, { x: 12, y: -35 }, { x: -40, y: 80 }]) {
        const back = stageToBodyMm(L, bodyMmToStage(L, p));
        expect(back.x).toBeCloseTo(p.x, 6);
        expect(back.y).toBeCloseTo(p.y, 6);
      }
    }
  });
  it('draws a standing person head up, and an infant with the head lower than the chest when asked', () => {
    const adult = chokingLayout(390, 400, 'adult', 'front');
    expect(bodyMmToStage(adult, { x: 0, y: -100 }).y).toBeLessThan(bodyMmToStage(adult, { x: 0, y: 0 }).y);
    const low = chokingLayout(390, 400, 'infant', 'back', true);
    const head = bodyMmToStage(low, { x: 0, y: -135 });
    const chest = bodyMmToStage(low, { x: 0, y: 0 });
    expect(head.y).toBeGreaterThan(chest.y);
    const high = chokingLayout(390, 400, 'infant', 'back', false);
    expect(bodyMmToStage(high, { x: 0, y: -135 }).y).toBeLessThan(bodyMmToStage(high, { x: 0, y: 0 }).y);
  });
});

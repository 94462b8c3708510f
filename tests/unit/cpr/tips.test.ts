import { describe, expect, it } from 'vitest';
import { analyzeAttempt } from '../../../src/core/cpr/metrics';
import { synthesizePresses, synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { tipsFor } from '../../../src/core/cpr/tips';
import { ADULT } from './fixtures';

const tips = (o: Parameters<typeof synthesizeTrace>[0]) => tipsFor(analyzeAttempt(synthesizeTrace({ seed: 1, compressions: 60, ...o }).samples, ADULT));

describe('after-attempt tips', () => {
  it('always returns two or three tips', () => {
    for (const o of [{}, { depthMm: 40 }, { depthMm: 40, rateCpm: 90, residualMm: 10, hand: { dxMm: 30, dyMm: 0 } }]) {
      const t = tips(o);
      expect(t.length).toBeGreaterThanOrEqual(2);
      expect(t.length).toBeLessThanOrEqual(3);
    }
  });

  it('tells how many mm deeper to push', () => {
    const t = tips({ depthMm: 42 });
    expect(t[0]).toEqual({ key: 'tip.pushDeeper', params: { mm: 9, min: 50 } });
  });

  it('tells how much faster, and slower', () => {
    expect(tips({ rateCpm: 90 })[0]).toEqual({ key: 'tip.speedUp', params: { cpm: 10, min: 100, max: 120 } });
    expect(tips({ rateCpm: 130 })[0]).toMatchObject({ key: 'tip.slowDown', params: { cpm: 10 } });
  });

  it('orders tips by the points they cost', () => {
    const keys = tips({ rateCpm: 92, residualMm: 10, hand: { dxMm: 30, dyMm: 0 } }).map((t) => t.key);
    // rate (0.25) costs more than recoil and hands (0.15 each) when all are fully missed.
    expect(keys[0]).toBe('tip.speedUp');
    expect(keys.slice(1).sort()).toEqual(['tip.handsCentre', 'tip.letChestRise']);
  });

  it('asks for shorter pauses with the longest pause in seconds', () => {
    const t = tips({ pauses: [{ after: 30, lengthMs: 7000 }] });
    expect(t[0]!.key).toBe('tip.shortenPauses');
    expect(t[0]!.params!.s).toBeGreaterThanOrEqual(7);
    expect(t[0]!.params!.s).toBeLessThan(7.6);
  });

  it('encourages a good attempt', () => {
    expect(tips({}).map((t) => t.key)).toEqual(['tip.keepItUp', 'tip.rateReminder']);
  });

  it('never gives depth tips for a keyboard attempt', () => {
    const t = tipsFor(analyzeAttempt(synthesizePresses({ compressions: 40, rateCpm: 95 }), ADULT));
    expect(t.map((x) => x.key)).not.toContain('tip.pushDeeper');
    expect(t[0]!.key).toBe('tip.speedUp');
  });

  it('asks to start compressions when there were none', () => {
    expect(tipsFor(analyzeAttempt([], ADULT))[0]!.key).toBe('tip.startCompressions');
  });
});

import { describe, expect, it } from 'vitest';
import {
  bleedingMachine,
  bleedingResult,
  checkTourniquet,
  measurePress,
  PRESS_RULES,
  type BleedingAction,
  type BleedingScenarioDef,
  type PressSample,
} from '../../../src/core/firstaid';
import { replaySkill } from '../../../src/core/skills';
import { getBleedingScenario } from '../../../src/content/firstaid/bleeding';
import { ARM } from '../../../src/content/firstaid/parts';
import { BLEEDING_TEACHING } from '../../../src/content/firstaid/teaching';

const target = { x: 100, y: 0, r: 20 };

/** A press from t0 lasting `ms`, sampled every 16 ms, wobbling by `wobble` mm around (cx, cy). */
function press(t0: number, ms: number, cx = 100, cy = 0, wobble = 2): PressSample[] {
  const out: PressSample[] = [];
  for (let t = 0; t <= ms; t += 16) out.push({ t: t0 + t, x: cx + wobble * Math.sin(t / 90), y: cy + wobble * Math.cos(t / 70) });
  return out;
}

describe('sustained press', () => {
  it('measures a steady, long press on the wound as right', () => {
    const m = measurePress(press(0, PRESS_RULES.holdMs + 100), target);
    expect(m).toMatchObject({ sustained: true, onWound: true, steady: true, positioned: true });
    expect(m.maxDriftMm).toBeLessThan(4);
  });
  it('flags a short press, a wandering press and a press beside the wound', () => {
    expect(measurePress(press(0, 3000), target).sustained).toBe(false);
    expect(measurePress(press(0, 11_000, 100, 0, 18), target).steady).toBe(false);
    expect(measurePress(press(0, 11_000, 160, 0), target).onWound).toBe(false);
  });
  it('times a key press and leaves steadiness unmeasured', () => {
    const m = measurePress([{ t: 0 }, { t: 10_500 }], target);
    expect(m).toMatchObject({ sustained: true, steady: null, positioned: false, maxDriftMm: null });
  });
});

describe('tourniquet placement', () => {
  it('accepts 5–7 cm above the wound off a joint', () => {
    expect(checkTourniquet(ARM, 540, 600)).toEqual({ aboveMm: 60, aboveWound: true, inBand: true, overJoint: false });
  });
  it('flags too close, too far, below the wound and over a joint', () => {
    expect(checkTourniquet(ARM, 540, 570).inBand).toBe(false);
    expect(checkTourniquet(ARM, 540, 640).inBand).toBe(false);
    expect(checkTourniquet(ARM, 540, 480).aboveWound).toBe(false);
    expect(checkTourniquet(ARM, 400, 450)).toMatchObject({ inBand: true, overJoint: true });
  });
});

const scenario = (id: string) => getBleedingScenario(id) as BleedingScenarioDef;
const opts = (id: string, profile: 'crc' | 'aha2025' = 'crc', seed = 7) => ({ scenario: scenario(id), profile, teaching: BLEEDING_TEACHING[profile], seed, startT: 0 });

function play(id: string, actions: BleedingAction[], profile: 'crc' | 'aha2025' = 'crc') {
  const r = replaySkill(bleedingMachine, opts(id, profile), actions);
  return { state: r.state, result: bleedingResult(r.state), effects: r.effects.flat() };
}

describe('bleeding scenarios', () => {
  const sc = scenario('armTourniquet');
  const w = sc.wound;
  const good = (t: number) => ({ type: 'press' as const, t: t + 11_000, samples: press(t, 11_000, w.x, w.y) });

  it('tourniquet: a model attempt passes with every scored item, loosening shown but not scored', () => {
    const turns = bleedingMachine.start(opts('armTourniquet')).state.turnsToStop;
    const actions: BleedingAction[] = [
      { type: 'gloves', t: 100 },
      { type: 'dressing', t: 200, at: { x: w.x, y: w.y } },
      good(300),
      { type: 'tourniquet', t: 12_000, x: w.x + w.r + 60 },
      ...Array.from({ length: turns }, (_, i) => ({ type: 'tighten' as const, t: 12_500 + i * 300 })),
      { type: 'writeTime', t: 15_000 },
      { type: 'finish', t: 16_000 },
    ];
    const { result, effects } = play('armTourniquet', actions);
    expect(result.passed).toBe(true);
    expect(result.pct).toBe(100);
    expect(result.items.find((i) => i.id === 'notLoosened')?.status).toBe('notScored');
    expect(effects).toContainEqual({ type: 'feedback', key: 'firstaid.feedback.pressureNotEnough', ok: false });
    expect(effects).toContainEqual({ type: 'status', status: 'controlled' });
  });

  it('the seed decides how many turns stop the bleeding, and replays the same', () => {
    const n = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => bleedingMachine.start(opts('armTourniquet', 'crc', seed)).state.turnsToStop));
    expect([...n].every((v) => v >= 3 && v <= 5)).toBe(true);
    expect(bleedingMachine.start(opts('armTourniquet', 'crc', 3)).state.turnsToStop).toBe(bleedingMachine.start(opts('armTourniquet', 'crc', 3)).state.turnsToStop);
  });

  it('tourniquet below the wound or not tightened enough is a critical error', () => {
    const below = play('armTourniquet', [{ type: 'gloves', t: 1 }, { type: 'tourniquet', t: 2, x: w.x - 80 }, { type: 'tighten', t: 3 }, { type: 'finish', t: 4 }]);
    expect(below.result.criticalErrors.map((c) => c.id)).toEqual(['tourniquetBelowWound', 'leftBleeding']);
    const loose = play('armTourniquet', [{ type: 'gloves', t: 1 }, { type: 'tourniquet', t: 2, x: w.x + w.r + 60 }, { type: 'tighten', t: 3 }, { type: 'finish', t: 4 }]);
    expect(loose.result.criticalErrors.map((c) => c.id)).toEqual(['tourniquetLoose']);
    expect(loose.result.passed).toBe(false);
  });

  it('touching the wound before gloves costs the gloves item (out of order)', () => {
    const r = play('armPressure', [{ type: 'dressing', t: 1, at: { x: 320, y: 0 } }, { type: 'gloves', t: 2 }, { type: 'finish', t: 3 }]);
    expect(r.result.items.find((i) => i.id === 'gloves')?.status).toBe('outOfOrder');
  });

  it('direct pressure controls the arm wound only when sustained, steady and on the wound', () => {
    const base: BleedingAction[] = [{ type: 'gloves', t: 1 }, { type: 'dressing', t: 2, at: { x: 320, y: 0 } }];
    const short = play('armPressure', [...base, { type: 'press', t: 3000, samples: press(10, 2000, 320, 0) }]);
    expect(short.state.status).toBe('heavy');
    const wobbly = play('armPressure', [...base, { type: 'press', t: 12_000, samples: press(10, 11_000, 320, 0, 20) }]);
    expect(wobbly.state.status).toBe('heavy');
    const right = play('armPressure', [...base, { type: 'press', t: 12_000, samples: press(10, 11_000, 320, 0) }, { type: 'pressureBandage', t: 13_000 }, { type: 'finish', t: 14_000 }]);
    expect(right.result.passed).toBe(true);
  });

  it('a key press counts for duration; steadiness is not measured and leaves the total', () => {
    const r = play('armPressure', [{ type: 'gloves', t: 1 }, { type: 'dressing', t: 2, at: { x: 320, y: 0 } }, { type: 'press', t: 11_000, samples: [{ t: 100 }, { t: 10_600 }] }, { type: 'pressureBandage', t: 12_000 }, { type: 'finish', t: 13_000 }]);
    expect(r.result.items.find((i) => i.id === 'steadyPressure')?.status).toBe('notMeasured');
    expect(r.result.passed).toBe(true);
  });

  it('soak-through: adding dressings passes, removing the soaked one is critical', () => {
    const w2 = scenario('legSoak').wound;
    const p = (t: number) => ({ type: 'press' as const, t: t + 11_000, samples: press(t, 11_000, w2.x, w2.y) });
    const start: BleedingAction[] = [{ type: 'gloves', t: 1 }, { type: 'dressing', t: 2, at: { x: w2.x, y: w2.y } }, p(10)];
    const good = play('legSoak', [...start, { type: 'addDressing', t: 12_000 }, p(12_100), { type: 'pressureBandage', t: 24_000 }, { type: 'finish', t: 25_000 }]);
    expect(good.effects).toContainEqual({ type: 'status', status: 'soaked' });
    expect(good.result.passed).toBe(true);
    const bad = play('legSoak', [...start, { type: 'removeDressing', t: 12_000 }, { type: 'finish', t: 13_000 }]);
    expect(bad.result.criticalErrors.map((c) => c.id)).toContain('removedDressing');
  });

  it('junctional: packing is shown but not scored; pressure controls it', () => {
    const w3 = scenario('groinPacking').wound;
    const r = play('groinPacking', [{ type: 'gloves', t: 1 }, { type: 'pack', t: 2 }, { type: 'press', t: 11_100, samples: press(10, 11_000, w3.x, w3.y) }, { type: 'finish', t: 12_000 }]);
    expect(r.result.items.find((i) => i.id === 'packing')?.status).toBe('notScored');
    expect(r.result.passed).toBe(true);
  });

  it('loosening follows the profile in feedback and stays out of the score', () => {
    const crc = play('armTourniquet', [{ type: 'tourniquet', t: 1, x: 600 }, { type: 'loosen', t: 2 }]);
    const aha = play('armTourniquet', [{ type: 'tourniquet', t: 1, x: 600 }, { type: 'loosen', t: 2 }], 'aha2025');
    expect(crc.effects).toContainEqual({ type: 'feedback', key: 'firstaid.feedback.loosenPeriodic', ok: false });
    expect(aha.effects).toContainEqual({ type: 'feedback', key: 'firstaid.feedback.loosenNever', ok: false });
  });

  it('rejects time going backwards and anything after the end, unchanged', () => {
    const { state } = play('armPressure', [{ type: 'gloves', t: 10 }]);
    expect(bleedingMachine.step(state, { type: 'finish', t: 5 }).state).toBe(state);
  });
});

describe('replay', () => {
  it('a stored log (options with the seed, actions) replays to the same state, effects and sheet', () => {
    const w = scenario('armTourniquet').wound;
    const actions: BleedingAction[] = [
      { type: 'gloves', t: 1 },
      { type: 'tourniquet', t: 2, x: w.x + w.r + 55 },
      ...[3, 4, 5, 6, 7].map((t) => ({ type: 'tighten' as const, t })),
      { type: 'writeTime', t: 8 },
      { type: 'finish', t: 9 },
    ];
    const a = replaySkill(bleedingMachine, opts('armTourniquet', 'aha2025', 42), actions);
    const b = replaySkill(bleedingMachine, opts('armTourniquet', 'aha2025', 42), JSON.parse(JSON.stringify(actions)) as BleedingAction[]);
    expect(b.effects).toEqual(a.effects);
    expect(bleedingResult(b.state)).toEqual(bleedingResult(a.state));
  });
});

import { describe, expect, it } from 'vitest';
import {
  chokingResult,
  judgeOrder,
  replayChoking,
  scoreGesture,
  start,
  step,
  type ChokingAction,
  type ChokingState,
} from '../../../src/core/choking';
import { CHOKING_IDS, CHOKING_SCENARIOS, getChoking } from '../../../src/content/choking';
import { chokingScenarioSchema } from '../../../src/content/choking/schema';
import { PROFILES } from '../../../src/content/protocols';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import { compressions, goodStroke, playIdeal } from './driver';

const run = (state: ChokingState, actions: ChokingAction[]) => actions.reduce((s, a) => step(s, a).state, state);

describe('choking content', () => {
  it.each(CHOKING_IDS)('%s validates', (id) => {
    expect(() => chokingScenarioSchema.parse(CHOKING_SCENARIOS[id])).not.toThrow();
  });
  it('every profile states its choking order with sources', () => {
    for (const id of PROFILE_IDS) {
      const c = PROFILES[id].choking;
      expect(c, id).toBeDefined();
      expect(c!.adultOrder.source.length).toBeGreaterThan(0);
    }
    expect(PROFILES.crc.choking!.adultOrder.value).toBe('abdominalThrusts');
    expect(PROFILES.aha2025.choking!.adultOrder.value).toBe('backBlowsFirst');
    expect(PROFILES.erc2025.choking!.adultOrder.value).toBe('backBlowsFirst');
  });
});

describe('every scenario under every profile', () => {
  for (const id of CHOKING_IDS) {
    for (const p of PROFILE_IDS) {
      for (const input of ['pointer', 'keyboard'] as const) {
        it(`${id} · ${p} · ${input}: the model learner completes and passes`, () => {
          const scenario = getChoking(id);
          for (const seed of [1, 7, 13, 42]) {
            const { state } = playIdeal(scenario, PROFILES[p], { seed, input });
            expect(chokingResult(state).sheet.passed, `seed ${seed}`).toBe(true);
          }
          const { state, actions } = playIdeal(scenario, PROFILES[p], { seed: 7, input });
          expect(state.phase).toBe('done');
          const r = chokingResult(state);
          expect(r.finished).toBe(true);
          expect(r.sheet.criticalErrors).toEqual([]);
          expect(r.sheet.pct).toBe(100);
          expect(r.sheet.passed).toBe(true);
          // Replay from the log is exact.
          const again = replayChoking(scenario, PROFILES[p], { options: state.options, actions });
          expect(chokingResult(again.state)).toEqual(r);
        });
      }
    }
  }

  it('different seeds need different numbers of effective actions, the same seed the same', () => {
    const counts = new Set<number>();
    for (let seed = 1; seed <= 12; seed++) counts.add(start({ scenario: getChoking('adultSevere'), profile: PROFILES.crc, seed, mode: 'practice', startT: 0 }).state.draws.effectiveToClear);
    expect(counts.size).toBeGreaterThan(1);
    const a = start({ scenario: getChoking('adultSevere'), profile: PROFILES.crc, seed: 5, mode: 'practice', startT: 0 }).state.draws;
    const b = start({ scenario: getChoking('adultSevere'), profile: PROFILES.crc, seed: 5, mode: 'practice', startT: 0 }).state.draws;
    expect(a).toEqual(b);
  });

  it('replays effects and states exactly, in every mode', () => {
    for (const mode of ['guided', 'practice', 'assessment'] as const) {
      const { state, actions } = playIdeal(getChoking('adultUnresponsive'), PROFILES.aha2025, { seed: 3, mode });
      const a = replayChoking(getChoking('adultUnresponsive'), PROFILES.aha2025, { options: state.options, actions });
      const b = replayChoking(getChoking('adultUnresponsive'), PROFILES.aha2025, { options: state.options, actions });
      expect(a.effects).toEqual(b.effects);
      expect(a.state.strikes).toEqual(state.strikes);
      expect(chokingResult(a.state)).toEqual(chokingResult(state));
    }
  });
});

describe('profile order', () => {
  it('back blows first is not an error under crc; thrusts only is not scored wrong under aha2025', () => {
    expect(judgeOrder('abdominalThrusts', [['b', 5], ['a', 5], ['b', 5]], false)).toBe('otherProfile');
    expect(judgeOrder('abdominalThrusts', [['b', 3], ['a', 7]], false)).toBe('profile');
    expect(judgeOrder('backBlowsFirst', [['a', 8]], false)).toBe('otherProfile');
    expect(judgeOrder('backBlowsFirst', [['a', 3], ['b', 5]], false)).toBe('wrong');
    expect(judgeOrder('backBlowsFirst', [['a', 3]], true)).toBe('wrong');
  });

  it("each profile's ideal order passes under every other profile", () => {
    const scenario = getChoking('adultSevere');
    for (const learner of PROFILE_IDS) {
      const { actions, state } = playIdeal(scenario, PROFILES[learner], { seed: 11 });
      for (const judge of PROFILE_IDS) {
        const r = chokingResult(replayChoking(scenario, PROFILES[judge], { options: state.options, actions }).state);
        const order = r.sheet.items.find((i) => i.id === 'order');
        expect(order?.status, `${learner} judged by ${judge}`).not.toBe('outOfOrder');
        expect(order?.status, `${learner} judged by ${judge}`).not.toBe('missed');
      }
    }
  });

  it('counts sets of 5 under aha2025: switching after 3 loses the set item', () => {
    const scenario = getChoking('adultSevere');
    const profile = PROFILES.aha2025;
    let s = start({ scenario, profile, seed: 99, mode: 'practice', startT: 0 }).state;
    const acts: ChokingAction[] = [
      { type: 'askChoking', t: 100 },
      { type: 'callForHelp', t: 200, number: '911' },
      { type: 'posture', t: 300, posture: 'behindFootBetween' },
    ];
    let t = 400;
    for (let i = 0; i < 3; i++) acts.push({ type: 'strike', t: (t += 300), technique: 'backBlow', stroke: goodStroke('backBlow', { x: 0, y: 0 }, t - 100) });
    acts.push({ type: 'placeHand', t: (t += 300), at: { x: 0, y: -35 }, input: 'pointer' });
    for (let i = 0; i < 10; i++) acts.push({ type: 'strike', t: (t += 300), technique: 'abdominalThrust', stroke: goodStroke('abdominalThrust', { x: 0, y: -35 }, t - 200) });
    s = run(s, acts);
    const r = chokingResult(s);
    expect(r.sheet.items.find((i) => i.id === 'setCounts')?.status).toBe('missed');
    expect(r.sheet.items.find((i) => i.id === 'order')?.status).toBe('earned');
  });
});

describe('critical errors', () => {
  const base = (id: Parameters<typeof getChoking>[0], profile = PROFILES.crc) => start({ scenario: getChoking(id), profile, seed: 1, mode: 'practice', startT: 0 }).state;

  it('striking a person who can cough', () => {
    const s = run(base('adultMild'), [{ type: 'strike', t: 100, technique: 'backBlow', stroke: goodStroke('backBlow', { x: 0, y: 0 }, 0) }]);
    expect(chokingResult(s).sheet.criticalErrors.map((e) => e.id)).toEqual(['struckMildObstruction']);
  });

  it('abdominal thrusts on an infant', () => {
    const s = run(base('infantSevere'), [
      { type: 'placeHand', t: 50, at: { x: 0, y: -85 }, input: 'pointer' },
      { type: 'strike', t: 100, technique: 'abdominalThrust', stroke: goodStroke('abdominalThrust', { x: 0, y: -85 }, 0) },
    ]);
    expect(chokingResult(s).sheet.criticalErrors.map((e) => e.id)).toEqual(['abdominalThrustInfant']);
    expect(s.strikes[0]?.effective).toBe(false);
  });

  it('abdominal thrusts in late pregnancy', () => {
    const s = run(base('adultPregnant'), [
      { type: 'posture', t: 10, posture: 'behindFootBetween' },
      { type: 'placeHand', t: 50, at: { x: 0, y: -35 }, input: 'pointer' },
      { type: 'strike', t: 100, technique: 'abdominalThrust', stroke: goodStroke('abdominalThrust', { x: 0, y: -35 }, 0) },
    ]);
    expect(chokingResult(s).sheet.criticalErrors.map((e) => e.id)).toEqual(['abdominalThrustChestCase']);
  });

  it('a blind finger sweep, and no CPR after the collapse', () => {
    let s = base('adultUnresponsive');
    let t = 0;
    while (s.phase === 'conscious') {
      s = run(s, [{ type: 'posture', t: (t += 100), posture: 'behindFootBetween' }, { type: 'strike', t: (t += 300), technique: 'backBlow', stroke: goodStroke('backBlow', { x: 0, y: 0 }, t - 100) }]);
    }
    s = run(s, [{ type: 'lowerToGround', t: (t += 500) }, { type: 'openAirway', t: (t += 500) }, { type: 'removeObject', t: (t += 500) }, { type: 'finish', t: (t += 500) }]);
    expect(chokingResult(s).sheet.criticalErrors.map((e) => e.id)).toEqual(['blindFingerSweep', 'noCpr']);
  });

  it('removing the object only once it is seen ends the attempt without errors', () => {
    const { state } = playIdeal(getChoking('adultUnresponsive'), PROFILES.erc2025, { seed: 4 });
    const r = chokingResult(state);
    expect(r.outcome).toBe('removedFromMouth');
    expect(r.cpr?.compressions).toBeGreaterThanOrEqual(30);
    expect(r.cpr?.metrics?.compressionCount).toBeGreaterThanOrEqual(30);
  });
});

describe('gesture scoring', () => {
  const zone = { at: { x: 0, y: -35 }, radiusMm: 25, source: ['CRC' as const] };
  it('scores placement, direction and briskness of an abdominal thrust', () => {
    const ok = scoreGesture('abdominalThrust', goodStroke('abdominalThrust', { x: 0, y: -35 }, 0), zone, { x: 0, y: -35 });
    expect([ok.location, ok.direction, ok.speed, ok.effective]).toEqual(['ok', 'ok', 'ok', true]);
    const down = scoreGesture('abdominalThrust', { input: 'pointer', path: [{ t: 0, x: 0, y: -35 }, { t: 100, x: 0, y: 5 }] }, zone, { x: 0, y: -35 });
    expect(down.direction).toBe('off');
    const slow = scoreGesture('abdominalThrust', { input: 'pointer', path: [{ t: 0, x: 0, y: -35 }, { t: 1500, x: 0, y: -75 }] }, zone, { x: 0, y: -35 });
    expect(slow.speed).toBe('off');
    const high = scoreGesture('abdominalThrust', goodStroke('abdominalThrust', { x: 0, y: -150 }, 0), zone, { x: 0, y: -150 });
    expect(high.location).toBe('off');
    expect(high.distanceMm).toBeCloseTo(115);
  });
  it('a keyboard press measures time only', () => {
    const k = scoreGesture('backBlow', { input: 'keyboard', downT: 0, upT: 100 }, zone, null);
    expect([k.location, k.direction, k.speed, k.effective]).toEqual(['notMeasured', 'notMeasured', 'ok', true]);
    expect(scoreGesture('backBlow', { input: 'keyboard', downT: 0, upT: 900 }, zone, null).speed).toBe('off');
  });
  it('rejects malformed strokes and keyboard thrusts without a placed hand', () => {
    const s = start({ scenario: getChoking('adultSevere'), profile: PROFILES.crc, seed: 1, mode: 'practice', startT: 0 }).state;
    const bad = step(s, { type: 'strike', t: 10, technique: 'backBlow', stroke: { input: 'pointer', path: [] } });
    expect(bad.effects[0]).toMatchObject({ type: 'rejected' });
    const noHand = step(s, { type: 'strike', t: 10, technique: 'abdominalThrust', stroke: { input: 'keyboard', downT: 0, upT: 10 } });
    expect(noHand.effects[0]).toMatchObject({ type: 'rejected', key: 'choking.rejected.placeHandFirst' });
  });
  it('assessment mode gives no feedback', () => {
    const s = start({ scenario: getChoking('adultSevere'), profile: PROFILES.crc, seed: 1, mode: 'assessment', startT: 0 }).state;
    const r = step(s, { type: 'strike', t: 10, technique: 'backBlow', stroke: goodStroke('backBlow', { x: 200, y: 0 }, 0) });
    expect(r.effects.some((e) => e.type === 'feedback' || e.type === 'error')).toBe(false);
  });
  it('samples for CPR before the collapse are rejected', () => {
    const s = start({ scenario: getChoking('adultUnresponsive'), profile: PROFILES.crc, seed: 1, mode: 'practice', startT: 0 }).state;
    expect(step(s, { type: 'cprSamples', t: 10, samples: compressions(1, 0) }).effects[0]).toMatchObject({ type: 'rejected' });
  });
});

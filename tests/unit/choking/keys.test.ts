import { describe, expect, it } from 'vitest';
import { INFANT_HANDS, POSTURES, TECHNIQUES, CHOKING_KINDS, start, step, type ChokingAction, type ChokingState } from '../../../src/core/choking';
import { CHOKING_IDS, getChoking } from '../../../src/content/choking';
import { PROFILES } from '../../../src/content/protocols';
import { LOCALES } from '../../../src/content/locales/all';
import { compressions, goodStroke, playIdeal } from './driver';

type Tree = { [k: string]: string | Tree };
function has(key: string): boolean {
  let cur: string | Tree | undefined = LOCALES['zh-CN'] as Tree;
  for (const p of key.split('.')) cur = typeof cur === 'object' ? cur[p] : undefined;
  let en: string | Tree | undefined = LOCALES.en as Tree;
  for (const p of key.split('.')) en = typeof en === 'object' ? en[p] : undefined;
  return typeof cur === 'string' && typeof en === 'string';
}

describe('choking texts', () => {
  it('translate every key the engine emits on good and mistaken paths', () => {
    const keys = new Set<string>();
    const collect = (s: ChokingState, acts: ChokingAction[]) => {
      for (const a of acts) {
        const r = step(s, a);
        for (const e of r.effects) if ('key' in e) keys.add(e.key);
        s = r.state;
      }
      return s;
    };
    for (const id of CHOKING_IDS) {
      for (const p of ['crc', 'aha2025'] as const) {
        const { state, actions } = playIdeal(getChoking(id), PROFILES[p], { seed: 2 });
        const first = start({ scenario: getChoking(id), profile: PROFILES[p], seed: 2, mode: 'practice', startT: 1000 });
        for (const e of first.effects) if ('key' in e) keys.add(e.key);
        collect(first.state, actions);
        void state;
      }
      // Mistakes: every technique in every posture, wrong number, bad strokes, CPR paths.
      let s = start({ scenario: getChoking(id), profile: PROFILES.crc, seed: 2, mode: 'practice', startT: 0 }).state;
      const acts: ChokingAction[] = [{ type: 'callForHelp', t: 10, number: '999' }, { type: 'encourageCough', t: 20 }, { type: 'askChoking', t: 25 }];
      let t = 30;
      for (const posture of POSTURES) {
        acts.push({ type: 'posture', t: (t += 10), posture });
        for (const tq of TECHNIQUES) {
          acts.push({ type: 'placeHand', t: (t += 10), at: { x: 300, y: 300 }, input: 'pointer' });
          acts.push({ type: 'strike', t: (t += 200), technique: tq, stroke: { input: 'pointer', path: [{ t: t - 150, x: 0, y: 0 }, { t, x: 0, y: 80 }] } });
          acts.push({ type: 'strike', t: (t += 2000), technique: tq, stroke: { input: 'pointer', path: [{ t: t - 1900, x: 0, y: 0 }, { t, x: 0, y: -80 }] } });
          acts.push({ type: 'strike', t: (t += 200), technique: tq, stroke: goodStroke(tq, { x: 0, y: -35 }, t - 150) });
        }
      }
      for (const h of INFANT_HANDS) acts.push({ type: 'setHands', t: (t += 10), hands: h });
      acts.push({ type: 'lookInMouth', t: (t += 10) }, { type: 'strike', t: (t += 10), technique: 'backBlow', stroke: { input: 'pointer', path: [] } });
      s = collect(s, acts);
      const later: ChokingAction[] = [
        { type: 'lowerToGround', t: (t += 10) },
        { type: 'giveBreath', startT: t, t: (t += 1000) },
        { type: 'lookInMouth', t: (t += 10) },
        { type: 'openAirway', t: (t += 10) },
        { type: 'openAirway', t: (t += 10) },
        { type: 'removeObject', t: (t += 10) },
        { type: 'cprSamples', t: (t += 20000), samples: compressions(30, t - 19000) },
        { type: 'strike', t: (t += 10), technique: 'backBlow', stroke: goodStroke('backBlow', { x: 0, y: 0 }, t - 5) },
        { type: 'tick', t: 0 },
        { type: 'finish', t: (t += 10) },
        { type: 'finish', t: (t += 10) },
      ];
      collect(s, later);
    }
    for (const k of CHOKING_KINDS) keys.add(`choking.say.start.${k}`);
    const missing = [...keys].filter((k) => !has(k));
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(40);
  });

  it('has labels for every posture, technique, hands choice and hint', () => {
    const keys = [
      ...POSTURES.map((p) => `choking.posture.${p}`),
      ...TECHNIQUES.map((t) => `choking.technique.${t}`),
      ...INFANT_HANDS.map((h) => `choking.hands.${h}`),
      ...['askChoking', 'encourageCough', 'callForHelp', 'posture', 'setHands', 'placeHand', 'backBlow', 'abdominalThrust', 'chestThrust', 'lowerToGround', 'callEmergency', 'compress', 'openAirway', 'lookInMouth', 'removeObject', 'giveBreath'].map((h) => `choking.hint.${h}`),
      ...['profile', 'otherProfile', 'wrong', 'none'].map((j) => `choking.result.orderJudgement.${j}`),
      ...['clearedByCough', 'expelled', 'removedFromMouth', 'unfinished'].map((o) => `choking.result.outcome.${o}`),
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { replaySkill, scoreSheet, type SkillItemDef, type StepMachine } from '../../../src/core/skills';

const L = (s: string) => ({ 'zh-CN': s, en: s });
const items: SkillItemDef<'a' | 'b' | 'c' | 'd'>[] = [
  { id: 'a', points: 2, label: L('a') },
  { id: 'b', points: 3, label: L('b') },
  { id: 'c', points: 5, label: L('c'), profiles: ['aha2025'] },
  { id: 'd', points: 4, label: L('d'), notScoredFor: ['crc'] },
];
const criticalErrors = [{ id: 'x' as const, label: L('x') }];

describe('scoreSheet', () => {
  it('keeps only the items of the active profile and leaves disputed items out of the total', () => {
    const r = scoreSheet({ items, criticalErrors, profile: 'crc', judgements: { a: 'earned', d: 'earned' }, errors: [], finished: true, passPct: 40 });
    expect(r.items.map((i) => [i.id, i.status])).toEqual([['a', 'earned'], ['b', 'missed'], ['d', 'notScored']]);
    expect([r.earned, r.possible, r.pct, r.passed]).toEqual([2, 5, 40, true]);
  });

  it('fails on any critical error whatever the points, and counts repeats', () => {
    const r = scoreSheet({ items, criticalErrors, profile: 'crc', judgements: { a: 'earned', b: 'earned' }, errors: [{ id: 'x', t: 5 }, { id: 'x', t: 9 }], finished: true, passPct: 50 });
    expect(r.pct).toBe(100);
    expect(r.passed).toBe(false);
    expect(r.criticalErrors).toEqual([{ id: 'x', label: L('x'), firstT: 5, count: 2 }]);
  });

  it('does not pass an unfinished attempt and takes notMeasured out of the possible points', () => {
    const r = scoreSheet({ items, criticalErrors, profile: 'aha2025', judgements: { a: 'earned', b: 'notMeasured', c: 'earned', d: 'earned' }, errors: [], finished: false, passPct: 50 });
    expect([r.earned, r.possible, r.passed]).toEqual([11, 11, false]);
  });
});

describe('replaySkill', () => {
  it('feeds the actions in order and collects the effects of each step', () => {
    const counter: StepMachine<number, { t: number; n: number }, string, number> = {
      start: (o) => ({ state: o, effects: ['start'] }),
      step: (s, a) => ({ state: s + a.n, effects: [`+${a.n}@${a.t}`] }),
    };
    const r = replaySkill(counter, 1, [{ t: 1, n: 2 }, { t: 2, n: 3 }]);
    expect(r.state).toBe(6);
    expect(r.effects).toEqual([['start'], ['+2@1'], ['+3@2']]);
  });
});

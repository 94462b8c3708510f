import { describe, expect, it } from 'vitest';
import { MOVE_GAME } from '../../../src/content/firstaid';
import { moveGameSchema } from '../../../src/content/firstaid/moveGameSchema';
import { examBlock, getFact } from '../../../src/content/questions/facts';
import { currentRound, moveGameMachine, moveGameResult, type MoveGameAction, type MoveGameDef, type MoveGameState } from '../../../src/core/firstaid';
import { replaySkill } from '../../../src/core/skills';
import { LOCALES } from '../../../src/content/locales/all';

const def: MoveGameDef = MOVE_GAME;
const LIMIT = def.roundTimeMs;
const opts = (seed = 7) => ({ def, profile: 'crc' as const, startT: 1000, seed });
const start = (seed = 7) => moveGameMachine.start(opts(seed)).state;
const rightOf = (round: string) => def.rounds.find((r) => r.id === round)?.options.find((o) => o.correct)?.id as string;
const wrongOf = (round: string, critical = false) =>
  def.rounds.find((r) => r.id === round)?.options.find((o) => !o.correct && !!o.critical === critical)?.id as string;

/** Plays every round in the seeded order, `answer` deciding each (an option id, or null for a timeout), `ms` after showing it. */
function play(seed: number, answer: (round: string, i: number) => { option: string | null; ms: number }): { actions: MoveGameAction[]; state: MoveGameState } {
  let s = start(seed);
  const actions: MoveGameAction[] = [];
  let t = 1000;
  const act = (a: MoveGameAction) => {
    const r = moveGameMachine.step(s, a);
    expect(r.effects.filter((e) => e.type === 'rejected')).toEqual([]);
    s = r.state;
    actions.push(a);
  };
  s.order.forEach((round, i) => {
    if (i > 0) act({ type: 'next', t: (t += 2000) });
    const { option, ms } = answer(round, i);
    t += ms;
    act(option === null ? { type: 'timeout', t, round } : { type: 'answer', t, round, option });
  });
  return { actions, state: s };
}

describe('move-or-not game content', () => {
  it('passes its schema: bilingual, 6–8 rounds, one right option each, declared critical errors', () => {
    const r = moveGameSchema.safeParse(MOVE_GAME);
    expect(r.success, JSON.stringify(r.error?.issues ?? [])).toBe(true);
  });

  it('rests every round on facts that exist and may decide an answer (not verify, not excluded)', () => {
    for (const round of MOVE_GAME.rounds) {
      expect(round.facts.length, round.id).toBeGreaterThan(0);
      for (const id of round.facts) {
        const fact = getFact(id);
        expect(fact, `${round.id} cites unknown fact ${id}`).toBeDefined();
        if (fact) expect(examBlock(fact), `${round.id}: ${id}`).toBeNull();
      }
    }
  });

  it('the schema refuses a (verify) fact, two right options and an undeclared critical error', () => {
    const bad = structuredClone(MOVE_GAME) as unknown as { rounds: { facts: string[]; options: { correct: boolean; critical?: string }[] }[] };
    (bad.rounds[0] as { facts: string[] }).facts = ['drown-crc-5-breaths'];
    expect(moveGameSchema.safeParse(bad).success).toBe(false);
    const two = structuredClone(MOVE_GAME) as unknown as typeof bad;
    for (const o of (two.rounds[1] as (typeof bad.rounds)[number]).options) o.correct = true;
    expect(moveGameSchema.safeParse(two).success).toBe(false);
    const crit = structuredClone(MOVE_GAME) as unknown as typeof bad;
    ((crit.rounds[1] as (typeof bad.rounds)[number]).options[1] as { critical?: string }).critical = 'nope';
    expect(moveGameSchema.safeParse(crit).success).toBe(false);
  });
});

describe('move-or-not game machine', () => {
  it('all right and in time: passes with every item earned, streak and mean time measured', () => {
    const { state } = play(3, (round, i) => ({ option: rightOf(round), ms: 1000 + i * 500 }));
    expect(state.finished).toBe(true);
    const r = moveGameResult(state);
    expect(r.sheet.items).toHaveLength(def.rounds.length);
    expect(r.sheet.items.every((i) => i.status === 'earned')).toBe(true);
    expect([r.sheet.passed, r.sheet.pct]).toEqual([true, 100]);
    expect(r.bestStreak).toBe(def.rounds.length);
    expect(r.meanAnswerMs).toBe(1000 + ((def.rounds.length - 1) * 500) / 2);
    expect(r.measures.map((m) => m.key)).toEqual(['firstaid.moveGame.measure.meanAnswer', 'firstaid.moveGame.measure.bestStreak']);
    // The result screen reads a dotted measure key as its label's i18n key: both languages have it.
    for (const lng of ['zh-CN', 'en'] as const) {
      for (const m of r.measures) {
        const label = m.key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], LOCALES[lng]);
        expect(typeof label, `${lng} ${m.key}`).toBe('string');
      }
    }
  });

  it('a wrong answer misses its round and breaks the streak; a critical option fails the game', () => {
    const s0 = start(3);
    const plain = s0.order.find((id) => wrongOf(id) !== undefined) as string;
    const { state } = play(3, (round) => ({ option: round === plain ? wrongOf(round) : rightOf(round), ms: 1000 }));
    const r = moveGameResult(state);
    expect(r.sheet.items.find((i) => i.id === plain)?.status).toBe('missed');
    expect(r.sheet.items.filter((i) => i.status === 'earned')).toHaveLength(def.rounds.length - 1);
    const at = s0.order.indexOf(plain);
    expect(r.bestStreak).toBe(Math.max(at, def.rounds.length - 1 - at));
    expect(r.sheet.criticalErrors).toEqual([]);

    const { state: bad } = play(3, (round) => ({ option: round === 'siteFall' ? wrongOf(round, true) : rightOf(round), ms: 1000 }));
    const rb = moveGameResult(bad);
    expect(rb.sheet.criticalErrors.map((c) => c.id)).toEqual(['movedWithoutDanger']);
    expect(rb.sheet.passed).toBe(false);
  });

  it('a right answer after the time limit is too slow: not earned', () => {
    const { state } = play(5, (round, i) => ({ option: rightOf(round), ms: i === 0 ? LIMIT + 1 : 2000 }));
    const first = state.records[0];
    expect(first?.outcome).toBe('tooSlow');
    expect(first?.answerMs).toBe(LIMIT + 1);
    const r = moveGameResult(state);
    expect(r.sheet.items.find((i) => i.id === state.order[0])?.status).toBe('missed');
    expect(r.bestStreak).toBe(def.rounds.length - 1);
    // Exactly at the limit still counts.
    const { state: onTime } = play(5, (round) => ({ option: rightOf(round), ms: LIMIT }));
    expect(moveGameResult(onTime).sheet.pct).toBe(100);
  });

  it('a timeout closes the round as missed, with no answer time; an early timeout is refused', () => {
    const s = start(9);
    const round = s.order[0] as string;
    expect(moveGameMachine.step(s, { type: 'timeout', t: 1000 + LIMIT - 1, round }).effects).toEqual([{ type: 'rejected', key: 'tooEarly' }]);
    const { state } = play(9, (id, i) => ({ option: i === 2 ? null : rightOf(id), ms: i === 2 ? LIMIT : 1500 }));
    expect(state.records[2]).toMatchObject({ outcome: 'timeout', option: null, answerMs: null });
    const r = moveGameResult(state);
    expect(r.sheet.items.find((i) => i.id === state.order[2])?.status).toBe('missed');
    expect(r.meanAnswerMs).toBe(1500);
    expect(r.bestStreak).toBe(def.rounds.length - 3);
  });

  it('replays from its log to the same result', () => {
    const { actions, state } = play(11, (round, i) => ({ option: i % 3 === 1 ? (wrongOf(round) ?? wrongOf(round, true)) : rightOf(round), ms: 800 + i * 900 }));
    const replayed = replaySkill(moveGameMachine, opts(11), actions).state;
    expect(moveGameResult(replayed)).toEqual(moveGameResult(state));
    expect(replayed).toEqual(state);
  });

  it('the seed decides the round order and each round\'s option order, the same every time', () => {
    const a = start(42);
    const b = start(42);
    expect(a.order).toEqual(b.order);
    expect(a.optionOrder).toEqual(b.optionOrder);
    expect([...a.order].sort()).toEqual(def.rounds.map((r) => r.id).sort());
    for (const r of def.rounds) expect([...(a.optionOrder[r.id] ?? [])].sort()).toEqual(r.options.map((o) => o.id).sort());
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => start(seed).order.join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(currentRound(a)?.id).toBe(a.order[0]);
  });

  it('rejects time going backwards, unknown rounds, answering twice, rounds not shown yet and anything after the end', () => {
    const s = start(1);
    const [r0, r1] = s.order as [string, string];
    const rej = (st: MoveGameState, a: MoveGameAction) => {
      const r = moveGameMachine.step(st, a);
      expect(r.state).toBe(st);
      return r.effects;
    };
    expect(rej(s, { type: 'answer', t: 999, round: r0, option: rightOf(r0) })).toEqual([{ type: 'rejected', key: 'timeBackwards' }]);
    expect(rej(s, { type: 'answer', t: 1100, round: 'nope', option: 'x' })).toEqual([{ type: 'rejected', key: 'unknown' }]);
    expect(rej(s, { type: 'answer', t: 1100, round: r0, option: 'nope' })).toEqual([{ type: 'rejected', key: 'noChoice' }]);
    expect(rej(s, { type: 'answer', t: 1100, round: r1, option: rightOf(r1) })).toEqual([{ type: 'rejected', key: 'notCurrent' }]);
    expect(rej(s, { type: 'next', t: 1100 })).toEqual([{ type: 'rejected', key: 'roundOpen' }]);
    const answered = moveGameMachine.step(s, { type: 'answer', t: 1200, round: r0, option: rightOf(r0) }).state;
    expect(rej(answered, { type: 'answer', t: 1300, round: r0, option: rightOf(r0) })).toEqual([{ type: 'rejected', key: 'alreadyAnswered' }]);
    expect(rej(answered, { type: 'timeout', t: 1000 + LIMIT, round: r0 })).toEqual([{ type: 'rejected', key: 'alreadyAnswered' }]);
    const next = moveGameMachine.step(answered, { type: 'next', t: 1300 });
    expect(next.effects).toEqual([{ type: 'round', round: r1, index: 1, deadline: 1300 + LIMIT }]);
    expect(rej(next.state, { type: 'answer', t: 1400, round: r0, option: rightOf(r0) })).toEqual([{ type: 'rejected', key: 'alreadyAnswered' }]);
    const ended = moveGameMachine.step(next.state, { type: 'finish', t: 1500 }).state;
    expect(ended.finished).toBe(true);
    expect(rej(ended, { type: 'answer', t: 1600, round: r1, option: rightOf(r1) })).toEqual([{ type: 'rejected', key: 'finished' }]);
    const r = moveGameResult(ended);
    expect(r.sheet.items.filter((i) => i.status === 'earned')).toHaveLength(1);
    expect(r.sheet.passed).toBe(false);
  });
});

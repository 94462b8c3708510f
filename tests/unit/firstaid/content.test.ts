import { describe, expect, it } from 'vitest';
import { BLEEDING_SCENARIOS, MOVE_GAME, PROCEDURES, ROLLER_EXERCISES } from '../../../src/content/firstaid';
import { BLEEDING_ITEMS, BLEEDING_ERRORS } from '../../../src/core/firstaid';
import type { LocalizedText } from '../../../src/core/text';

const texts: LocalizedText[] = [];
for (const s of BLEEDING_SCENARIOS) texts.push(s.title, s.brief, ...s.items.map((i) => i.label), ...s.criticalErrors.map((c) => c.label));
for (const r of Object.values(ROLLER_EXERCISES)) texts.push(r.title, r.brief, ...r.items.map((i) => i.label), ...r.criticalErrors.map((c) => c.label));
for (const p of PROCEDURES) {
  texts.push(p.title, p.brief, ...p.items.map((i) => i.label), ...p.criticalErrors.map((c) => c.label));
  for (const s of p.steps) texts.push(s.label, ...(s.hint ? [s.hint] : []), ...(s.choices ?? []).flatMap((c) => [c.label, c.why]));
  for (const h of p.hazards) texts.push(h.label, h.why);
}
texts.push(MOVE_GAME.title, MOVE_GAME.brief, ...MOVE_GAME.criticalErrors.map((c) => c.label));
for (const r of MOVE_GAME.rounds) texts.push(r.title, r.situation, ...r.options.flatMap((o) => [o.label, o.why]));

describe('first-aid content', () => {
  it('has every text in both languages', () => {
    expect(texts.filter((t) => !t['zh-CN'].trim() || !t.en.trim())).toEqual([]);
    expect(texts.filter((t) => !/[\u4e00-\u9fff]/.test(t['zh-CN']))).toEqual([]);
  });

  it('has unique ids and only known items and critical errors', () => {
    const ids = [...BLEEDING_SCENARIOS.map((s) => s.id), ...Object.keys(ROLLER_EXERCISES), ...PROCEDURES.map((p) => p.id), MOVE_GAME.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of BLEEDING_SCENARIOS) {
      for (const i of s.items) expect(BLEEDING_ITEMS).toContain(i.id);
      for (const c of s.criticalErrors) expect(BLEEDING_ERRORS).toContain(c.id);
    }
    for (const p of PROCEDURES) {
      expect(p.items.map((i) => i.id)).toEqual(p.steps.map((s) => s.id));
      const critical = new Set(p.criticalErrors.map((c) => c.id));
      for (const s of p.steps) for (const c of s.choices ?? []) if (c.critical) expect(critical.has(c.critical)).toBe(true);
      for (const h of p.hazards) expect(critical.has(h.critical)).toBe(true);
      for (const s of p.steps) if (s.choices) expect(s.choices.filter((c) => c.correct)).toHaveLength(1);
    }
  });

  it('keeps the disputed and unverified points out of every exam', () => {
    for (const s of BLEEDING_SCENARIOS) {
      for (const i of s.items) if (i.id === 'notLoosened' || i.id === 'packing') expect(i.notScoredFor).toEqual(['crc', 'aha2025', 'erc2025']);
    }
  });
});

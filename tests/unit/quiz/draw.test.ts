import { describe, expect, it } from 'vitest';
import { DEFAULT_COURSE } from '../../../src/content/questions/blueprint';
import { QUESTION_BANK } from '../../../src/content/questions';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import { drawPaper, resolvePaper, type ExamBlueprint } from '../../../src/core/quiz/draw';
import { QuizError } from '../../../src/core/quiz/types';
import { syntheticBank } from './fixtures';

const blueprint = DEFAULT_COURSE.blueprint;

describe('drawPaper', () => {
  it('is deterministic per seed', () => {
    const a = drawPaper(QUESTION_BANK, blueprint, 'crc', 12345);
    const b = drawPaper(QUESTION_BANK, blueprint, 'crc', 12345);
    expect(b).toEqual(a);
  });

  it('depends on the bank content, not its array order', () => {
    const a = drawPaper(QUESTION_BANK, blueprint, 'aha2025', 99);
    const b = drawPaper([...QUESTION_BANK].reverse(), blueprint, 'aha2025', 99);
    expect(b).toEqual(a);
  });

  it('gives different candidates different papers', () => {
    const ids = (seed: number) => drawPaper(QUESTION_BANK, blueprint, 'crc', seed).items.map((i) => i.questionId).join();
    const papers = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(ids));
    expect(papers.size).toBe(8);
  });

  it.each(PROFILE_IDS)('respects the blueprint and profile %s, with no duplicates', (profile) => {
    for (let seed = 0; seed < 50; seed++) {
      const paper = drawPaper(QUESTION_BANK, blueprint, profile, seed * 7919);
      const qs = resolvePaper(QUESTION_BANK, paper);
      expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
      expect(qs.every((q) => q.profiles.includes(profile))).toBe(true);
      let at = 0;
      for (const s of blueprint.sections) {
        const slice = qs.slice(at, at + s.count);
        expect(slice.every((q) => q.topic === s.topic)).toBe(true);
        at += s.count;
      }
      expect(at).toBe(qs.length);
    }
  });

  it('shuffles options as permutations and never shows order steps already sorted', () => {
    let shuffled = 0;
    for (let seed = 0; seed < 30; seed++) {
      const paper = drawPaper(QUESTION_BANK, blueprint, 'crc', seed);
      const qs = resolvePaper(QUESTION_BANK, paper);
      paper.items.forEach((item, i) => {
        const q = qs[i];
        if (!q) throw new Error('missing');
        const n = q.type === 'single' || q.type === 'multiple' ? q.options.length : q.type === 'order' ? q.steps.length : 0;
        expect([...item.optionOrder].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
        if (item.optionOrder.some((v, k) => v !== k)) shuffled++;
        if (q.type === 'order') expect(item.optionOrder.every((v, k) => v === k)).toBe(false);
      });
    }
    expect(shuffled).toBeGreaterThan(100);
  });

  it('leaves options in authored order when the blueprint says so', () => {
    const paper = drawPaper(QUESTION_BANK, { ...blueprint, shuffleOptions: false }, 'crc', 5);
    for (const item of paper.items) expect(item.optionOrder.every((v, k) => v === k)).toBe(true);
  });

  it('stores the seed so the paper re-shows exactly', () => {
    const paper = drawPaper(QUESTION_BANK, blueprint, 'erc2025', 0xdeadbeef);
    expect(paper.seed).toBe(0xdeadbeef);
    expect(drawPaper(QUESTION_BANK, blueprint, paper.profileId, paper.seed)).toEqual(paper);
  });

  it('refuses a blueprint the bank cannot fill for the profile', () => {
    const bank = syntheticBank(6);
    const bp: ExamBlueprint = { id: 'x', sections: [{ topic: 'cpr', count: 5 }], shuffleOptions: true };
    // crc sees 5 of the 6 cpr questions (one is erc-only); aha2025 sees only 4.
    expect(() => drawPaper(bank, bp, 'crc', 1)).not.toThrow();
    expect(() => drawPaper(bank, bp, 'aha2025', 1)).toThrow(QuizError);
    expect(() => drawPaper(bank, { ...bp, sections: [{ topic: 'drowning', count: 1 }] }, 'crc', 1)).toThrow(QuizError);
  });

  it('refuses a bank with duplicate ids', () => {
    const bank = syntheticBank(6);
    const first = bank[0];
    if (!first) throw new Error('empty');
    expect(() => drawPaper([...bank, first], { id: 'x', sections: [{ topic: 'cpr', count: 1 }], shuffleOptions: true }, 'crc', 1)).toThrow(QuizError);
  });

  it('draws every eligible question when a section asks for all of them', () => {
    const bank = syntheticBank(6);
    const bp: ExamBlueprint = { id: 'x', sections: [{ topic: 'aed', count: 5 }], shuffleOptions: true };
    const ids = drawPaper(bank, bp, 'crc', 3).items.map((i) => i.questionId).sort();
    expect(ids).toEqual(['aed-0', 'aed-2', 'aed-3', 'aed-4', 'aed-5']);
  });
});

import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/content/questions';
import { DEFAULT_LEITNER, drawPractice, practiceOrder, reviewCard, type LeitnerState } from '../../../src/core/quiz/practice';

const DAY = 24 * 3600_000;

describe('Leitner spaced repetition', () => {
  it('moves a right answer up a box and a miss back to box 1', () => {
    let s: LeitnerState = {};
    s = reviewCard(s, 'q', true, 0);
    expect(s['q']).toMatchObject({ box: 2, dueAt: 1 * DAY, reviews: 1, lapses: 0 });
    s = reviewCard(s, 'q', true, 2 * DAY);
    expect(s['q']).toMatchObject({ box: 3, dueAt: 5 * DAY });
    s = reviewCard(s, 'q', false, 6 * DAY);
    expect(s['q']).toMatchObject({ box: 1, dueAt: 6 * DAY, reviews: 3, lapses: 1 });
  });

  it('caps at the top box and leaves the old state untouched', () => {
    let s: LeitnerState = {};
    for (let i = 0; i < 10; i++) s = reviewCard(s, 'q', true, i * 30 * DAY);
    expect(s['q']?.box).toBe(DEFAULT_LEITNER.intervalsMs.length);
    const before = s;
    const after = reviewCard(s, 'q', false, 400 * DAY);
    expect(before['q']?.box).toBe(5);
    expect(after['q']?.box).toBe(1);
  });

  it('orders due cards (lowest box, most overdue) before new ones before later ones', () => {
    let s: LeitnerState = {};
    s = reviewCard(s, 'missed-early', false, 0);
    s = reviewCard(s, 'missed-late', false, 1000);
    s = reviewCard(s, 'known-due', true, 0); // box 2, due at 1 day
    s = reviewCard(s, 'known-later', true, 5 * DAY); // due at 6 days
    const now = 2 * DAY;
    const order = practiceOrder(s, ['new-b', 'known-later', 'known-due', 'new-a', 'missed-late', 'missed-early'], now);
    expect(order).toEqual(['missed-early', 'missed-late', 'known-due', 'new-b', 'new-a', 'known-later']);
  });

  it('draws a practice set with missed questions first, only for the profile, replayable from the seed', () => {
    const missed = ['cpr-rate', 'aed-no-shock', 'chk-sign'];
    let s: LeitnerState = {};
    for (const id of missed) s = reviewCard(s, id, false, 0);
    const a = drawPractice(QUESTION_BANK, 'erc2025', s, 10, { count: 10, seed: 77 });
    expect(a.kind).toBe('practice');
    expect(a.items.slice(0, 3).map((i) => i.questionId).sort()).toEqual([...missed].sort());
    expect(a.items).toHaveLength(10);
    const ids = new Set(QUESTION_BANK.filter((q) => q.profiles.includes('erc2025')).map((q) => q.id));
    expect(a.items.every((i) => ids.has(i.questionId))).toBe(true);
    expect(drawPractice(QUESTION_BANK, 'erc2025', s, 10, { count: 10, seed: 77 })).toEqual(a);
  });

  it('can limit practice to topics', () => {
    const p = drawPractice(QUESTION_BANK, 'crc', {}, 0, { count: 50, seed: 1, topics: ['bandaging'] });
    expect(p.items.length).toBe(QUESTION_BANK.filter((q) => q.topic === 'bandaging' && q.profiles.includes('crc')).length);
    expect(p.items.every((i) => i.topic === 'bandaging')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/content/lessons';
import { LAW_SOURCES } from '../../../src/content/lessons/law';
import { PICTURES, PICTURE_IDS } from '../../../src/content/lessons/pictures';
import { lessonsSchema, pictureSchema } from '../../../src/content/lessons/schema';
import { DEFAULT_COURSE } from '../../../src/content/questions/blueprint';
import { FACTS, getFact } from '../../../src/content/questions/facts';
import { QUESTION_BANK, UNSOURCED_TOPICS } from '../../../src/content/questions';
import { courseSchema, questionBankSchema, questionSchema } from '../../../src/content/questions/schema';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import { blueprintShortfalls } from '../../../src/core/quiz/draw';
import { QUESTION_TYPES, TOPIC_IDS, type Question } from '../../../src/core/quiz/types';

const issues = (r: { success: boolean; error?: { issues: unknown[] } }) => JSON.stringify(r.error?.issues ?? []);
const byId = (id: string): Question => {
  const q = QUESTION_BANK.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return structuredClone(q) as Question;
};
type Loose = Record<string, unknown>;
const broken = (id: string, edit: (q: Loose) => void): unknown => {
  const q = byId(id) as unknown as Loose;
  edit(q);
  return q;
};

describe('question bank', () => {
  it('passes the bank schema', () => {
    const r = questionBankSchema.safeParse(QUESTION_BANK);
    expect(r.success, issues(r)).toBe(true);
  });

  it('holds at least 120 questions, every sourced topic and every type', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(120);
    for (const topic of TOPIC_IDS) {
      const n = QUESTION_BANK.filter((q) => q.topic === topic).length;
      if (UNSOURCED_TOPICS.includes(topic)) expect(n, topic).toBe(0);
      else expect(n, topic).toBeGreaterThanOrEqual(8);
    }
    for (const type of QUESTION_TYPES) expect(QUESTION_BANK.some((q) => q.type === type), type).toBe(true);
  });

  it('keeps legal protection empty because clinical.md has no source for it', () => {
    expect(UNSOURCED_TOPICS).toEqual(['legal']);
    expect(FACTS.some((f) => /law|legal|liab|samaritan/i.test(f.text))).toBe(false);
  });

  it('cites no (verify) or exam-excluded fact', () => {
    for (const q of QUESTION_BANK) {
      for (const id of q.facts) {
        const fact = getFact(id);
        expect(fact, `${q.id} cites unknown fact ${id}`).toBeDefined();
        expect(fact?.verify, `${q.id} rests on (verify) fact ${id}`).toBe(false);
        expect(fact?.excluded, `${q.id} rests on excluded fact ${id}`).toBeUndefined();
      }
    }
  });

  it('never cites PRODUCT and cites exactly the keys of its facts', () => {
    for (const q of QUESTION_BANK) {
      expect(q.sourceKeys).not.toContain('PRODUCT');
      const keys = new Set(q.facts.flatMap((id) => getFact(id)?.sourceKeys ?? []));
      expect(new Set(q.sourceKeys), q.id).toEqual(keys);
    }
  });

  it('has unique ids and unique stems', () => {
    expect(new Set(QUESTION_BANK.map((q) => q.id)).size).toBe(QUESTION_BANK.length);
    expect(new Set(QUESTION_BANK.map((q) => q.stem['zh-CN'])).size).toBe(QUESTION_BANK.length);
    expect(new Set(QUESTION_BANK.map((q) => q.stem.en)).size).toBe(QUESTION_BANK.length);
  });

  it('does not always key the same option', () => {
    const singles = QUESTION_BANK.filter((q) => q.type === 'single');
    const keyed = new Set(singles.map((q) => (q.type === 'single' ? q.answer : -1)));
    expect(keyed.size).toBeGreaterThanOrEqual(3);
  });

  it('keeps true/false answers mixed', () => {
    const tf = QUESTION_BANK.filter((q) => q.type === 'trueFalse');
    const trues = tf.filter((q) => q.type === 'trueFalse' && q.answer).length;
    expect(trues).toBeGreaterThan(tf.length * 0.3);
    expect(trues).toBeLessThan(tf.length * 0.7);
  });
});

describe('question schema rejects broken questions', () => {
  const cases: [string, unknown][] = [
    ['missing Chinese stem', broken('cpr-rate', (q) => ((q.stem as Loose)['zh-CN'] = ''))],
    ['untranslated Chinese stem', broken('cpr-rate', (q) => ((q.stem as Loose)['zh-CN'] = 'What is the rate?'))],
    ['missing English explanation', broken('cpr-rate', (q) => delete (q.explanation as Loose).en)],
    ['missing Chinese option', broken('cpr-rate', (q) => (((q.options as Loose[])[0] as Loose)['zh-CN'] = '60–80 per minute'))],
    ['unknown source key', broken('cpr-rate', (q) => (q.sourceKeys = ['WIKIPEDIA']))],
    ['PRODUCT as source', broken('cpr-rate', (q) => (q.sourceKeys = ['PRODUCT']))],
    ['source key not backed by its facts', broken('cpr-rate', (q) => (q.sourceKeys = ['NILES2011']))],
    ['single answer out of range', broken('cpr-rate', (q) => (q.answer = 4))],
    ['negative answer', broken('cpr-rate', (q) => (q.answer = -1))],
    ['multiple answer out of range', broken('cpr-quality-multi', (q) => (q.answer = [0, 9]))],
    ['multiple with one answer', broken('cpr-quality-multi', (q) => (q.answer = [0]))],
    ['multiple with repeated answer', broken('cpr-quality-multi', (q) => (q.answer = [0, 0, 1]))],
    ['order with duplicate steps', broken('aed-steps-order', (q) => ((q.steps as unknown[])[2] = (q.steps as unknown[])[1]))],
    ['order with two steps', broken('aed-steps-order', (q) => (q.steps = (q.steps as unknown[]).slice(0, 2)))],
    ['duplicate options', broken('cpr-rate', (q) => ((q.options as unknown[])[1] = (q.options as unknown[])[0]))],
    ['spot region outside the picture', broken('cpr-crc-hand-spot', (q) => (q.regions = [{ kind: 'circle', cx: 1.4, cy: 0.4, r: 0.05 }]))],
    ['spot without regions', broken('cpr-crc-hand-spot', (q) => (q.regions = []))],
    ['spot on an unknown picture', broken('cpr-crc-hand-spot', (q) => (q.picture = 'no-such-picture'))],
    ['unknown topic', broken('cpr-rate', (q) => (q.topic = 'cooking'))],
    ['difficulty 4', broken('cpr-rate', (q) => (q.difficulty = 4))],
    ['no profiles', broken('cpr-rate', (q) => (q.profiles = []))],
    ['unknown fact', broken('cpr-rate', (q) => (q.facts = ['made-up-fact']))],
    ['a (verify) fact', broken('cpr-ccf', (q) => (q.facts = ['ccf-80']))],
    ['an exam-excluded fact', broken('bld-tq-time-tf', (q) => ((q.facts = ['tq-no-loosen']), (q.profiles = ['aha2025', 'erc2025'])))],
    ['profile its facts do not hold for', broken('rec-crc-number', (q) => (q.profiles = ['crc', 'aha2025']))],
    ['profile-specific stem that does not name the profile', broken('chk-aha-adult', (q) => (q.stem = { 'zh-CN': '成人严重气道梗阻时应如何处理？', en: 'What do you do for a severe adult obstruction?' }))],
    ['extra field', broken('cpr-rate', (q) => (q.hint = 'psst'))],
    ['wrong type tag', broken('cpr-rate', (q) => (q.type = 'essay'))],
  ];
  it.each(cases)('%s', (_name, q) => {
    expect(questionSchema.safeParse(q).success).toBe(false);
  });

  it('accepts an untouched question, so the cases above fail for their edit', () => {
    for (const id of ['cpr-rate', 'cpr-quality-multi', 'aed-steps-order', 'cpr-crc-hand-spot', 'cpr-ccf', 'rec-crc-number', 'chk-aha-adult']) {
      expect(questionSchema.safeParse(byId(id)).success, id).toBe(true);
    }
  });

  it('rejects a bank with a duplicate id or too few questions', () => {
    const dup = [...QUESTION_BANK, QUESTION_BANK[0]];
    expect(questionBankSchema.safeParse(dup).success).toBe(false);
    expect(questionBankSchema.safeParse(QUESTION_BANK.slice(0, 100)).success).toBe(false);
  });
});

describe('facts table', () => {
  it('mirrors clinical.md (verify) items as verify facts', () => {
    const verify = FACTS.filter((f) => f.verify).map((f) => f.id).sort();
    expect(verify).toEqual(
      ['aed-prompts-zh', 'aha-lone-child-2min', 'ccf-80', 'crc-report-wording', 'drown-crc-5-breaths', 'recoil-tolerance-mm'].sort(),
    );
  });

  it('has unique ids, keys and profiles on every row, and no PRODUCT', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const f of FACTS) {
      expect(f.sourceKeys.length, f.id).toBeGreaterThan(0);
      expect(f.sourceKeys).not.toContain('PRODUCT');
      expect(f.profiles.length, f.id).toBeGreaterThan(0);
      expect(f.profiles.every((p) => (PROFILE_IDS as readonly string[]).includes(p))).toBe(true);
    }
  });
});

describe('default course', () => {
  it('passes the course schema with an 80% pass mark', () => {
    const r = courseSchema.safeParse(DEFAULT_COURSE);
    expect(r.success, issues(r)).toBe(true);
    expect(DEFAULT_COURSE.passMarkPct).toBe(80);
  });

  it.each(PROFILE_IDS)('can be drawn for %s', (profile) => {
    expect(blueprintShortfalls(QUESTION_BANK, DEFAULT_COURSE.blueprint, profile)).toEqual([]);
  });

  it('asks 20–30 questions and no unsourced topic', () => {
    const n = DEFAULT_COURSE.blueprint.sections.reduce((s, x) => s + x.count, 0);
    expect(n).toBeGreaterThanOrEqual(20);
    expect(n).toBeLessThanOrEqual(30);
    expect(DEFAULT_COURSE.blueprint.sections.some((s) => UNSOURCED_TOPICS.includes(s.topic))).toBe(false);
  });
});

describe('lessons and pictures', () => {
  it('pass their schemas, one lesson per topic', () => {
    const r = lessonsSchema.safeParse(LESSONS);
    expect(r.success, issues(r)).toBe(true);
    for (const id of PICTURE_IDS) {
      const p = pictureSchema.safeParse(PICTURES[id]);
      expect(p.success, `${id} ${issues(p)}`).toBe(true);
    }
  });

  it('teaches the legal lesson only from the statute it quotes, and asks no legal question', () => {
    const legal = LESSONS.find((l) => l.topic === 'legal');
    expect(legal?.status).toBe('ready');
    expect(legal?.blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of legal?.blocks ?? []) {
      expect(b.facts).toEqual([]);
      expect(b.law).toEqual(['cn-civil-code-184']);
    }
    // The quoted line carries the article's own words.
    expect(legal?.blocks[0]?.text['zh-CN']).toContain(LAW_SOURCES['cn-civil-code-184'].text['zh-CN']);
    expect(QUESTION_BANK.some((q) => q.topic === 'legal')).toBe(false);
  });

  it('refuses a lesson line that names no source, or both facts and law', () => {
    const ls = structuredClone(LESSONS) as unknown as { blocks: { facts: string[]; law?: string[]; sourceKeys: string[] }[] }[];
    const line = ls.find((l) => l.blocks.some((b) => b.facts.length > 0))!.blocks.find((b) => b.facts.length > 0)!;
    line.law = ['cn-civil-code-184'];
    expect(lessonsSchema.safeParse(ls).success).toBe(false);
    line.facts = [];
    line.sourceKeys = [];
    delete line.law;
    expect(lessonsSchema.safeParse(ls).success).toBe(false);
  });

  it('teaches no (verify) fact and names a source on every line', () => {
    for (const l of LESSONS) {
      for (const b of l.blocks) {
        expect(b.sourceKeys.length + (b.law?.length ?? 0)).toBeGreaterThan(0);
        for (const id of b.facts) expect(getFact(id)?.verify, id).toBe(false);
      }
    }
  });

  it('rejects a lesson line that rests on a (verify) fact', () => {
    const ls = structuredClone(LESSONS) as unknown as { blocks: { facts: string[] }[] }[];
    const first = ls[0]?.blocks[0];
    if (!first) throw new Error('no block');
    first.facts = ['crc-report-wording'];
    expect(lessonsSchema.safeParse(ls).success).toBe(false);
  });

  it('uses every picture, and every spot question uses a target of its picture', () => {
    const used = new Set(LESSONS.flatMap((l) => l.pictures));
    for (const id of PICTURE_IDS) expect(used.has(id), id).toBe(true);
    for (const q of QUESTION_BANK) {
      if (q.type !== 'spot') continue;
      const targets = Object.values(PICTURES[q.picture as keyof typeof PICTURES].targets);
      expect(targets.some((t) => JSON.stringify(t) === JSON.stringify(q.regions)), q.id).toBe(true);
    }
  });
});

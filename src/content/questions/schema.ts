import { z } from 'zod';
import { PROFILE_IDS, SOURCE_KEYS, type ProfileId } from '../../core/protocol/profile';
import { QUESTION_TYPES, TOPIC_IDS } from '../../core/quiz/types';
import { PICTURE_IDS } from '../lessons/pictures';
import { examBlock, FACT_IDS, getFact, profilesOf, sourcesOf } from './facts';

const CJK = /[\u3400-\u9fff]/u;
const LATIN = /[A-Za-z]/;

/** Both languages present and non-blank; a short label ("120", "30:2") may read the same in both. */
export const localizedText = z
  .strictObject({ 'zh-CN': z.string().trim().min(1), en: z.string().trim().min(1) })
  .refine((t) => !LATIN.test(t.en) || CJK.test(t['zh-CN']), {
    message: 'zh-CN text is missing: the English has words but the Chinese has no Chinese characters',
  })
  .refine((t) => !CJK.test(t.en), { message: 'en text contains Chinese characters' });

/** Sentences (stems, explanations, lesson lines): real Chinese and real English, both required. */
export const prose = localizedText.refine((t) => CJK.test(t['zh-CN']) && LATIN.test(t.en), {
  message: 'both a Chinese and an English sentence are required',
});

const unit = z.number().min(0).max(1);
export const regionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('circle'), cx: unit, cy: unit, r: z.number().positive().max(0.5) }),
  z.strictObject({ kind: z.literal('polygon'), points: z.array(z.tuple([unit, unit])).min(3) }),
]);

const distinct = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;
const distinctText = (xs: readonly { 'zh-CN': string; en: string }[]) =>
  distinct(xs.map((x) => x['zh-CN'])) && distinct(xs.map((x) => x.en));

/** Every SOURCE_KEY but PRODUCT: a question must rest on clinical.md, never on the product's choice. */
export const clinicalSourceKey = z.enum(SOURCE_KEYS).exclude(['PRODUCT']);

const base = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'ids are kebab-case with a topic prefix'),
  topic: z.enum(TOPIC_IDS),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  profiles: z.array(z.enum(PROFILE_IDS)).min(1).refine(distinct, 'profiles repeat'),
  sourceKeys: z.array(clinicalSourceKey).min(1).refine(distinct, 'source keys repeat'),
  facts: z.array(z.enum(FACT_IDS)).min(1).refine(distinct, 'facts repeat'),
  stem: prose,
  explanation: prose,
};

const single = z
  .strictObject({
    ...base,
    type: z.literal('single'),
    options: z.array(localizedText).min(2).max(6).refine(distinctText, 'options repeat'),
    answer: z.number().int().nonnegative(),
  })
  .refine((q) => q.answer < q.options.length, { message: 'answer index out of range', path: ['answer'] });

const multiple = z
  .strictObject({
    ...base,
    type: z.literal('multiple'),
    options: z.array(localizedText).min(3).max(6).refine(distinctText, 'options repeat'),
    answer: z.array(z.number().int().nonnegative()).min(2).refine(distinct, 'answer indices repeat'),
  })
  .refine((q) => q.answer.every((i) => i < q.options.length), { message: 'answer index out of range', path: ['answer'] });

const trueFalse = z.strictObject({ ...base, type: z.literal('trueFalse'), answer: z.boolean() });

const order = z.strictObject({
  ...base,
  type: z.literal('order'),
  steps: z.array(localizedText).min(3).max(8).refine(distinctText, 'order steps repeat'),
});

const spot = z.strictObject({
  ...base,
  type: z.literal('spot'),
  picture: z.enum(PICTURE_IDS),
  regions: z.array(regionSchema).min(1),
});

/** How a stem names a profile when a question does not hold for all of them. */
export const PROFILE_MARKERS: Readonly<Record<ProfileId, { zh: string; en: string }>> = {
  crc: { zh: '中国红十字会', en: 'Red Cross' },
  aha2025: { zh: 'AHA', en: 'AHA' },
  erc2025: { zh: 'ERC', en: 'ERC' },
};

/**
 * One question, with the checks that tie it to clinical.md:
 * - every fact exists, and none is (verify) or kept out of exams;
 * - its profiles are ones every fact holds for (no blending of profiles);
 * - its source keys are exactly those of its facts;
 * - a question that does not hold for every profile names its profile(s) in the stem.
 */
export const questionSchema = z
  .discriminatedUnion('type', [single, multiple, trueFalse, order, spot])
  .superRefine((q, ctx) => {
    for (const id of q.facts) {
      const fact = getFact(id);
      const why = fact === undefined ? 'unknown fact' : examBlock(fact);
      if (why !== null) ctx.addIssue({ code: 'custom', path: ['facts'], message: `${id}: ${why}` });
    }
    const allowed = profilesOf(q.facts);
    for (const p of q.profiles) {
      if (!allowed.includes(p)) {
        ctx.addIssue({ code: 'custom', path: ['profiles'], message: `${p}: not every fact holds for it` });
      }
    }
    const keys = sourcesOf(q.facts);
    if (q.sourceKeys.length !== keys.length || !q.sourceKeys.every((k) => keys.includes(k))) {
      ctx.addIssue({ code: 'custom', path: ['sourceKeys'], message: `source keys must be those of the facts: ${keys.join(', ')}` });
    }
    if (q.profiles.length < PROFILE_IDS.length) {
      for (const p of q.profiles) {
        const m = PROFILE_MARKERS[p];
        if (!q.stem['zh-CN'].includes(m.zh) || !q.stem.en.includes(m.en)) {
          ctx.addIssue({ code: 'custom', path: ['stem'], message: `holds only for some profiles, so the stem must name ${p}` });
        }
      }
    }
  });

export const MIN_BANK_SIZE = 120;

/** The whole bank: valid questions, unique ids, at least MIN_BANK_SIZE, every type used. */
export const questionBankSchema = z
  .array(questionSchema)
  .min(MIN_BANK_SIZE)
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${q.id}` });
      seen.add(q.id);
    });
    for (const type of QUESTION_TYPES) {
      if (!bank.some((q) => q.type === type)) ctx.addIssue({ code: 'custom', message: `no ${type} question` });
    }
  });

const retake = z.strictObject({
  maxAttempts: z.number().int().positive().nullable(),
  cooldownMs: z.number().int().nonnegative(),
  retakeAfterPass: z.boolean(),
});

export const courseSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d{4}\.\d+$/),
  title: prose,
  blueprint: z.strictObject({
    id: z.string().min(1),
    sections: z
      .array(z.strictObject({ topic: z.enum(TOPIC_IDS), count: z.number().int().positive() }))
      .min(1)
      .refine((s) => distinct(s.map((x) => x.topic)), 'a topic appears in two sections'),
    shuffleOptions: z.boolean(),
  }),
  timeLimitMs: z.number().int().positive(),
  passMarkPct: z.number().min(0).max(100),
  retake,
});

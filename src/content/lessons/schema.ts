import { z } from 'zod';
import { PROFILE_IDS } from '../../core/protocol/profile';
import { TOPIC_IDS } from '../../core/quiz/types';
import { FACT_IDS, getFact, profilesOf, sourcesOf } from '../questions/facts';
import { clinicalSourceKey, localizedText, prose, regionSchema } from '../questions/schema';
import { LAW_IDS } from './law';
import { PICTURE_IDS } from './pictures';

const unit = z.number().min(0).max(1);
const style = z.enum([
  'skin',
  'outline',
  'bone',
  'landmark',
  'wound',
  'pad',
  'dressing',
  'bandage',
  'splint',
  'device',
  'button',
  'water',
  'ground',
  'rescuer',
  'label',
]);
const pt = z.tuple([unit, unit]);

export const shapeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('circle'), cx: unit, cy: unit, r: z.number().positive().max(0.5), style }),
  z.strictObject({ kind: z.literal('ellipse'), cx: unit, cy: unit, rx: z.number().positive(), ry: z.number().positive(), style }),
  z
    .strictObject({ kind: z.literal('rect'), x: unit, y: unit, w: z.number().positive(), h: z.number().positive(), style })
    .refine((r) => r.x + r.w <= 1 + 1e-9 && r.y + r.h <= 1 + 1e-9, 'rect leaves the picture'),
  z.strictObject({ kind: z.literal('polygon'), points: z.array(pt).min(3), style }),
  z.strictObject({ kind: z.literal('polyline'), points: z.array(pt).min(2), style }),
  z.strictObject({
    kind: z.literal('text'),
    x: unit,
    y: unit,
    text: localizedText,
    anchor: z.enum(['start', 'middle', 'end']),
    style: z.literal('label'),
  }),
]);

export const pictureSchema = z.strictObject({
  id: z.enum(PICTURE_IDS),
  title: prose,
  alt: prose,
  cmPerUnit: z.number().positive().optional(),
  shapes: z.array(shapeSchema).min(1),
  targets: z.record(z.string().regex(/^[a-zA-Z]+$/), z.array(regionSchema).min(1)),
});

const block = z
  .strictObject({
    kind: z.enum(['paragraph', 'bullet']),
    text: prose,
    facts: z.array(z.enum(FACT_IDS)),
    law: z.array(z.enum(LAW_IDS)).min(1).optional(),
    /** Shown only under these profiles; all when absent. */
    profiles: z.array(z.enum(PROFILE_IDS)).min(1).optional(),
    sourceKeys: z.array(clinicalSourceKey),
  })
  .superRefine((b, ctx) => {
    // Every line names a source: clinical facts, or (legal lesson only) the statute it quotes.
    if (b.facts.length === 0 && !b.law) ctx.addIssue({ code: 'custom', path: ['facts'], message: 'a line needs a fact or a law' });
    if (b.facts.length > 0 && b.law) ctx.addIssue({ code: 'custom', path: ['law'], message: 'a line rests on facts or on law, not both' });
    for (const id of b.facts) {
      if (getFact(id)?.verify !== false) {
        ctx.addIssue({ code: 'custom', path: ['facts'], message: `${id}: (verify) facts are not taught` });
      }
    }
    const allowed = profilesOf(b.facts);
    for (const p of b.profiles ?? PROFILE_IDS) {
      if (!allowed.includes(p)) ctx.addIssue({ code: 'custom', path: ['profiles'], message: `${p}: not every fact holds for it` });
    }
    const keys = sourcesOf(b.facts);
    if (b.sourceKeys.length !== keys.length || !b.sourceKeys.every((k) => keys.includes(k))) {
      ctx.addIssue({ code: 'custom', path: ['sourceKeys'], message: 'source keys must be those of the facts' });
    }
  });

/**
 * A lesson. 'awaitingSource' marks a course topic clinical.md does not cover: it carries a note and
 * no teaching content until a source is added.
 */
export const lessonSchema = z
  .strictObject({
    topic: z.enum(TOPIC_IDS),
    status: z.enum(['ready', 'awaitingSource']),
    title: prose,
    pictures: z.array(z.enum(PICTURE_IDS)),
    blocks: z.array(block),
    note: prose.optional(),
  })
  .superRefine((l, ctx) => {
    if (l.status === 'ready' && (l.blocks.length < 3 || l.pictures.length < 1)) {
      ctx.addIssue({ code: 'custom', message: 'a ready lesson needs at least 3 blocks and a picture' });
    }
    if (l.status === 'awaitingSource' && (l.blocks.length > 0 || l.note === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a lesson awaiting a source has a note and no content' });
    }
  });

export const lessonsSchema = z.array(lessonSchema).superRefine((ls, ctx) => {
  for (const topic of TOPIC_IDS) {
    const n = ls.filter((l) => l.topic === topic).length;
    if (n !== 1) ctx.addIssue({ code: 'custom', message: `topic ${topic} has ${n} lessons, expected 1` });
  }
});

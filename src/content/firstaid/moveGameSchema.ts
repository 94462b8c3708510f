import { z } from 'zod';
import { PROFILE_IDS } from '../../core/protocol/profile';
import { examBlock, FACT_IDS, getFact, profilesOf } from '../questions/facts';
import { localizedText, prose } from '../questions/schema';
import { MOVE_SCENES } from './moveGame';

const distinct = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;
const id = z.string().regex(/^[a-z][A-Za-z0-9]*$/);

const option = z.strictObject({
  id,
  label: localizedText,
  correct: z.boolean(),
  why: prose,
  critical: id.optional(),
});

/**
 * One round: 2–4 options with distinct ids, exactly one right, and facts that may decide a right
 * answer by the same rule as the question bank's (`examBlock`: not (verify), not kept out of
 * exams) and that hold for every profile, since the game runs under each of them.
 */
const round = z
  .strictObject({
    id,
    scene: z.enum(MOVE_SCENES),
    title: localizedText,
    situation: prose,
    options: z.array(option).min(2).max(4),
    facts: z.array(z.enum(FACT_IDS)).min(1).refine(distinct, 'facts repeat'),
  })
  .superRefine((r, ctx) => {
    if (!distinct(r.options.map((o) => o.id))) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids repeat' });
    if (r.options.filter((o) => o.correct).length !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: 'exactly one option is right' });
    if (r.options.some((o) => o.correct && o.critical)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'the right option cannot be a critical error' });
    for (const f of r.facts) {
      const fact = getFact(f);
      const why = fact === undefined ? 'unknown fact' : examBlock(fact);
      if (why !== null) ctx.addIssue({ code: 'custom', path: ['facts'], message: `${f}: ${why}` });
    }
    const held = profilesOf(r.facts);
    for (const p of PROFILE_IDS) if (!held.includes(p)) ctx.addIssue({ code: 'custom', path: ['facts'], message: `not every fact holds for ${p}` });
  });

/** The whole game: bilingual texts, 6–8 rounds with unique ids, every critical error declared. */
export const moveGameSchema = z
  .strictObject({
    id,
    version: z.string().regex(/^\d+$/),
    title: localizedText,
    brief: prose,
    roundTimeMs: z.number().int().min(5_000).max(60_000),
    pointsPerRound: z.number().int().positive(),
    passPct: z.number().min(0).max(100),
    rounds: z.array(round).min(6).max(8),
    criticalErrors: z.array(z.strictObject({ id, label: localizedText })),
  })
  .superRefine((g, ctx) => {
    if (!distinct(g.rounds.map((r) => r.id))) ctx.addIssue({ code: 'custom', path: ['rounds'], message: 'round ids repeat' });
    const declared = new Set(g.criticalErrors.map((c) => c.id));
    for (const r of g.rounds) {
      for (const o of r.options) if (o.critical && !declared.has(o.critical)) ctx.addIssue({ code: 'custom', path: ['criticalErrors'], message: `${o.critical} is not declared` });
    }
  });

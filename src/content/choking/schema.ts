import { z } from 'zod';
import { PROFILE_IDS, SOURCE_KEYS } from '../../core/protocol/profile';
import { CHOKING_KINDS, CHOKING_PATIENTS, POSTURES, TECHNIQUES } from '../../core/choking/types';

const text = z.strictObject({ 'zh-CN': z.string().trim().min(1), en: z.string().trim().min(1) });
const source = z.array(z.enum(SOURCE_KEYS)).min(1);
const draw = z
  .strictObject({ min: z.number().int().positive(), max: z.number().int().positive(), productChoice: z.literal(true) })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
const zone = z.strictObject({
  at: z.strictObject({ x: z.number(), y: z.number() }),
  radiusMm: z.number().positive(),
  source,
  productChoice: z.boolean().optional(),
});

const ITEM_IDS = [
  'askChoking',
  'encourageCough',
  'callForHelp',
  'posture',
  'backBlows',
  'abdominalThrusts',
  'chestThrusts',
  'order',
  'setCounts',
  'turnOver',
  'infantHands',
  'lowerToGround',
  'callEmergency',
  'startCpr',
  'lookInMouth',
  'removeVisible',
] as const;
const ERROR_IDS = ['struckMildObstruction', 'abdominalThrustInfant', 'abdominalThrustChestCase', 'blindFingerSweep', 'noCpr'] as const;

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

/** Validates a choking scenario: bilingual texts, sourced zones, consistent postures and items. */
export const chokingScenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    version: z.string().regex(/^\d+\.\d+$/),
    kind: z.enum(CHOKING_KINDS),
    patient: z.enum(CHOKING_PATIENTS),
    title: text,
    brief: text,
    presentation: text,
    effectiveToClear: draw,
    collapseAfter: draw.optional(),
    visibleAtOpening: draw.optional(),
    zones: z.strictObject(Object.fromEntries(TECHNIQUES.map((t) => [t, zone.optional()])) as Record<(typeof TECHNIQUES)[number], z.ZodOptional<typeof zone>>),
    postures: z.strictObject({ right: z.array(z.enum(POSTURES)).min(1), offered: z.array(z.enum(POSTURES)).min(1) }),
    items: z
      .array(
        z.strictObject({
          id: z.enum(ITEM_IDS),
          points: z.number().int().positive(),
          label: text,
          profiles: z.array(z.enum(PROFILE_IDS)).min(1).optional(),
          notScoredFor: z.array(z.enum(PROFILE_IDS)).optional(),
        }),
      )
      .min(1),
    criticalErrors: z.array(z.strictObject({ id: z.enum(ERROR_IDS), label: text })),
    passPct: z.number().min(0).max(100),
    source,
  })
  .refine((s) => s.postures.right.every((p) => s.postures.offered.includes(p)), 'every right posture must be offered')
  .refine((s) => unique(s.items.map((i) => i.id)), 'item ids must be unique')
  .refine((s) => s.kind !== 'unresponsive' || (s.collapseAfter !== undefined && s.visibleAtOpening !== undefined), 'unresponsive needs collapseAfter and visibleAtOpening');

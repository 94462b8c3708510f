import { z } from 'zod';
import { ARREST_STEP_IDS, PATIENTS, PROFILE_IDS, SOURCE_KEYS } from '../../core/protocol/profile';
import {
  CHECKLIST_ITEM_IDS,
  CRITICAL_ERROR_IDS,
  HAZARD_KINDS,
  ITEM_STEP,
  PAD_KINDS,
  PAD_LABELS,
  PAD_ZONE_IDS,
  PLACEMENTS,
  RHYTHMS,
  SURFACES,
} from '../../core/scenario/types';

const text = z.strictObject({ 'zh-CN': z.string().trim().min(1), en: z.string().trim().min(1) });
const unit = z.number().min(0).max(1);
const point = z.strictObject({ surface: z.enum(SURFACES), x: unit, y: unit });
const circle = z.strictObject({ surface: z.enum(SURFACES), x: unit, y: unit, r: z.number().positive().max(1) });

/** A clinical statement: a source key from clinical.md, or an explicit "clinical.md names none". */
const fact = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({
      value,
      source: z.array(z.enum(SOURCE_KEYS)),
      ref: z.string().min(1),
      productChoice: z.boolean().optional(),
      noSourceKey: z.boolean().optional(),
    })
    .refine((f) => f.source.length > 0 || f.noSourceKey === true, 'a fact needs a source key or noSourceKey');

const padTarget = z.strictObject({ pad: z.enum(PAD_LABELS), at: point });
const padPair = z.tuple([padTarget, padTarget]);
const zonePair = z.tuple([z.enum(PAD_ZONE_IDS), z.enum(PAD_ZONE_IDS)]);

const body = z.strictObject({
  patient: z.enum(PATIENTS),
  zones: z.strictObject(Object.fromEntries(PAD_ZONE_IDS.map((id) => [id, circle])) as Record<(typeof PAD_ZONE_IDS)[number], typeof circle>),
  padRadius: z.strictObject({ adult: z.number().positive(), child: z.number().positive() }),
  placementZones: z.strictObject({ anterolateral: zonePair, anteroposterior: zonePair }),
  suggested: z.strictObject({ anterolateral: padPair, anteroposterior: padPair }),
  productChoice: z.literal(true),
});

const item = z
  .strictObject({
    id: z.enum(CHECKLIST_ITEM_IDS),
    step: z.enum(ARREST_STEP_IDS),
    points: z.number().int().positive(),
    label: text,
    orderSensitive: z.boolean().optional(),
    profiles: z.array(z.enum(PROFILE_IDS)).min(1).optional(),
    minPct: z.number().min(0).max(100).optional(),
  })
  .refine((i) => i.step === ITEM_STEP[i.id], { message: 'item step must match ITEM_STEP', path: ['step'] });

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

/** Validates a scenario: bilingual texts, facts with sources, consistent references. */
export const scenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    version: z.string().regex(/^\d{4}\.\d+$/),
    title: text,
    brief: text,
    patient: z.strictObject({
      kind: z.enum(PATIENTS),
      description: text,
      ageYears: z.number().positive().nullable(),
      weightKg: z.number().positive().nullable(),
    }),
    setting: z.strictObject({ id: z.string().min(1), description: text }),
    witnessed: z.boolean(),
    breathing: z.enum(['none', 'agonal']),
    hazards: z.array(z.strictObject({ kind: z.enum(HAZARD_KINDS), at: circle.optional(), description: text })),
    rhythms: z.array(z.enum(RHYTHMS)).min(1),
    bystanders: z.array(z.strictObject({ id: z.string().min(1), name: text })).min(1),
    bystanderScript: z.array(
      z
        .strictObject({
          bystanderId: z.string().min(1),
          during: z.enum(['analysis', 'shockReady']),
          analyses: z.array(z.number().int().nonnegative()).min(1),
          probability: z.number().min(0).max(1),
          delayMs: z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() }),
        })
        .refine((s) => s.delayMs.min <= s.delayMs.max, 'delay min must not exceed max'),
    ),
    aed: z.strictObject({
      arrivalDelayMs: z.number().positive(),
      pads: z.array(z.enum(PAD_KINDS)).min(1),
      preConnected: z.boolean(),
      powerOn: z.enum(['button', 'lid']),
      profiles: fact(z.array(z.enum(PROFILE_IDS))),
      placements: fact(z.array(z.enum(PLACEMENTS)).min(1)),
      expectedPads: fact(z.enum(PAD_KINDS)),
      suggestedPads: z.strictObject({ anterolateral: padPair.optional(), anteroposterior: padPair.optional() }).optional(),
    }),
    body,
    checklist: z.array(item).min(1),
    criticalErrors: z.array(z.strictObject({ id: z.enum(CRITICAL_ERROR_IDS), label: text })).min(1),
    passThresholdPct: z.strictObject({ value: z.number().min(0).max(100), productChoice: z.literal(true) }),
  })
  .superRefine((s, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    if (s.body.patient !== s.patient.kind) issue('body model must match the patient', ['body', 'patient']);
    if (!unique(s.checklist.map((i) => i.id))) issue('duplicate checklist item', ['checklist']);
    if (!unique(s.criticalErrors.map((c) => c.id))) issue('duplicate critical error', ['criticalErrors']);
    if (!unique(s.bystanders.map((b) => b.id))) issue('duplicate bystander id', ['bystanders']);
    const ids = new Set(s.bystanders.map((b) => b.id));
    s.bystanderScript.forEach((b, i) => {
      if (!ids.has(b.bystanderId)) issue('unknown bystander', ['bystanderScript', i, 'bystanderId']);
      if (b.analyses.some((a) => a >= s.rhythms.length)) issue('analysis beyond the rhythm course', ['bystanderScript', i]);
    });
    if (!s.aed.pads.includes(s.aed.expectedPads.value)) issue('expected pads not in the kit', ['aed', 'expectedPads']);
    s.hazards.forEach((h, i) => {
      const onBody = h.kind === 'medicationPatch' || h.kind === 'implantedDevice';
      if (onBody !== (h.at !== undefined)) issue('patch and implant need a position; others none', ['hazards', i, 'at']);
    });
    if (!unique(s.hazards.map((h) => h.kind))) issue('duplicate hazard', ['hazards']);
  });

export type ScenarioInput = z.input<typeof scenarioSchema>;

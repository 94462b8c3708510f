import type { BystanderTouchScript, ScenarioDef } from '../../core/scenario/types';
import { ADULT_BODY } from './bodies';
import { PASSER_BY, SECOND_PASSER_BY } from './common';
import { ADULT_PADS, ADULT_PLACEMENT, AED_IN_EVERY_PROFILE } from './facts';
import { PASS_THRESHOLD, checklistFor, criticalErrorsFor } from './sheet';

/**
 * The safety faults clinical.md lists for AED training ("Safety faults to train"), one per scenario,
 * each an adult with a shockable rhythm, one analysis and one 2-minute cycle so the hazard is the
 * point. Where a hazard sits on the chest, it sits where the naive pad goes.
 */

const FETCH_MS = 30000;

const base = {
  version: '2025.1',
  patient: {
    kind: 'adult' as const,
    description: { 'zh-CN': '男性，约 60 岁', en: 'Man, about 60' },
    ageYears: 60,
    weightKg: 75,
  },
  witnessed: true,
  breathing: 'none' as const,
  rhythms: ['shockable' as const],
  bystanders: [PASSER_BY],
  bystanderScript: [] as BystanderTouchScript[],
  aed: {
    arrivalDelayMs: FETCH_MS,
    pads: ['adult' as const],
    preConnected: true,
    powerOn: 'button' as const,
    profiles: AED_IN_EVERY_PROFILE,
    placements: ADULT_PLACEMENT,
    expectedPads: ADULT_PADS,
  },
  body: ADULT_BODY,
  passThresholdPct: PASS_THRESHOLD,
};

const SHOCK_CRITICALS = ['noCompressions', 'padsTouching', 'shockWhileTouching', 'shockNotDelivered', 'aedNotUsed'] as const;

/** Standing water: move the person off it, dry the chest (clinical.md "AED" step 2 and safety faults). */
export const wetGround: ScenarioDef = {
  ...base,
  id: 'wetGround',
  title: { 'zh-CN': '隐患：积水地面', en: 'Hazard: wet ground' },
  brief: {
    'zh-CN': '游泳馆的池边，一位男士滑倒后倒在积水里，没有反应。',
    en: 'At the side of a swimming pool a man has collapsed into a puddle of standing water and does not move.',
  },
  setting: { id: 'poolside', description: { 'zh-CN': '游泳池边', en: 'Poolside' } },
  hazards: [{ kind: 'wetGround', description: { 'zh-CN': '患者躺在积水中，胸部湿透', en: 'The patient lies in standing water; his chest is wet' } }],
  checklist: checklistFor({ shockable: true, wetGround: true }),
  criticalErrors: criticalErrorsFor(['noSceneCheckWithHazard', 'shockInWater', 'padsOnWetChest', ...SHOCK_CRITICALS]),
};

/** A medication patch where the left pad goes: remove it and wipe the skin. */
export const medicationPatch: ScenarioDef = {
  ...base,
  id: 'medicationPatch',
  title: { 'zh-CN': '隐患：药物贴片', en: 'Hazard: medication patch' },
  brief: {
    'zh-CN': '社区活动中心里，一位老人突然倒地。他的左胸侧贴着一片药物贴片。',
    en: 'At a community centre an older man collapses. There is a medication patch on the left side of his chest.',
  },
  setting: { id: 'communityCentre', description: { 'zh-CN': '社区活动中心', en: 'Community centre' } },
  hazards: [
    {
      kind: 'medicationPatch',
      at: { surface: 'front', x: 0.86, y: 0.45, r: 0.05 },
      description: { 'zh-CN': '左侧胸壁腋下的药物贴片', en: 'A medication patch on the left chest wall below the armpit' },
    },
  ],
  checklist: checklistFor({ shockable: true }),
  criticalErrors: criticalErrorsFor(['padOverPatch', ...SHOCK_CRITICALS]),
};

/** A hairy chest: pads do not stick until the hair is shaved; the device says "check pads". */
export const hairyChest: ScenarioDef = {
  ...base,
  id: 'hairyChest',
  title: { 'zh-CN': '隐患：胸毛浓密', en: 'Hazard: hairy chest' },
  brief: {
    'zh-CN': '健身房里，一位男士在跑步机旁倒下。他的胸毛很浓密，AED 箱里有剃刀。',
    en: 'At a gym a man collapses next to a treadmill. His chest is very hairy; the AED case has a razor.',
  },
  setting: { id: 'gym', description: { 'zh-CN': '健身房', en: 'Gym' } },
  hazards: [{ kind: 'hairyChest', description: { 'zh-CN': '胸毛浓密，电极片难以贴牢', en: 'Thick chest hair; pads will not stick' } }],
  checklist: checklistFor({ shockable: true }),
  criticalErrors: criticalErrorsFor(SHOCK_CRITICALS),
};

/**
 * An implanted device under the right collarbone, where the right pad usually goes: the pad goes in the
 * same zone but clear of the lump. The clearance (no overlap between pad and lump) is the product's
 * choice; clinical.md says only "keep pads away from an implanted device".
 */
export const implantedDevice: ScenarioDef = {
  ...base,
  id: 'implantedDevice',
  title: { 'zh-CN': '隐患：体内植入装置', en: 'Hazard: implanted device' },
  brief: {
    'zh-CN': '公园里，一位老人在长椅旁倒下。他右侧锁骨下方皮下能摸到一个硬块。',
    en: 'In a park an older man collapses beside a bench. There is a hard lump under the skin below his right collarbone.',
  },
  setting: { id: 'park', description: { 'zh-CN': '公园', en: 'Park' } },
  hazards: [
    {
      kind: 'implantedDevice',
      at: { surface: 'front', x: 0.3, y: 0.1, r: 0.04 },
      description: { 'zh-CN': '右锁骨下方的植入装置', en: 'An implanted device below the right collarbone' },
    },
  ],
  aed: {
    ...base.aed,
    suggestedPads: {
      anterolateral: [
        { pad: 'right', at: { surface: 'front', x: 0.38, y: 0.24 } },
        { pad: 'left', at: { surface: 'front', x: 0.88, y: 0.47 } },
      ],
    },
  },
  checklist: checklistFor({ shockable: true }),
  criticalErrors: criticalErrorsFor(['padOverImplant', ...SHOCK_CRITICALS]),
};

/**
 * A bystander reaches for the patient during the analysis (always; when, from the seed) and, on some
 * seeds, again while the shock button flashes: the learner must call "stand clear" and look.
 */
export const bystanderTouchesDuringAnalysis: ScenarioDef = {
  ...base,
  id: 'bystanderTouchesDuringAnalysis',
  title: { 'zh-CN': '隐患：分析时旁人触碰患者', en: 'Hazard: bystander touches during analysis' },
  brief: {
    'zh-CN': '商场里，一位男士倒地。他的朋友很着急，一直想去扶他。',
    en: 'In a shopping mall a man collapses. His friend is upset and keeps reaching out to hold him.',
  },
  setting: { id: 'mall', description: { 'zh-CN': '商场', en: 'Shopping mall' } },
  hazards: [],
  bystanders: [{ id: 'friend', name: { 'zh-CN': '患者的朋友', en: "the patient's friend" } }, SECOND_PASSER_BY],
  bystanderScript: [
    { bystanderId: 'friend', during: 'analysis', analyses: [0], probability: 1, delayMs: { min: 1000, max: 3500 } },
    { bystanderId: 'friend', during: 'shockReady', analyses: [0], probability: 0.5, delayMs: { min: 500, max: 4000 } },
  ],
  checklist: checklistFor({ shockable: true }),
  criticalErrors: criticalErrorsFor(SHOCK_CRITICALS),
};

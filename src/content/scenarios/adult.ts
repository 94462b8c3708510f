import type { ScenarioDef } from '../../core/scenario/types';
import { ADULT_BODY } from './bodies';
import { AED_FETCH_MS, PASSER_BY, SECOND_PASSER_BY } from './common';
import { ADULT_PADS, ADULT_PLACEMENT, AED_IN_EVERY_PROFILE } from './facts';
import { PASS_THRESHOLD, checklistFor, criticalErrorsFor } from './sheet';

/**
 * Witnessed adult collapse with a shockable rhythm: two analyses, two shocks, two 2-minute CPR
 * cycles (the cycle length is the profile's aedReanalysisS). The occasional gasps are agonal
 * breathing, which counts as not breathing in every profile (clinical.md "Cardiac-arrest sequence").
 */
export const adultShockable: ScenarioDef = {
  id: 'adultShockable',
  version: '2025.1',
  title: { 'zh-CN': '成人目击倒地：可电击心律', en: 'Adult witnessed collapse: shockable rhythm' },
  brief: {
    'zh-CN': '地铁站里，一位约 55 岁的男士在你面前突然倒地。周围有几位路人。',
    en: 'In a metro station a man of about 55 collapses in front of you. A few passers-by are nearby.',
  },
  patient: {
    kind: 'adult',
    description: { 'zh-CN': '男性，约 55 岁', en: 'Man, about 55' },
    ageYears: 55,
    weightKg: 80,
  },
  setting: { id: 'metroStation', description: { 'zh-CN': '地铁站站厅', en: 'Metro station concourse' } },
  witnessed: true,
  breathing: 'agonal',
  hazards: [],
  rhythms: ['shockable', 'shockable'],
  bystanders: [PASSER_BY, SECOND_PASSER_BY],
  bystanderScript: [],
  aed: {
    arrivalDelayMs: AED_FETCH_MS,
    pads: ['adult'],
    preConnected: true,
    powerOn: 'button',
    profiles: AED_IN_EVERY_PROFILE,
    placements: ADULT_PLACEMENT,
    expectedPads: ADULT_PADS,
  },
  body: ADULT_BODY,
  checklist: checklistFor({ shockable: true }),
  criticalErrors: criticalErrorsFor(['noCompressions', 'padsTouching', 'shockWhileTouching', 'shockNotDelivered', 'aedNotUsed']),
  passThresholdPct: PASS_THRESHOLD,
};

/** Adult found collapsed, non-shockable rhythm: "no shock advised", resume CPR at once, twice. */
export const adultNonShockable: ScenarioDef = {
  id: 'adultNonShockable',
  version: '2025.1',
  title: { 'zh-CN': '成人倒地：不可电击心律', en: 'Adult collapse: non-shockable rhythm' },
  brief: {
    'zh-CN': '你在办公楼走廊里发现一位女士倒在地上，一位同事闻声赶来。这台 AED 的电极片插头需要插入，打开盖子即开机。',
    en: 'You find a woman lying in an office corridor; a colleague comes over. This AED turns on when the lid opens and its pad connector must be plugged in.',
  },
  patient: {
    kind: 'adult',
    description: { 'zh-CN': '女性，约 60 岁', en: 'Woman, about 60' },
    ageYears: 60,
    weightKg: 65,
  },
  setting: { id: 'office', description: { 'zh-CN': '办公楼走廊', en: 'Office corridor' } },
  witnessed: false,
  breathing: 'none',
  hazards: [],
  rhythms: ['nonShockable', 'nonShockable'],
  bystanders: [SECOND_PASSER_BY],
  bystanderScript: [],
  aed: {
    arrivalDelayMs: AED_FETCH_MS,
    pads: ['adult'],
    preConnected: false,
    powerOn: 'lid',
    profiles: AED_IN_EVERY_PROFILE,
    placements: ADULT_PLACEMENT,
    expectedPads: ADULT_PADS,
  },
  body: ADULT_BODY,
  checklist: checklistFor({ nonShockable: true, connector: true }),
  criticalErrors: criticalErrorsFor(['noCompressions', 'padsTouching', 'aedNotUsed']),
  passThresholdPct: PASS_THRESHOLD,
};

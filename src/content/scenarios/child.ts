import type { ScenarioDef } from '../../core/scenario/types';
import { CHILD_BODY } from './bodies';
import { AED_FETCH_MS, PASSER_BY } from './common';
import {
  ADULT_PADS,
  AED_IN_EVERY_PROFILE,
  CHILD_ADULT_PADS_PLACEMENT,
  CHILD_PADS,
  CHILD_PADS_PLACEMENT,
} from './facts';
import { PASS_THRESHOLD, checklistFor, criticalErrorsFor } from './sheet';

/** Under the child-pad limit of clinical.md (8 years / 25 kg; checked in the content test). */
const CHILD = {
  kind: 'child' as const,
  description: { 'zh-CN': '男孩，约 5 岁，约 18 千克', en: 'Boy, about 5 years, about 18 kg' },
  ageYears: 5,
  weightKg: 18,
};

/**
 * Child with child pads in the kit: the device arrives with adult pads loaded, the learner switches
 * to the child pads (clinical.md "AED": child pads if available). The rhythm changes after the first
 * shock. CPR depth and ratio come from the profile's child targets.
 */
export const child: ScenarioDef = {
  id: 'child',
  version: '2025.1',
  title: { 'zh-CN': '儿童心脏骤停：儿童电极片', en: 'Child cardiac arrest: child pads' },
  brief: {
    'zh-CN': '游乐场上，一个约 5 岁的男孩突然倒下。他的妈妈在旁边。AED 箱里有成人和儿童两种电极片。',
    en: "At a playground a boy of about 5 suddenly collapses. His mother is with him. The AED case holds adult and child pads.",
  },
  patient: CHILD,
  setting: { id: 'playground', description: { 'zh-CN': '游乐场', en: 'Playground' } },
  witnessed: true,
  breathing: 'none',
  hazards: [],
  rhythms: ['shockable', 'nonShockable'],
  bystanders: [{ id: 'mother', name: { 'zh-CN': '孩子的妈妈', en: "the boy's mother" } }, PASSER_BY],
  bystanderScript: [],
  aed: {
    arrivalDelayMs: AED_FETCH_MS,
    pads: ['adult', 'child'],
    preConnected: true,
    powerOn: 'button',
    profiles: AED_IN_EVERY_PROFILE,
    placements: CHILD_PADS_PLACEMENT,
    expectedPads: CHILD_PADS,
  },
  body: CHILD_BODY,
  checklist: checklistFor({ shockable: true, nonShockable: true, padChoice: true }),
  criticalErrors: criticalErrorsFor(['noCompressions', 'padsTouching', 'shockWhileTouching', 'shockNotDelivered', 'aedNotUsed']),
  passThresholdPct: PASS_THRESHOLD,
};

/**
 * Child with adult pads only: on this chest they would touch, so front-and-back (clinical.md "AED":
 * "else adult pads; if pads would touch, front-and-back").
 */
export const childAdultPads: ScenarioDef = {
  id: 'childAdultPads',
  version: '2025.1',
  title: { 'zh-CN': '儿童心脏骤停：只有成人电极片', en: 'Child cardiac arrest: adult pads only' },
  brief: {
    'zh-CN': '幼儿园里，一个约 5 岁的男孩倒地不起。送来的 AED 只有成人电极片。',
    en: 'At a kindergarten a boy of about 5 collapses. The AED that arrives has adult pads only.',
  },
  patient: CHILD,
  setting: { id: 'kindergarten', description: { 'zh-CN': '幼儿园活动室', en: 'Kindergarten playroom' } },
  witnessed: true,
  breathing: 'none',
  hazards: [],
  rhythms: ['shockable'],
  bystanders: [{ id: 'teacher', name: { 'zh-CN': '王老师', en: 'Ms Wang, the teacher' } }],
  bystanderScript: [],
  aed: {
    arrivalDelayMs: AED_FETCH_MS,
    pads: ['adult'],
    preConnected: true,
    powerOn: 'button',
    profiles: AED_IN_EVERY_PROFILE,
    placements: CHILD_ADULT_PADS_PLACEMENT,
    expectedPads: ADULT_PADS,
  },
  body: CHILD_BODY,
  checklist: checklistFor({ shockable: true }),
  criticalErrors: criticalErrorsFor(['noCompressions', 'padsTouching', 'shockWhileTouching', 'shockNotDelivered', 'aedNotUsed']),
  passThresholdPct: PASS_THRESHOLD,
};

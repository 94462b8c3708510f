import type { ScenarioDef } from '../../core/scenario/types';
import { INFANT_BODY } from './bodies';
import { AED_INFANT_EVERY_PROFILE, CHILD_PADS, INFANT_PLACEMENT } from './facts';
import { PASS_THRESHOLD, checklistFor, criticalErrorsFor } from './sheet';

/**
 * Infant: compressions with the profile's infant technique (crc: two fingers, aha2025: two thumbs
 * encircling or the heel of one hand; erc2025 names none in clinical.md, so the item is shown but not
 * scored there, and neither is crc's, which is marked as the profile's choice). AED pads front-and-back.
 * A parent is present and calls, so the lone-rescuer "CPR first, then call" question (marked verify
 * in clinical.md) does not arise.
 */
export const infant: ScenarioDef = {
  id: 'infant',
  version: '2025.1',
  title: { 'zh-CN': '婴儿心脏骤停', en: 'Infant cardiac arrest' },
  brief: {
    'zh-CN': '你在朋友家做客时，朋友发现 6 个月大的宝宝没有反应。朋友在你身边，可以打电话。小区里有 AED，配有儿童电极片。',
    en: "Visiting a friend, you hear that her 6-month-old baby is not responding. Your friend is with you and can phone. The building has an AED with child pads.",
  },
  patient: {
    kind: 'infant',
    description: { 'zh-CN': '婴儿，6 个月，约 7 千克', en: 'Baby, 6 months, about 7 kg' },
    ageYears: 0.5,
    weightKg: 7,
  },
  setting: { id: 'home', description: { 'zh-CN': '家中客厅', en: 'Living room' } },
  witnessed: false,
  breathing: 'none',
  hazards: [],
  rhythms: ['nonShockable', 'shockable'],
  bystanders: [{ id: 'parent', name: { 'zh-CN': '宝宝的妈妈', en: "the baby's mother" } }],
  bystanderScript: [],
  aed: {
    arrivalDelayMs: 60000,
    pads: ['child'],
    preConnected: true,
    powerOn: 'button',
    profiles: AED_INFANT_EVERY_PROFILE,
    placements: INFANT_PLACEMENT,
    expectedPads: CHILD_PADS,
  },
  body: INFANT_BODY,
  checklist: checklistFor({ infant: true, shockable: true, nonShockable: true }),
  criticalErrors: criticalErrorsFor(['noCompressions', 'padsTouching', 'shockWhileTouching', 'shockNotDelivered', 'aedNotUsed']),
  passThresholdPct: PASS_THRESHOLD,
};

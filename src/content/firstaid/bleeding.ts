import type { BleedingErrorId, BleedingItemId, BleedingScenarioDef } from '../../core/firstaid';
import { PROFILE_IDS } from '../../core/protocol/profile';
import type { SkillCriticalErrorDef, SkillItemDef } from '../../core/skills';
import { ARM, LEG } from './parts';

/**
 * Bleeding-control scenarios (clinical.md "Bleeding control": CRC, AHA2025, ERC2025). Points per
 * item and which mistakes are critical are the product's choice, modelled on examiners' sheets.
 */

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const BLEEDING_ITEM_DEFS: Readonly<Record<BleedingItemId, SkillItemDef<BleedingItemId>>> = {
  gloves: { id: 'gloves', points: 2, label: L('先做好自我防护（戴手套）再接触伤口', 'Protected yourself (gloves) before touching the wound') },
  dressing: { id: 'dressing', points: 2, label: L('敷料覆盖伤口后再按压', 'Put a dressing on the wound before pressing') },
  directPressure: { id: 'directPressure', points: 3, label: L('直接压迫：持续按压在伤口上', 'Direct pressure: held firmly on the wound') },
  steadyPressure: { id: 'steadyPressure', points: 2, label: L('按压稳定、不移位', 'Pressure steady, not wandering') },
  addDressing: { id: 'addDressing', points: 3, label: L('敷料渗透时加盖敷料，不揭除原敷料', 'Soaked dressing: added more on top, did not remove it') },
  pressureBandage: { id: 'pressureBandage', points: 2, label: L('出血控制后加压包扎', 'Pressure bandage once the bleeding is controlled') },
  packing: { id: 'packing', points: 2, label: L('交界部位伤口填塞（按所学方案，不计分）', 'Packed the junctional wound (where the course teaches it; not scored)'), notScoredFor: PROFILE_IDS },
  tourniquetPosition: { id: 'tourniquetPosition', points: 3, label: L('止血带在伤口上方 5–7 厘米', 'Tourniquet 5–7 cm above the wound') },
  tourniquetOffJoint: { id: 'tourniquetOffJoint', points: 2, label: L('止血带不在关节上', 'Tourniquet not over a joint') },
  tourniquetTight: { id: 'tourniquetTight', points: 3, label: L('绞紧直至出血停止', 'Tightened until the bleeding stopped') },
  timeWritten: { id: 'timeWritten', points: 2, label: L('记录上止血带的时间', 'Wrote down the time it was applied') },
  notLoosened: { id: 'notLoosened', points: 1, label: L('是否放松止血带（各方案说法不一，不计分）', 'Loosening the tourniquet (profiles disagree; not scored)'), notScoredFor: PROFILE_IDS },
  controlled: { id: 'controlled', points: 2, label: L('结束时出血已控制', 'Bleeding controlled at the end') },
};

export const BLEEDING_ERROR_DEFS: Readonly<Record<BleedingErrorId, SkillCriticalErrorDef<BleedingErrorId>>> = {
  removedDressing: { id: 'removedDressing', label: L('揭除了已渗透的敷料', 'Removed a soaked dressing') },
  tourniquetBelowWound: { id: 'tourniquetBelowWound', label: L('止血带放在伤口远端（下方）', 'Tourniquet placed below the wound') },
  tourniquetLoose: { id: 'tourniquetLoose', label: L('止血带未绞紧，出血未止', 'Tourniquet not tight enough: still bleeding') },
  leftBleeding: { id: 'leftBleeding', label: L('出血未控制即结束', 'Finished with the bleeding not controlled') },
};

const items = (...ids: BleedingItemId[]) => ids.map((id) => BLEEDING_ITEM_DEFS[id]);
const errors = (...ids: BleedingErrorId[]) => ids.map((id) => BLEEDING_ERROR_DEFS[id]);

export const BLEEDING_SCENARIOS = [
  {
    id: 'armPressure',
    version: '1',
    kind: 'direct',
    title: L('前臂伤口：直接压迫止血', 'Forearm wound: direct pressure'),
    brief: L('一位同事被玻璃划伤前臂，伤口持续出血。', 'A colleague cut their forearm on glass; the wound keeps bleeding.'),
    part: ARM,
    wound: { x: 320, y: 0, r: 24 },
    items: items('gloves', 'dressing', 'directPressure', 'steadyPressure', 'pressureBandage', 'controlled'),
    criticalErrors: errors('leftBleeding'),
    passPct: 80,
  },
  {
    id: 'legSoak',
    version: '1',
    kind: 'soakThrough',
    title: L('小腿伤口：敷料渗透', 'Lower-leg wound: the dressing soaks through'),
    brief: L('骑车摔倒，小腿伤口出血，按压后敷料被血渗透。', 'A cyclist fell and the lower leg is bleeding; the dressing soaks through under pressure.'),
    part: LEG,
    wound: { x: 420, y: 0, r: 28 },
    items: items('gloves', 'dressing', 'directPressure', 'steadyPressure', 'addDressing', 'pressureBandage', 'controlled'),
    criticalErrors: errors('removedDressing', 'leftBleeding'),
    passPct: 80,
  },
  {
    id: 'armTourniquet',
    version: '1',
    kind: 'tourniquet',
    title: L('上臂大出血：止血带', 'Life-threatening arm bleed: tourniquet'),
    brief: L('机器伤及上臂，鲜血喷涌，直接压迫无法止血。', 'A machine injured the upper arm; blood is spurting and direct pressure does not stop it.'),
    part: ARM,
    wound: { x: 520, y: 0, r: 20 },
    tourniquetTurns: { min: 3, max: 5 },
    items: items('gloves', 'dressing', 'directPressure', 'tourniquetPosition', 'tourniquetOffJoint', 'tourniquetTight', 'timeWritten', 'notLoosened', 'controlled'),
    criticalErrors: errors('tourniquetBelowWound', 'tourniquetLoose', 'leftBleeding'),
    passPct: 80,
  },
  {
    id: 'groinPacking',
    version: '1',
    kind: 'junctional',
    title: L('腹股沟伤口：填塞与按压', 'Groin wound: packing and pressure'),
    brief: L('腹股沟处伤口大量出血，此处无法使用止血带。', 'A groin wound bleeds heavily; a tourniquet cannot be used there.'),
    part: LEG,
    wound: { x: 850, y: -10, r: 26 },
    items: items('gloves', 'packing', 'directPressure', 'steadyPressure', 'controlled'),
    criticalErrors: errors('leftBleeding'),
    passPct: 80,
  },
] as const satisfies readonly BleedingScenarioDef[];

export type BleedingScenarioId = (typeof BLEEDING_SCENARIOS)[number]['id'];
export const BLEEDING_IDS: readonly BleedingScenarioId[] = BLEEDING_SCENARIOS.map((s) => s.id);

export function getBleedingScenario(id: string): BleedingScenarioDef | undefined {
  return BLEEDING_SCENARIOS.find((s) => s.id === id);
}

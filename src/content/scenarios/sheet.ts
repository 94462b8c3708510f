import type { LocalizedText } from '../../core/text';
import {
  ITEM_STEP,
  type ChecklistItemDef,
  type ChecklistItemId,
  type CriticalErrorDef,
  type CriticalErrorId,
} from '../../core/scenario/types';

/**
 * The exam sheet shared by the arrest scenarios, modelled on a CRC-style practical sheet (clinical.md
 * "Assessment and credit": points per item, critical errors fail the attempt whatever the points).
 * The points per item, the percentages for the CPR-quality items and the pass mark are RescueDrill's
 * choices; which items appear, and in what order, follows the active profile (see core/scenario/sheet.ts).
 */

export const ITEM_LABELS: Readonly<Record<ChecklistItemId, LocalizedText>> = {
  checkScene: { 'zh-CN': '确认现场环境安全', en: 'Checks that the scene is safe' },
  moveFromHazard: { 'zh-CN': '将患者移离积水处', en: 'Moves the patient off the standing water' },
  tapAndShout: { 'zh-CN': '轻拍双肩、大声呼叫，判断意识', en: 'Taps both shoulders and shouts to check for a response' },
  callEmergency: { 'zh-CN': '拨打本协议的急救电话', en: "Calls the profile's emergency number" },
  askForAed: { 'zh-CN': '请人取来 AED', en: 'Sends for an AED' },
  nameBystander: { 'zh-CN': '指定具体的人帮忙呼救', en: 'Names a specific bystander to call' },
  checkBreathing: { 'zh-CN': '在规定时间内判断呼吸', en: "Checks breathing within the profile's time" },
  noteTime: { 'zh-CN': '看表记录时间', en: 'Notes the time' },
  positionPatient: {
    'zh-CN': '将患者仰卧于坚硬平面，松解衣领和腰带',
    en: 'Lays the patient on their back on a firm surface, loosens collar and belt',
  },
  compressionsStarted: { 'zh-CN': '开始胸外按压', en: 'Starts chest compressions' },
  infantTechnique: { 'zh-CN': '婴儿按压手法符合本协议', en: 'Infant compression technique as the profile teaches' },
  compressionRate: { 'zh-CN': '按压频率达标', en: 'Compression rate in range' },
  compressionDepth: { 'zh-CN': '按压深度达标', en: 'Compression depth in range' },
  compressionRecoil: { 'zh-CN': '每次按压后胸廓充分回弹', en: 'Full chest recoil after each compression' },
  handPosition: { 'zh-CN': '按压部位正确', en: 'Hands in the right place' },
  compressionFraction: { 'zh-CN': '按压时间占比达标', en: 'Chest-compression fraction at target' },
  cycleRatio: { 'zh-CN': '按压与通气比例正确', en: 'Compression-to-breath ratio kept' },
  openAirway: { 'zh-CN': '开放气道', en: 'Opens the airway' },
  breaths: { 'zh-CN': '人工呼吸有效', en: 'Gives effective breaths' },
  aedPowerOn: { 'zh-CN': '打开 AED 电源', en: 'Turns the AED on' },
  padsChoice: { 'zh-CN': '选择合适的电极片', en: 'Chooses the right pads' },
  prepareChest: {
    'zh-CN': '贴片前处理胸部（暴露、擦干、剃毛、去除药贴）',
    en: 'Prepares the chest before the pads (bare, dry, shaved, patch removed)',
  },
  padPlacement: { 'zh-CN': '电极片位置正确', en: 'Pads in the right position' },
  plugConnector: { 'zh-CN': '插入电极片插头', en: 'Plugs in the connector' },
  clearDuringAnalysis: { 'zh-CN': '分析心律时无人接触患者', en: 'Nobody touches the patient during analysis' },
  standClearBeforeShock: { 'zh-CN': '电击前确认所有人离开患者', en: 'Makes sure everyone is clear before the shock' },
  deliverShock: { 'zh-CN': '按建议实施电击', en: 'Delivers every advised shock' },
  preShockPause: { 'zh-CN': '电击前按压中断时间不超过本协议上限', en: "Pre-shock pause within the profile's limit" },
  postShockPause: { 'zh-CN': '电击后立即恢复按压', en: 'Resumes compressions at once after the shock' },
  resumeAfterNoShock: { 'zh-CN': '不建议电击时立即恢复按压', en: 'Resumes compressions at once when no shock is advised' },
  reassess: { 'zh-CN': '复检并报告', en: 'Re-assesses and reports' },
};

export const CRITICAL_LABELS: Readonly<Record<CriticalErrorId, LocalizedText>> = {
  noCompressions: { 'zh-CN': '未进行胸外按压', en: 'No chest compressions at all' },
  noSceneCheckWithHazard: {
    'zh-CN': '现场存在危险，却未确认环境安全就接触患者',
    en: 'Touched the patient without checking a hazardous scene',
  },
  shockInWater: { 'zh-CN': '患者仍躺在积水中就实施电击', en: 'Shocked while the patient lay in water' },
  padsOnWetChest: { 'zh-CN': '在潮湿的胸部贴电极片', en: 'Put pads on a wet chest' },
  padOverPatch: { 'zh-CN': '电极片贴在药物贴片上', en: 'Put a pad over a medication patch' },
  padOverImplant: { 'zh-CN': '电极片贴在植入装置上', en: 'Put a pad over an implanted device' },
  padsTouching: { 'zh-CN': '两片电极片相互接触', en: 'Pads touching each other' },
  shockWhileTouching: { 'zh-CN': '有人接触患者时实施电击', en: 'Shocked while someone touched the patient' },
  shockNotDelivered: { 'zh-CN': 'AED 建议电击却未电击', en: 'Did not deliver an advised shock' },
  aedNotUsed: { 'zh-CN': 'AED 已到场却未使用', en: 'Did not use the AED' },
};

interface ItemSpec {
  points: number;
  orderSensitive?: true;
  minPct?: number;
  profiles?: ChecklistItemDef['profiles'];
}

/** Points and options per item (product choices); the CPR-quality items need 70% in range. */
const STANDARD: Readonly<Record<ChecklistItemId, ItemSpec>> = {
  checkScene: { points: 5, orderSensitive: true },
  moveFromHazard: { points: 5 },
  tapAndShout: { points: 5, orderSensitive: true },
  callEmergency: { points: 5, orderSensitive: true },
  askForAed: { points: 5 },
  // clinical.md gives "ask a named bystander" for CRC only.
  nameBystander: { points: 2, profiles: ['crc'] },
  checkBreathing: { points: 5, orderSensitive: true },
  noteTime: { points: 2, orderSensitive: true },
  positionPatient: { points: 3, orderSensitive: true },
  compressionsStarted: { points: 5, orderSensitive: true },
  infantTechnique: { points: 3 },
  compressionRate: { points: 5, minPct: 70 },
  compressionDepth: { points: 5, minPct: 70 },
  compressionRecoil: { points: 4, minPct: 70 },
  handPosition: { points: 4, minPct: 70 },
  // No minPct: judged against the profile's compressionFractionPct.
  compressionFraction: { points: 4 },
  cycleRatio: { points: 4, minPct: 70 },
  openAirway: { points: 4, orderSensitive: true },
  breaths: { points: 4, orderSensitive: true, minPct: 70 },
  aedPowerOn: { points: 4, orderSensitive: true },
  padsChoice: { points: 3 },
  prepareChest: { points: 4 },
  padPlacement: { points: 5 },
  plugConnector: { points: 2 },
  clearDuringAnalysis: { points: 4 },
  standClearBeforeShock: { points: 4 },
  deliverShock: { points: 4 },
  preShockPause: { points: 3 },
  postShockPause: { points: 3 },
  resumeAfterNoShock: { points: 3 },
  reassess: { points: 3, orderSensitive: true },
};

function item(id: ChecklistItemId): ChecklistItemDef {
  const spec = STANDARD[id];
  const def: ChecklistItemDef = { id, step: ITEM_STEP[id], points: spec.points, label: ITEM_LABELS[id] };
  if (spec.orderSensitive) def.orderSensitive = true;
  if (spec.minPct !== undefined) def.minPct = spec.minPct;
  if (spec.profiles !== undefined) def.profiles = [...spec.profiles];
  return def;
}

export interface SheetFeatures {
  wetGround?: boolean;
  infant?: boolean;
  padChoice?: boolean;
  connector?: boolean;
  shockable?: boolean;
  nonShockable?: boolean;
}

/** The items a scenario with these features lists; the engine drops those the profile does not have. */
export function checklistFor(f: SheetFeatures): ChecklistItemDef[] {
  const ids: ChecklistItemId[] = [
    'checkScene',
    ...(f.wetGround === true ? (['moveFromHazard'] as const) : []),
    'tapAndShout',
    'callEmergency',
    'askForAed',
    'nameBystander',
    'checkBreathing',
    'noteTime',
    'positionPatient',
    'compressionsStarted',
    ...(f.infant === true ? (['infantTechnique'] as const) : []),
    'compressionRate',
    'compressionDepth',
    'compressionRecoil',
    'handPosition',
    'compressionFraction',
    'cycleRatio',
    'openAirway',
    'breaths',
    'aedPowerOn',
    ...(f.padChoice === true ? (['padsChoice'] as const) : []),
    'prepareChest',
    'padPlacement',
    ...(f.connector === true ? (['plugConnector'] as const) : []),
    'clearDuringAnalysis',
    ...(f.shockable === true ? (['standClearBeforeShock', 'deliverShock', 'preShockPause', 'postShockPause'] as const) : []),
    ...(f.nonShockable === true ? (['resumeAfterNoShock'] as const) : []),
    'reassess',
  ];
  return ids.map(item);
}

export function criticalErrorsFor(ids: readonly CriticalErrorId[]): CriticalErrorDef[] {
  return ids.map((id) => ({ id, label: CRITICAL_LABELS[id] }));
}

/** Pass mark: 80% of the points possible under the profile, and no critical error. Product choice. */
export const PASS_THRESHOLD = { value: 80, productChoice: true } as const;

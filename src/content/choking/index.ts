/**
 * Choking scenarios as data. Facts: clinical.md "Choking" (source keys on every zone and scenario);
 * the mm positions and radii of the zones, the seeded counts and the pass mark are product choices.
 *
 * Body planes: the front view's origin is the navel, the back view's the spine between the shoulder
 * blades; x to the person's right as seen, y towards the feet, in mm.
 */

import type { ChokingErrorId, ChokingItemId, ChokingScenarioDef, TargetZone } from '../../core/choking/types';
import type { SkillCriticalErrorDef, SkillItemDef } from '../../core/skills/sheet';
import type { LocalizedText } from '../../core/text';

const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

const LABELS: Record<ChokingItemId, LocalizedText> = {
  askChoking: L('询问"你被噎住了吗？"', 'Ask "Are you choking?"'),
  encourageCough: L('鼓励用力咳嗽，不拍不冲击', 'Encourage coughing; no blows or thrusts'),
  callForHelp: L('呼救，请人拨打急救电话', 'Call for help; have the emergency number called'),
  posture: L('体位正确', 'Right position'),
  backBlows: L('背部叩击：位置、方向、力度', 'Back blows: place, direction, force'),
  abdominalThrusts: L('腹部冲击：拳眼位置、向内向上、快速有力', 'Abdominal thrusts: fist placement, inward-upward, brisk'),
  chestThrusts: L('胸部冲击：胸骨下半部、快速有力', 'Chest thrusts: lower half of the breastbone, brisk'),
  order: L('按本规范的顺序施救', "In the profile's order"),
  setCounts: L('每组 5 次并交替', 'Sets of 5, alternating'),
  turnOver: L('翻转婴儿：面朝上、头低于胸', 'Turn the infant face up, head lower than chest'),
  infantHands: L('婴儿胸部冲击手法符合本规范', "Infant chest-thrust hands as the profile teaches"),
  lowerToGround: L('将患者缓慢放倒在地', 'Lower the person to the ground'),
  callEmergency: L('拨打急救电话', 'Call the emergency number'),
  startCpr: L('立即开始心肺复苏（至少 30 次按压）', 'Start CPR at once (at least 30 compressions)'),
  lookInMouth: L('每次开放气道都查看口腔', 'Look in the mouth each time the airway is opened'),
  removeVisible: L('只取出看得见的异物', 'Remove only an object you can see'),
};

const ERRORS: Record<ChokingErrorId, LocalizedText> = {
  struckMildObstruction: L('轻度梗阻（能咳嗽、能说话）时拍背或冲击', 'Blows or thrusts while the person can still cough and speak'),
  abdominalThrustInfant: L('对婴儿做腹部冲击', 'Abdominal thrusts on an infant'),
  abdominalThrustChestCase: L('孕晚期或肥胖者做腹部冲击（应做胸部冲击）', 'Abdominal thrusts in late pregnancy or obesity (chest thrusts are needed)'),
  blindFingerSweep: L('盲目用手指掏挖口腔', 'Blind finger sweep'),
  noCpr: L('失去反应后未开始心肺复苏', 'No CPR after the person became unresponsive'),
};

const item = (id: ChokingItemId, points: number, extra: Partial<SkillItemDef<ChokingItemId>> = {}): SkillItemDef<ChokingItemId> => ({
  id,
  points,
  label: LABELS[id],
  ...extra,
});
const error = (id: ChokingErrorId): SkillCriticalErrorDef<ChokingErrorId> => ({ id, label: ERRORS[id] });

/** Profiles whose adult order has back blows (clinical.md: aha2025, erc2025). */
const BLOWS_PROFILES = ['aha2025', 'erc2025'] as const;

// Zones (clinical.md): back blows between the shoulder blades; abdominal thrusts on the midline
// about two finger-widths above the navel, well below the breastbone (CRC); chest thrusts on the
// lower half of the breastbone. mm positions and radii: product choice (README).
const ADULT_ZONES = {
  backBlow: { at: { x: 0, y: 0 }, radiusMm: 45, source: ['AHA2025', 'ERC2025', 'CRC'], productChoice: true },
  abdominalThrust: { at: { x: 0, y: -35 }, radiusMm: 25, source: ['CRC'], productChoice: true },
  chestThrust: { at: { x: 0, y: -200 }, radiusMm: 30, source: ['AHA2025', 'CRC'], productChoice: true },
} satisfies Record<string, TargetZone>;

const CHILD_ZONES = {
  backBlow: { at: { x: 0, y: 0 }, radiusMm: 32, source: ['AHA2025', 'ERC2025', 'CRC'], productChoice: true },
  abdominalThrust: { at: { x: 0, y: -25 }, radiusMm: 18, source: ['CRC'], productChoice: true },
} satisfies Record<string, TargetZone>;

const INFANT_ZONES = {
  backBlow: { at: { x: 0, y: 0 }, radiusMm: 20, source: ['AHA2025'], productChoice: true },
  chestThrust: { at: { x: 0, y: -85 }, radiusMm: 12, source: ['AHA2025'], productChoice: true },
} satisfies Record<string, TargetZone>;

const PASS_PCT = 80;
const SEVERE_DRAW = { min: 4, max: 9, productChoice: true } as const;

const severeItems = (thrust: 'abdominalThrusts' | 'chestThrusts'): SkillItemDef<ChokingItemId>[] => [
  item('askChoking', 1),
  item('callForHelp', 1),
  item('posture', 2),
  item('backBlows', 2, { profiles: [...BLOWS_PROFILES] }),
  item(thrust, 3),
  item('order', 2),
  item('setCounts', 2, { profiles: [...BLOWS_PROFILES] }),
];

export const adultMild: ChokingScenarioDef = {
  id: 'adultMild',
  version: '1.0',
  kind: 'mild',
  patient: 'adult',
  title: L('成人轻度气道梗阻', 'Adult, mild obstruction'),
  brief: L('餐厅里一位男士突然呛咳，还能说话。', 'A man at a restaurant starts coughing hard; he can still speak.'),
  presentation: L('他用力咳嗽，能说"卡住了"，呼吸有声。', 'He coughs forcefully, says "it went down the wrong way", and breathes noisily.'),
  effectiveToClear: { min: 2, max: 3, productChoice: true },
  zones: ADULT_ZONES,
  postures: { right: ['behindFootBetween'], offered: ['behindFootBetween', 'inFront'] },
  items: [item('askChoking', 1), item('encourageCough', 3)],
  criticalErrors: [error('struckMildObstruction')],
  passPct: PASS_PCT,
  source: ['AHA2025', 'ERC2025', 'CRC'],
};

export const adultSevere: ChokingScenarioDef = {
  id: 'adultSevere',
  version: '1.0',
  kind: 'severe',
  patient: 'adult',
  title: L('成人严重气道梗阻', 'Adult, severe obstruction'),
  brief: L('一位女士进餐时双手掐住喉咙，说不出话。', 'A woman at dinner grips her throat with both hands and cannot speak.'),
  presentation: L('她不能说话、不能咳嗽，几乎没有呼吸声，做出"V"形手势（窒息手势）。', 'She cannot speak or cough, makes almost no sound and shows the universal choking sign.'),
  effectiveToClear: SEVERE_DRAW,
  zones: ADULT_ZONES,
  postures: { right: ['behindFootBetween'], offered: ['behindFootBetween', 'inFront'] },
  items: severeItems('abdominalThrusts'),
  criticalErrors: [],
  passPct: PASS_PCT,
  source: ['AHA2025', 'ERC2025', 'CRC'],
};

export const childSevere: ChokingScenarioDef = {
  ...adultSevere,
  id: 'childSevere',
  patient: 'child',
  title: L('儿童严重气道梗阻', 'Child, severe obstruction'),
  brief: L('一名 6 岁儿童吃糖时突然说不出话。', 'A 6-year-old eating a sweet suddenly cannot speak.'),
  presentation: L('孩子双手抓着喉咙，不能哭、不能咳嗽。', 'The child clutches the throat and cannot cry or cough.'),
  zones: CHILD_ZONES,
  postures: { right: ['behindKneeling', 'behindFootBetween'], offered: ['behindKneeling', 'behindFootBetween', 'inFront'] },
};

export const adultPregnant: ChokingScenarioDef = {
  ...adultSevere,
  id: 'adultPregnant',
  kind: 'chestThrusts',
  title: L('孕晚期女性严重气道梗阻', 'Late pregnancy, severe obstruction'),
  brief: L('一位孕晚期女性吃东西时噎住，说不出话。', 'A woman in late pregnancy chokes while eating and cannot speak.'),
  presentation: L('她不能说话、不能咳嗽，腹部明显隆起。', 'She cannot speak or cough; her abdomen is large with the pregnancy.'),
  items: severeItems('chestThrusts'),
  criticalErrors: [error('abdominalThrustChestCase')],
};

export const adultObese: ChokingScenarioDef = {
  ...adultPregnant,
  id: 'adultObese',
  title: L('肥胖成人严重气道梗阻', 'Obese adult, severe obstruction'),
  brief: L('一位体型肥胖的男士进餐时噎住，说不出话。', 'A man with obesity chokes at a meal and cannot speak.'),
  presentation: L('他不能说话、不能咳嗽，双臂无法环抱他的腹部。', 'He cannot speak or cough; your arms cannot reach around his abdomen.'),
};

export const infantSevere: ChokingScenarioDef = {
  id: 'infantSevere',
  version: '1.0',
  kind: 'infant',
  patient: 'infant',
  title: L('婴儿气道梗阻', 'Infant, severe obstruction'),
  brief: L('一名 8 个月大的婴儿玩耍时突然不能哭出声。', 'An 8-month-old suddenly cannot cry while playing.'),
  presentation: L('婴儿面色发紫，没有哭声，不能咳嗽。', 'The infant is turning blue, makes no cry and cannot cough.'),
  effectiveToClear: { min: 3, max: 8, productChoice: true },
  zones: INFANT_ZONES,
  postures: { right: ['infantFaceDownHeadLow', 'infantFaceUpHeadLow'], offered: ['infantFaceDownHeadLow', 'infantFaceDownHeadHigh', 'infantFaceUpHeadLow'] },
  items: [
    item('posture', 2),
    item('backBlows', 2),
    item('turnOver', 2),
    item('chestThrusts', 2),
    item('infantHands', 1),
    item('order', 2),
    item('setCounts', 2),
  ],
  criticalErrors: [error('abdominalThrustInfant')],
  passPct: PASS_PCT,
  source: ['AHA2025', 'ERC2025', 'CRC'],
};

export const selfRescue: ChokingScenarioDef = {
  id: 'selfRescue',
  version: '1.0',
  kind: 'selfRescue',
  patient: 'adult',
  title: L('独自一人时的自救', 'Alone: self-rescue'),
  brief: L('你独自在家吃饭时被噎住，说不出话。', 'You are alone at home, choke on food and cannot speak.'),
  presentation: L('身边没有人。桌旁有一把结实的椅子。', 'Nobody is near. A sturdy chair stands by the table.'),
  effectiveToClear: { min: 3, max: 6, productChoice: true },
  zones: { abdominalThrust: ADULT_ZONES.abdominalThrust },
  postures: { right: ['selfFist', 'selfChairBack'], offered: ['selfFist', 'selfChairBack'] },
  items: [item('posture', 2), item('abdominalThrusts', 3)],
  criticalErrors: [],
  passPct: PASS_PCT,
  source: ['AHA2025', 'CRC'],
};

export const adultUnresponsive: ChokingScenarioDef = {
  ...adultSevere,
  id: 'adultUnresponsive',
  kind: 'unresponsive',
  title: L('梗阻后失去反应', 'Choking, then unresponsive'),
  brief: L('一位男士噎住后，你施救时他失去了反应。', 'A man is choking; while you help he becomes unresponsive.'),
  // Not used: the object does not come out with blows or thrusts in this scenario.
  effectiveToClear: { min: 1, max: 1, productChoice: true },
  collapseAfter: { min: 3, max: 7, productChoice: true },
  visibleAtOpening: { min: 1, max: 2, productChoice: true },
  items: [
    item('askChoking', 1),
    item('callForHelp', 1),
    item('posture', 1),
    item('lowerToGround', 2),
    item('callEmergency', 2),
    item('startCpr', 3),
    item('lookInMouth', 2),
    item('removeVisible', 2),
  ],
  criticalErrors: [error('blindFingerSweep'), error('noCpr')],
};

export const CHOKING_IDS = ['adultMild', 'adultSevere', 'childSevere', 'adultPregnant', 'adultObese', 'infantSevere', 'selfRescue', 'adultUnresponsive'] as const;
export type ChokingId = (typeof CHOKING_IDS)[number];

export const CHOKING_SCENARIOS: Readonly<Record<ChokingId, ChokingScenarioDef>> = {
  adultMild,
  adultSevere,
  childSevere,
  adultPregnant,
  adultObese,
  infantSevere,
  selfRescue,
  adultUnresponsive,
};

export function isChokingId(v: unknown): v is ChokingId {
  return typeof v === 'string' && Object.hasOwn(CHOKING_SCENARIOS, v);
}

export function getChoking(id: ChokingId): ChokingScenarioDef {
  return CHOKING_SCENARIOS[id];
}

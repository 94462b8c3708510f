import type { LocalizedText } from '../../core/text';
import {
  criticalKey,
  errorKey,
  feedbackKey,
  hintKey,
  narrationKey,
  rejectionKey,
  type ErrorId,
  type FeedbackId,
  type HintId,
  type NarrationId,
  type RejectionId,
} from '../../core/scenario/keys';
import { CRITICAL_ERROR_IDS } from '../../core/scenario/types';
import { CRITICAL_LABELS } from './sheet';

/**
 * Texts for every message key the scenario engine emits, until they are merged into the locale files
 * (placeholders use the locales' {{name}} syntax). `{{bystander}}` is a bystander id: show the
 * bystander's name from the scenario data. AED prompt texts follow the illustrative trainer prompts of
 * clinical.md ("AED"), which marks the Chinese wording (verify) against a real device.
 */

/** New AED voice prompts (need pinyin and audio in src/adapters/audio/prompts.ts). */
export const NEW_PROMPT_TEXTS: Readonly<Record<'aed.checkPads' | 'aed.shockNotDelivered', LocalizedText & { pinyin: string }>> = {
  'aed.checkPads': { 'zh-CN': '请检查电极片', pinyin: 'qing3 jian3 cha2 dian4 ji2 pian4', en: 'Check pads' },
  'aed.shockNotDelivered': {
    'zh-CN': '未实施电击，请开始心肺复苏',
    pinyin: 'wei4 shi2 shi1 dian4 ji1, qing3 kai1 shi3 xin1 fei4 fu4 su1',
    en: 'Shock not delivered. Begin CPR',
  },
};

const NARRATION: Record<NarrationId, LocalizedText> = {
  collapse: { 'zh-CN': '眼前有人突然倒地。', en: 'Someone collapses in front of you.' },
  found: { 'zh-CN': '你发现有人倒在地上。', en: 'You find someone lying on the ground.' },
  sceneSafe: { 'zh-CN': '现场安全。', en: 'The scene is safe.' },
  hazardWater: { 'zh-CN': '患者躺在积水中：先把患者移到干燥处。', en: 'The patient lies in standing water: move them to a dry place first.' },
  movedFromWater: { 'zh-CN': '已将患者移到干燥的地面。', en: 'The patient is now on dry ground.' },
  noResponse: { 'zh-CN': '患者没有反应。', en: 'No response.' },
  callPlaced: { 'zh-CN': '已拨打 {{number}}。', en: 'Called {{number}}.' },
  bystanderCalls: { 'zh-CN': '{{bystander}} 正在打电话求救。', en: '{{bystander}} is calling for help.' },
  bystanderFetchesAed: { 'zh-CN': '有人去取 AED 了。', en: 'Someone has gone to fetch an AED.' },
  noNormalBreathing: { 'zh-CN': '没有正常呼吸。', en: 'No normal breathing.' },
  gasping: { 'zh-CN': '只有偶尔的叹息样喘息：这不是正常呼吸。', en: 'Only occasional gasps: this is not normal breathing.' },
  timeNoted: { 'zh-CN': '已记录时间。', en: 'Time noted.' },
  positioned: { 'zh-CN': '患者已仰卧于坚硬平面。', en: 'The patient is on their back on a firm surface.' },
  airwayOpen: { 'zh-CN': '气道已开放。', en: 'Airway open.' },
  mouthClear: { 'zh-CN': '口腔内未见异物。', en: 'Nothing visible in the mouth.' },
  noChestRise: { 'zh-CN': '胸廓没有起伏：气道没有打开。', en: 'The chest did not rise: the airway is not open.' },
  aedArrived: { 'zh-CN': 'AED 送到了。', en: 'The AED has arrived.' },
  chestWet: { 'zh-CN': '胸部是湿的。', en: 'The chest is wet.' },
  chestHairy: { 'zh-CN': '胸毛很浓密。', en: 'The chest is very hairy.' },
  chestPatch: { 'zh-CN': '胸部有一片药物贴片。', en: 'There is a medication patch on the chest.' },
  chestImplant: { 'zh-CN': '锁骨下方皮下有一个硬块（植入装置）。', en: 'There is a lump under the skin below the collarbone (an implanted device).' },
  chestDried: { 'zh-CN': '胸部已擦干。', en: 'The chest is dry.' },
  chestShaved: { 'zh-CN': '贴片处的胸毛已剃除。', en: 'The hair is shaved where the pads go.' },
  patchRemoved: { 'zh-CN': '药物贴片已揭下并擦净。', en: 'The patch is off and the skin wiped.' },
  bystanderTouching: { 'zh-CN': '{{bystander}} 正在碰触患者！', en: '{{bystander}} is touching the patient!' },
  bystanderStoodBack: { 'zh-CN': '{{bystander}} 已离开患者。', en: '{{bystander}} stands back.' },
  emsArrived: { 'zh-CN': '急救人员到达，准备接手。', en: 'The ambulance crew arrives to take over.' },
  reportGiven: { 'zh-CN': '已向急救人员报告。', en: 'Handover report given.' },
};

const HINTS: Record<HintId, LocalizedText> = {
  checkScene: { 'zh-CN': '先确认现场是否安全。', en: 'First check that the scene is safe.' },
  moveFromWater: { 'zh-CN': '把患者移离积水。', en: 'Move the patient out of the water.' },
  tapAndShout: { 'zh-CN': '轻拍双肩并大声呼叫。', en: 'Tap both shoulders and shout.' },
  callForHelp: { 'zh-CN': '呼救：请人拨打急救电话并取 AED。', en: 'Call for help: have someone call the emergency number and fetch an AED.' },
  askForAed: { 'zh-CN': '请人去取 AED。', en: 'Send someone for an AED.' },
  checkBreathing: { 'zh-CN': '检查呼吸。', en: 'Check for breathing.' },
  noteTime: { 'zh-CN': '看表记录时间。', en: 'Note the time.' },
  positionPatient: { 'zh-CN': '让患者仰卧在坚硬平面上。', en: 'Lay the patient on their back on a firm surface.' },
  setHands: { 'zh-CN': '按本协议的手法放好手。', en: 'Set your hands as the profile teaches.' },
  compress: { 'zh-CN': '开始胸外按压。', en: 'Start chest compressions.' },
  openAirway: { 'zh-CN': '开放气道。', en: 'Open the airway.' },
  giveBreath: { 'zh-CN': '给予人工呼吸。', en: 'Give a breath.' },
  aedPowerOn: { 'zh-CN': '打开 AED 电源。', en: 'Turn the AED on.' },
  openLid: { 'zh-CN': '打开 AED 盖子开机。', en: 'Open the AED lid to turn it on.' },
  exposeChest: { 'zh-CN': '暴露胸部。', en: 'Bare the chest.' },
  dryChest: { 'zh-CN': '擦干胸部。', en: 'Dry the chest.' },
  shaveChest: { 'zh-CN': '剃除贴片处的胸毛。', en: 'Shave where the pads go.' },
  removePatch: { 'zh-CN': '揭下药物贴片并擦净皮肤。', en: 'Remove the medication patch and wipe the skin.' },
  selectPads: { 'zh-CN': '换用合适的电极片。', en: 'Use the right pads.' },
  placePad: { 'zh-CN': '按图示贴电极片。', en: 'Apply the pads as the pictures show.' },
  removePads: { 'zh-CN': '揭下电极片重新处理。', en: 'Take the pads off and start again.' },
  plugConnector: { 'zh-CN': '插入电极片插头。', en: 'Plug in the connector.' },
  standClear: { 'zh-CN': '喊“大家离开”，并确认无人接触患者。', en: 'Call "stand clear" and check nobody is touching.' },
  pressShock: { 'zh-CN': '按下闪烁的电击按钮。', en: 'Press the flashing shock button.' },
  reassess: { 'zh-CN': '复检并向急救人员报告。', en: 'Re-assess and report to the crew.' },
  waitForDevice: { 'zh-CN': '等待 AED 的提示。', en: 'Wait for the AED.' },
};

const FEEDBACK: Record<FeedbackId, LocalizedText> = {
  outOfOrder: { 'zh-CN': '本协议要求先完成另一步（{{expected}}）。', en: 'This profile expects another step first ({{expected}}).' },
  exposeChestFirst: { 'zh-CN': '先暴露胸部。', en: 'Bare the chest first.' },
  removePadsFirst: { 'zh-CN': '先揭下电极片。', en: 'Take the pads off first.' },
  standClearFirst: { 'zh-CN': '电击按钮尚未启用：先喊“大家离开”。', en: 'The shock button is not active: call "stand clear" first.' },
  shockButtonInactive: { 'zh-CN': '现在不能电击。', en: 'No shock can be given now.' },
  openLidToPowerOn: { 'zh-CN': '这台 AED 打开盖子即开机。', en: 'This AED turns on when you open the lid.' },
  aedNotHere: { 'zh-CN': 'AED 还没有送到。', en: 'The AED is not here yet.' },
  notNeeded: { 'zh-CN': '这一步现在不需要。', en: 'Not needed now.' },
  notNow: { 'zh-CN': 'AED 正在工作，现在不要这样做。', en: 'Not while the AED is working.' },
  reassessAtHandover: { 'zh-CN': '在急救人员到达交接时复检并报告。', en: 'Re-assess and report when the crew takes over.' },
  wrongNumber: { 'zh-CN': '本协议的急救电话是 {{expected}}。', en: "This profile's emergency number is {{expected}}." },
  wrongPads: { 'zh-CN': '这位患者应使用另一种电极片。', en: 'This patient needs the other pads.' },
  padsOk: { 'zh-CN': '电极片位置正确。', en: 'Pads placed correctly.' },
};

const ERRORS: Record<ErrorId, LocalizedText> = {
  touchDuringAnalysis: { 'zh-CN': '分析心律时接触了患者。', en: 'Touched the patient during analysis.' },
  bystanderNotCleared: { 'zh-CN': '分析心律时未让旁人离开患者。', en: 'A bystander was left touching during analysis.' },
  padPosition: { 'zh-CN': '电极片位置不正确。', en: 'Pads in the wrong position.' },
  poorPadContact: { 'zh-CN': '电极片接触不良。', en: 'Poor pad contact.' },
  breathIneffective: { 'zh-CN': '人工呼吸无效。', en: 'Ineffective breath.' },
  wrongEmergencyNumber: { 'zh-CN': '拨打了错误的急救电话。', en: 'Wrong emergency number.' },
  wrongPads: { 'zh-CN': '电极片类型不合适。', en: 'Wrong pads for this patient.' },
};

const REJECTED: Record<RejectionId, LocalizedText> = {
  timeBackwards: { 'zh-CN': '操作时间早于上一操作，已忽略。', en: 'Action time before the previous one; ignored.' },
  badAction: { 'zh-CN': '无法识别的操作，已忽略。', en: 'Unrecognised action; ignored.' },
  badSample: { 'zh-CN': '按压输入数据无效，已忽略。', en: 'Invalid chest input; ignored.' },
  finished: { 'zh-CN': '本次练习已结束。', en: 'This attempt is over.' },
};

function entries<Id extends string>(table: Record<Id, LocalizedText>, key: (id: Id) => string): [string, LocalizedText][] {
  return (Object.keys(table) as Id[]).map((id) => [key(id), table[id]]);
}

/** Every scenario message key with its zh-CN and en text. */
export const SCENARIO_TEXTS: Readonly<Record<string, LocalizedText>> = Object.freeze(
  Object.fromEntries([
    ...Object.entries(NEW_PROMPT_TEXTS).map(([k, v]): [string, LocalizedText] => [k, { 'zh-CN': v['zh-CN'], en: v.en }]),
    ...entries(NARRATION, narrationKey),
    ...entries(HINTS, hintKey),
    ...entries(FEEDBACK, feedbackKey),
    ...entries(ERRORS, errorKey),
    ...CRITICAL_ERROR_IDS.map((id): [string, LocalizedText] => [criticalKey(id), CRITICAL_LABELS[id]]),
    ...entries(REJECTED, rejectionKey),
  ]),
);

// The scenario trainer's spoken coaching: guided hints and practice feedback. Their texts are the
// scenario locale strings (src/content/locales/scenario.*.json), which the UI shows as captions;
// the synthesis script reads the English text from there and the Mandarin from the pinyin below.
// They go in a sprite of their own per language (`voice-coach-<lng>`), loaded only by the scenario
// screen, so the CPR drill's prompt sprite stays small. Kept free of DOM/Howler imports so the
// Node build script can load it.

import type { FeedbackKey, HintKey } from '../../core/scenario/keys';
import type { VoiceLanguage } from './prompts';

export type CoachKey = HintKey | FeedbackKey;

/**
 * Tone-numbered pinyin of each key's Chinese text (see VoicePrompt.pinyin for why pinyin), with
 * the tone changes of 一 and 不 written out. "AED" is read 除颤仪 (chu2 chan4 yi2): the Mandarin
 * voice cannot spell Latin letters. `null`: shown, not spoken (the text names a value that differs
 * by profile).
 */
export const COACH_PINYIN: Readonly<Record<CoachKey, string | null>> = {
  'scenario.hint.checkScene': 'xian1 que4 ren4 xian4 chang3 shi4 fou3 an1 quan2',
  'scenario.hint.moveFromWater': 'ba3 huan4 zhe3 yi2 li2 ji1 shui3',
  'scenario.hint.tapAndShout': 'qing1 pai1 shuang1 jian1 bing4 da4 sheng1 hu1 jiao4',
  'scenario.hint.callForHelp': 'hu1 jiu4, qing3 ren2 bo1 da3 ji2 jiu4 dian4 hua4 bing4 qu3 chu2 chan4 yi2',
  'scenario.hint.askForAed': 'qing3 ren2 qu4 qu3 chu2 chan4 yi2',
  'scenario.hint.checkBreathing': 'jian3 cha2 hu1 xi1',
  'scenario.hint.noteTime': 'kan4 biao3 ji4 lu4 shi2 jian1',
  'scenario.hint.positionPatient': 'rang4 huan4 zhe3 yang3 wo4 zai4 jian1 ying4 ping2 mian4 shang4',
  'scenario.hint.setHands': 'an4 ben3 xie2 yi4 de5 shou3 fa3 fang4 hao3 shou3',
  'scenario.hint.compress': 'kai1 shi3 xiong1 wai4 an4 ya1',
  'scenario.hint.openAirway': 'kai1 fang4 qi4 dao4',
  'scenario.hint.giveBreath': 'ji3 yu3 ren2 gong1 hu1 xi1',
  'scenario.hint.aedPowerOn': 'da3 kai1 chu2 chan4 yi2 dian4 yuan2',
  'scenario.hint.openLid': 'da3 kai1 chu2 chan4 yi2 gai4 zi5 kai1 ji1',
  'scenario.hint.exposeChest': 'bao4 lu4 xiong1 bu4',
  'scenario.hint.dryChest': 'ca1 gan1 xiong1 bu4',
  'scenario.hint.shaveChest': 'ti4 chu2 tie1 pian4 chu4 de5 xiong1 mao2',
  'scenario.hint.removePatch': 'jie1 xia4 yao4 wu4 tie1 pian4 bing4 ca1 jing4 pi2 fu1',
  'scenario.hint.selectPads': 'huan4 yong4 he2 shi4 de5 dian4 ji2 pian4',
  'scenario.hint.placePad': 'an4 tu2 shi4 tie1 dian4 ji2 pian4',
  'scenario.hint.removePads': 'jie1 xia4 dian4 ji2 pian4 chong2 xin1 chu3 li3',
  'scenario.hint.plugConnector': 'cha1 ru4 dian4 ji2 pian4 cha1 tou2',
  'scenario.hint.standClear': 'han3 da4 jia1 li2 kai1, bing4 que4 ren4 wu2 ren2 jie1 chu4 huan4 zhe3',
  'scenario.hint.pressShock': 'an4 xia4 shan3 shuo4 de5 dian4 ji1 an4 niu3',
  'scenario.hint.reassess': 'fu4 jian3 bing4 xiang4 ji2 jiu4 ren2 yuan2 bao4 gao4',
  'scenario.hint.waitForDevice': 'deng3 dai4 chu2 chan4 yi2 de5 ti2 shi4',
  'scenario.feedback.outOfOrder': 'ben3 xie2 yi4 yao1 qiu2 xian1 wan2 cheng2 ling4 yi2 bu4',
  'scenario.feedback.exposeChestFirst': 'xian1 bao4 lu4 xiong1 bu4',
  'scenario.feedback.removePadsFirst': 'xian1 jie1 xia4 dian4 ji2 pian4',
  'scenario.feedback.standClearFirst': 'dian4 ji1 an4 niu3 shang4 wei4 qi3 yong4, xian1 han3 da4 jia1 li2 kai1',
  'scenario.feedback.shockButtonInactive': 'xian4 zai4 bu4 neng2 dian4 ji1',
  'scenario.feedback.openLidToPowerOn': 'zhe4 tai2 chu2 chan4 yi2 da3 kai1 gai4 zi5 ji2 kai1 ji1',
  'scenario.feedback.aedNotHere': 'chu2 chan4 yi2 hai2 mei2 you3 song4 dao4',
  'scenario.feedback.notNeeded': 'zhe4 yi2 bu4 xian4 zai4 bu4 xu1 yao4',
  'scenario.feedback.notNow': 'chu2 chan4 yi2 zheng4 zai4 gong1 zuo4, xian4 zai4 bu2 yao4 zhe4 yang4 zuo4',
  'scenario.feedback.reassessAtHandover': 'zai4 ji2 jiu4 ren2 yuan2 dao4 da2 jiao1 jie1 shi2 fu4 jian3 bing4 bao4 gao4',
  'scenario.feedback.wrongNumber': null,
  'scenario.feedback.wrongPads': 'zhe4 wei4 huan4 zhe3 ying1 shi3 yong4 ling4 yi4 zhong3 dian4 ji2 pian4',
  'scenario.feedback.padsOk': 'dian4 ji2 pian4 wei4 zhi4 zheng4 que4',
};

/** The keys that are spoken. */
export const COACH_KEYS = (Object.keys(COACH_PINYIN) as CoachKey[]).filter((k) => COACH_PINYIN[k] !== null);

export function isCoachKey(key: string): key is CoachKey {
  return Object.prototype.hasOwnProperty.call(COACH_PINYIN, key) && COACH_PINYIN[key as CoachKey] !== null;
}

/**
 * The spoken form of a caption: a value in brackets (`({{expected}})`, `（{{expected}}）`) is
 * left out, as the sprite cannot know it.
 */
export function spokenText(caption: string): string {
  return caption
    .replace(/\s*[(（]\{\{\w+\}\}[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function coachSpriteFile(language: VoiceLanguage): string {
  return `voice-coach-${language}`;
}

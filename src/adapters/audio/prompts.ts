// Single source of truth for the spoken prompts: the synthesis script reads the
// texts from here and the UI can use the same strings as captions, so what is
// heard and what is shown cannot drift apart. Kept free of DOM/Howler imports
// so the Node build script can load it.

export const VOICE_LANGUAGES = ['zh-CN', 'en'] as const;
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];

export interface VoicePrompt {
  readonly 'zh-CN': string;
  /**
   * Tone-numbered pinyin fed to espeak-ng's `cmn-latn-pinyin` voice. The Debian
   * espeak-ng `cmn` dictionary lacks many of these characters and falls back to
   * reading their pinyin with English rules ("zai four"), so the synthesiser
   * gets pinyin instead of hanzi.
   */
  readonly pinyin: string;
  readonly en: string;
}

export const VOICE_PROMPTS = {
  'cue.faster': { 'zh-CN': '快一点', pinyin: 'kuai4 yi4 dian3', en: 'Faster' },
  'cue.slower': { 'zh-CN': '慢一点', pinyin: 'man4 yi4 dian3', en: 'Slower' },
  'cue.pushHarder': {
    'zh-CN': '再用力按深一点',
    pinyin: 'zai4 yong4 li4 an4 shen1 yi4 dian3',
    en: 'Push harder',
  },
  'cue.tooDeep': { 'zh-CN': '按得太深了', pinyin: 'an4 de5 tai4 shen1 le5', en: 'Too deep' },
  'cue.releaseFully': {
    'zh-CN': '让胸廓完全回弹',
    pinyin: 'rang4 xiong1 kuo4 wan2 quan2 hui2 tan2',
    en: 'Let the chest rise fully',
  },
  'cue.handPosition': {
    'zh-CN': '手放在两乳头连线中点',
    pinyin: 'shou3 fang4 zai4 liang3 ru3 tou2 lian2 xian4 zhong1 dian3',
    en: 'Hands on the centre of the chest',
  },
  'cue.goodStreak': { 'zh-CN': '很好，保持', pinyin: 'hen3 hao3, bao3 chi2', en: 'Good, keep going' },
  'drill.start': { 'zh-CN': '开始按压', pinyin: 'kai1 shi3 an4 ya1', en: 'Start compressions' },
  'drill.giveBreaths': {
    'zh-CN': '给予两次人工呼吸',
    pinyin: 'ji3 yu3 liang3 ci4 ren2 gong1 hu1 xi1',
    en: 'Give two breaths',
  },
  'drill.resume': { 'zh-CN': '继续按压', pinyin: 'ji4 xu4 an4 ya1', en: 'Continue compressions' },
  'drill.end': { 'zh-CN': '训练结束', pinyin: 'xun4 lian4 jie2 shu4', en: 'Drill complete' },
  'aed.applyPads': {
    'zh-CN': '请贴电极片',
    pinyin: 'qing3 tie1 dian4 ji2 pian4',
    en: "Apply pads to patient's bare chest",
  },
  'aed.plugIn': {
    'zh-CN': '请插入电极片插头',
    pinyin: 'qing3 cha1 ru4 dian4 ji2 pian4 cha1 tou2',
    en: 'Plug in connector',
  },
  'aed.analysing': {
    'zh-CN': '正在分析心律，请不要接触患者',
    pinyin: 'zheng4 zai4 fen1 xi1 xin1 lv4, qing3 bu2 yao4 jie1 chu4 huan4 zhe3',
    en: 'Analysing heart rhythm. Do not touch the patient',
  },
  'aed.shockAdvised': {
    'zh-CN': '建议电击，正在充电，请离开患者',
    pinyin: 'jian4 yi4 dian4 ji1, zheng4 zai4 chong1 dian4, qing3 li2 kai1 huan4 zhe3',
    en: 'Shock advised. Charging. Stand clear',
  },
  'aed.pressShock': {
    'zh-CN': '请按下闪烁的电击按钮',
    pinyin: 'qing3 an4 xia4 shan3 shuo4 de5 dian4 ji1 an4 niu3',
    en: 'Press the flashing shock button now',
  },
  'aed.shockDelivered': {
    'zh-CN': '已电击，请立即开始心肺复苏',
    pinyin: 'yi3 dian4 ji1, qing3 li4 ji2 kai1 shi3 xin1 fei4 fu4 su1',
    en: 'Shock delivered. Begin CPR',
  },
  'aed.noShock': {
    'zh-CN': '不建议电击，请开始心肺复苏',
    pinyin: 'bu2 jian4 yi4 dian4 ji1, qing3 kai1 shi3 xin1 fei4 fu4 su1',
    en: 'No shock advised. Begin CPR',
  },
  // The two prompts the scenario engine adds (src/core/scenario/keys.ts NEW_AED_PROMPTS); their
  // captions in the scenario locale files are kept equal to these by a unit test.
  'aed.checkPads': { 'zh-CN': '请检查电极片', pinyin: 'qing3 jian3 cha2 dian4 ji2 pian4', en: 'Check pads' },
  'aed.shockNotDelivered': {
    'zh-CN': '未实施电击，请开始心肺复苏',
    pinyin: 'wei4 shi2 shi1 dian4 ji1, qing3 kai1 shi3 xin1 fei4 fu4 su1',
    en: 'Shock not delivered. Begin CPR',
  },
} as const satisfies Record<string, VoicePrompt>;

export type VoiceKey = keyof typeof VOICE_PROMPTS;
export const VOICE_KEYS = Object.keys(VOICE_PROMPTS) as VoiceKey[];

/** `aedCharging` and `aedShockReady` are the AED trainer's charge whine and armed-button tone. */
export const SFX_NAMES = ['click', 'good', 'warning', 'shock', 'tick', 'aedCharging', 'aedShockReady'] as const;
export type SfxName = (typeof SFX_NAMES)[number];

// The UI port passes plain strings (keys come from content/protocol data).
export function isVoiceKey(key: string): key is VoiceKey {
  return Object.prototype.hasOwnProperty.call(VOICE_PROMPTS, key);
}

export function isSfxName(name: string): name is SfxName {
  return (SFX_NAMES as readonly string[]).includes(name);
}

/** Caption for a prompt, so the UI can always show what was (or would have been) said. */
export function promptCaption(key: VoiceKey, language: VoiceLanguage): string {
  return VOICE_PROMPTS[key][language];
}

export function voiceSpriteFile(language: VoiceLanguage): string {
  return `voice-${language}`;
}

export const SFX_SPRITE_FILE = 'sfx';

/** Sprite map as written next to each .ogg: key -> [offsetMs, durationMs]. */
export type SpriteMap = Record<string, [number, number]>;

export {
  createAudioService,
  browserAudioBackend,
  defaultBasePath,
  isSpriteMap,
  type AudioBackend,
  type AudioService,
  type AudioServiceOptions,
  type AudioState,
  type HowlerLike,
  type SpriteHowl,
  type SpriteHowlOptions,
} from './audio-service';
export { createMetronome, type BeatListener, type Metronome, type MetronomeOptions } from './metronome';
export {
  planTicks,
  beatTime,
  beatIntervalSec,
  clampBpm,
  MIN_BPM,
  MAX_BPM,
  type Tick,
  type TickPlan,
  type TickWindow,
} from './schedule';
export { COACH_KEYS, COACH_PINYIN, coachSpriteFile, isCoachKey, spokenText, type CoachKey } from './coachPrompts';
export {
  VOICE_KEYS,
  VOICE_LANGUAGES,
  VOICE_PROMPTS,
  SFX_NAMES,
  promptCaption,
  isVoiceKey,
  isSfxName,
  type SfxName,
  type SpriteMap,
  type VoiceKey,
  type VoiceLanguage,
  type VoicePrompt,
} from './prompts';

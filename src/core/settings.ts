import { CUE_KEYS, type CueKey } from './cpr/coach';
import { PROFILE_IDS, type ProfileId } from './protocol/profile';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a learner can set; persisted as one record. */
export interface Settings {
  language: Language;
  profile: ProfileId;
  voicePrompts: boolean;
  metronome: boolean;
  /** 0..1 */
  volume: number;
  reducedMotion: boolean;
  highContrast: boolean;
  /** Coaching cues the learner turned off (neither spoken nor shown). */
  mutedCues: CueKey[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'zh-CN',
  profile: 'crc',
  voicePrompts: true,
  metronome: true,
  volume: 0.8,
  reducedMotion: false,
  highContrast: false,
  mutedCues: [],
});

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

export function isProfileId(v: unknown): v is ProfileId {
  return typeof v === 'string' && (PROFILE_IDS as readonly string[]).includes(v);
}

/**
 * Reads stored settings defensively: returns the settings and whether anything had to be reset.
 * A corrupt field falls back to its default; the other fields are kept.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  if (raw === null || typeof raw !== 'object') {
    return { settings: { ...DEFAULT_SETTINGS }, repaired: raw !== undefined };
  }
  const r = raw as Record<string, unknown>;
  let repaired = false;
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (key in r && ok(r[key])) return r[key] as Settings[K];
    if (key in r) repaired = true;
    return DEFAULT_SETTINGS[key];
  };
  const isBool = (v: unknown) => typeof v === 'boolean';
  const settings: Settings = {
    language: pick('language', isLanguage),
    profile: pick('profile', isProfileId),
    voicePrompts: pick('voicePrompts', isBool),
    metronome: pick('metronome', isBool),
    volume: pick('volume', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1),
    reducedMotion: pick('reducedMotion', isBool),
    highContrast: pick('highContrast', isBool),
    mutedCues: [
      ...pick('mutedCues', (v) => Array.isArray(v) && v.every((k) => (CUE_KEYS as readonly unknown[]).includes(k))),
    ],
  };
  return { settings, repaired };
}

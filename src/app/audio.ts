import { createAudioService, isCoachKey, VOICE_KEYS, type SfxName, type VoiceKey } from '../adapters/audio';
import type { Settings } from '../core/settings';
import type { AudioPort } from '../ui/ports';

const isVoiceKey = (k: string): k is VoiceKey => (VOICE_KEYS as readonly string[]).includes(k);

/** Wraps the Howler audio service as the screens' AudioPort and keeps it in step with settings. */
export function createAudio(settings: Settings): {
  port: AudioPort;
  apply(s: Settings): void;
  unlock(): void;
} {
  const service = createAudioService({
    language: settings.language,
    volume: settings.volume,
    voiceEnabled: settings.voicePrompts,
    metronomeEnabled: settings.metronome,
    autoUnlock: false, // the app unlocks on its own first-gesture listener
  });
  const port: AudioPort = {
    say: (key) => (isVoiceKey(key) || isCoachKey(key)) && service.say(key),
    prepareCoaching: () => service.prepareCoaching(),
    sfx: (name) => void service.sfx(name as SfxName),
    state: () => service.state(),
    metronome: {
      start: (bpm) => service.metronome.start(bpm),
      stop: () => service.metronome.stop(),
      onBeat: (cb) => service.metronome.onBeat((beat) => cb(beat)),
    },
  };
  return {
    port,
    apply(s) {
      service.setLanguage(s.language);
      service.setVolume(s.volume);
      service.setVoiceEnabled(s.voicePrompts);
      service.setMetronomeEnabled(s.metronome);
    },
    unlock: () => void service.unlock(),
  };
}

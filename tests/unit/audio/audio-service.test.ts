import { describe, expect, it } from 'vitest';
import { createAudioService, type AudioState } from '../../../src/adapters/audio/audio-service';
import { fakeBackend, FakeAudioContext, flush } from './fakes';

describe('AudioService without any audio (plain Node, real Howler)', () => {
  it('reports unavailable and never throws', async () => {
    const audio = createAudioService({ language: 'zh-CN' });
    expect(audio.state()).toBe('unavailable');
    await expect(audio.unlock()).resolves.toBe('unavailable');
    expect(audio.say('drill.start')).toBe(false);
    expect(audio.sfx('click')).toBe(false);
    expect(() => audio.setLanguage('en')).not.toThrow();
    expect(() => audio.setVolume(0.5)).not.toThrow();
    await expect(audio.preload()).resolves.toBeUndefined();
    expect(audio.metronome.visualOnly).toBe(true);
    audio.dispose();
  });

  it('reports unavailable when Howler finds no AudioContext at unlock', async () => {
    // Claims support, so the real Howler gets asked and discovers there is no context.
    const audio = createAudioService({ language: 'en' }, { audioSupported: () => true, eventTarget: () => null });
    expect(audio.state()).toBe('locked');
    await expect(audio.unlock()).resolves.toBe('unavailable');
    expect(audio.say('drill.start')).toBe(false);
    audio.dispose();
  });

  it('reports unavailable if creating the context throws', async () => {
    const backend = fakeBackend(new FakeAudioContext());
    backend.howler.volume = () => {
      throw new Error('AudioContext constructor failed');
    };
    const audio = createAudioService({ language: 'en' }, backend);
    await expect(audio.unlock()).resolves.toBe('unavailable');
    expect(audio.say('cue.faster')).toBe(false);
  });
});

describe('AudioService with a blocked context', () => {
  it('reports blocked when resume() is refused', async () => {
    const ctx = new FakeAudioContext();
    ctx.resumeImpl = () => Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    const audio = createAudioService({ language: 'zh-CN' }, fakeBackend(ctx));
    const states: AudioState[] = [];
    audio.onStateChange((s) => states.push(s));
    expect(audio.state()).toBe('locked');
    await expect(audio.unlock()).resolves.toBe('blocked');
    expect(states.at(-1)).toBe('blocked');
    expect(audio.say('drill.start')).toBe(false);
    expect(audio.metronome.visualOnly).toBe(true);
  });

  it('reports blocked when resume() never settles', async () => {
    const ctx = new FakeAudioContext();
    ctx.resumeImpl = () => new Promise(() => {});
    const audio = createAudioService({ language: 'zh-CN', resumeTimeoutMs: 10 }, fakeBackend(ctx));
    await expect(audio.unlock()).resolves.toBe('blocked');
  });

  it('recovers to ready when the context starts running later', async () => {
    const ctx = new FakeAudioContext();
    ctx.resumeImpl = () => Promise.reject(new Error('no gesture'));
    const audio = createAudioService({ language: 'en' }, fakeBackend(ctx));
    await audio.unlock();
    ctx.setState('running');
    expect(audio.state()).toBe('ready');
    ctx.setState('suspended');
    expect(audio.state()).toBe('blocked');
  });
});

describe('AudioService when audio works', () => {
  async function ready(language: 'zh-CN' | 'en' = 'zh-CN', opts?: Parameters<typeof fakeBackend>[1]) {
    const ctx = new FakeAudioContext();
    const backend = fakeBackend(ctx, opts);
    const audio = createAudioService({ language, volume: 0.7 }, backend);
    await audio.unlock();
    await audio.preload();
    return { audio, backend, ctx };
  }

  it('becomes ready after unlock', async () => {
    const backend = fakeBackend(new FakeAudioContext());
    const audio = createAudioService({ language: 'en' }, backend);
    const states: AudioState[] = [];
    audio.onStateChange((s) => states.push(s));
    await expect(audio.unlock()).resolves.toBe('ready');
    expect(states).toEqual(['ready']);
  });

  it('defaults the sprite URLs to <BASE_URL>audio/ and loads the current language lazily', async () => {
    const { backend } = await ready('zh-CN');
    expect(backend.howls.map((h) => h.options.src).sort()).toEqual(['/audio/sfx.ogg', '/audio/voice-zh-CN.ogg']);
    expect(backend.howler.autoSuspend).toBe(false);
    expect(backend.howler.volumes).toEqual([0.7]);
  });

  it('returns false before unlock, and does not queue the prompt for later', async () => {
    const backend = fakeBackend(new FakeAudioContext());
    const audio = createAudioService({ language: 'en' }, backend);
    expect(audio.say('drill.start')).toBe(false);
    await audio.unlock();
    await audio.preload();
    expect(backend.howls.flatMap((h) => h.plays)).toEqual([]);
  });

  it('plays prompts, stopping the previous one first so they never overlap', async () => {
    const { audio, backend } = await ready('zh-CN');
    const voice = backend.howls.find((h) => h.options.src.endsWith('voice-zh-CN.ogg'));
    expect(audio.say('aed.analysing')).toBe(true);
    expect(audio.say('cue.faster')).toBe(true);
    expect(voice?.log).toEqual(['stop', 'play:aed.analysing', 'stop', 'play:cue.faster']);
  });

  it('plays UI sounds from the sfx sprite', async () => {
    const { audio, backend } = await ready('en');
    expect(audio.sfx('tick')).toBe(true);
    expect(backend.howls.find((h) => h.options.src.endsWith('sfx.ogg'))?.plays).toEqual(['tick']);
  });

  it('stays silent when voice is disabled or the volume is 0', async () => {
    const { audio } = await ready('en');
    audio.setVoiceEnabled(false);
    expect(audio.say('drill.start')).toBe(false);
    audio.setVoiceEnabled(true);
    audio.setVolume(0);
    expect(audio.state()).toBe('muted');
    expect(audio.say('drill.start')).toBe(false);
    expect(audio.sfx('click')).toBe(false);
    audio.setVolume(0.4);
    expect(audio.state()).toBe('ready');
    expect(audio.say('drill.start')).toBe(true);
  });

  it('loads the scenario coaching sprite only when wanted, and speaks hints and feedback from it', async () => {
    const { audio, backend } = await ready('en');
    expect(backend.howls.some((h) => h.options.src.endsWith('voice-coach-en.ogg'))).toBe(false);
    audio.prepareCoaching();
    await flush();
    const coach = backend.howls.find((h) => h.options.src.endsWith('voice-coach-en.ogg'));
    expect(audio.say('scenario.hint.checkScene')).toBe(true);
    expect(coach?.plays).toEqual(['scenario.hint.checkScene']);
    // A device prompt stops the coaching voice (and the other way round): they never overlap.
    expect(audio.say('aed.analysing')).toBe(true);
    expect(coach?.log.at(-1)).toBe('stop');
    // Switching language brings the other language's coaching along.
    audio.setLanguage('zh-CN');
    expect(coach?.unloaded).toBe(true);
    await flush();
    expect(audio.say('scenario.feedback.padsOk')).toBe(true);
    expect(backend.howls.find((h) => h.options.src.endsWith('voice-coach-zh-CN.ogg'))?.plays).toEqual(['scenario.feedback.padsOk']);
  });

  it('switches language by unloading the old sprite and loading the new one', async () => {
    const { audio, backend } = await ready('zh-CN');
    const zh = backend.howls.find((h) => h.options.src.endsWith('voice-zh-CN.ogg'));
    audio.setLanguage('en');
    expect(audio.language).toBe('en');
    expect(zh?.unloaded).toBe(true);
    expect(audio.say('drill.start')).toBe(false); // still loading
    await flush();
    expect(audio.say('drill.start')).toBe(true);
    expect(backend.howls.find((h) => h.options.src.endsWith('voice-en.ogg'))?.plays).toEqual(['drill.start']);
  });

  it('reports unavailable on a decode error, and retries on preload()', async () => {
    const opts: { failLoad?: RegExp } = { failLoad: /voice-zh-CN/ };
    const { audio, backend } = await ready('zh-CN', opts);
    expect(audio.state()).toBe('unavailable');
    expect(audio.say('drill.start')).toBe(false);
    expect(backend.howls.find((h) => h.options.src.endsWith('voice-zh-CN.ogg'))?.unloaded).toBe(true);

    delete opts.failLoad;
    await audio.preload();
    expect(audio.state()).toBe('ready');
    expect(audio.say('drill.start')).toBe(true);
  });

  it('reports unavailable when the sprite map cannot be fetched', async () => {
    const { audio } = await ready('en', { failFetch: /voice-en/ });
    expect(audio.state()).toBe('unavailable');
    expect(() => audio.say('drill.end')).not.toThrow();
  });

  it('ignores keys missing from the sprite', async () => {
    const { audio } = await ready('en');
    expect(audio.say('nope' as never)).toBe(false);
  });

  it('gives the metronome the context only while audio is ready and the metronome is on', async () => {
    const { audio, ctx } = await ready('en');
    expect(audio.metronome.visualOnly).toBe(false);
    audio.setMetronomeEnabled(false);
    expect(audio.metronome.visualOnly).toBe(true);
    audio.setMetronomeEnabled(true);
    ctx.setState('suspended');
    expect(audio.metronome.visualOnly).toBe(true);
  });
});

describe('AudioService partial failure', () => {
  it('still speaks when only the UI-sound sprite failed', async () => {
    const backend = fakeBackend(new FakeAudioContext(), { failLoad: /sfx/ });
    const audio = createAudioService({ language: 'zh-CN' }, backend);
    await audio.unlock();
    await audio.preload();
    expect(audio.state()).toBe('unavailable');
    expect(audio.sfx('click')).toBe(false);
    expect(audio.say('drill.start')).toBe(true);
  });
});

import { Howl, Howler } from 'howler';
import { createMetronome, type Metronome } from './metronome';
import {
  SFX_SPRITE_FILE,
  voiceSpriteFile,
  type SfxName,
  type SpriteMap,
  type VoiceKey,
  type VoiceLanguage,
} from './prompts';
import { coachSpriteFile, isCoachKey, type CoachKey } from './coachPrompts';

/**
 * - locked: no user gesture has unlocked audio yet (call `unlock()` from one).
 * - ready: the audio context runs; prompts and ticks can be heard.
 * - blocked: an unlock was tried but the browser kept audio suspended, or it
 *   was suspended later (phone call, OS interruption); the next gesture retries.
 * - muted: the user set the volume to 0.
 * - unavailable: no audio support, or the current sprite failed to load/decode.
 */
export type AudioState = 'locked' | 'ready' | 'blocked' | 'muted' | 'unavailable';

export interface AudioServiceOptions {
  /** URL prefix of the sprites; defaults to `${import.meta.env.BASE_URL}audio/`. */
  basePath?: string;
  language: VoiceLanguage;
  volume?: number;
  voiceEnabled?: boolean;
  metronomeEnabled?: boolean;
  /**
   * Also unlock on the first pointer/key/touch event on `document`, in case
   * the app's own gesture handler does not call `unlock()`. Default true.
   */
  autoUnlock?: boolean;
  /** How long to wait for `AudioContext.resume()` before reporting 'blocked'. */
  resumeTimeoutMs?: number;
}

export interface AudioService {
  state(): AudioState;
  /** Returns an unsubscribe function. */
  onStateChange(cb: (state: AudioState) => void): () => void;
  /** Call synchronously from a user gesture handler. Never rejects. */
  unlock(): Promise<AudioState>;
  /**
   * Loads (or retries after a failure) the current voice sprite and the UI
   * sprite. Before unlock it does nothing: unlock() starts the loads itself.
   */
  preload(): Promise<void>;
  setLanguage(language: VoiceLanguage): void;
  setVolume(volume: number): void;
  setVoiceEnabled(enabled: boolean): void;
  setMetronomeEnabled(enabled: boolean): void;
  /**
   * Plays the prompt if voice is enabled and audio is ready and loaded, cutting
   * off any prompt still playing. Returns whether it played; the UI should show
   * the caption regardless. Never throws.
   */
  say(key: VoiceKey | CoachKey): boolean;
  /**
   * Wants the scenario coaching sprite (hints and feedback, `voice-coach-<lng>`) from now on: loads
   * it for the current language (and after a language switch). Before unlock it only remembers.
   */
  prepareCoaching(): void;
  /** Plays a UI sound if audio is ready and loaded. Never throws. */
  sfx(name: SfxName): boolean;
  /** Metronome on the same audio context and master volume; visual-only while audio is not ready. */
  readonly metronome: Metronome;
  readonly language: VoiceLanguage;
  dispose(): void;
}

/** The slice of Howler's global used here; injectable so tests need no browser. */
export interface HowlerLike {
  ctx: AudioContext | null | undefined;
  masterGain: GainNode | null | undefined;
  noAudio: boolean;
  usingWebAudio: boolean;
  autoUnlock: boolean;
  autoSuspend: boolean;
  volume(volume: number): unknown;
}

export interface SpriteHowl {
  play(sprite: string): number | null | undefined;
  stop(): unknown;
  unload(): unknown;
}

export interface SpriteHowlOptions {
  src: string;
  sprite: SpriteMap;
  onload: () => void;
  onloaderror: (soundId: number, error: unknown) => void;
  onplayerror: (soundId: number, error: unknown) => void;
}

export interface AudioBackend {
  howler: HowlerLike;
  createHowl(options: SpriteHowlOptions): SpriteHowl;
  fetchSpriteMap(url: string): Promise<SpriteMap>;
  /** Whether this environment can make any sound at all. */
  audioSupported(): boolean;
  /** Where gesture and visibility events are listened for; null outside a browser. */
  eventTarget(): Pick<Document, 'addEventListener' | 'removeEventListener'> | null;
  isVisible(): boolean;
}

const GESTURE_EVENTS = ['pointerdown', 'pointerup', 'touchend', 'keydown', 'click'] as const;
const DEFAULT_RESUME_TIMEOUT_MS = 1500;

type Phase = 'idle' | 'resuming' | 'running' | 'blocked' | 'failed';

interface SpriteSlot {
  status: 'loading' | 'loaded' | 'failed';
  howl: SpriteHowl | null;
  keys: ReadonlySet<string>;
  promise: Promise<void>;
}

export function defaultBasePath(): string {
  const base = typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/';
  return `${base.endsWith('/') ? base : `${base}/`}audio/`;
}

export function isSpriteMap(value: unknown): value is SpriteMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v) =>
      Array.isArray(v) &&
      v.length === 2 &&
      v.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0),
  );
}

export const browserAudioBackend: AudioBackend = {
  howler: Howler as unknown as HowlerLike,
  createHowl: (o) =>
    new Howl({
      src: [o.src],
      // Explicit, so a cache-busting query string cannot hide the extension.
      format: ['ogg'],
      sprite: o.sprite,
      preload: true,
      onload: o.onload,
      onloaderror: o.onloaderror,
      onplayerror: o.onplayerror,
    }),
  async fetchSpriteMap(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`sprite map ${url}: HTTP ${res.status}`);
    const json: unknown = await res.json();
    if (!isSpriteMap(json)) throw new Error(`sprite map ${url}: malformed`);
    return json;
  },
  audioSupported: () =>
    typeof AudioContext !== 'undefined' ||
    typeof (globalThis as { webkitAudioContext?: unknown }).webkitAudioContext !== 'undefined' ||
    typeof Audio !== 'undefined',
  eventTarget: () => (typeof document !== 'undefined' ? document : null),
  isVisible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
};

export function createAudioService(
  options: AudioServiceOptions,
  backendOverrides: Partial<AudioBackend> = {},
): AudioService {
  const backend: AudioBackend = { ...browserAudioBackend, ...backendOverrides };
  const { howler } = backend;
  const basePath = normaliseBase(options.basePath ?? defaultBasePath());
  const resumeTimeoutMs = options.resumeTimeoutMs ?? DEFAULT_RESUME_TIMEOUT_MS;

  let language = options.language;
  let volume = clamp01(options.volume ?? 1);
  let voiceEnabled = options.voiceEnabled ?? true;
  let metronomeEnabled = options.metronomeEnabled ?? true;
  let phase: Phase = 'idle';
  const supported = safe(() => backend.audioSupported(), false);
  let contextCreated = false;
  let disposed = false;
  let lastState: AudioState | null = null;
  let watchedCtx: AudioContext | null = null;
  let unlockPromise: Promise<AudioState> | null = null;

  // Voice sprites by file: the language's prompts and, once wanted, its coaching.
  const voices = new Map<string, SpriteSlot>();
  let coachWanted = false;
  let sfxSlot: SpriteSlot | null = null;
  const listeners = new Set<(s: AudioState) => void>();

  // The metronome plays oscillators straight into the context, which Howler
  // cannot see: its 30 s auto-suspend would freeze the clock mid-drill.
  // Howler's auto-unlock is replaced by ours because on first Howl creation it
  // may close and recreate the context (its 44.1 kHz workaround), throwing away
  // a context we already resumed inside a gesture.
  safe(() => {
    howler.autoSuspend = false;
    howler.autoUnlock = false;
  }, undefined);

  const metronome = createMetronome(
    () => {
      if (!metronomeEnabled || volume <= 0 || !contextCreated || phase !== 'running') return null;
      return safe(() => (howler.usingWebAudio ? (howler.ctx ?? null) : null), null);
    },
    // Through Howler's master gain so one volume setting governs everything.
    { destination: (ctx) => safe(() => (howler.masterGain && howler.ctx === ctx ? howler.masterGain : null), null) },
  );

  function computeState(): AudioState {
    if (!supported || phase === 'failed') return 'unavailable';
    if (voiceEnabled && voices.get(voiceSpriteFile(language))?.status === 'failed') return 'unavailable';
    if (sfxSlot?.status === 'failed') return 'unavailable';
    if (volume <= 0) return 'muted';
    if (phase === 'blocked') return 'blocked';
    if (phase === 'running') return 'ready';
    return 'locked';
  }

  function emitIfChanged(): void {
    const next = computeState();
    if (next === lastState) return;
    lastState = next;
    for (const cb of [...listeners]) {
      try {
        cb(next);
      } catch {
        // One broken subscriber must not starve the rest.
      }
    }
  }

  function setPhase(next: Phase): void {
    if (phase === 'failed') return;
    phase = next;
    if (next === 'blocked' || next === 'idle') armGestureListeners();
    if (next === 'running') disarmGestureListeners();
    emitIfChanged();
  }

  // --- gesture / visibility plumbing -------------------------------------

  let gesturesArmed = false;
  const onGesture = (): void => {
    void unlock();
  };
  const onVisibility = (): void => {
    // Browsers often let a context resume without a new gesture once the page
    // has had one (sticky activation), e.g. after returning from a phone call.
    if (!backend.isVisible() || phase !== 'blocked') return;
    const ctx = safe(() => howler.ctx ?? null, null);
    if (ctx) void ctx.resume().catch(() => undefined);
  };

  function armGestureListeners(): void {
    if (gesturesArmed || disposed || options.autoUnlock === false || !supported) return;
    const target = safe(() => backend.eventTarget(), null);
    if (!target) return;
    for (const type of GESTURE_EVENTS) target.addEventListener(type, onGesture, { capture: true, passive: true });
    gesturesArmed = true;
  }

  function disarmGestureListeners(): void {
    if (!gesturesArmed) return;
    const target = safe(() => backend.eventTarget(), null);
    if (target) {
      for (const type of GESTURE_EVENTS) target.removeEventListener(type, onGesture, { capture: true });
    }
    gesturesArmed = false;
  }

  const visibilityTarget = safe(() => backend.eventTarget(), null);
  visibilityTarget?.addEventListener('visibilitychange', onVisibility);

  const onCtxStateChange = (): void => {
    const ctx = watchedCtx;
    if (!ctx) return;
    if (ctx.state === 'running') setPhase('running');
    else if (phase === 'running') setPhase('blocked');
  };

  function watchContext(ctx: AudioContext): void {
    if (watchedCtx === ctx) return;
    if (watchedCtx && typeof watchedCtx.removeEventListener === 'function') {
      watchedCtx.removeEventListener('statechange', onCtxStateChange);
    }
    watchedCtx = ctx;
    if (typeof ctx.addEventListener === 'function') ctx.addEventListener('statechange', onCtxStateChange);
  }

  // --- unlock --------------------------------------------------------------

  function unlock(): Promise<AudioState> {
    if (disposed || !supported || phase === 'failed') return Promise.resolve(computeState());
    if (phase === 'running' && isContextRunning()) return Promise.resolve(computeState());

    let ctx: AudioContext | null;
    try {
      // Creating the context here, inside the gesture, lets most browsers
      // start it running straight away. Howler creates it on first volume().
      howler.volume(volume);
      contextCreated = true;
      if (howler.noAudio) {
        setPhase('failed');
        return Promise.resolve(computeState());
      }
      ctx = howler.usingWebAudio ? (howler.ctx ?? null) : null;
    } catch {
      setPhase('failed');
      return Promise.resolve(computeState());
    }

    if (!ctx) {
      // HTML5 Audio fallback: nothing to resume; a refused play() reports
      // through onplayerror.
      setPhase('running');
      startLoads();
      return Promise.resolve(computeState());
    }

    watchContext(ctx);
    if (ctx.state === 'running') {
      setPhase('running');
      startLoads();
      return Promise.resolve(computeState());
    }

    // Must happen synchronously within the gesture: iOS only unlocks output
    // when a source is started from the gesture's own call stack.
    // Set before resume(): a context may report 'running' synchronously from it.
    if (phase !== 'blocked') setPhase('resuming');
    let resumed: Promise<void>;
    try {
      playScratch(ctx);
      resumed = Promise.resolve(ctx.resume());
    } catch (err) {
      resumed = Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    startLoads();

    const attempt = withTimeout(resumed, resumeTimeoutMs)
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        if (disposed) return computeState();
        setPhase(isContextRunning() ? 'running' : 'blocked');
        return computeState();
      });
    const tracked = attempt.finally(() => {
      if (unlockPromise === tracked) unlockPromise = null;
    });
    unlockPromise = tracked;
    return tracked;
  }

  function canPlay(): boolean {
    // Only while running: Howler queues a play on a suspended context and would
    // speak a stale cue whenever the context came back.
    return !disposed && supported && phase === 'running' && volume > 0;
  }

  function isContextRunning(): boolean {
    return safe(() => {
      if (!howler.usingWebAudio) return true;
      return howler.ctx?.state === 'running';
    }, false);
  }

  // --- loading -------------------------------------------------------------

  function startLoads(): void {
    if (!contextCreated || disposed) return;
    if (voiceEnabled) loadVoice(language);
    if (voiceEnabled && coachWanted) loadVoiceFile(coachSpriteFile(language), language);
    loadSfx();
  }

  function loadSlot(file: string, onSettled: () => void): SpriteSlot {
    const slot: SpriteSlot = {
      status: 'loading',
      howl: null,
      keys: new Set(),
      promise: Promise.resolve(),
    };
    slot.promise = (async () => {
      try {
        const sprite = await backend.fetchSpriteMap(`${basePath}${file}.json`);
        slot.keys = new Set(Object.keys(sprite));
        await new Promise<void>((resolve, reject) => {
          slot.howl = backend.createHowl({
            src: `${basePath}${file}.ogg`,
            sprite,
            onload: () => resolve(),
            onloaderror: (_id, error) => reject(error instanceof Error ? error : new Error(String(error))),
            onplayerror: () => {
              // Only the HTML5 fallback reports this; the element was refused playback.
              if (phase === 'running') setPhase('blocked');
            },
          });
        });
        slot.status = 'loaded';
      } catch {
        slot.status = 'failed';
        safe(() => slot.howl?.unload(), undefined);
        slot.howl = null;
      }
      onSettled();
    })();
    return slot;
  }

  function loadVoice(lang: VoiceLanguage): SpriteSlot {
    return loadVoiceFile(voiceSpriteFile(lang), lang);
  }

  function loadVoiceFile(file: string, lang: VoiceLanguage): SpriteSlot {
    const existing = voices.get(file);
    if (existing && existing.status !== 'failed') return existing;
    const slot = loadSlot(file, () => {
      // A language switch while loading leaves this sprite unused; free it.
      if (voices.get(file) === slot && lang !== language) dropFile(file);
      emitIfChanged();
    });
    voices.set(file, slot);
    emitIfChanged();
    return slot;
  }

  function loadSfx(): SpriteSlot {
    if (sfxSlot && sfxSlot.status !== 'failed') return sfxSlot;
    const slot = loadSlot(SFX_SPRITE_FILE, emitIfChanged);
    sfxSlot = slot;
    emitIfChanged();
    return slot;
  }

  function dropVoice(lang: VoiceLanguage): void {
    dropFile(voiceSpriteFile(lang));
    dropFile(coachSpriteFile(lang));
  }

  function dropFile(file: string): void {
    const slot = voices.get(file);
    if (!slot) return;
    voices.delete(file);
    safe(() => slot.howl?.stop(), undefined);
    safe(() => slot.howl?.unload(), undefined);
  }

  function stopVoice(): void {
    for (const slot of voices.values()) safe(() => slot.howl?.stop(), undefined);
  }

  function play(slot: SpriteSlot | null | undefined, key: string): boolean {
    if (!slot || slot.status !== 'loaded' || !slot.howl || !slot.keys.has(key)) return false;
    const howl = slot.howl;
    return safe(() => {
      const id = howl.play(key);
      return typeof id === 'number';
    }, false);
  }

  // --- public API ----------------------------------------------------------

  const service: AudioService = {
    state: () => computeState(),
    onStateChange(cb) {
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
    unlock: () => unlockPromise ?? unlock(),
    async preload() {
      // Before unlock there is no context to decode into; unlock() starts the loads itself.
      if (disposed || !contextCreated) return;
      // An explicit preload is the retry path after a failed (e.g. offline) load.
      const pending: Promise<void>[] = [loadSfx().promise];
      if (voiceEnabled) pending.push(loadVoice(language).promise);
      if (voiceEnabled && coachWanted) pending.push(loadVoiceFile(coachSpriteFile(language), language).promise);
      await Promise.all(pending);
    },
    setLanguage(next) {
      if (next === language) return;
      stopVoice();
      const previous = language;
      language = next;
      dropVoice(previous);
      if (contextCreated && voiceEnabled) loadVoice(next);
      if (contextCreated && voiceEnabled && coachWanted) loadVoiceFile(coachSpriteFile(next), next);
      emitIfChanged();
    },
    setVolume(v) {
      volume = clamp01(v);
      // Before unlock this would create the context outside a gesture.
      if (contextCreated) safe(() => howler.volume(volume), undefined);
      emitIfChanged();
    },
    setVoiceEnabled(enabled) {
      voiceEnabled = enabled;
      if (!enabled) stopVoice();
      else if (contextCreated) {
        loadVoice(language);
        if (coachWanted) loadVoiceFile(coachSpriteFile(language), language);
      }
      emitIfChanged();
    },
    prepareCoaching() {
      coachWanted = true;
      if (contextCreated && voiceEnabled && !disposed) loadVoiceFile(coachSpriteFile(language), language);
    },
    setMetronomeEnabled(enabled) {
      metronomeEnabled = enabled;
    },
    say(key) {
      // Checked directly rather than via state(): a failed sfx sprite should
      // not silence prompts that loaded fine.
      if (!voiceEnabled || !canPlay()) return false;
      const coach = isCoachKey(key);
      const file = coach ? coachSpriteFile(language) : voiceSpriteFile(language);
      const slot = voices.get(file);
      if (!slot) {
        if (coach) coachWanted = true;
        loadVoiceFile(file, language);
        return false;
      }
      if (slot.status !== 'loaded') return false;
      stopVoice();
      return play(slot, key);
    },
    sfx(name) {
      if (!canPlay()) return false;
      if (!sfxSlot) {
        loadSfx();
        return false;
      }
      return play(sfxSlot, name);
    },
    metronome,
    get language() {
      return language;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      metronome.stop();
      disarmGestureListeners();
      visibilityTarget?.removeEventListener('visibilitychange', onVisibility);
      if (watchedCtx && typeof watchedCtx.removeEventListener === 'function') {
        watchedCtx.removeEventListener('statechange', onCtxStateChange);
      }
      for (const file of [...voices.keys()]) dropFile(file);
      safe(() => sfxSlot?.howl?.unload(), undefined);
      sfxSlot = null;
      listeners.clear();
    },
  };

  lastState = computeState();
  if (lastState !== 'unavailable') armGestureListeners();
  return service;
}

function playScratch(ctx: AudioContext): void {
  try {
    const source = ctx.createBufferSource();
    source.buffer = ctx.createBuffer(1, 1, 22050);
    source.connect(ctx.destination);
    source.start(0);
  } catch {
    // Resume alone is enough on most browsers.
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function normaliseBase(base: string): string {
  return base === '' || base.endsWith('/') ? base : `${base}/`;
}

function clamp01(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.min(1, Math.max(0, v));
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

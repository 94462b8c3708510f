import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AudioBackend,
  HowlerLike,
  SpriteHowl,
  SpriteHowlOptions,
} from '../../../src/adapters/audio/audio-service';
import type { SpriteMap } from '../../../src/adapters/audio/prompts';

const param = () => ({
  value: 0,
  setValueAtTime() {},
  linearRampToValueAtTime() {},
  exponentialRampToValueAtTime() {},
});

export interface FakeOscillator {
  startAt: number | null;
  stoppedEarly: boolean;
}

/** Just enough of AudioContext for the service and the metronome; the clock is set by the test. */
export class FakeAudioContext extends EventTarget {
  state: AudioContextState = 'suspended';
  currentTime = 0;
  outputLatency = 0;
  baseLatency = 0;
  readonly destination = { connect() {}, disconnect() {} };
  readonly oscillators: FakeOscillator[] = [];
  resumeImpl: () => Promise<void> = () => {
    this.setState('running');
    return Promise.resolve();
  };

  resume(): Promise<void> {
    return this.resumeImpl();
  }

  setState(state: AudioContextState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }

  createBuffer() {
    return {};
  }

  createBufferSource() {
    return { buffer: null, connect() {}, start() {} };
  }

  createGain() {
    return { gain: param(), connect() {}, disconnect() {} };
  }

  createOscillator() {
    const record: FakeOscillator = { startAt: null, stoppedEarly: false };
    this.oscillators.push(record);
    return {
      type: 'sine',
      frequency: param(),
      onended: null as (() => void) | null,
      connect() {},
      disconnect() {},
      start(t: number) {
        record.startAt = t;
      },
      stop(t?: number) {
        if (t === undefined) record.stoppedEarly = true;
      },
    };
  }

  asContext(): AudioContext {
    return this as unknown as AudioContext;
  }
}

export function fakeHowler(ctx: FakeAudioContext | null): HowlerLike & { volumes: number[] } {
  return {
    ctx: null,
    masterGain: null,
    noAudio: false,
    usingWebAudio: true,
    autoUnlock: true,
    autoSuspend: true,
    volumes: [],
    volume(v: number) {
      // Mirrors Howler: the first volume() call creates the context.
      if (!this.ctx) {
        if (ctx) this.ctx = ctx.asContext();
        else this.usingWebAudio = false;
      }
      this.volumes.push(v);
      return this;
    },
  };
}

export class FakeHowl implements SpriteHowl {
  readonly plays: string[] = [];
  readonly log: string[] = [];
  unloaded = false;
  constructor(readonly options: SpriteHowlOptions) {}
  play(sprite: string) {
    this.plays.push(sprite);
    this.log.push(`play:${sprite}`);
    return this.plays.length;
  }
  stop() {
    this.log.push('stop');
    return this;
  }
  unload() {
    this.unloaded = true;
  }
}

export function readAssetMap(url: string): SpriteMap {
  const file = url.split('/').pop() ?? '';
  return JSON.parse(readFileSync(join(process.cwd(), 'assets/audio', file), 'utf8')) as SpriteMap;
}

/** A backend whose Howls load (or fail) on the next microtask, reading the real sprite maps. */
export function fakeBackend(
  ctx: FakeAudioContext | null,
  opts: { failLoad?: RegExp; failFetch?: RegExp } = {},
): AudioBackend & { howls: FakeHowl[]; howler: ReturnType<typeof fakeHowler> } {
  const howls: FakeHowl[] = [];
  return {
    howls,
    howler: fakeHowler(ctx),
    createHowl(options) {
      const howl = new FakeHowl(options);
      howls.push(howl);
      queueMicrotask(() => {
        if (opts.failLoad?.test(options.src)) options.onloaderror(0, 'Decoding audio data failed.');
        else options.onload();
      });
      return howl;
    },
    fetchSpriteMap(url) {
      if (opts.failFetch?.test(url)) return Promise.reject(new Error('offline'));
      return Promise.resolve(readAssetMap(url));
    },
    audioSupported: () => true,
    eventTarget: () => null,
    isVisible: () => true,
  };
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

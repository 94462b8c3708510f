import { beatIntervalSec, beatTime, clampBpm, planTicks } from './schedule';

export type BeatListener = (beatIndex: number, audioTime: number) => void;

export interface Metronome {
  start(bpm: number): void;
  stop(): void;
  setBpm(bpm: number): void;
  /** Tick level 0..1, relative to whatever the destination node applies. */
  setVolume(volume: number): void;
  readonly running: boolean;
  readonly bpm: number;
  /**
   * True while beats are driven by a timer because there is no running audio
   * context (none, suspended/blocked, stalled, or metronome sound disabled).
   * `onBeat` keeps firing either way so the visual beat never stops.
   */
  readonly visualOnly: boolean;
  /**
   * Called when each beat is heard (or would be). `audioTime` is on the
   * AudioContext clock, or on `performance.now()/1000` while visual-only.
   * Returns an unsubscribe function.
   */
  onBeat(cb: BeatListener): () => void;
}

export interface MetronomeOptions {
  /** Where ticks are connected; defaults to `ctx.destination`. */
  destination?: (ctx: AudioContext) => AudioNode | null;
  lookaheadSec?: number;
  intervalMs?: number;
  tickFrequencyHz?: number;
  volume?: number;
  /** Wall clock in ms; injectable for tests. */
  now?: () => number;
}

const DEFAULT_BPM = 110;
const DEFAULT_LOOKAHEAD_SEC = 0.1;
const DEFAULT_INTERVAL_MS = 25;
// A first beat scheduled for "now" would already be late by the time the
// oscillator starts; give it a moment.
const START_LEAD_SEC = 0.05;
// Some browsers report 'running' while the clock is frozen (e.g. output device
// lost); without this the beat would silently stop, visual included.
const STALL_MS = 500;
const TICK_LENGTH_SEC = 0.03;

type Mode = 'audio' | 'visual';

interface ScheduledSound {
  osc: OscillatorNode;
  gain: GainNode;
  time: number;
}

function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export function createMetronome(
  ctxProvider: () => AudioContext | null,
  options: MetronomeOptions = {},
): Metronome {
  const lookahead = options.lookaheadSec ?? DEFAULT_LOOKAHEAD_SEC;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const frequency = options.tickFrequencyHz ?? 1000;
  const now = options.now ?? defaultNow;

  let bpm = DEFAULT_BPM;
  let volume = clamp01(options.volume ?? 0.8);
  let running = false;
  let mode: Mode = 'visual';
  let anchorTime = 0;
  let anchorIndex = 0;
  let nextIndex = 0;
  let timer: ReturnType<typeof setInterval> | null = null;
  // Last (wall, clock) pair, used to carry the beat phase across a clock switch.
  let lastSync: { wallMs: number; clock: number } | null = null;
  const stall = { ctx: null as AudioContext | null, ctxTime: -1, wallMs: 0 };

  const listeners = new Set<BeatListener>();
  const pendingBeats = new Set<ReturnType<typeof setTimeout>>();
  const sounds = new Set<ScheduledSound>();

  function usableContext(): AudioContext | null {
    let ctx: AudioContext | null = null;
    try {
      ctx = ctxProvider();
    } catch {
      return null;
    }
    if (!ctx || ctx.state !== 'running') return null;
    const wall = now();
    if (stall.ctx !== ctx || ctx.currentTime !== stall.ctxTime) {
      stall.ctx = ctx;
      stall.ctxTime = ctx.currentTime;
      stall.wallMs = wall;
      return ctx;
    }
    return wall - stall.wallMs > STALL_MS ? null : ctx;
  }

  function clockNow(ctx: AudioContext | null, wallMs: number): number {
    return ctx ? ctx.currentTime : wallMs / 1000;
  }

  function outputLatencyMs(ctx: AudioContext | null): number {
    if (!ctx) return 0;
    const latency = typeof ctx.outputLatency === 'number' && ctx.outputLatency > 0
      ? ctx.outputLatency
      : typeof ctx.baseLatency === 'number' ? ctx.baseLatency : 0;
    return Number.isFinite(latency) ? latency * 1000 : 0;
  }

  function emitBeat(index: number, time: number): void {
    for (const cb of [...listeners]) {
      try {
        cb(index, time);
      } catch {
        // A faulty UI listener must not stop the beat for the others.
      }
    }
  }

  function scheduleBeatCallback(index: number, time: number, clock: number, ctx: AudioContext | null): void {
    // Fire when the tick reaches the speaker, not when it is queued, so a
    // flashing beat lines up with the sound.
    const delay = Math.max(0, (time - clock) * 1000 + outputLatencyMs(ctx));
    const handle = setTimeout(() => {
      pendingBeats.delete(handle);
      emitBeat(index, time);
    }, delay);
    pendingBeats.add(handle);
  }

  function scheduleSound(ctx: AudioContext, time: number): void {
    if (volume <= 0) return;
    try {
      const destination = options.destination?.(ctx) ?? ctx.destination;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(frequency, time);
      // Ramp in and out: a bare start/stop clicks audibly.
      gain.gain.setValueAtTime(0, time);
      gain.gain.linearRampToValueAtTime(volume, time + 0.002);
      gain.gain.exponentialRampToValueAtTime(0.0001, time + TICK_LENGTH_SEC);
      osc.connect(gain);
      gain.connect(destination);
      const sound: ScheduledSound = { osc, gain, time };
      osc.onended = () => {
        sounds.delete(sound);
        safeDisconnect(gain);
        safeDisconnect(osc);
      };
      osc.start(time);
      osc.stop(time + TICK_LENGTH_SEC + 0.005);
      sounds.add(sound);
    } catch {
      // Beat stays visual for this tick; the next tick tries again.
    }
  }

  function cancelFutureSounds(): void {
    for (const sound of sounds) {
      try {
        sound.osc.stop();
      } catch {
        // Already stopped.
      }
      safeDisconnect(sound.gain);
      safeDisconnect(sound.osc);
    }
    sounds.clear();
  }

  function pump(): void {
    if (!running) return;
    const ctx = usableContext();
    const wantMode: Mode = ctx ? 'audio' : 'visual';
    const wallMs = now();
    if (wantMode !== mode) {
      // Keep the beat phase when hopping clocks so the visual beat does not stutter.
      const interval = beatIntervalSec(bpm);
      let remaining = 0;
      if (lastSync) {
        const elapsed = (wallMs - lastSync.wallMs) / 1000;
        const oldNext = beatTime(anchorTime, anchorIndex, bpm, nextIndex);
        remaining = Math.min(interval, Math.max(0, oldNext - lastSync.clock - elapsed));
      }
      mode = wantMode;
      anchorTime = clockNow(ctx, wallMs) + Math.max(remaining, START_LEAD_SEC);
      anchorIndex = nextIndex;
    }
    const clock = clockNow(ctx, wallMs);
    lastSync = { wallMs, clock };
    const plan = planTicks({ anchorTime, anchorIndex, bpm, nextIndex, currentTime: clock, lookahead });
    nextIndex = plan.nextIndex;
    for (const tick of plan.ticks) {
      if (ctx) scheduleSound(ctx, tick.time);
      scheduleBeatCallback(tick.index, tick.time, clock, ctx);
    }
  }

  function stop(): void {
    running = false;
    if (timer !== null) clearInterval(timer);
    timer = null;
    for (const handle of pendingBeats) clearTimeout(handle);
    pendingBeats.clear();
    cancelFutureSounds();
    lastSync = null;
  }

  return {
    start(newBpm: number) {
      bpm = clampBpm(newBpm);
      if (running) return;
      running = true;
      const ctx = usableContext();
      mode = ctx ? 'audio' : 'visual';
      const wallMs = now();
      anchorTime = clockNow(ctx, wallMs) + START_LEAD_SEC;
      anchorIndex = 0;
      nextIndex = 0;
      lastSync = null;
      pump();
      timer = setInterval(pump, intervalMs);
    },
    stop,
    setBpm(newBpm: number) {
      const clamped = clampBpm(newBpm);
      if (running && clamped !== bpm) {
        // Beats already queued keep the old tempo; the new one starts at the
        // next unscheduled beat, so there is no jump or double tick.
        anchorTime = beatTime(anchorTime, anchorIndex, bpm, nextIndex);
        anchorIndex = nextIndex;
      }
      bpm = clamped;
    },
    setVolume(v: number) {
      volume = clamp01(v);
    },
    get running() {
      return running;
    },
    get bpm() {
      return bpm;
    },
    get visualOnly() {
      return running ? mode === 'visual' : usableContext() === null;
    },
    onBeat(cb: BeatListener) {
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
  };
}

function clamp01(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.min(1, Math.max(0, v));
}

function safeDisconnect(node: AudioNode): void {
  try {
    node.disconnect();
  } catch {
    // Not connected.
  }
}

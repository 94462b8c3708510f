import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMetronome } from '../../../src/adapters/audio/metronome';
import { FakeAudioContext } from './fakes';

// The fake context's clock follows the faked wall clock, like a real one would.
function runningContext(): FakeAudioContext {
  const ctx = new FakeAudioContext();
  ctx.state = 'running';
  const t0 = Date.now();
  Object.defineProperty(ctx, 'currentTime', { get: () => (Date.now() - t0) / 1000 + 10 });
  return ctx;
}

describe('metronome', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('schedules oscillator ticks at exact audio-clock times and reports each beat', () => {
    const ctx = runningContext();
    const m = createMetronome(() => ctx.asContext(), { now: () => Date.now() });
    const beats: [number, number][] = [];
    m.onBeat((i, t) => beats.push([i, t]));
    m.start(100);
    expect(m.running).toBe(true);
    expect(m.visualOnly).toBe(false);
    vi.advanceTimersByTime(3000);

    const starts = ctx.oscillators.map((o) => o.startAt ?? Number.NaN);
    const first = starts[0] ?? Number.NaN;
    expect(first).toBeCloseTo(10.05, 9);
    starts.forEach((t, i) => expect(t).toBeCloseTo(first + i * 0.6, 9));
    // Scheduled ahead, never further than the lookahead.
    expect(starts.length).toBe(6); // 10.05 … 13.05 (< 13.0 + 0.1)
    expect(beats.map(([i]) => i)).toEqual([0, 1, 2, 3, 4]);
    beats.forEach(([i, t]) => expect(t).toBeCloseTo(first + i * 0.6, 9));
    m.stop();
  });

  it('stops cleanly: no more beats, queued ticks cancelled', () => {
    const ctx = runningContext();
    const m = createMetronome(() => ctx.asContext(), { now: () => Date.now() });
    const beats: number[] = [];
    m.onBeat((i) => beats.push(i));
    m.start(120);
    vi.advanceTimersByTime(1000);
    m.stop();
    const count = beats.length;
    vi.advanceTimersByTime(2000);
    expect(beats.length).toBe(count);
    expect(m.running).toBe(false);
    expect(ctx.oscillators.some((o) => o.stoppedEarly)).toBe(true);
  });

  it('falls back to a timer-driven visual beat when there is no audio context', () => {
    const m = createMetronome(() => null, { now: () => Date.now() });
    const beats: number[] = [];
    m.onBeat((i) => beats.push(i));
    m.start(120);
    expect(m.visualOnly).toBe(true);
    vi.advanceTimersByTime(2040);
    expect(beats).toEqual([0, 1, 2, 3]);
    m.stop();
  });

  it('keeps the beat going, without skipping an index, when the context gets suspended', () => {
    const ctx = runningContext();
    const m = createMetronome(() => ctx.asContext(), { now: () => Date.now() });
    const beats: number[] = [];
    m.onBeat((i) => beats.push(i));
    m.start(120);
    vi.advanceTimersByTime(1020);
    ctx.state = 'suspended';
    const sounded = ctx.oscillators.length;
    vi.advanceTimersByTime(2000);
    expect(m.visualOnly).toBe(true);
    expect(ctx.oscillators.length).toBe(sounded);
    expect(beats).toEqual(Array.from({ length: beats.length }, (_, i) => i));
    expect(beats.length).toBeGreaterThanOrEqual(6);
    m.stop();
  });

  it('treats a running context whose clock is frozen as unusable', () => {
    const ctx = new FakeAudioContext();
    ctx.state = 'running';
    ctx.currentTime = 5;
    const m = createMetronome(() => ctx.asContext(), { now: () => Date.now() });
    const beats: number[] = [];
    m.onBeat((i) => beats.push(i));
    m.start(120);
    vi.advanceTimersByTime(3000);
    expect(m.visualOnly).toBe(true);
    expect(beats.length).toBeGreaterThanOrEqual(4);
    m.stop();
  });

  it('changes tempo from the next unscheduled beat', () => {
    const ctx = runningContext();
    const m = createMetronome(() => ctx.asContext(), { now: () => Date.now() });
    m.start(60);
    vi.advanceTimersByTime(2000);
    m.setBpm(120);
    expect(m.bpm).toBe(120);
    vi.advanceTimersByTime(2000);
    const starts = ctx.oscillators.map((o) => o.startAt ?? 0);
    const gaps = starts.slice(1).map((t, i) => Math.round((t - (starts[i] ?? 0)) * 1000));
    expect(gaps.slice(0, 2)).toEqual([1000, 1000]);
    expect(gaps.at(-1)).toBe(500);
    m.stop();
  });

  it('keeps firing beats to other listeners if one throws', () => {
    const m = createMetronome(() => null, { now: () => Date.now() });
    const beats: number[] = [];
    m.onBeat(() => {
      throw new Error('ui bug');
    });
    const off = m.onBeat((i) => beats.push(i));
    m.start(120);
    vi.advanceTimersByTime(600);
    off();
    vi.advanceTimersByTime(600);
    expect(beats).toEqual([0, 1]);
    m.stop();
  });
});

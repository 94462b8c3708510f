import type { Compression } from '../cpr/compression';
import { createCompressionDetector, type CompressionDetector } from '../cpr/detector';
import type { Sample } from '../cpr/sample';
import type { CprTargets } from '../cpr/targets';

/** How long a drill runs: a fixed time from the first compression, or a number of full cycles. */
export type DrillLength = { kind: 'seconds'; seconds: number } | { kind: 'cycles'; cycles: number };

export type DrillPhase = 'ready' | 'compressions' | 'breaths' | 'done';

export interface Breath {
  startT: number;
  endT: number;
}

/** Effects are data; the screen turns them into captions, voice and sounds. */
export type DrillEffect =
  | { type: 'phase'; phase: DrillPhase }
  | { type: 'prompt'; key: 'drill.start' | 'drill.giveBreaths' | 'drill.resume' | 'drill.end' }
  | { type: 'compression'; compression: Compression }
  | { type: 'breath'; breath: Breath; ok: boolean };

export interface DrillSnapshot {
  phase: DrillPhase;
  compressions: number;
  /** Compressions in the current cycle (reset after breaths). */
  inCycle: number;
  breathsInCycle: number;
  cyclesDone: number;
  startT: number | null;
  endT: number | null;
  /** Time left in a timed drill, ms; null for cycle drills or before the start. */
  remainingMs: number | null;
}

/**
 * The compression drill's flow: compressions, then breaths after every `ratio.compressions`,
 * until time or cycles run out. Time enters only through sample timestamps and `tick(now)`.
 * A breath counts when the airway is held at least half the profile's breath duration; that
 * tolerance is the product's choice (the profiles say "about 1 s").
 */
export class CprDrill {
  private readonly detector: CompressionDetector;
  private readonly samples: Sample[] = [];
  private readonly breaths: Breath[] = [];
  private phase: DrillPhase = 'ready';
  private count = 0;
  private inCycle = 0;
  private breathsInCycle = 0;
  private cyclesDone = 0;
  private startT: number | null = null;
  private endT: number | null = null;

  constructor(
    readonly targets: CprTargets,
    readonly length: DrillLength,
  ) {
    this.detector = createCompressionDetector(targets);
  }

  /** Feeds one input sample. Throws SampleError for impossible values (the screen translates it). */
  push(sample: Sample): DrillEffect[] {
    if (this.phase === 'done') return [];
    const fx: DrillEffect[] = [];
    const completed = this.detector.push(sample);
    this.samples.push(sample);
    if (this.startT === null && this.isPress(sample)) {
      this.startT = sample.t;
      this.setPhase('compressions', fx);
    }
    for (const c of completed) this.onCompression(c, fx);
    this.checkTime(sample.t, fx);
    return fx;
  }

  /** A breath: the airway control held from `startT` to `endT` (event timestamps). */
  breath(startT: number, endT: number): DrillEffect[] {
    if (this.phase === 'done' || this.startT === null || endT <= startT) return [];
    const fx: DrillEffect[] = [];
    const breath = { startT, endT };
    const ok = endT - startT >= this.targets.breathDurationMs.value / 2;
    this.breaths.push(breath);
    fx.push({ type: 'breath', breath, ok });
    if (this.phase === 'breaths' && ok) {
      this.breathsInCycle++;
      if (this.breathsInCycle >= this.targets.ratio.value.breaths) {
        this.cyclesDone++;
        this.inCycle = 0;
        this.breathsInCycle = 0;
        if (this.length.kind === 'cycles' && this.cyclesDone >= this.length.cycles) {
          this.finish(endT, fx);
          return fx;
        }
        this.setPhase('compressions', fx);
        fx.push({ type: 'prompt', key: 'drill.resume' });
      }
    }
    this.checkTime(endT, fx);
    return fx;
  }

  /** Lets a timed drill end when nobody is pressing; `now` is on the event timebase. */
  tick(now: number): DrillEffect[] {
    const fx: DrillEffect[] = [];
    if (this.phase === 'done') return fx;
    for (const c of this.detector.advance(now)) this.onCompression(c, fx);
    this.checkTime(now, fx);
    return fx;
  }

  /** Ends the drill now (the learner pressed Finish). */
  stop(now: number): DrillEffect[] {
    const fx: DrillEffect[] = [];
    if (this.phase !== 'done') this.finish(now, fx);
    return fx;
  }

  snapshot(now?: number): DrillSnapshot {
    const remainingMs =
      this.length.kind === 'seconds' && this.startT !== null
        ? Math.max(0, this.length.seconds * 1000 - ((this.endT ?? now ?? this.startT) - this.startT))
        : null;
    return {
      phase: this.phase,
      compressions: this.count,
      inCycle: this.inCycle,
      breathsInCycle: this.breathsInCycle,
      cyclesDone: this.cyclesDone,
      startT: this.startT,
      endT: this.endT,
      remainingMs,
    };
  }

  /** The input log of the attempt, for storage and re-analysis. */
  log(): { samples: readonly Sample[]; breaths: readonly Breath[]; startT: number | null; endT: number | null } {
    return { samples: this.samples, breaths: this.breaths, startT: this.startT, endT: this.endT };
  }

  private isPress(s: Sample): boolean {
    return s.kind === 'press' || (s.depthMm !== undefined && s.depthMm > 0);
  }

  private onCompression(c: Compression, fx: DrillEffect[]): void {
    this.count++;
    fx.push({ type: 'compression', compression: c });
    if (this.phase === 'breaths') {
      // Compressing instead of breathing: the cycle's breaths were skipped; scoring sees it.
      this.inCycle = 0;
      this.breathsInCycle = 0;
      this.setPhase('compressions', fx);
    }
    this.inCycle++;
    if (this.inCycle >= this.targets.ratio.value.compressions) {
      this.setPhase('breaths', fx);
      fx.push({ type: 'prompt', key: 'drill.giveBreaths' });
    }
  }

  private checkTime(now: number, fx: DrillEffect[]): void {
    if (this.phase === 'done' || this.startT === null || this.length.kind !== 'seconds') return;
    const end = this.startT + this.length.seconds * 1000;
    if (now >= end) this.finish(end, fx);
  }

  private finish(at: number, fx: DrillEffect[]): void {
    for (const c of this.detector.flush()) {
      this.count++;
      fx.push({ type: 'compression', compression: c });
    }
    this.endT = at;
    this.setPhase('done', fx);
    fx.push({ type: 'prompt', key: 'drill.end' });
  }

  private setPhase(phase: DrillPhase, fx: DrillEffect[]): void {
    if (this.phase === phase) return;
    this.phase = phase;
    fx.push({ type: 'phase', phase });
  }
}

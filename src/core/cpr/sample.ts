import { SampleError } from './errors';

/** Every input the game can take compressions from. `trace` is a recorded or imported file. */
export const INPUT_SOURCES = ['pointer', 'pen', 'touch', 'keyboard', 'gamepad', 'pressure', 'trace'] as const;
export type InputSource = (typeof INPUT_SOURCES)[number];

/** Offset of the press from the profile's hand landmark, in mm on the chest plane. */
export interface HandOffset {
  dxMm: number;
  dyMm: number;
}

/**
 * One input reading.
 * - `t`: ms in the `event.timeStamp` timebase; only differences matter, so any origin works.
 * - `depthMm`: chest displacement from rest. Absent means the input cannot measure depth: results
 *   then say "not measured" for depth and recoil instead of guessing.
 * - `hand`: where the press is relative to the landmark; `handOk` is for inputs that only know
 *   inside/outside the zone (traces, some manikins). `hand` wins when both are present.
 * - `kind`: for inputs without depth, a 'press' is one compression onset; 'release' ends it.
 */
export interface Sample {
  t: number;
  source: InputSource;
  depthMm?: number;
  hand?: HandOffset;
  handOk?: boolean;
  kind?: 'press' | 'release';
}

/** Deeper than any adult chest can be compressed; a reading beyond this is a sensor or mapping bug. */
export const MAX_DEPTH_MM = 120;
/**
 * One display frame at 60 Hz, rounded up. Events can be delivered slightly out of order within a
 * frame (coalesced pointer events, keyboard vs pointer queues), so smaller steps back are dropped
 * quietly; a larger one means the timebase is broken and is an error.
 */
export const FRAME_MS = 17;

const SOURCE_INDEX: ReadonlyMap<string, number> = new Map(INPUT_SOURCES.map((s, i) => [s, i]));

/** Index of a source in INPUT_SOURCES, used for allocation-free source sets (bit masks). */
export function sourceIndex(source: string): number {
  const i = SOURCE_INDEX.get(source);
  if (i === undefined) throw new SampleError('error.sample.badSource', { source: String(source) });
  return i;
}

/** Sources whose bits are set in `mask`, in INPUT_SOURCES order. */
export function sourcesOf(mask: number): InputSource[] {
  const out: InputSource[] = [];
  for (let i = 0; i < INPUT_SOURCES.length; i++) {
    const s = INPUT_SOURCES[i];
    if (s !== undefined && (mask & (1 << i)) !== 0) out.push(s);
  }
  return out;
}

function checkNumber(field: string, v: unknown, t: unknown): void {
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new SampleError('error.sample.nan', { field, value: String(v), t: String(t) });
  }
  if (!Number.isFinite(v)) {
    throw new SampleError('error.sample.notFinite', { field, value: String(v), t: String(t) });
  }
}

/**
 * Throws a SampleError when a sample cannot be real. Does not look at time order (that needs the
 * previous sample: see SampleValidator). Allocates nothing unless it throws. Returns the source's
 * index in INPUT_SOURCES so callers need not look it up again.
 */
export function checkSample(s: Sample): number {
  if (s === null || typeof s !== 'object') {
    throw new SampleError('error.sample.notObject', { value: String(s) });
  }
  checkNumber('t', s.t, s.t);
  const src = sourceIndex(s.source);
  const d = s.depthMm;
  if (d !== undefined) {
    checkNumber('depthMm', d, s.t);
    if (d < 0) throw new SampleError('error.sample.negativeDepth', { depthMm: d, t: s.t });
    if (d > MAX_DEPTH_MM) {
      throw new SampleError('error.sample.tooDeep', { depthMm: d, maxMm: MAX_DEPTH_MM, t: s.t });
    }
  }
  const h = s.hand;
  if (h !== undefined) {
    if (h === null || typeof h !== 'object') {
      throw new SampleError('error.sample.nan', { field: 'hand', value: String(h), t: s.t });
    }
    checkNumber('hand.dxMm', h.dxMm, s.t);
    checkNumber('hand.dyMm', h.dyMm, s.t);
  }
  const k = s.kind;
  if (k !== undefined && k !== 'press' && k !== 'release') {
    throw new SampleError('error.sample.badKind', { kind: String(k), t: s.t });
  }
  return src;
}

/**
 * Streaming validation: rejects impossible samples and silently drops duplicates and samples less
 * than one frame out of order (they carry no new information and would create zero-length steps).
 */
export class SampleValidator {
  /** Samples ignored as duplicate or slightly out of order. */
  dropped = 0;
  accepted = 0;
  firstT = Number.NaN;
  lastT = Number.NaN;
  /** INPUT_SOURCES index of the last accepted sample. */
  sourceIdx = 0;

  /** True if the sample should be used; false if dropped; throws SampleError if impossible. */
  accept(s: Sample): boolean {
    const src = checkSample(s);
    const t = s.t;
    if (this.accepted > 0) {
      if (t <= this.lastT) {
        const back = this.lastT - t;
        if (back > FRAME_MS) {
          throw new SampleError('error.sample.timeBackwards', {
            t,
            previousT: this.lastT,
            backMs: back,
            maxBackMs: FRAME_MS,
          });
        }
        this.dropped++;
        return false;
      }
    } else {
      this.firstT = t;
    }
    this.lastT = t;
    this.sourceIdx = src;
    this.accepted++;
    return true;
  }

  reset(): void {
    this.dropped = 0;
    this.accepted = 0;
    this.firstT = Number.NaN;
    this.lastT = Number.NaN;
  }
}

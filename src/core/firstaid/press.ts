/**
 * A sustained press on a wound (direct pressure, clinical.md "Bleeding control": firm and
 * continuous): how long it was held, whether it stayed on the wound and how steady it was.
 * Samples come from the input events (pointer down, every move, up), in body-part millimetres.
 * A key held down gives a press with no position: its duration counts, steadiness is not measured.
 */

import type { Point } from './body';

export interface PressSample {
  t: number;
  /** Absent for a key press. */
  x?: number;
  y?: number;
}

export interface PressTarget extends Point {
  /** Radius of the wound zone, mm (product choice per scenario). */
  r: number;
}

/** Product choices: clinical.md asks for firm, continuous pressure and names no figure. */
export const PRESS_RULES = {
  /** Hold time that counts as sustained in the trainer (the real hold lasts until help arrives). */
  holdMs: 10_000,
  /** Largest drift from the press's median point that still counts as steady, mm. */
  maxDriftMm: 12,
  /** Share of samples that must be on the wound. */
  onWoundShare: 0.9,
} as const;

export interface PressMeasure {
  durationMs: number;
  positioned: boolean;
  /** Share of positioned samples inside the wound zone (1 when not positioned). */
  onWoundShare: number;
  /** Largest and RMS distance from the median point, mm; null when not positioned. */
  maxDriftMm: number | null;
  rmsDriftMm: number | null;
  sustained: boolean;
  onWound: boolean;
  /** Null when not measured (a key press). */
  steady: boolean | null;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function measurePress(samples: readonly PressSample[], target: PressTarget): PressMeasure {
  const first = samples[0];
  const last = samples[samples.length - 1];
  const durationMs = first && last ? Math.max(0, last.t - first.t) : 0;
  const pos = samples.filter((s): s is Required<PressSample> => s.x !== undefined && s.y !== undefined);
  if (pos.length === 0) {
    return { durationMs, positioned: false, onWoundShare: 1, maxDriftMm: null, rmsDriftMm: null, sustained: durationMs >= PRESS_RULES.holdMs, onWound: true, steady: null };
  }
  const cx = median(pos.map((p) => p.x));
  const cy = median(pos.map((p) => p.y));
  const d = pos.map((p) => Math.hypot(p.x - cx, p.y - cy));
  const maxDriftMm = Math.max(...d);
  const rmsDriftMm = Math.sqrt(d.reduce((s, v) => s + v * v, 0) / d.length);
  const on = pos.filter((p) => Math.hypot(p.x - target.x, p.y - target.y) <= target.r).length / pos.length;
  return {
    durationMs,
    positioned: true,
    onWoundShare: on,
    maxDriftMm,
    rmsDriftMm,
    sustained: durationMs >= PRESS_RULES.holdMs,
    onWound: on >= PRESS_RULES.onWoundShare,
    steady: maxDriftMm <= PRESS_RULES.maxDriftMm,
  };
}

/** Whether a press is right so far (on the wound and steady): the bleeding slows only then. */
export function pressIsEffective(m: PressMeasure): boolean {
  return m.onWound && m.steady !== false;
}

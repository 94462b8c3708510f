/**
 * Scores one back blow, abdominal thrust or chest thrust from its stroke: location (target zone),
 * direction and speed, from the pointer's timestamped path in the body plane (mm, y towards the
 * feet) or from a timed key press. Every threshold here is the product's choice (clinical.md gives
 * the places and "quick", not numbers); README.md lists them.
 */

import type { BodyPointMm, PathPoint, Stroke, TargetZone, Technique } from './types';

export type Check = 'ok' | 'off' | 'notMeasured';

export interface GestureRule {
  /** A path shorter than this is a tap or press (straight into the body). */
  tapMaxMm: number;
  /** Taps/presses count as the right direction. */
  tapAllowed: boolean;
  /** Swipes count when within this many degrees of towards the head; null: swipes are wrong. */
  swipeMaxAngleDeg: number | null;
  /** Contact time (pointer down to up, or key down to up) at most this for a brisk action. */
  maxContactMs: number;
  /** A swipe's mean speed at least this (mm/s) for a brisk action. */
  minSwipeSpeedMmS: number;
}

/** Product choices, documented in README.md. */
export const GESTURE_RULES: Readonly<Record<Technique, GestureRule>> = Object.freeze({
  backBlow: { tapMaxMm: 8, tapAllowed: true, swipeMaxAngleDeg: 60, maxContactMs: 300, minSwipeSpeedMmS: 150 },
  abdominalThrust: { tapMaxMm: 8, tapAllowed: false, swipeMaxAngleDeg: 45, maxContactMs: 500, minSwipeSpeedMmS: 100 },
  chestThrust: { tapMaxMm: 12, tapAllowed: true, swipeMaxAngleDeg: null, maxContactMs: 600, minSwipeSpeedMmS: 0 },
});

export interface GestureScore {
  input: Stroke['input'];
  /** Where the blow landed or the hand was, mm from the zone centre; null when not measured. */
  distanceMm: number | null;
  location: Check;
  /** 'tap' for a press straight in; the swipe's angle from towards-the-head otherwise. */
  motion: 'tap' | 'swipe' | null;
  angleDeg: number | null;
  direction: Check;
  contactMs: number;
  pathMm: number | null;
  speedMmS: number | null;
  speed: Check;
  /** Every measured check ok. */
  effective: boolean;
}

function dist(a: BodyPointMm, b: BodyPointMm): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function pathLength(path: readonly PathPoint[]): number {
  let len = 0;
  for (let i = 1; i < path.length; i++) len += dist(path[i - 1] as PathPoint, path[i] as PathPoint);
  return len;
}

/** Angle in degrees between the net movement and "towards the head" (0..180). */
function angleFromHeadward(from: BodyPointMm, to: BodyPointMm): number {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return 0;
  const cos = -dy / len;
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

/**
 * Scores a stroke. `hand` is where the fist or hand was placed before a thrust (placement is the
 * hand's, not the stroke's); for a back blow the blow lands where the path starts.
 */
export function scoreGesture(technique: Technique, stroke: Stroke, zone: TargetZone | undefined, hand: BodyPointMm | null): GestureScore {
  const rule = GESTURE_RULES[technique];
  if (stroke.input === 'keyboard') {
    const contactMs = Math.max(0, stroke.upT - stroke.downT);
    const at = technique === 'backBlow' ? null : hand;
    const distanceMm = at && zone ? dist(at, zone.at) : null;
    const location: Check = distanceMm === null ? 'notMeasured' : distanceMm <= (zone as TargetZone).radiusMm ? 'ok' : 'off';
    const speed: Check = contactMs <= rule.maxContactMs ? 'ok' : 'off';
    return {
      input: 'keyboard',
      distanceMm,
      location,
      motion: null,
      angleDeg: null,
      direction: 'notMeasured',
      contactMs,
      pathMm: null,
      speedMmS: null,
      speed,
      effective: location !== 'off' && speed === 'ok',
    };
  }
  const path = stroke.path;
  const first = path[0] as PathPoint;
  const last = path[path.length - 1] as PathPoint;
  const contactMs = Math.max(0, last.t - first.t);
  const pathMm = pathLength(path);
  const landed = technique === 'backBlow' || hand === null ? first : hand;
  const distanceMm = zone ? dist(landed, zone.at) : null;
  const location: Check = distanceMm === null || !zone ? 'notMeasured' : distanceMm <= zone.radiusMm ? 'ok' : 'off';
  const net = dist(first, last);
  const motion: 'tap' | 'swipe' = net < rule.tapMaxMm ? 'tap' : 'swipe';
  const angleDeg = motion === 'swipe' ? angleFromHeadward(first, last) : null;
  const direction: Check =
    motion === 'tap' ? (rule.tapAllowed ? 'ok' : 'off') : rule.swipeMaxAngleDeg !== null && (angleDeg as number) <= rule.swipeMaxAngleDeg ? 'ok' : 'off';
  const speedMmS = contactMs > 0 ? (pathMm / contactMs) * 1000 : null;
  const brisk = contactMs <= rule.maxContactMs && (motion === 'tap' || (speedMmS !== null && speedMmS >= rule.minSwipeSpeedMmS));
  const speed: Check = brisk ? 'ok' : 'off';
  return {
    input: 'pointer',
    distanceMm,
    location,
    motion,
    angleDeg,
    direction,
    contactMs,
    pathMm,
    speedMmS,
    speed,
    effective: location !== 'off' && direction === 'ok' && speed === 'ok',
  };
}

/** The most important fault of a scored stroke, for one feedback line (location, direction, speed). */
export function mainFault(s: GestureScore): 'location' | 'direction' | 'speed' | null {
  if (s.location === 'off') return 'location';
  if (s.direction === 'off') return 'direction';
  if (s.speed === 'off') return 'speed';
  return null;
}

/** A stroke is well formed: a finite, time-ordered path of at least one point, or a key press. */
export function validStroke(s: unknown): s is Stroke {
  if (s === null || typeof s !== 'object') return false;
  const o = s as Record<string, unknown>;
  if (o.input === 'keyboard') return Number.isFinite(o.downT) && Number.isFinite(o.upT) && (o.upT as number) >= (o.downT as number);
  if (o.input !== 'pointer' || !Array.isArray(o.path) || o.path.length === 0) return false;
  let prev = Number.NEGATIVE_INFINITY;
  for (const p of o.path as unknown[]) {
    if (p === null || typeof p !== 'object') return false;
    const q = p as Record<string, unknown>;
    if (!Number.isFinite(q.t) || !Number.isFinite(q.x) || !Number.isFinite(q.y)) return false;
    if ((q.t as number) < prev) return false;
    prev = q.t as number;
  }
  return true;
}

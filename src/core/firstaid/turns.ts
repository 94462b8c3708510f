/**
 * Turn detection on traced paths. A stroke is the pointer path from press to release, each point
 * in body-part millimetres with its event time. A turn is the stretch of a stroke that crosses the
 * front of the part from the top edge to the bottom edge; crossings the other way are the bandage
 * going back round behind and are ignored. Pure functions, tested on drawn paths.
 */

import type { BodyPart, Point } from './body';

export interface PathPoint extends Point {
  /** Event time, ms (the input event's `timeStamp`). */
  t: number;
}

export type Stroke = readonly PathPoint[];

export interface Turn {
  /** Index of the stroke the turn came from. */
  stroke: number;
  /** Where the turn's line meets the top and bottom edges (x, mm). */
  xTop: number;
  xBottom: number;
  /** Mid-point along the axis and slant (bottom − top), mm. */
  centre: number;
  slant: number;
  /** The fold of a spiral-reverse turn: the point farthest off the straight line, when far enough. */
  fold: Point | null;
  tStart: number;
  tEnd: number;
}

/** How close to an edge counts as reaching it, as a share of the girth (product choice). */
export const EDGE_MARGIN = 0.12;
/** A point this far (share of the bandage width) off a turn's straight line makes it a fold (product choice). */
export const FOLD_MIN = 0.25;

function lerp(a: PathPoint, b: PathPoint, y: number): PathPoint {
  const k = b.y === a.y ? 0 : (y - a.y) / (b.y - a.y);
  return { x: a.x + (b.x - a.x) * k, y, t: a.t + (b.t - a.t) * k };
}

function distanceToLine(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p.x - a.x, p.y - a.y);
  return Math.abs(dy * (p.x - a.x) - dx * (p.y - a.y)) / len;
}

/** Every top → bottom crossing of the front in the strokes, in drawing order. */
export function detectTurns(part: BodyPart, strokes: readonly Stroke[], bandageWidth: number): Turn[] {
  const half = part.girth / 2;
  const topLine = -half + part.girth * EDGE_MARGIN;
  const bottomLine = half - part.girth * EDGE_MARGIN;
  const turns: Turn[] = [];
  strokes.forEach((stroke, si) => {
    let entry: PathPoint | null = null;
    let entryIndex = 0;
    for (let i = 1; i < stroke.length; i++) {
      const a = stroke[i - 1] as PathPoint;
      const b = stroke[i] as PathPoint;
      if (a.y <= topLine && b.y > topLine) {
        entry = lerp(a, b, topLine);
        entryIndex = i;
      } else if (b.y <= topLine) {
        entry = null;
      }
      if (entry && a.y < bottomLine && b.y >= bottomLine) {
        const exit = lerp(a, b, bottomLine);
        const slope = (exit.x - entry.x) / (exit.y - entry.y);
        const xTop = entry.x + slope * (-half - entry.y);
        const xBottom = entry.x + slope * (half - entry.y);
        let fold: Point | null = null;
        let far = 0;
        for (let j = entryIndex; j < i; j++) {
          const p = stroke[j] as PathPoint;
          const d = distanceToLine(p, entry, exit);
          if (d > far) {
            far = d;
            fold = { x: p.x, y: p.y };
          }
        }
        if (far < bandageWidth * FOLD_MIN) fold = null;
        turns.push({ stroke: si, xTop, xBottom, centre: (xTop + xBottom) / 2, slant: xBottom - xTop, fold, tStart: entry.t, tEnd: exit.t });
        entry = null;
      }
    }
  });
  return turns;
}

/** The stretch of the axis a turn covers on the front (its slanted line widened by the bandage). */
export function turnBand(turn: Turn, bandageWidth: number): { from: number; to: number } {
  return { from: Math.min(turn.xTop, turn.xBottom) - bandageWidth / 2, to: Math.max(turn.xTop, turn.xBottom) + bandageWidth / 2 };
}

/**
 * The share of a turn's width that lies over the previous turn, 0–1, from how far its centre moved
 * along the axis: 1 is a turn exactly on top of the last, ⅔ a third of a width further on.
 */
export function overlapRatio(prev: Turn, next: Turn, bandageWidth: number): number {
  const advance = Math.abs(next.centre - prev.centre);
  return Math.max(0, Math.min(1, (bandageWidth - advance) / bandageWidth));
}

/** Where two turns' lines cross on the front, or null when they are parallel. */
export function crossing(a: Turn, b: Turn, girth: number): Point | null {
  // x = xTop + slant * (y + g/2) / g for each turn.
  const ka = a.slant / girth;
  const kb = b.slant / girth;
  if (Math.abs(ka - kb) < 1e-9) return null;
  const s = (b.xTop - a.xTop) / (ka - kb); // s = y + g/2
  return { x: a.xTop + ka * s, y: s - girth / 2 };
}

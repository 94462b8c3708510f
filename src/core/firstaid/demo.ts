/**
 * A model bandage for each technique: the strokes a demonstration draws and the tests start from.
 * Built from the exercise (part, dressing, joint) so it passes every check of `bandage.ts`.
 */

import type { Point } from './body';
import type { RollerExercise } from './bandage';
import { EDGE_MARGIN, type PathPoint, type Stroke } from './turns';

const STEP_MS = 16;
const SAMPLES = 24;

/** A straight top → bottom stroke whose line meets the edges at xTop and xBottom. */
export function turnStroke(ex: RollerExercise, xTop: number, xBottom: number, t0: number, fold?: Point): PathPoint[] {
  const g = ex.part.girth;
  const over = g * 0.15;
  const y0 = -g / 2 - over;
  const y1 = g / 2 + over;
  // The fold's V starts and ends where turn detection reads the edges, so the turn's line stays true.
  const top = -g / 2 + g * EDGE_MARGIN;
  const bottom = g / 2 - g * EDGE_MARGIN;
  const xAt = (y: number) => xTop + ((xBottom - xTop) * (y + g / 2)) / g;
  const pts: PathPoint[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const y = y0 + ((y1 - y0) * i) / SAMPLES;
    let x = xAt(y);
    if (fold) {
      // A V towards the fold: the offset grows to the fold's y, then shrinks to the edge.
      const k = y <= fold.y ? (y - top) / (fold.y - top) : (bottom - y) / (bottom - fold.y);
      x += (fold.x - xAt(fold.y)) * Math.max(0, Math.min(1, k));
    }
    pts.push({ x, y, t: t0 + i * STEP_MS });
  }
  return pts;
}

/** A stroke along the axis over the distal end and back (a recurrent return) at height y. */
export function returnStroke(reach: number, y: number, t0: number): PathPoint[] {
  const xs = [reach, reach * 0.66, reach * 0.33, 0, -8, 0, reach * 0.33, reach * 0.66, reach];
  return xs.map((x, i) => ({ x, y, t: t0 + i * STEP_MS }));
}

/** The model strokes for the exercise's technique, 400 ms apart. */
export function modelStrokes(ex: RollerExercise): Stroke[] {
  const w = ex.bandageWidth;
  const out: Stroke[] = [];
  let t = 0;
  const add = (s: PathPoint[]) => {
    out.push(s.map((p) => ({ ...p, t: p.t + t })));
    t += 400 + SAMPLES * STEP_MS;
  };
  const circ = (c: number, n = 2) => {
    for (let i = 0; i < n; i++) add(turnStroke(ex, c, c, 0));
  };
  const tipsEnd = ex.part.tips?.to ?? 0;
  switch (ex.technique) {
    case 'circular': {
      const c = (ex.dressing.from + ex.dressing.to) / 2;
      circ(c, 3);
      break;
    }
    case 'spiral':
    case 'spiralReverse': {
      const start = Math.max(tipsEnd + w / 2 + 2, ex.dressing.from);
      circ(start);
      const advance = w / 2;
      let c = start;
      const foldY = ex.wound.y1 + (ex.part.girth / 2 - ex.wound.y1) / 3;
      while (c < ex.dressing.to - w / 2) {
        c += advance;
        const xTop = c - advance / 2;
        const xBottom = c + advance / 2;
        add(turnStroke(ex, xTop, xBottom, 0, ex.technique === 'spiralReverse' ? { x: c + w * 0.5, y: foldY } : undefined));
      }
      circ(c + advance);
      break;
    }
    case 'figureEight': {
      const j = ex.joint ?? ex.part.joints[0] ?? { from: 0, to: 0 };
      const mid = (j.from + j.to) / 2;
      circ(mid - w * 1.5);
      for (const d of [w * 0.7, w * 0.8, w * 0.9, w, w * 1.1, w * 1.2]) {
        const sign = out.length % 2 === 0 ? 1 : -1;
        add(turnStroke(ex, mid - sign * d, mid + sign * d, 0));
      }
      circ(mid + w * 1.5);
      break;
    }
    case 'recurrent': {
      const c = Math.max(ex.dressing.to + w / 2, w * 2);
      circ(c);
      const g = ex.part.girth;
      const n = Math.ceil(g / (w * 0.6)) + 1;
      for (let i = 0; i < n; i++) {
        const y = -g / 2 + w / 2 - 4 + ((g - w + 8) * i) / (n - 1);
        add(returnStroke(c, y, 0));
      }
      circ(c);
      break;
    }
  }
  return out;
}

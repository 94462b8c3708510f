import type { Point, Region } from './types';

// Touch input lands on the drawn edge often enough that the boundary must count as inside; the
// tolerance only absorbs floating-point error, not finger size (regions are drawn generously).
const EPS = 1e-9;

function onSegment(p: Point, a: readonly [number, number], b: readonly [number, number]): boolean {
  const [ax, ay] = a;
  const [bx, by] = b;
  const cross = (bx - ax) * (p.y - ay) - (by - ay) * (p.x - ax);
  if (Math.abs(cross) > EPS) return false;
  return (
    p.x >= Math.min(ax, bx) - EPS &&
    p.x <= Math.max(ax, bx) + EPS &&
    p.y >= Math.min(ay, by) - EPS &&
    p.y <= Math.max(ay, by) + EPS
  );
}

export function pointInRegion(p: Point, region: Region): boolean {
  if (region.kind === 'circle') {
    const dx = p.x - region.cx;
    const dy = p.y - region.cy;
    return dx * dx + dy * dy <= region.r * region.r + EPS;
  }
  const pts = region.points;
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const a = pts[i];
    const b = pts[j];
    if (a === undefined || b === undefined) continue;
    if (onSegment(p, a, b)) return true;
    const [xi, yi] = a;
    const [xj, yj] = b;
    if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function isUnitPoint(p: Point): boolean {
  return Number.isFinite(p.x) && Number.isFinite(p.y) && p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
}

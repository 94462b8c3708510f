/**
 * The body part a technique is performed on, as a flat front view in model millimetres.
 *
 * The long axis is x: 0 is the distal end (fingertips, toes, the crown of the head or the end of
 * a stump) and x grows towards the trunk (proximal). The girth seen from the front is y, from
 * -girth/2 (the top edge on screen) to +girth/2 (the bottom edge). A roller bandage is wrapped
 * from the top edge across the front to the bottom edge and back round behind, so every turn is
 * drawn top → bottom across the front; the way back round is behind the limb and not drawn.
 */

export interface Span {
  from: number;
  to: number;
}

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface JointZone extends Span {
  id: string;
}

export interface BodyPart {
  id: string;
  length: number;
  girth: number;
  /** The fingertips or toes (x range from the distal end); null where there are none (head, stump). */
  tips: Span | null;
  joints: readonly JointZone[];
  /** Bony prominences a spiral-reverse fold must avoid. */
  bony: readonly (Point & { r: number })[];
  /** Which edge of the front view is the inner (medial) side of the limb; null for the head. */
  innerEdge: 'top' | 'bottom' | null;
}

export const inSpan = (v: number, s: Span): boolean => v >= s.from && v <= s.to;
export const inRect = (p: Point, r: Rect): boolean => p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1;

/** True when `y` lies on the inner third of the girth (the product's reading of "inner side"). */
export function onInnerSide(part: BodyPart, y: number): boolean {
  if (part.innerEdge === null) return false;
  const third = part.girth / 6; // the outer boundary of the inner third, measured from the centre line
  return part.innerEdge === 'top' ? y < -third : y > third;
}

import type Phaser from 'phaser';
import { bodyMmToStage, type ChokingLayout, type ChokingViewModel } from '../../core/view/chokingView';

/**
 * The person as the choking scene shows them, drawn in the body plane (mm) and mapped to the stage
 * by the layout (so an infant along the forearm is simply a tilted plane): from behind (back blows),
 * the front of the torso (thrusts; pregnant or obese shapes), an infant face down or face up along
 * the forearm, and lying on the ground with the mouth (airway checks).
 */

export interface ChokingPalette {
  skin: number;
  skinShade: number;
  outline: number;
  hair: number;
  shirt: number;
  shirtEdge: number;
  arm: number;
  zone: number;
  ok: number;
  bad: number;
  fist: number;
  object: number;
  mouth: number;
  chair: number;
}

export const CHOKING_NORMAL: ChokingPalette = {
  skin: 0xf6dcc4,
  skinShade: 0xe9c3a2,
  outline: 0x7a5a44,
  hair: 0x3b2a20,
  shirt: 0xdfe8f2,
  shirtEdge: 0x8da2b8,
  arm: 0xd9b08c,
  zone: 0x1b6e2a,
  ok: 0x2e7d32,
  bad: 0xb26a00,
  fist: 0x9c5b3a,
  object: 0x1565c0,
  mouth: 0x5a1f1f,
  chair: 0x8d6e63,
};

export const CHOKING_HIGH_CONTRAST: ChokingPalette = {
  skin: 0x333333,
  skinShade: 0x444444,
  outline: 0xffffff,
  hair: 0x111111,
  shirt: 0x222222,
  shirtEdge: 0xffffff,
  arm: 0x555555,
  zone: 0x7cff8a,
  ok: 0x7cff8a,
  bad: 0xffd54f,
  fist: 0xffffff,
  object: 0x80d8ff,
  mouth: 0x000000,
  chair: 0xbbbbbb,
};

type G = Phaser.GameObjects.Graphics;
type Pt = { x: number; y: number };
/** Graphics' point lists read only x and y. */
const v2 = (pts: Pt[]) => pts as unknown as Phaser.Math.Vector2[];

function ellipse(L: ChokingLayout, cx: number, cy: number, rx: number, ry: number): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * Math.PI * 2;
    pts.push(bodyMmToStage(L, { x: cx + Math.cos(a) * rx, y: cy + Math.sin(a) * ry }));
  }
  return pts;
}

function poly(L: ChokingLayout, pts: readonly [number, number][]): Pt[] {
  return pts.map(([x, y]) => bodyMmToStage(L, { x, y }));
}

function fill(g: G, pts: Pt[], colour: number, outline: number, alpha = 1, width = 2): void {
  g.fillStyle(colour, alpha);
  g.fillPoints(v2(pts), true);
  g.lineStyle(width, outline, 1);
  g.strokePoints(v2(pts), true);
}

function line(g: G, L: ChokingLayout, a: [number, number], b: [number, number], colour: number, width = 2, alpha = 1): void {
  const p = bodyMmToStage(L, { x: a[0], y: a[1] });
  const q = bodyMmToStage(L, { x: b[0], y: b[1] });
  g.lineStyle(width, colour, alpha);
  g.lineBetween(p.x, p.y, q.x, q.y);
}

/** Scale of a child against the adult drawing. */
const CHILD_SCALE = 0.7;

function standingBack(g: G, L: ChokingLayout, s: number, p: ChokingPalette): void {
  const k = (v: number) => v * s;
  fill(g, poly(L, [[k(-265), k(-160)], [k(-205), k(-175)], [k(-195), k(260)], [k(-250), k(260)]]), p.skin, p.outline);
  fill(g, poly(L, [[k(265), k(-160)], [k(205), k(-175)], [k(195), k(260)], [k(250), k(260)]]), p.skin, p.outline);
  fill(g, poly(L, [[k(-45), k(-240)], [k(45), k(-240)], [k(45), k(-165)], [k(-45), k(-165)]]), p.skin, p.outline);
  fill(g, poly(L, [[k(-210), k(-175)], [k(210), k(-175)], [k(175), k(400)], [k(-175), k(400)]]), p.shirt, p.shirtEdge, 1, 3);
  fill(g, ellipse(L, 0, k(-330), k(95), k(112)), p.hair, p.outline);
  // Shoulder blades and spine, so the target between them reads at a glance.
  g.lineStyle(2, p.shirtEdge, 1);
  g.strokePoints(v2(ellipse(L, k(-90), k(0), k(55), k(85))), true);
  g.strokePoints(v2(ellipse(L, k(90), k(0), k(55), k(85))), true);
  line(g, L, [0, k(-170)], [0, k(390)], p.shirtEdge, 2);
}

function standingFront(g: G, L: ChokingLayout, s: number, shape: ChokingViewModel['shape'], p: ChokingPalette): void {
  const k = (v: number) => v * s;
  const w = shape === 'obese' ? 260 : 200;
  fill(g, poly(L, [[k(-50), k(-520)], [k(50), k(-520)], [k(50), k(-440)], [k(-50), k(-440)]]), p.skin, p.outline);
  fill(g, poly(L, [[k(-w), k(-450)], [k(w), k(-450)], [k(w - 20), k(210)], [k(-w + 20), k(210)]]), p.skin, p.outline, 1, 3);
  if (shape !== 'typical') fill(g, ellipse(L, 0, k(20), k(shape === 'obese' ? 235 : 175), k(shape === 'obese' ? 175 : 200)), p.skinShade, p.outline, 1, 2);
  // Breastbone from the notch to its lower tip, rib margins, navel and belt.
  line(g, L, [0, k(-330)], [0, k(-150)], p.outline, 4);
  line(g, L, [0, k(-150)], [k(-170), k(-60)], p.outline, 2, 0.6);
  line(g, L, [0, k(-150)], [k(170), k(-60)], p.outline, 2, 0.6);
  fill(g, ellipse(L, 0, 0, k(9), k(9)), p.skinShade, p.outline);
  fill(g, poly(L, [[k(-w + 18), k(150)], [k(w - 18), k(150)], [k(w - 20), k(210)], [k(-w + 20), k(210)]]), p.shirtEdge, p.outline);
}

function infant(g: G, L: ChokingLayout, faceDown: boolean, p: ChokingPalette): void {
  // The rescuer's forearm under the infant, the hand at the jaw.
  const [a0, a1] = faceDown ? [-210, 240] : [-300, 110];
  fill(g, poly(L, [[-55, a0], [55, a0], [60, a1], [-60, a1]]), p.arm, p.outline, 0.9);
  if (faceDown) {
    fill(g, poly(L, [[-75, -75], [75, -75], [70, 150], [-70, 150]]), p.skin, p.outline, 1, 3);
    fill(g, poly(L, [[-60, 145], [-15, 145], [-20, 235], [-55, 235]]), p.skin, p.outline);
    fill(g, poly(L, [[60, 145], [15, 145], [20, 235], [55, 235]]), p.skin, p.outline);
    fill(g, ellipse(L, 0, -135, 62, 66), p.hair, p.outline);
    g.lineStyle(2, p.outline, 0.6);
    g.strokePoints(v2(ellipse(L, -35, 0, 22, 35)), true);
    g.strokePoints(v2(ellipse(L, 35, 0, 22, 35)), true);
    line(g, L, [0, -75], [0, 145], p.outline, 1.5, 0.6);
  } else {
    fill(g, poly(L, [[-75, -175], [75, -175], [70, 60], [-70, 60]]), p.skin, p.outline, 1, 3);
    fill(g, poly(L, [[-60, 55], [-15, 55], [-20, 120], [-55, 120]]), p.skin, p.outline);
    fill(g, poly(L, [[60, 55], [15, 55], [20, 120], [55, 120]]), p.skin, p.outline);
    fill(g, ellipse(L, 0, -238, 62, 66), p.skin, p.outline);
    fill(g, ellipse(L, -35, -115, 5, 5), p.skinShade, p.outline, 1, 1);
    fill(g, ellipse(L, 35, -115, 5, 5), p.skinShade, p.outline, 1, 1);
    line(g, L, [0, -150], [0, -60], p.outline, 3);
    fill(g, ellipse(L, 0, 0, 5, 5), p.skinShade, p.outline, 1, 1);
  }
}

function lying(g: G, L: ChokingLayout, s: number, mouth: ChokingViewModel['mouth'], p: ChokingPalette): void {
  const k = (v: number) => v * s;
  fill(g, poly(L, [[k(-200), k(-450)], [k(200), k(-450)], [k(180), k(210)], [k(-180), k(210)]]), p.shirt, p.shirtEdge, 1, 3);
  fill(g, poly(L, [[k(-50), k(-520)], [k(50), k(-520)], [k(50), k(-440)], [k(-50), k(-440)]]), p.skin, p.outline);
  fill(g, ellipse(L, 0, k(-620), k(95), k(110)), p.skin, p.outline);
  // Where the hands go for compressions: the lower half of the breastbone.
  g.lineStyle(2, p.outline, 0.5);
  g.strokePoints(v2(ellipse(L, 0, k(-240), k(70), k(70))), true);
  line(g, L, [0, k(-330)], [0, k(-150)], p.shirtEdge, 3);
  // Eyes closed, and the mouth: closed, open, with the object seen, or clear.
  line(g, L, [k(-45), k(-650)], [k(-15), k(-650)], p.outline, 2);
  line(g, L, [k(15), k(-650)], [k(45), k(-650)], p.outline, 2);
  if (mouth === 'closed') line(g, L, [k(-25), k(-575)], [k(25), k(-575)], p.mouth, 3);
  else {
    fill(g, ellipse(L, 0, k(-575), k(32), k(20)), p.mouth, p.outline);
    if (mouth === 'objectSeen') fill(g, ellipse(L, k(6), k(-575), k(13), k(10)), p.object, p.outline, 1, 1);
  }
}

export function drawChokingFigure(g: G, v: ChokingViewModel, p: ChokingPalette): void {
  const L = v.layout;
  const s = v.figure === 'child' ? CHILD_SCALE : 1;
  if (v.figure === 'infant') {
    infant(g, L, v.infant?.faceDown ?? true, p);
    return;
  }
  if (v.side === 'ground') lying(g, L, s, v.mouth, p);
  else if (v.side === 'back') standingBack(g, L, s, p);
  else {
    if (v.chair) fill(g, poly(L, [[-260 * s, -120 * s], [260 * s, -120 * s], [260 * s, -70 * s], [-260 * s, -70 * s]]), p.chair, p.outline, 0.85);
    standingFront(g, L, s, v.shape, p);
  }
}

/** Guided mode's target zones, the hand and the last stroke's trail. */
export function drawChokingOverlay(g: G, v: ChokingViewModel, p: ChokingPalette): void {
  for (const z of v.zones) {
    g.lineStyle(3, p.zone, 0.9);
    g.strokeCircle(z.x, z.y, z.r);
    g.fillStyle(p.zone, 0.12);
    g.fillCircle(z.x, z.y, z.r);
  }
  const tr = v.trail;
  if (tr && tr.points.length > 0) {
    const colour = tr.ok === null ? p.outline : tr.ok ? p.ok : p.bad;
    g.lineStyle(4, colour, 0.85);
    if (tr.points.length > 1) g.strokePoints(v2(tr.points), false);
    const first = tr.points[0] as Pt;
    g.fillStyle(colour, 0.85);
    g.fillCircle(first.x, first.y, 5);
  }
  if (v.hand) {
    const r = Math.max(10, 40 * v.layout.pxPerMm * (v.figure === 'infant' ? 0.35 : 1));
    g.fillStyle(p.fist, 0.9);
    g.fillCircle(v.hand.x, v.hand.y, r);
    g.lineStyle(2, p.outline, 1);
    g.strokeCircle(v.hand.x, v.hand.y, r);
    // The thumb side (towards the person), as a small mark.
    g.fillStyle(p.skin, 1);
    g.fillCircle(v.hand.x - r * 0.45, v.hand.y - r * 0.2, r * 0.28);
  }
}

import type Phaser from 'phaser';
import type { BodyCircle, BodyPoint, PadLabel } from '../../core/scenario/types';
import { bodyToStage, torsoWidthPx, type Point, type ScenarioLayout, type ScenarioViewModel } from '../../core/view/scenarioView';
import type { AedPalette } from './aedPalette';

/**
 * What the scenario adds to the CPR manikin (drawn by manikin.ts): the puddle under a patient in
 * water, clothes until the chest is bared, wet skin, hair, a medication patch, an implant's bulge,
 * the back view for front-and-back pads, pad zone guides, placed pads and their cables, and a
 * bystander's hand while one touches the patient.
 */

/** Drawn before the manikin: the standing water the patient lies in. */
export function drawGround(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, p: AedPalette): void {
  if (!v.inWater) return;
  const t = v.layout.torso;
  g.fillStyle(p.water, 0.35);
  g.fillEllipse(t.x + t.width / 2, t.y + t.height * 0.45, t.width * 1.9, t.height * 1.9);
}

/** The back, seen from behind: drawn for patients who may need front-and-back pads. */
export function drawBack(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, skin: number, outline: number, p: AedPalette): void {
  const b = v.layout.back;
  if (b === null) return;
  g.lineStyle(2, outline, 1);
  g.fillStyle(v.clothed ? p.shirt : skin, 1);
  g.fillRoundedRect(b.x, b.y, b.width, b.height, Math.min(14, b.width * 0.12));
  g.strokeRoundedRect(b.x, b.y, b.width, b.height, Math.min(14, b.width * 0.12));
  // Spine and shoulder blades, so "back" reads at a glance.
  g.lineStyle(2, outline, 0.5);
  g.lineBetween(b.x + b.width / 2, b.y + 6, b.x + b.width / 2, b.y + b.height - 6);
  g.strokeEllipse(b.x + b.width * 0.3, b.y + b.height * 0.32, b.width * 0.26, b.height * 0.36);
  g.strokeEllipse(b.x + b.width * 0.7, b.y + b.height * 0.32, b.width * 0.26, b.height * 0.36);
}

function at(layout: ScenarioLayout, p: BodyPoint): Point | null {
  return bodyToStage(layout, p);
}

/** Drawn over the manikin: clothes or what the bared chest shows. */
export function drawChestState(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, travelPx: number, p: AedPalette): void {
  const t = v.layout.torso;
  const ty = t.y + travelPx * 0.3;
  if (v.clothed) {
    g.fillStyle(p.shirt, 1);
    g.lineStyle(3, p.shirtEdge, 1);
    g.fillRoundedRect(t.x, ty, t.width, t.height, 24);
    g.strokeRoundedRect(t.x, ty, t.width, t.height, 24);
    // Collar and button line.
    g.lineStyle(3, p.shirtEdge, 1);
    g.lineBetween(t.x + t.width * 0.38, ty, t.x + t.width * 0.5, ty + t.height * 0.16);
    g.lineBetween(t.x + t.width * 0.62, ty, t.x + t.width * 0.5, ty + t.height * 0.16);
    g.lineBetween(t.x + t.width * 0.5, ty + t.height * 0.16, t.x + t.width * 0.5, ty + t.height - 6);
    g.fillStyle(p.shirtEdge, 1);
    for (let i = 1; i <= 4; i++) g.fillCircle(t.x + t.width * 0.5, ty + t.height * (0.16 + i * 0.17), 3);
    return;
  }
  if (v.hairy) {
    g.lineStyle(2, p.hair, 0.85);
    // A fixed pattern (no randomness: the same chest every frame).
    for (let i = 0; i < 60; i++) {
      const fx = 0.12 + ((i * 37) % 76) / 100;
      const fy = 0.06 + ((i * 53) % 62) / 100;
      const x = t.x + t.width * fx;
      const y = ty + t.height * fy;
      g.lineBetween(x, y, x + 4, y + 6);
    }
  }
  if (v.wet) {
    g.fillStyle(p.water, 0.75);
    for (let i = 0; i < 18; i++) {
      const fx = 0.1 + ((i * 41) % 80) / 100;
      const fy = 0.08 + ((i * 29) % 80) / 100;
      g.fillCircle(t.x + t.width * fx, ty + t.height * fy, 3 + (i % 3));
    }
  }
  if (v.patch) spot(v.layout, v.patch, (c, r) => {
    g.fillStyle(p.patch, 1);
    g.lineStyle(2, p.padEdge, 1);
    g.fillRect(c.x - r * 1.3, c.y - r, r * 2.6, r * 2);
    g.strokeRect(c.x - r * 1.3, c.y - r, r * 2.6, r * 2);
  });
  if (v.implant) spot(v.layout, v.implant, (c, r) => {
    g.fillStyle(p.implant, 1);
    g.lineStyle(2, p.padEdge, 0.8);
    g.fillEllipse(c.x, c.y, r * 2.4, r * 1.8);
    g.strokeEllipse(c.x, c.y, r * 2.4, r * 1.8);
  });
}

function spot(layout: ScenarioLayout, c: BodyCircle, draw: (c: Point, r: number) => void): void {
  const pt = at(layout, c);
  if (pt !== null) draw(pt, Math.max(5, c.r * torsoWidthPx(layout, c.surface)));
}

/** Guided mode: the zones the pads belong in. */
export function drawZones(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, p: AedPalette): void {
  for (const z of v.zones) {
    const c = at(v.layout, z);
    if (c === null) continue;
    const r = z.r * torsoWidthPx(v.layout, z.surface);
    g.lineStyle(3, p.zone, 0.8);
    g.strokeCircle(c.x, c.y, r);
    g.fillStyle(p.zone, 0.12);
    g.fillCircle(c.x, c.y, r);
  }
}

/** A pad: a white rounded rectangle with the placement pictogram (a torso with a dot). */
export function drawPad(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  label: PadLabel,
  p: AedPalette,
  lifted = false,
): void {
  g.fillStyle(p.pad, lifted ? 0.75 : 0.96);
  g.lineStyle(2, p.padEdge, 1);
  g.fillRoundedRect(x - w / 2, y - h / 2, w, h, Math.min(8, w * 0.2));
  g.strokeRoundedRect(x - w / 2, y - h / 2, w, h, Math.min(8, w * 0.2));
  if (lifted) {
    // A peeled corner: poor contact.
    g.fillStyle(p.padEdge, 0.6);
    g.fillTriangle(x + w / 2, y - h / 2, x + w / 2 - w * 0.3, y - h / 2, x + w / 2, y - h / 2 + h * 0.3);
  }
  if (w < 18) return;
  const pw = w * 0.42;
  const ph = h * 0.5;
  const px = x - pw / 2;
  const py = y - ph / 2 - h * 0.05;
  g.lineStyle(1.5, p.padEdge, 0.9);
  g.strokeRoundedRect(px, py, pw, ph, 3);
  const dot: Record<PadLabel, [number, number]> = { right: [0.3, 0.2], left: [0.85, 0.65], front: [0.5, 0.4], back: [0.5, 0.4] };
  const [dx, dy] = dot[label];
  g.fillStyle(p.padDot, 1);
  g.fillCircle(px + pw * dx, py + ph * dy, Math.max(2, pw * 0.12));
}

/** Placed pads with their cables to the device (or to the loose plug). */
export function drawPlacedPads(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, p: AedPalette): void {
  const end = v.device.connector ? v.layout.socket : v.layout.plug;
  for (const pad of v.pads) {
    const c = at(v.layout, pad.at);
    if (c === null) continue;
    const r = pad.radius * torsoWidthPx(v.layout, pad.at.surface);
    if (v.device.present) {
      g.lineStyle(3, p.cable, 0.9);
      const mx = (c.x + end.x) / 2;
      g.beginPath();
      g.moveTo(c.x, c.y);
      g.lineTo(mx, Math.max(c.y, end.y) + 10);
      g.lineTo(end.x, end.y);
      g.strokePath();
    }
    drawPad(g, c.x, c.y, r * 2, r * 1.6, pad.label, p, !pad.stuck);
  }
}

/** The pad a learner holds over a named place: the pad, ringed in the zone colour. */
export function drawAim(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, p: AedPalette): void {
  const a = v.aim;
  if (a === null) return;
  const c = at(v.layout, a.at);
  if (c === null) return;
  const r = a.radius * torsoWidthPx(v.layout, a.at.surface);
  drawPad(g, c.x, c.y, r * 2, r * 1.6, a.label, p);
  g.lineStyle(3, p.zone, 1);
  g.strokeCircle(c.x, c.y, r * 1.25);
}

/** A bystander's arm reaching in from the side to the patient's shoulder. */
export function drawBystanderHand(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, p: AedPalette): void {
  if (!v.bystanderTouching) return;
  const t = v.layout.torso;
  const hx = t.x + t.width * 0.12;
  const hy = t.y + t.height * 0.1;
  const from = Math.max(0, t.x - t.width * 0.6);
  g.lineStyle(2, p.padEdge, 1);
  g.fillStyle(p.sleeve, 1);
  g.fillRect(from, hy - 12, hx - from - 14, 24);
  g.strokeRect(from, hy - 12, hx - from - 14, 24);
  g.fillStyle(p.hand, 1);
  g.fillEllipse(hx, hy, 34, 26);
  g.strokeEllipse(hx, hy, 34, 26);
}

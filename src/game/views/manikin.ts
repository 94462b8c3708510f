import type Phaser from 'phaser';
import type { CprViewModel } from '../../core/view/cprView';
import { HIGH_CONTRAST, NORMAL } from './palette';

/**
 * A calm, schematic manikin around the chest control: head, shoulders, torso, and a chest plate
 * that travels down by the measured depth.
 */
export function drawManikin(g: Phaser.GameObjects.Graphics, v: CprViewModel, travelPx: number): void {
  const p = v.highContrast ? HIGH_CONTRAST : NORMAL;
  const c = v.chest;
  const cx = c.x + c.width / 2;
  const torsoW = c.width * 1.35;
  const torsoTop = c.y - c.height * 0.08;
  // The head sits above the torso; keep all of it inside the stage.
  const headR = Math.min(c.width * 0.22, (torsoTop - 4) / 1.9, 70);
  const torsoH = c.height * 1.35;

  g.lineStyle(3, p.outline, 1);
  g.fillStyle(p.skin, 1);
  if (headR > 8) {
    g.fillCircle(cx, torsoTop - headR * 0.9, headR);
    g.strokeCircle(cx, torsoTop - headR * 0.9, headR);
  }
  g.fillRoundedRect(cx - torsoW / 2, torsoTop, torsoW, torsoH, 28);
  g.strokeRoundedRect(cx - torsoW / 2, torsoTop, torsoW, torsoH, 28);

  g.fillStyle(p.chest, 1);
  g.fillRoundedRect(c.x, c.y + travelPx, c.width, c.height, 20);
  g.strokeRoundedRect(c.x, c.y + travelPx, c.width, c.height, 20);

  // Sternum line and nipple line give the learner the landmarks the profile names.
  g.lineStyle(2, p.outline, 0.5);
  g.lineBetween(cx, c.y + travelPx + 8, cx, c.y + travelPx + c.height - 8);
  g.lineBetween(c.x + c.width * 0.2, v.landmark.y + travelPx, c.x + c.width * 0.8, v.landmark.y + travelPx);

  if (v.showGauges) {
    g.lineStyle(3, p.zone, 0.9);
    g.strokeCircle(v.landmark.x, v.landmark.y + travelPx, v.zoneRadiusPx);
  }
}

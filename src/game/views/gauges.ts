import type Phaser from 'phaser';
import type { CprViewModel } from '../../core/view/cprView';
import { HIGH_CONTRAST, NORMAL } from './palette';

const DEPTH_SCALE_MM = 80;
const RATE_MIN = 60;
const RATE_MAX = 160;

/** Vertical depth gauge right of the chest: target band, live depth bar, last peak as a notch. */
export function drawDepthGauge(g: Phaser.GameObjects.Graphics, v: CprViewModel): void {
  if (!v.depthMeasured) return;
  const p = v.highContrast ? HIGH_CONTRAST : NORMAL;
  // Just right of the torso, which reaches 0.675 chest-widths from the centre (manikin.ts).
  const x = v.chest.x + v.chest.width * 1.175 + 10;
  const top = v.chest.y;
  const h = v.chest.height + 40;
  const w = 22;
  const y = (mm: number) => top + (Math.min(mm, DEPTH_SCALE_MM) / DEPTH_SCALE_MM) * h;
  g.fillStyle(p.track, 1);
  g.fillRect(x, top, w, h);
  g.fillStyle(p.ok, 0.35);
  g.fillRect(x, y(v.depthBand[0]), w, y(v.depthBand[1]) - y(v.depthBand[0]));
  g.lineStyle(2, p.ok, 1);
  g.strokeRect(x, y(v.depthBand[0]), w, y(v.depthBand[1]) - y(v.depthBand[0]));
  g.fillStyle(p.marker, 0.85);
  g.fillRect(x + 5, top, w - 10, y(v.depthMm) - top);
  if (v.peakDepthMm !== null) {
    const inBand = v.peakDepthMm >= v.depthBand[0] && v.peakDepthMm <= v.depthBand[1];
    g.fillStyle(inBand ? p.ok : p.warn, 1);
    const py = y(v.peakDepthMm);
    g.fillTriangle(x - 12, py - 8, x - 12, py + 8, x - 1, py);
  }
}

/** Horizontal rate gauge under the chest: target band and the last compression's rate. */
export function drawRateGauge(g: Phaser.GameObjects.Graphics, v: CprViewModel): void {
  const p = v.highContrast ? HIGH_CONTRAST : NORMAL;
  const x = v.chest.x - v.chest.width * 0.1;
  const w = v.chest.width * 1.2;
  const top = v.chest.y + v.chest.height * 1.35 + 12;
  const h = 18;
  const px = (cpm: number) => x + ((Math.max(RATE_MIN, Math.min(RATE_MAX, cpm)) - RATE_MIN) / (RATE_MAX - RATE_MIN)) * w;
  g.fillStyle(p.track, 1);
  g.fillRect(x, top, w, h);
  g.fillStyle(p.ok, 0.35);
  g.fillRect(px(v.rateBand[0]), top, px(v.rateBand[1]) - px(v.rateBand[0]), h);
  g.lineStyle(2, p.ok, 1);
  g.strokeRect(px(v.rateBand[0]), top, px(v.rateBand[1]) - px(v.rateBand[0]), h);
  if (v.rateCpm !== null) {
    const inBand = v.rateCpm >= v.rateBand[0] && v.rateCpm <= v.rateBand[1];
    g.fillStyle(inBand ? p.ok : p.warn, 1);
    const mx = px(v.rateCpm);
    g.fillTriangle(mx - 9, top + h + 12, mx + 9, top + h + 12, mx, top + h + 1);
  }
}

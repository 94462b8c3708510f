import type Phaser from 'phaser';
import type { ScenarioViewModel } from '../../core/view/scenarioView';
import type { AedPalette } from './aedPalette';
import { drawPad } from './patient';

/**
 * The training AED: body, lid (lid-type devices), pad tray, screen, power button, shock button and
 * the connector socket. `lit` says whether the armed shock button is in the bright half of its
 * flash (the scene flashes it below 3 Hz, or keeps it lit when motion is reduced).
 */
export function drawAed(g: Phaser.GameObjects.Graphics, v: ScenarioViewModel, p: AedPalette, lit: boolean, liftedSlot: number | null = null): void {
  const L = v.layout;
  const d = L.device;
  const dev = v.device;
  if (!dev.present) {
    // Where the AED will be: an outline only.
    g.lineStyle(2, p.padEdge, 0.5);
    g.strokeRoundedRect(d.x, d.y, d.width, d.height, 16);
    return;
  }
  g.fillStyle(p.body, 1);
  g.lineStyle(3, p.trim, 1);
  g.fillRoundedRect(d.x, d.y, d.width, d.height, 16);
  g.strokeRoundedRect(d.x, d.y, d.width, d.height, 16);

  if (dev.lidClosed) {
    g.fillStyle(p.lid, 1);
    g.fillRoundedRect(d.x + 4, d.y + 4, d.width - 8, d.height - 8, 14);
    // Handle and the AED heart-and-bolt symbol.
    g.lineStyle(4, p.trim, 1);
    g.strokeRoundedRect(d.x + d.width * 0.35, d.y + 10, d.width * 0.3, 14, 6);
    heartBolt(g, d.x + d.width / 2, d.y + d.height * 0.55, Math.min(d.width, d.height) * 0.18, p);
    return;
  }

  // Pad tray with the pads still in it.
  const tr = L.tray;
  g.fillStyle(p.tray, 1);
  g.fillRoundedRect(tr.x, tr.y, tr.width, tr.height, 10);
  dev.tray.forEach((label, i) => {
    const s = L.traySlots[i];
    // The pad being dragged is in the hand, not in the tray.
    if (s && i !== liftedSlot) drawPad(g, s.x, s.y, L.padSize.w, L.padSize.h, label, p);
  });

  // Screen.
  const sc = L.screen;
  g.fillStyle(p.screen, 1);
  g.lineStyle(2, p.trim, 1);
  g.fillRoundedRect(sc.x, sc.y, sc.width, sc.height, 8);
  g.strokeRoundedRect(sc.x, sc.y, sc.width, sc.height, 8);

  // Power button with the power symbol.
  const pw = L.power;
  g.fillStyle(dev.powered ? p.powerOn : p.power, 1);
  g.lineStyle(3, p.trim, 1);
  g.fillCircle(pw.x, pw.y, pw.r);
  g.strokeCircle(pw.x, pw.y, pw.r);
  g.lineStyle(3, p.trim, 1);
  g.beginPath();
  g.arc(pw.x, pw.y, pw.r * 0.45, -Math.PI * 0.3, Math.PI * 1.3, false);
  g.strokePath();
  g.lineBetween(pw.x, pw.y - pw.r * 0.6, pw.x, pw.y - pw.r * 0.1);

  // Shock button: armed = lit (flashing below 3 Hz, or steady with a ring when motion is reduced).
  const sh = L.shock;
  const armed = dev.shockArmed;
  g.fillStyle(!armed ? p.shockIdle : lit ? p.shockLit : p.shockDim, 1);
  g.lineStyle(3, p.trim, 1);
  g.fillCircle(sh.x, sh.y, sh.r);
  g.strokeCircle(sh.x, sh.y, sh.r);
  if (armed) {
    g.lineStyle(4, p.ring, 1);
    g.strokeCircle(sh.x, sh.y, sh.r + 5);
  }
  bolt(g, sh.x, sh.y, sh.r * 0.55, armed ? p.screen : p.trim);

  // Socket, and the loose plug when the connector is out.
  g.fillStyle(p.trim, 1);
  g.fillRect(L.socket.x - 9, L.socket.y - 6, 18, 12);
  if (!dev.connector) {
    g.lineStyle(3, p.cable, 1);
    const from = L.traySlots[0];
    if (v.pads.length === 0) g.lineBetween(from.x, from.y, L.plug.x, L.plug.y);
    g.fillStyle(p.cable, 1);
    g.fillRoundedRect(L.plug.x - 14, L.plug.y - 9, 28, 18, 5);
    g.fillStyle(p.ring, 1);
    g.fillRect(L.plug.x + 10, L.plug.y - 4, 8, 8);
  } else if (v.pads.length === 0) {
    g.lineStyle(3, p.cable, 1);
    const from = L.traySlots[0];
    g.lineBetween(from.x, from.y, L.socket.x, L.socket.y);
  }
}

function bolt(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, colour: number): void {
  g.fillStyle(colour, 1);
  g.beginPath();
  g.moveTo(x + s * 0.15, y - s);
  g.lineTo(x - s * 0.55, y + s * 0.1);
  g.lineTo(x - s * 0.05, y + s * 0.1);
  g.lineTo(x - s * 0.2, y + s);
  g.lineTo(x + s * 0.55, y - s * 0.15);
  g.lineTo(x + s * 0.05, y - s * 0.15);
  g.closePath();
  g.fillPath();
}

function heartBolt(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, p: AedPalette): void {
  g.fillStyle(p.power, 1);
  g.fillCircle(x - s * 0.5, y - s * 0.3, s * 0.55);
  g.fillCircle(x + s * 0.5, y - s * 0.3, s * 0.55);
  g.fillTriangle(x - s * 1.03, y - s * 0.15, x + s * 1.03, y - s * 0.15, x, y + s);
  bolt(g, x, y - s * 0.1, s * 0.6, p.padDot);
}

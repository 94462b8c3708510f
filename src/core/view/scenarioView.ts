/**
 * The typed bridge between the scenario screen (DOM, owns the engine state) and the AED trainer
 * scene (Phaser, draws). The screen computes the stage layout with `scenarioLayout` (pure, so it is
 * the same for drawing, hit areas and the screen's own conversions), writes what the scene should
 * show into a `ScenarioViewModel`, and receives pointer intents back through `ScenarioSceneHooks`.
 * No rule of the scenario lives in the scene: it draws and reports where things were dropped.
 */

import type { DeviceMode } from '../scenario/effects';
import type { BodyCircle, BodyPoint, PadLabel } from '../scenario/types';
import type { CprViewModel, Rect } from './cprView';

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Everything positioned on the stage, in CSS pixels from the stage's top-left corner. */
export interface ScenarioLayout {
  width: number;
  height: number;
  /** The chest plate of the manikin (and the DOM chest control over it), as in the CPR drill. */
  chest: Rect;
  /** The CPR landmark (lower half of the sternum) within the stage. */
  landmark: Point;
  /** Front of the torso: body coordinates x 0..1 (patient's right → left) map left → right, y 0..1 top → bottom. */
  torso: Rect;
  /** The back, seen from behind (child and infant: front-and-back pads); null when not shown. */
  back: Rect | null;
  device: Rect;
  /** 'row': a wide device under the patient; 'column': a tall device beside the patient. */
  orientation: 'row' | 'column';
  screen: Rect;
  power: Circle;
  shock: Circle;
  /** The pad tray and its two slots (centres). */
  tray: Rect;
  traySlots: readonly [Point, Point];
  padSize: { w: number; h: number };
  /** Where the cable plugs into the device, and where the loose plug lies when it is out. */
  socket: Point;
  plug: Point;
}

export interface ScenarioPadView {
  label: PadLabel;
  at: BodyPoint;
  /** In torso widths (the body model's pad radius for the pad kind). */
  radius: number;
  stuck: boolean;
}

export interface ScenarioDeviceView {
  /** False until the AED has arrived. */
  present: boolean;
  mode: DeviceMode;
  powered: boolean;
  /** A lid-type AED whose lid is still closed. */
  lidClosed: boolean;
  connector: boolean;
  /** Pads still in the tray (their pictogram labels), at most two. */
  tray: PadLabel[];
  /** Lines on the device's screen (already translated). */
  lines: string[];
  /** The shock button is armed (flashes unless motion is reduced). */
  shockArmed: boolean;
}

/** Short texts the scene draws; translated by the screen. */
export interface ScenarioSceneLabels {
  power: string;
  shock: string;
  openLid: string;
  aedComing: string;
  back: string;
  plug: string;
  pads: Record<PadLabel, string>;
}

export interface ScenarioViewModel {
  layout: ScenarioLayout;
  /** The manikin, chest travel, hands and (guided/practice) gauges, drawn by the CPR views. */
  cpr: CprViewModel;
  /** Clothes still on the chest. */
  clothed: boolean;
  /** The patient lies in standing water. */
  inWater: boolean;
  wet: boolean;
  /** Unshaved chest hair. */
  hairy: boolean;
  patch: BodyCircle | null;
  implant: BodyCircle | null;
  /** Pad zones drawn as guides (guided mode only). */
  zones: BodyCircle[];
  pads: ScenarioPadView[];
  /** A pad held over a named place (keyboard and touch placement), drawn as a preview; null when none. */
  aim: { label: PadLabel; at: BodyPoint; radius: number } | null;
  device: ScenarioDeviceView;
  bystanderTouching: boolean;
  labels: ScenarioSceneLabels;
  highContrast: boolean;
  reducedMotion: boolean;
}

export type ScenarioIntent =
  | { type: 'aedPowerOn' }
  | { type: 'openLid' }
  | { type: 'plugConnector' }
  | { type: 'pressShock' }
  /** A pad from the tray was dropped at a stage point. */
  | { type: 'dropPad'; pad: PadLabel; x: number; y: number };

export interface ScenarioSceneHooks {
  /** A pointer intent, with the DOM event's timeStamp. */
  onIntent(intent: ScenarioIntent, t: number): void;
  /** A pad drag started or ended (the screen lets the pointer through its chest control meanwhile). */
  onDrag(dragging: boolean): void;
}

export interface ScenarioStageHost {
  startScenario(view: ScenarioViewModel, hooks: ScenarioSceneHooks): void;
}

/** The manikin's proportions (see game/views/manikin.ts): torso 1.35 chest widths, chest 0.7 wide. */
const TORSO_SCALE = 1.35;
const CHEST_ASPECT = 0.7;
/** Head above the torso, in chest widths (radius 0.22, centre 0.9 radius above the torso). */
const HEAD_SPACE = 0.44;
/** Room right of and under the torso for the live depth and rate gauges. */
const GAUGE_RIGHT = 46;
const GAUGE_BELOW = 40;
const M = 8;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export interface LayoutOptions {
  backView: boolean;
  /** Leave room for the live depth and rate gauges (guided and practice). */
  gauges: boolean;
  /** The CPR landmark as a fraction of the chest plate (the drill uses x 0.5, y 0.55). */
  landmark: Point;
}

/**
 * Places the patient, the AED and their parts for a stage of `w`×`h` CSS pixels: the device beside
 * the patient on a landscape stage, under it on a portrait one. Everything derives from the stage
 * size, so phones and kiosks get the same picture at their own scale.
 */
export function scenarioLayout(w: number, h: number, opts: LayoutOptions): ScenarioLayout {
  const width = Math.max(w, 200);
  const height = Math.max(h, 200);
  const landscape = width / height >= 1.25;
  let device: Rect;
  let area: Rect;
  if (landscape) {
    const dw = clamp(width * 0.34, 150, 380);
    const dh = Math.min(height - 2 * M, dw * 1.3);
    device = { x: width - dw - M, y: (height - dh) / 2, width: dw, height: dh };
    area = { x: M, y: M, width: width - dw - 3 * M, height: height - 2 * M };
  } else {
    const dh = clamp(height * 0.27, 92, 240);
    const dw = Math.min(width - 2 * M, dh * 3);
    device = { x: (width - dw) / 2, y: height - dh - M, width: dw, height: dh };
    area = { x: M, y: M, width: width - 2 * M, height: height - dh - 3 * M };
  }

  const backW = opts.backView ? Math.min(area.width * 0.24, 150) : 0;
  const man: Rect = {
    x: area.x + (backW > 0 ? backW + M : 0),
    y: area.y,
    width: area.width - (backW > 0 ? backW + M : 0) - (opts.gauges ? GAUGE_RIGHT : 0),
    height: area.height - (opts.gauges ? GAUGE_BELOW : 8),
  };
  const fullH = HEAD_SPACE + CHEST_ASPECT * 0.08 + CHEST_ASPECT * TORSO_SCALE;
  const cw = Math.max(60, Math.min((man.width * 0.96) / TORSO_SCALE, man.height / fullH, 400));
  const ch = cw * CHEST_ASPECT;
  const torsoTop = man.y + HEAD_SPACE * cw + Math.max(0, (man.height - fullH * cw) / 2);
  const chest: Rect = { x: man.x + (man.width - cw) / 2, y: torsoTop + 0.08 * ch, width: cw, height: ch };
  const torso: Rect = { x: chest.x + cw / 2 - (TORSO_SCALE * cw) / 2, y: torsoTop, width: TORSO_SCALE * cw, height: TORSO_SCALE * ch };
  const back: Rect | null =
    backW > 0 ? { x: area.x, y: torso.y + (torso.height - backW * CHEST_ASPECT) / 2, width: backW, height: backW * CHEST_ASPECT } : null;
  const landmark = { x: chest.x + cw * opts.landmark.x, y: chest.y + ch * opts.landmark.y };

  // Device parts: the pad tray, the screen and the two buttons, in a row or in a column.
  const pad = Math.max(6, Math.min(device.width, device.height) * 0.06);
  const inner: Rect = { x: device.x + pad, y: device.y + pad, width: device.width - 2 * pad, height: device.height - 2 * pad };
  let tray: Rect;
  let screen: Rect;
  let power: Circle;
  let shock: Circle;
  if (landscape) {
    tray = { x: inner.x, y: inner.y, width: inner.width, height: inner.height * 0.3 };
    screen = { x: inner.x, y: tray.y + tray.height + pad, width: inner.width, height: inner.height * 0.32 };
    const by = screen.y + screen.height + pad;
    const bh = inner.y + inner.height - by;
    const r = Math.max(14, Math.min(bh * 0.4, inner.width * 0.18));
    power = { x: inner.x + inner.width * 0.25, y: by + bh / 2, r: r * 0.85 };
    shock = { x: inner.x + inner.width * 0.7, y: by + bh / 2, r };
  } else {
    tray = { x: inner.x, y: inner.y, width: inner.width * 0.28, height: inner.height };
    screen = { x: tray.x + tray.width + pad, y: inner.y, width: inner.width * 0.4, height: inner.height };
    // The two buttons side by side, their labels underneath.
    const bx = screen.x + screen.width + pad;
    const bw = inner.x + inner.width - bx;
    const r = Math.max(13, Math.min(bw / 4.6, inner.height * 0.3));
    const by = inner.y + Math.max(r + 4, inner.height * 0.4);
    power = { x: bx + bw * 0.27, y: by, r: r * 0.85 };
    shock = { x: bx + bw * 0.73, y: by, r };
  }
  const slotW = Math.min(tray.width / 2.3, tray.height * 0.95);
  const padSize = { w: slotW, h: Math.min(slotW * 0.8, tray.height * 0.8) };
  const traySlots: [Point, Point] = [
    { x: tray.x + tray.width * 0.27, y: tray.y + tray.height / 2 },
    { x: tray.x + tray.width * 0.73, y: tray.y + tray.height / 2 },
  ];
  // The cable enters on the side facing the patient; the loose plug lies in the gap before it.
  const socket = landscape ? { x: device.x, y: tray.y + tray.height / 2 } : { x: screen.x, y: device.y };
  const plug = landscape ? { x: device.x - 28, y: socket.y + 34 } : { x: socket.x - Math.min(60, device.width * 0.15), y: device.y - 22 };
  return { width, height, chest, landmark, torso, back, device, orientation: landscape ? 'column' : 'row', screen, power, shock, tray, traySlots, padSize, socket, plug };
}

/** Where a point on the body is on the stage (the back is seen from behind: left and right swap). */
export function bodyToStage(layout: ScenarioLayout, p: BodyPoint): Point | null {
  if (p.surface === 'front') return { x: layout.torso.x + p.x * layout.torso.width, y: layout.torso.y + p.y * layout.torso.height };
  const b = layout.back;
  return b === null ? null : { x: b.x + (1 - p.x) * b.width, y: b.y + p.y * b.height };
}

/** Pixels per torso width on the surface a point is on. */
export function torsoWidthPx(layout: ScenarioLayout, surface: BodyPoint['surface']): number {
  return surface === 'front' ? layout.torso.width : (layout.back?.width ?? layout.torso.width);
}

const inside = (r: Rect, x: number, y: number, slack: number) =>
  x >= r.x - slack && x <= r.x + r.width + slack && y >= r.y - slack && y <= r.y + r.height + slack;

/** The body point under a stage point, or null when it is off the body (a pad dropped there goes back). */
export function stageToBody(layout: ScenarioLayout, x: number, y: number): BodyPoint | null {
  const c = (v: number) => clamp(v, 0, 1);
  const t = layout.torso;
  if (inside(t, x, y, 6)) return { surface: 'front', x: c((x - t.x) / t.width), y: c((y - t.y) / t.height) };
  const b = layout.back;
  if (b !== null && inside(b, x, y, 6)) return { surface: 'back', x: c(1 - (x - b.x) / b.width), y: c((y - b.y) / b.height) };
  return null;
}

/** The device's clickable parts, for hit tests in the scene and the tests' pointer driver. */
export function deviceTargets(layout: ScenarioLayout): Record<'power' | 'shock' | 'lid' | 'plug', Rect> {
  const sq = (c: Circle): Rect => ({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r });
  return {
    power: sq(layout.power),
    shock: sq(layout.shock),
    lid: layout.device,
    plug: { x: layout.plug.x - 22, y: layout.plug.y - 16, width: 44, height: 32 },
  };
}

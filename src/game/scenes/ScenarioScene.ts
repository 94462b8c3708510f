import Phaser from 'phaser';
import type { PadLabel } from '../../core/scenario/types';
import {
  deviceTargets,
  type ScenarioIntent,
  type ScenarioSceneHooks,
  type ScenarioViewModel,
} from '../../core/view/scenarioView';
import { drawAed } from '../views/aed';
import { AED_HIGH_CONTRAST, AED_NORMAL } from '../views/aedPalette';
import { drawDepthGauge, drawRateGauge } from '../views/gauges';
import { drawManikin } from '../views/manikin';
import { HIGH_CONTRAST, NORMAL } from '../views/palette';
import { drawBack, drawAim, drawBystanderHand, drawChestState, drawGround, drawPad, drawPlacedPads, drawZones } from '../views/patient';

export const SCENARIO_SCENE = 'Scenario';

/** The armed shock button's flash: 0.6 s per on-off cycle (under 2 Hz, well below the 3 Hz limit). */
const FLASH_PERIOD_MS = 600;
const FONT = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

type Labelled = 'display' | 'power' | 'shock' | 'lid' | 'absent' | 'back' | 'plug';

/**
 * The AED trainer: draws the patient (the CPR manikin plus clothes, hazards, pads) and the device
 * from the screen's view model every frame, and reports pointer intents (a button pressed, a pad
 * dropped at a point). It decides nothing: the screen's engine does.
 */
export class ScenarioScene extends Phaser.Scene {
  private view!: ScenarioViewModel;
  private hooks!: ScenarioSceneHooks;
  private g!: Phaser.GameObjects.Graphics;
  private top!: Phaser.GameObjects.Graphics;
  private hands!: Phaser.GameObjects.Image;
  private texts = new Map<Labelled, Phaser.GameObjects.Text>();
  private zones = new Map<string, Phaser.GameObjects.Zone>();
  private dragging: { label: PadLabel; slot: number; x: number; y: number } | null = null;

  constructor() {
    super(SCENARIO_SCENE);
  }

  init(data: { view: ScenarioViewModel; hooks: ScenarioSceneHooks }): void {
    this.view = data.view;
    this.hooks = data.hooks;
    this.dragging = null;
    this.texts = new Map();
    this.zones = new Map();
  }

  create(): void {
    this.g = this.add.graphics();
    this.hands = this.add.image(0, 0, 'hands').setVisible(false);
    for (const name of ['display', 'power', 'shock', 'lid', 'absent', 'back', 'plug'] as const) {
      this.texts.set(name, this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', color: '#000', align: 'center' }).setVisible(false));
    }
    this.top = this.add.graphics();

    // Hit areas, repositioned every frame from the layout. The lid covers the device, so it is
    // added first: the buttons on top win while the lid is open (and the lid zone is disabled).
    const button = (name: string, intent: ScenarioIntent['type']) => {
      const z = this.add.zone(0, 0, 10, 10).setOrigin(0, 0).setInteractive({ useHandCursor: true });
      z.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
        if (this.enabled(name)) this.hooks.onIntent({ type: intent } as ScenarioIntent, stamp(pointer));
      });
      this.zones.set(name, z);
    };
    button('lid', 'openLid');
    button('power', 'aedPowerOn');
    button('shock', 'pressShock');
    button('plug', 'plugConnector');
    for (const i of [0, 1]) {
      const z = this.add.zone(0, 0, 10, 10).setOrigin(0.5, 0.5).setInteractive({ draggable: true, useHandCursor: true });
      z.setData('slot', i);
      this.zones.set(`pad${i}`, z);
    }
    this.input.on(Phaser.Input.Events.DRAG_START, (pointer: Phaser.Input.Pointer, obj: Phaser.GameObjects.GameObject) => {
      const slot = obj.getData('slot') as number | undefined;
      const label = slot === undefined ? undefined : this.view.device.tray[slot];
      if (label === undefined || !this.padsReachable()) return;
      this.dragging = { label, slot: slot as number, x: pointer.x, y: pointer.y };
      this.hooks.onDrag(true);
    });
    this.input.on(Phaser.Input.Events.DRAG, (pointer: Phaser.Input.Pointer) => {
      if (this.dragging) {
        this.dragging.x = pointer.x;
        this.dragging.y = pointer.y;
      }
    });
    this.input.on(Phaser.Input.Events.DRAG_END, (pointer: Phaser.Input.Pointer) => {
      const d = this.dragging;
      if (!d) return;
      this.dragging = null;
      this.hooks.onDrag(false);
      this.hooks.onIntent({ type: 'dropPad', pad: d.label, x: pointer.x, y: pointer.y }, stamp(pointer));
    });
  }

  private padsReachable(): boolean {
    const dev = this.view.device;
    return dev.present && !dev.lidClosed;
  }

  private enabled(name: string): boolean {
    const dev = this.view.device;
    if (!dev.present) return false;
    if (name === 'lid') return dev.lidClosed;
    if (dev.lidClosed) return false;
    if (name === 'plug') return !dev.connector;
    return true;
  }

  override update(time: number): void {
    const v = this.view;
    const L = v.layout;
    const p = v.highContrast ? AED_HIGH_CONTRAST : AED_NORMAL;
    const body = v.highContrast ? HIGH_CONTRAST : NORMAL;
    const g = this.g;
    g.clear();
    this.top.clear();
    const c = v.cpr;
    const travelPx = c.depthMeasured ? c.depthMm * c.pxPerMm : c.pressed ? 12 : 0;

    drawGround(g, v, p);
    drawBack(g, v, body.skin, body.outline, p);
    drawManikin(g, c, travelPx);
    drawChestState(g, v, travelPx, p);
    drawZones(g, v, p);
    drawPlacedPads(g, v, p);
    drawBystanderHand(g, v, p);
    if (c.showGauges) {
      drawDepthGauge(g, c);
      drawRateGauge(g, c);
    }
    const lit = v.reducedMotion || Math.floor(time / (FLASH_PERIOD_MS / 2)) % 2 === 0;
    drawAed(g, v, p, lit, this.dragging?.slot ?? null);

    if (c.hand && (c.pressed || c.depthMm > 0)) {
      this.hands.setVisible(true).setPosition(c.hand.x, c.hand.y + (c.depthMeasured ? 0 : travelPx));
    } else {
      this.hands.setVisible(false);
    }
    drawAim(this.top, v, p);
    if (this.dragging) {
      const d = this.dragging;
      drawPad(this.top, d.x, d.y, L.padSize.w * 1.1, L.padSize.h * 1.1, d.label, p);
    }
    this.placeTexts(p.label);
    this.placeZones();
  }

  private label(name: Labelled, show: boolean, s: string, x: number, y: number, size: number, colour: string, wrap?: number): void {
    const t = this.texts.get(name);
    if (!t) return;
    t.setVisible(show && s.length > 0);
    if (!t.visible) return;
    const lines = wrap === undefined ? s : wrapText(s, wrap, size);
    if (t.text !== lines) t.setText(lines);
    t.setFontSize(size).setColor(colour).setOrigin(0.5, 0.5).setPosition(x, y);
  }

  private placeTexts(labelColour: string): void {
    const v = this.view;
    const L = v.layout;
    const dev = v.device;
    const d = L.device;
    const on = dev.present && !dev.lidClosed;
    const small = Math.max(11, Math.min(16, d.height * 0.07));
    const screenSize = Math.max(11, Math.min(18, L.screen.height / 5.2));
    const pal = v.highContrast ? AED_HIGH_CONTRAST : AED_NORMAL;
    this.label('display', on && dev.powered, dev.lines.join('\n'), L.screen.x + L.screen.width / 2, L.screen.y + L.screen.height / 2, screenSize, pal.screenText, L.screen.width - 10);
    const below = (r: number) => r + small * 0.9;
    // On a small device the two labels would collide; the power symbol speaks for itself.
    this.label('power', on && d.height >= 130, v.labels.power, L.power.x, L.power.y + below(L.power.r), small, '#ffffff');
    this.label('shock', on, v.labels.shock, L.shock.x, L.shock.y + below(L.shock.r) + 4, small, '#ffffff');
    this.label('lid', dev.present && dev.lidClosed, v.labels.openLid, d.x + d.width / 2, d.y + d.height * 0.86, small + 2, '#ffffff');
    this.label('absent', !dev.present, v.labels.aedComing, d.x + d.width / 2, d.y + d.height / 2, small + 1, labelColour, d.width - 16);
    const b = L.back;
    this.label('back', b !== null, v.labels.back, b ? b.x + b.width / 2 : 0, b ? b.y - small : 0, small, labelColour);
    this.label('plug', on && !dev.connector, v.labels.plug, L.plug.x, L.plug.y - 22, small, labelColour);
  }

  private placeZones(): void {
    const v = this.view;
    const L = v.layout;
    const hit = deviceTargets(L);
    for (const name of ['lid', 'power', 'shock', 'plug'] as const) {
      const z = this.zones.get(name);
      const r = hit[name];
      if (!z || !z.input) continue;
      z.setPosition(r.x, r.y).setSize(r.width, r.height);
      z.input.enabled = this.enabled(name);
    }
    for (const i of [0, 1] as const) {
      const z = this.zones.get(`pad${i}`);
      const s = L.traySlots[i];
      if (!z || !z.input) continue;
      if (this.dragging === null) z.setPosition(s.x, s.y).setSize(L.padSize.w, L.padSize.h);
      z.input.enabled = this.padsReachable() && v.device.tray[i] !== undefined;
    }
  }
}

/** The DOM event's timestamp: the engine's timebase (never the frame time). */
function stamp(pointer: Phaser.Input.Pointer): number {
  const e = pointer.event as Event | undefined;
  return e?.timeStamp ?? performance.now();
}

/**
 * Wraps a line to about `width` px: Chinese between characters, other text at spaces, and never
 * inside a run of Latin letters or digits ("0:00" stays whole in a Chinese line). Approximate on
 * purpose: a device screen shows short prompts.
 */
const WIDE = /[\u3000-\u9fff\uff00-\uffef]/;
function wrapText(s: string, width: number, size: number): string {
  const px = (t: string) => [...t].reduce((a, c) => a + (WIDE.test(c) ? size : size * 0.55), 0);
  return s
    .split('\n')
    .map((line) => {
      // Tokens: one wide character, a run of other visible characters, or spaces.
      const tokens = line.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
      const out: string[] = [];
      let cur = '';
      for (const tok of tokens) {
        if (/^\s+$/.test(tok)) {
          if (cur) cur += ' ';
        } else if (cur.trim() && px(cur + tok) > width) {
          out.push(cur.trimEnd());
          cur = tok;
        } else cur += tok;
      }
      if (cur.trim()) out.push(cur.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

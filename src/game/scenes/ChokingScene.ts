import Phaser from 'phaser';
import type { ChokingSceneHooks, ChokingViewModel } from '../../core/view/chokingView';
import { CHOKING_HIGH_CONTRAST, CHOKING_NORMAL, drawChokingFigure, drawChokingOverlay } from '../views/chokingFigure';

export const CHOKING_SCENE = 'Choking';

const FONT = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/**
 * Choking relief: draws the person from the screen's view model every frame and collects pointer
 * paths (down to up) with every event's own `timeStamp`, coalesced moves included. It judges
 * nothing: strokes and hand placements go to the screen, whose engine scores them.
 */
export class ChokingScene extends Phaser.Scene {
  private view!: ChokingViewModel;
  private hooks!: ChokingSceneHooks;
  private g!: Phaser.GameObjects.Graphics;
  private sideLabel!: Phaser.GameObjects.Text;
  private path: { t: number; x: number; y: number }[] | null = null;
  private pointerId: number | null = null;

  constructor() {
    super(CHOKING_SCENE);
  }

  init(data: { view: ChokingViewModel; hooks: ChokingSceneHooks }): void {
    this.view = data.view;
    this.hooks = data.hooks;
    this.path = null;
    this.pointerId = null;
  }

  create(): void {
    this.g = this.add.graphics();
    this.sideLabel = this.add.text(8, 6, '', { fontFamily: FONT, fontSize: '15px', color: '#333' });
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer) => this.down(pointer));
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => this.move(pointer));
    this.input.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => this.up(pointer));
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, (pointer: Phaser.Input.Pointer) => this.up(pointer));
  }

  /** Stage coordinates of a native event (for coalesced moves, which Phaser does not translate). */
  private toStage(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const r = this.game.canvas.getBoundingClientRect();
    const sx = r.width > 0 ? this.scale.width / r.width : 1;
    const sy = r.height > 0 ? this.scale.height / r.height : 1;
    return { x: (e.clientX - r.left) * sx, y: (e.clientY - r.top) * sy };
  }

  private down(pointer: Phaser.Input.Pointer): void {
    if (this.view.pointer === 'none' || this.path !== null) return;
    this.pointerId = pointer.id;
    this.path = [{ t: stamp(pointer), x: pointer.x, y: pointer.y }];
    if (this.view.pointer === 'place') this.view.hand = { x: pointer.x, y: pointer.y };
  }

  private move(pointer: Phaser.Input.Pointer): void {
    const path = this.path;
    if (path === null || pointer.id !== this.pointerId) return;
    const e = pointer.event as PointerEvent | undefined;
    const batch = e && typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    const last = path[path.length - 1];
    if (batch.length > 0) {
      for (const c of batch) {
        if (last && c.timeStamp < last.t) continue;
        path.push({ t: c.timeStamp, ...this.toStage(c) });
      }
    } else path.push({ t: stamp(pointer), x: pointer.x, y: pointer.y });
    if (this.view.pointer === 'place') this.view.hand = { x: pointer.x, y: pointer.y };
  }

  private up(pointer: Phaser.Input.Pointer): void {
    const path = this.path;
    if (path === null || pointer.id !== this.pointerId) return;
    this.path = null;
    this.pointerId = null;
    const t = Math.max(stamp(pointer), path[path.length - 1]?.t ?? 0);
    path.push({ t, x: pointer.x, y: pointer.y });
    if (this.view.pointer === 'place') this.hooks.onPlace(pointer.x, pointer.y, t);
    else if (this.view.pointer === 'strike') this.hooks.onStroke(path);
  }

  override update(): void {
    const v = this.view;
    const p = v.highContrast ? CHOKING_HIGH_CONTRAST : CHOKING_NORMAL;
    const g = this.g;
    g.clear();
    drawChokingFigure(g, v, p);
    drawChokingOverlay(g, v, p);
    // The path being drawn, so the learner sees the stroke as it happens.
    const path = this.path;
    if (path && path.length > 1 && v.pointer === 'strike') {
      g.lineStyle(3, p.outline, 0.6);
      g.strokePoints(path as unknown as Phaser.Math.Vector2[], false);
    }
    const label = v.labels.side;
    if (this.sideLabel.text !== label) this.sideLabel.setText(label);
    this.sideLabel.setColor(v.highContrast ? '#ffffff' : '#333333');
  }
}

/** The DOM event's timestamp: the engine's timebase (never the frame time). */
function stamp(pointer: Phaser.Input.Pointer): number {
  const e = pointer.event as Event | undefined;
  return e?.timeStamp ?? performance.now();
}

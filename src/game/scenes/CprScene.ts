import Phaser from 'phaser';
import type { CprSceneHooks, CprViewModel } from '../../core/view/cprView';
import { drawDepthGauge, drawRateGauge } from '../views/gauges';
import { drawManikin } from '../views/manikin';

export const CPR_SCENE = 'Cpr';

/**
 * Renders the manikin and gauges from the screen's view model. Reads the model every frame
 * (so the chest shows a sample on the next frame) and never measures anything itself.
 */
export class CprScene extends Phaser.Scene {
  private view!: CprViewModel;
  private hooks!: CprSceneHooks;
  private g!: Phaser.GameObjects.Graphics;
  private hands!: Phaser.GameObjects.Image;
  private shownSampleT = -1;

  constructor() {
    super(CPR_SCENE);
  }

  init(data: { view: CprViewModel; hooks: CprSceneHooks }): void {
    this.view = data.view;
    this.hooks = data.hooks;
  }

  create(): void {
    this.g = this.add.graphics();
    this.hands = this.add.image(0, 0, 'hands').setVisible(false);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    });
  }

  override update(): void {
    const v = this.view;
    const g = this.g;
    g.clear();
    const travelPx = v.depthMeasured ? v.depthMm * v.pxPerMm : v.pressed ? 12 : 0;
    drawManikin(g, v, travelPx);
    if (v.showGauges) {
      drawDepthGauge(g, v);
      drawRateGauge(g, v);
    }
    if (v.hand && (v.pressed || v.depthMm > 0)) {
      this.hands.setVisible(true).setPosition(v.hand.x, v.hand.y + (v.depthMeasured ? 0 : travelPx));
    } else {
      this.hands.setVisible(false);
    }
    this.shownSampleT = v.sampleT;
  }

  private afterRender(): void {
    if (this.shownSampleT >= 0) this.hooks.onFrame(this.shownSampleT, performance.now());
  }
}

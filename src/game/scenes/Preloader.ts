import Phaser from 'phaser';
import type { GameServices } from '../../core/view/cprView';

/**
 * Builds the textures the simulations share, with a progress bar. The manikin is drawn, not
 * loaded, so this is quick; the bar still reports through the loader so real assets can join it.
 */
export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super('Preloader');
  }

  preload(): void {
    const { width, height } = this.scale;
    const barWidth = Math.min(320, width * 0.7);
    const box = this.add.graphics();
    box.lineStyle(2, 0xb71c1c, 1);
    box.strokeRect((width - barWidth) / 2, height / 2 - 10, barWidth, 20);
    const bar = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      bar.clear();
      bar.fillStyle(0xb71c1c, 1);
      bar.fillRect((width - barWidth) / 2 + 2, height / 2 - 8, (barWidth - 4) * value, 16);
      this.services.onProgress(value);
    });
  }

  create(): void {
    this.makeTextures();
    this.services.onProgress(1);
    this.services.onReady();
    // The progress bar must not stay drawn under the simulation that starts next.
    this.scene.stop();
  }

  private makeTextures(): void {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xf2c9a0, 1);
    g.fillEllipse(40, 28, 76, 52);
    g.lineStyle(3, 0x8a5a3c, 1);
    g.strokeEllipse(40, 28, 76, 52);
    g.generateTexture('hands', 80, 56);
    g.destroy();
  }
}

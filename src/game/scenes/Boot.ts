import Phaser from 'phaser';

export const BOOT_SCENE = 'Boot';

/** Sets up what the preloader itself needs, then hands over. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(BOOT_SCENE);
  }

  create(): void {
    this.scene.start('Preloader');
  }
}

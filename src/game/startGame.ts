import Phaser from 'phaser';
import type { GameHandle, GameServices } from '../core/view/cprView';
import { BootScene } from './scenes/Boot';
import { CprScene, CPR_SCENE } from './scenes/CprScene';
import { PreloaderScene } from './scenes/Preloader';

/**
 * Creates the Phaser game inside `parent`. This module (and Phaser with it) is loaded lazily,
 * so the DOM shell paints before the engine downloads.
 */
export function startGame(parent: HTMLElement, services: GameServices): GameHandle {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#ffffff',
    transparent: true,
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 390,
      height: parent.clientHeight || 400,
    },
    audio: { noAudio: true }, // sound is Howler's job (src/adapters/audio)
    banner: false,
    input: { mouse: false, touch: false, keyboard: false, gamepad: false }, // inputs are timestamped DOM adapters
    scene: [new BootScene(), new PreloaderScene(services), new CprScene()],
  });
  return {
    startCpr(view, hooks) {
      const run = () => game.scene.start(CPR_SCENE, { view, hooks });
      if (game.isBooted) run();
      else game.events.once(Phaser.Core.Events.READY, run);
    },
    resize(width, height) {
      game.scale.resize(width, height);
    },
    destroy() {
      game.destroy(true);
    },
  };
}

import Phaser from 'phaser';
import type { GameHandle, GameServices } from '../core/view/cprView';
import type { ScenarioStageHost } from '../core/view/scenarioView';
import type { ChokingStageHost } from '../core/view/chokingView';
import { BootScene } from './scenes/Boot';
import { CprScene, CPR_SCENE } from './scenes/CprScene';
import { PreloaderScene } from './scenes/Preloader';
import { ScenarioScene, SCENARIO_SCENE } from './scenes/ScenarioScene';
import { ChokingScene, CHOKING_SCENE } from './scenes/ChokingScene';

export interface GameOptions {
  /**
   * Phaser's own pointer input (mouse and touch on the canvas). Off for the CPR drill, whose chest
   * input comes from timestamped DOM adapters; on for the AED trainer, where pads are dragged.
   */
  pointer?: boolean;
}

/**
 * Creates the Phaser game inside `parent`. This module (and Phaser with it) is loaded lazily,
 * so the DOM shell paints before the engine downloads.
 */
export function startGame(parent: HTMLElement, services: GameServices, options: GameOptions = {}): GameHandle & ScenarioStageHost & ChokingStageHost {
  const pointer = options.pointer === true;
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
    // Chest inputs are timestamped DOM adapters; only the AED trainer's pad dragging uses Phaser's pointer.
    input: { mouse: pointer, touch: pointer, keyboard: false, gamepad: false },
    scene: [new BootScene(), new PreloaderScene(services), new CprScene(), new ScenarioScene(), new ChokingScene()],
  });
  const whenBooted = (run: () => void) => {
    if (game.isBooted) run();
    else game.events.once(Phaser.Core.Events.READY, run);
  };
  return {
    startCpr(view, hooks) {
      whenBooted(() => game.scene.start(CPR_SCENE, { view, hooks }));
    },
    startScenario(view, hooks) {
      whenBooted(() => game.scene.start(SCENARIO_SCENE, { view, hooks }));
    },
    startChoking(view, hooks) {
      whenBooted(() => game.scene.start(CHOKING_SCENE, { view, hooks }));
    },
    resize(width, height) {
      game.scale.resize(width, height);
    },
    destroy() {
      game.destroy(true);
    },
  };
}

import type { GamePort } from '../ui/ports';

/**
 * Loads Phaser only when a simulation is first shown (its own chunk), and keeps one game instance
 * per mount so scenes never leak between screens.
 */
export function createGamePort(): GamePort {
  return {
    async mountCpr(parent, view, hooks) {
      const { startGame } = await import('../game/startGame');
      let ready!: () => void;
      const booted = new Promise<void>((r) => (ready = r));
      const handle = startGame(parent, { onReady: () => ready(), onProgress: () => undefined });
      await booted;
      handle.startCpr(view, hooks);
      return { resize: (w, h) => handle.resize(w, h), destroy: () => handle.destroy() };
    },
    async mountScenario(parent, view, hooks) {
      const { startGame } = await import('../game/startGame');
      let ready!: () => void;
      const booted = new Promise<void>((r) => (ready = r));
      const handle = startGame(parent, { onReady: () => ready(), onProgress: () => undefined }, { pointer: true });
      await booted;
      handle.startScenario(view, hooks);
      return { resize: (w, h) => handle.resize(w, h), destroy: () => handle.destroy() };
    },
    async mountChoking(parent, view, hooks) {
      const { startGame } = await import('../game/startGame');
      let ready!: () => void;
      const booted = new Promise<void>((r) => (ready = r));
      const handle = startGame(parent, { onReady: () => ready(), onProgress: () => undefined }, { pointer: true });
      await booted;
      handle.startChoking(view, hooks);
      return { resize: (w, h) => handle.resize(w, h), destroy: () => handle.destroy() };
    },
  };
}

import type { GamePort } from '../ui/ports';

/**
 * Loads Phaser only when a simulation is first shown (its own chunk), and keeps one game instance
 * per mount so scenes never leak between screens.
 */
type GameHandle = ReturnType<typeof import('../game/startGame').startGame>;

/** Boots a fresh game in `parent` (Phaser loads on first use), then starts one scene on it. */
async function mount(parent: HTMLElement, pointer: boolean, begin: (handle: GameHandle) => void) {
  const { startGame } = await import('../game/startGame');
  let ready!: () => void;
  const booted = new Promise<void>((r) => (ready = r));
  const handle = startGame(parent, { onReady: () => ready(), onProgress: () => undefined }, { pointer });
  await booted;
  begin(handle);
  return { resize: (w: number, h: number) => handle.resize(w, h), destroy: () => handle.destroy() };
}

export function createGamePort(): GamePort {
  return {
    mountCpr: (parent, view, hooks) => mount(parent, false, (h) => h.startCpr(view, hooks)),
    mountScenario: (parent, view, hooks) => mount(parent, true, (h) => h.startScenario(view, hooks)),
    mountChoking: (parent, view, hooks) => mount(parent, true, (h) => h.startChoking(view, hooks)),
  };
}

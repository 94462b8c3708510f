import type { Sample } from '../../core/cpr/sample';

const COMPRESS_KEYS = new Set([' ', 'Enter', 'Spacebar']);

/** Space or Enter on the focused chest is one compression: rate only, depth not measured. */
export function attachKeyboardChest(el: HTMLElement, onSample: (s: Sample) => void): () => void {
  const down = (e: KeyboardEvent) => {
    if (!COMPRESS_KEYS.has(e.key)) return;
    e.preventDefault();
    if (e.repeat) return;
    onSample({ t: e.timeStamp, source: 'keyboard', kind: 'press' });
  };
  const up = (e: KeyboardEvent) => {
    if (!COMPRESS_KEYS.has(e.key)) return;
    e.preventDefault();
    onSample({ t: e.timeStamp, source: 'keyboard', kind: 'release' });
  };
  el.addEventListener('keydown', down);
  el.addEventListener('keyup', up);
  return () => {
    el.removeEventListener('keydown', down);
    el.removeEventListener('keyup', up);
  };
}

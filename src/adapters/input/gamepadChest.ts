import type { Sample } from '../../core/cpr/sample';
import { MANIKIN_MAX_TRAVEL_MM } from '../../core/view/cprView';

/** Standard mapping: right trigger. */
const TRIGGER = 7;

/**
 * An analog trigger's travel is depth. The Gamepad API has no input events, so this polls once a
 * frame, but each sample carries the pad's own `timestamp` (same timebase as event.timeStamp) and
 * only new readings are emitted: the frame loop never sets the time.
 */
export function attachGamepadChest(onSample: (s: Sample) => void, onConnected?: () => void): () => void {
  if (typeof navigator.getGamepads !== 'function') return () => undefined;
  let raf = 0;
  let lastStamp = -1;
  let announced = false;
  const poll = () => {
    for (const pad of navigator.getGamepads()) {
      const trigger = pad?.buttons[TRIGGER];
      if (!pad || !trigger) continue;
      if (!announced) {
        announced = true;
        onConnected?.();
      }
      if (pad.timestamp !== lastStamp) {
        lastStamp = pad.timestamp;
        onSample({ t: pad.timestamp, source: 'gamepad', depthMm: trigger.value * MANIKIN_MAX_TRAVEL_MM });
      }
      break;
    }
    raf = requestAnimationFrame(poll);
  };
  raf = requestAnimationFrame(poll);
  return () => cancelAnimationFrame(raf);
}

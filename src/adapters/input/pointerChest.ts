import type { InputSource, Sample } from '../../core/cpr/sample';
import type { ChestCalibration, DepthSource } from '../../core/view/cprView';

export interface PointerChestOptions {
  calibration: () => ChestCalibration;
  depthSource: () => DepthSource;
  onSample(sample: Sample): void;
  /** Fired once when a pointer reports pressure that varies (pen, force touch). */
  onPressureAvailable?(): void;
}

function sourceOf(e: PointerEvent, depth: DepthSource): InputSource {
  if (depth === 'pressure') return 'pressure';
  if (e.pointerType === 'pen') return 'pen';
  if (e.pointerType === 'touch') return 'touch';
  return 'pointer';
}

/**
 * Pointer and touch on the chest: press, then push down. Vertical travel from the press point is
 * depth; every coalesced event is used so fast strokes are not lost, each with its own timeStamp.
 */
export function attachPointerChest(el: HTMLElement, opts: PointerChestOptions): () => void {
  let active: { id: number; y0: number; hand: { dxMm: number; dyMm: number } } | null = null;
  let pressureSeen = new Set<number>();

  const depthOf = (e: PointerEvent, cal: ChestCalibration): number => {
    if (opts.depthSource() === 'pressure') return Math.max(0, Math.min(1, e.pressure)) * cal.maxTravelMm;
    const travel = (e.clientY - (active?.y0 ?? e.clientY)) / cal.pxPerMm;
    return Math.max(0, Math.min(cal.maxTravelMm, travel));
  };

  const notePressure = (e: PointerEvent) => {
    // Mice report a constant 0.5 while pressed; only a changing value means real pressure.
    if (e.pressure > 0 && e.pressure !== 0.5) pressureSeen.add(Math.round(e.pressure * 100));
    if (pressureSeen.size === 3) opts.onPressureAvailable?.();
  };

  const emit = (e: PointerEvent, depthMm: number) => {
    if (!active) return;
    opts.onSample({ t: e.timeStamp, source: sourceOf(e, opts.depthSource()), depthMm, hand: active.hand });
  };

  const down = (e: PointerEvent) => {
    if (active || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    el.setPointerCapture?.(e.pointerId);
    const cal = opts.calibration();
    const r = el.getBoundingClientRect();
    active = {
      id: e.pointerId,
      y0: e.clientY,
      hand: {
        dxMm: (e.clientX - r.left - cal.landmark.x) / cal.pxPerMm,
        dyMm: (e.clientY - r.top - cal.landmark.y) / cal.pxPerMm,
      },
    };
    notePressure(e);
    emit(e, depthOf(e, cal));
  };

  const move = (e: PointerEvent) => {
    if (!active || e.pointerId !== active.id) return;
    const cal = opts.calibration();
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    for (const ev of events.length ? events : [e]) {
      notePressure(ev);
      emit(ev, depthOf(ev, cal));
    }
  };

  const up = (e: PointerEvent) => {
    if (!active || e.pointerId !== active.id) return;
    emit(e, 0);
    active = null;
  };

  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  el.addEventListener('lostpointercapture', up);
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
    el.removeEventListener('lostpointercapture', up);
    pressureSeen = new Set();
  };
}

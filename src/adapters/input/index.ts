import type { Sample } from '../../core/cpr/sample';
import type { ChestCalibration, DepthSource } from '../../core/view/cprView';
import { attachGamepadChest } from './gamepadChest';
import { attachKeyboardChest } from './keyboardChest';
import { attachPointerChest } from './pointerChest';

export interface ChestInputOptions {
  calibration(): ChestCalibration;
  depthSource(): DepthSource;
  onSample(sample: Sample): void;
  onPressureAvailable?(): void;
  onGamepad?(): void;
}

/** Every input that can compress the chest: pointer/touch/pen, keyboard on the focused chest, gamepad trigger. */
export function attachChestInputs(el: HTMLElement, opts: ChestInputOptions): () => void {
  const detach = [
    attachPointerChest(el, opts),
    attachKeyboardChest(el, opts.onSample),
    attachGamepadChest(opts.onSample, opts.onGamepad),
  ];
  return () => detach.forEach((d) => d());
}

export function readPxPerMm(el: HTMLElement): number {
  const v = Number(el.dataset.pxPerMm);
  return Number.isFinite(v) && v > 0 ? v : 2;
}

import type { InputSource } from './sample';
import type { CprTargets } from './targets';

export const COMPRESSION_FLAGS = ['shallow', 'deep', 'incompleteRecoil', 'badHand', 'slow', 'fast'] as const;
export type CompressionFlag = (typeof COMPRESSION_FLAGS)[number];

/**
 * One detected compression. A `null` means the input could not measure that value (keyboard has
 * no depth, the first compression of a run has no interval); it never means zero.
 */
export interface Compression {
  /** 0-based, in order of onset. */
  index: number;
  source: InputSource;
  onsetT: number;
  /** Deepest point; equals onsetT for press inputs, which have no depth. */
  peakT: number;
  /** When the chest came back near the level it started from (or the key/pointer went up). */
  releaseT: number;
  /** Peak displacement from rest. */
  depthMm: number | null;
  /** Lowest depth between this release and the next onset: 0 is full recoil, more is leaning. */
  residualMm: number | null;
  /** From the previous onset; null for the first compression and after a pause. */
  intervalMs: number | null;
  rateCpm: number | null;
  handOk: boolean | null;
  flags: CompressionFlag[];
}

/** Per-compression verdicts against the targets; only measured values can raise a flag. */
export function flagsFor(c: Compression, targets: CprTargets): CompressionFlag[] {
  const flags: CompressionFlag[] = [];
  if (c.depthMm !== null) {
    if (c.depthMm < targets.depthMm.min) flags.push('shallow');
    else if (c.depthMm > targets.depthMm.max) flags.push('deep');
  }
  if (c.residualMm !== null && c.residualMm > targets.recoilToleranceMm.value) flags.push('incompleteRecoil');
  if (c.handOk === false) flags.push('badHand');
  if (c.rateCpm !== null) {
    if (c.rateCpm < targets.rateCpm.min) flags.push('slow');
    else if (c.rateCpm > targets.rateCpm.max) flags.push('fast');
  }
  return flags;
}

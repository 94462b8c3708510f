import { TargetsError } from './errors';
import type { Patient, ProfileId, ProtocolProfile, SourceKey } from '../protocol/profile';

/** One scoring number with where it comes from, so a result can show which value applied and why. */
export interface TargetValue<T> {
  value: T;
  source: SourceKey[];
  /** The product's own choice or a (verify) item, not a guideline figure. */
  productChoice: boolean;
}

/** An inclusive band. */
export interface TargetBand {
  min: number;
  max: number;
  source: SourceKey[];
  productChoice: boolean;
}

/**
 * Everything the CPR engine scores against, flattened from a profile for one patient. Plain data,
 * stored with each result, so a result stays explainable even after the profile changes.
 * Durations are in ms here (the profile uses s) because the engine works in event timestamps.
 */
export interface CprTargets {
  profileId: ProfileId;
  profileVersion: string;
  patient: Patient;
  rescuers: 1 | 2;
  /** Compressions per minute, inclusive. */
  rateCpm: TargetBand;
  /** Scored depth band in mm, inclusive; `nominalMm` is the guideline's own statement. */
  depthMm: TargetBand & { nominalMm: number };
  recoilToleranceMm: TargetValue<number>;
  handZoneRadiusMm: TargetValue<number>;
  pauseThresholdMs: TargetValue<number>;
  maxInterruptionMs: TargetValue<number>;
  ratio: TargetValue<{ compressions: number; breaths: number }>;
  breathDurationMs: TargetValue<number>;
  /** Minimum chest-compression fraction, percent. */
  compressionFractionPct: TargetValue<number>;
}

export interface TargetsOptions {
  /** Two rescuers switch child and infant CPR to the two-rescuer ratio (15:2 in every profile). */
  rescuers?: 1 | 2;
}

function value<T>(v: T, source: readonly SourceKey[], productChoice: boolean | undefined): TargetValue<T> {
  return { value: v, source: [...source], productChoice: productChoice === true };
}

function positive(field: string, v: number): number {
  if (!Number.isFinite(v) || v <= 0) throw new TargetsError({ field, value: String(v) });
  return v;
}

function band(field: string, min: number, max: number): void {
  positive(`${field}.min`, min);
  positive(`${field}.max`, max);
  if (min > max) throw new TargetsError({ field, min, max });
}

/** Derives the scoring targets for one patient from a protocol profile. Throws TargetsError on broken data. */
export function targetsFor(profile: ProtocolProfile, patient: Patient, options: TargetsOptions = {}): CprTargets {
  const c = profile.compression;
  const rescuers = options.rescuers ?? 1;
  const rate = c.ratePerMin;
  band('rate', rate.min, rate.max);
  const depth = c.depth[patient];
  band('depth', depth.band.min, depth.band.max);
  const ratio =
    rescuers === 2 && patient !== 'adult' ? profile.ratio.twoRescuerChildInfant : profile.ratio.singleRescuer;
  positive('ratio.compressions', ratio.value.compressions);
  if (!Number.isInteger(ratio.value.breaths) || ratio.value.breaths < 0) {
    throw new TargetsError({ field: 'ratio.breaths', value: ratio.value.breaths });
  }
  // Recoil tolerance may legitimately be 0 ("back exactly to rest"), so only reject negatives.
  if (!Number.isFinite(c.recoilToleranceMm.value) || c.recoilToleranceMm.value < 0) {
    throw new TargetsError({ field: 'recoilToleranceMm', value: String(c.recoilToleranceMm.value) });
  }
  const s = (field: string, v: Sourced) => value(positive(field, v.value) * 1000, v.source, v.productChoice);
  return {
    profileId: profile.id,
    profileVersion: profile.version,
    patient,
    rescuers,
    rateCpm: { min: rate.min, max: rate.max, source: [...rate.source], productChoice: rate.productChoice === true },
    depthMm: {
      min: depth.band.min,
      max: depth.band.max,
      nominalMm: depth.nominalMm.value,
      source: [...depth.band.source],
      productChoice: depth.band.productChoice === true,
    },
    recoilToleranceMm: value(c.recoilToleranceMm.value, c.recoilToleranceMm.source, c.recoilToleranceMm.productChoice),
    handZoneRadiusMm: value(
      positive('handZoneRadiusMm', c.handZoneRadiusMm.value),
      c.handZoneRadiusMm.source,
      c.handZoneRadiusMm.productChoice,
    ),
    pauseThresholdMs: s('pauseThresholdS', profile.pauseThresholdS),
    maxInterruptionMs: s('maxInterruptionS', profile.maxInterruptionS),
    ratio: value({ ...ratio.value }, ratio.source, ratio.productChoice),
    breathDurationMs: s('breathDurationS', profile.breathDurationS),
    compressionFractionPct: value(
      positive('compressionFractionPct', profile.compressionFractionPct.value),
      profile.compressionFractionPct.source,
      profile.compressionFractionPct.productChoice,
    ),
  };
}

interface Sourced {
  value: number;
  source: SourceKey[];
  productChoice?: boolean;
}

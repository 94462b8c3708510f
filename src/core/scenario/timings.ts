/**
 * The pace of the simulated AED and of guided mode. None of these is a guideline number: they are
 * RescueDrill's choices, shown as such, picked to behave like a current training AED. The only
 * device timing clinical.md gives (re-analysis every 2 minutes) comes from the profile
 * (`aedReanalysisS`), not from here.
 */

export interface DeviceTimings {
  /** Rhythm analysis, from "analysing" to the verdict. */
  analysisMs: number;
  /** Charging after "shock advised", until the shock button flashes. */
  chargeMs: number;
  /** The device disarms when the flashing button is not pressed within this time. */
  shockReadyTimeoutMs: number;
}

/**
 * Analysis 5 s and charge 3 s are at the quick end of current AEDs. They are quick on purpose: with
 * a slower device (e.g. 10 s analysis, 7 s charge) no learner could keep the pre-shock pause under
 * the profiles' 10 s, and the result would blame the learner for the device.
 */
export const DEVICE_TIMINGS: Readonly<DeviceTimings> = Object.freeze({
  analysisMs: 5000,
  chargeMs: 3000,
  shockReadyTimeoutMs: 30000,
});

/** Guided mode: a hint after this long without a learner action. Product choice. */
export const HESITATION_MS = 6000;

/**
 * A breath counts when the airway is held at least this share of the profile's breath duration and at
 * most `BREATH_MAX_FACTOR` times it. The profiles say "about 1 s"; the tolerance is the product's
 * (the same half-duration floor as the CPR drill).
 */
export const BREATH_MIN_FACTOR = 0.5;
export const BREATH_MAX_FACTOR = 2;

/**
 * Live (in-engine) chest contact: a press, or a displacement of at least this many mm, is hands on
 * the chest; a rise to LIVE_COMPRESSION_MM counts one compression until the chest comes back below
 * LIVE_CONTACT_MM. The same thresholds as the CPR detector's onset and minimum stroke, so the live
 * count matches the scored count for clean strokes (the result always re-analyses with the detector).
 */
export const LIVE_CONTACT_MM = 5;
export const LIVE_COMPRESSION_MM = 10;

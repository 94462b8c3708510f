/**
 * Live coaching: turns the stream of completed compressions into at most one spoken/visual cue at a
 * time. A learner can act on one correction at once, so only the most important active problem is
 * cued, in CUE_PRIORITY order (rate first: it is what a learner can fix fastest, and the metronome
 * helps), and never more often than `minIntervalMs`.
 *
 * Hysteresis: a problem becomes active after `triggerCount` consecutive compressions show it and
 * clears after `clearCount` consecutive compressions without it, so one odd compression neither
 * starts nor stops a cue. Compressions whose value was not measured (no depth from a keyboard)
 * leave that problem's state untouched: the coach never cues what it cannot see.
 *
 * Time comes from the compressions themselves (release time) since core has no clock.
 */

import type { Compression, CompressionFlag } from './compression';
import type { MessageParams } from './errors';
import type { CprTargets } from './targets';

export const CORRECTION_CUES = [
  'cue.faster',
  'cue.slower',
  'cue.pushHarder',
  'cue.tooDeep',
  'cue.releaseFully',
  'cue.handPosition',
] as const;
export type CorrectionCueKey = (typeof CORRECTION_CUES)[number];
export type CueKey = CorrectionCueKey | 'cue.goodStreak';
export const CUE_KEYS: readonly CueKey[] = [...CORRECTION_CUES, 'cue.goodStreak'];
/** Most important first. */
export const CUE_PRIORITY: readonly CorrectionCueKey[] = CORRECTION_CUES;

export interface Cue {
  key: CueKey;
  params: MessageParams;
  /** Time the cue was decided, in the sample timebase. */
  t: number;
}

export interface CoachOptions {
  /** Minimum time between two cues. Default 3000 ms (a short spoken phrase plus time to react). */
  minIntervalMs?: number;
  mutedKeys?: Iterable<CueKey>;
  /** Consecutive compressions with a problem before it is cued. Default 3. */
  triggerCount?: number;
  /** Consecutive compressions without it before it clears. Default 3. */
  clearCount?: number;
  /** Consecutive compressions without any flag that earn `cue.goodStreak`. Default 15. */
  streakLength?: number;
}

export interface Coach {
  /** Feeds one completed compression; returns the cue to give now, if any. */
  push(c: Compression, nowT?: number): Cue | null;
  mute(key: CueKey): void;
  unmute(key: CueKey): void;
  /** Problems currently active, most important first (including muted ones). */
  readonly active: readonly CorrectionCueKey[];
  reset(): void;
}

const FLAG_OF: Readonly<Record<CorrectionCueKey, CompressionFlag>> = {
  'cue.faster': 'slow',
  'cue.slower': 'fast',
  'cue.pushHarder': 'shallow',
  'cue.tooDeep': 'deep',
  'cue.releaseFully': 'incompleteRecoil',
  'cue.handPosition': 'badHand',
};

/** Whether the compression could show the problem at all (null = not measured). */
function observed(key: CorrectionCueKey, c: Compression): boolean {
  switch (key) {
    case 'cue.faster':
    case 'cue.slower':
      return c.rateCpm !== null;
    case 'cue.pushHarder':
    case 'cue.tooDeep':
      return c.depthMm !== null;
    case 'cue.releaseFully':
      return c.residualMm !== null;
    case 'cue.handPosition':
      return c.handOk !== null;
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function paramsFor(key: CorrectionCueKey, c: Compression, t: CprTargets): MessageParams {
  switch (key) {
    case 'cue.faster':
    case 'cue.slower':
      return { cpm: Math.round(c.rateCpm ?? 0), min: t.rateCpm.min, max: t.rateCpm.max };
    case 'cue.pushHarder':
    case 'cue.tooDeep':
      return { mm: Math.round(c.depthMm ?? 0), min: t.depthMm.min, max: t.depthMm.max };
    case 'cue.releaseFully':
      return { mm: round1(c.residualMm ?? 0), toleranceMm: t.recoilToleranceMm.value };
    case 'cue.handPosition':
      return { radiusMm: t.handZoneRadiusMm.value };
  }
}

export function createCoach(targets: CprTargets, options: CoachOptions = {}): Coach {
  const minIntervalMs = options.minIntervalMs ?? 3000;
  const triggerCount = Math.max(1, options.triggerCount ?? 3);
  const clearCount = Math.max(1, options.clearCount ?? 3);
  const streakLength = Math.max(1, options.streakLength ?? 15);
  const muted = new Set<CueKey>(options.mutedKeys ?? []);

  const n = CORRECTION_CUES.length;
  const holding = new Array<number>(n).fill(0);
  const clearing = new Array<number>(n).fill(0);
  const isActive = new Array<boolean>(n).fill(false);
  let lastCueT = Number.NEGATIVE_INFINITY;
  let streak = 0;
  let praiseDue = false;

  const reset = () => {
    holding.fill(0);
    clearing.fill(0);
    isActive.fill(false);
    lastCueT = Number.NEGATIVE_INFINITY;
    streak = 0;
    praiseDue = false;
  };

  return {
    push(c: Compression, nowT: number = c.releaseT): Cue | null {
      for (let i = 0; i < n; i++) {
        const key = CORRECTION_CUES[i] as CorrectionCueKey;
        if (!observed(key, c)) continue;
        if (c.flags.includes(FLAG_OF[key])) {
          holding[i] = (holding[i] ?? 0) + 1;
          clearing[i] = 0;
          if ((holding[i] ?? 0) >= triggerCount) isActive[i] = true;
        } else {
          clearing[i] = (clearing[i] ?? 0) + 1;
          holding[i] = 0;
          if ((clearing[i] ?? 0) >= clearCount) isActive[i] = false;
        }
      }
      if (c.flags.length === 0) {
        streak++;
        if (streak % streakLength === 0) praiseDue = true;
      } else {
        streak = 0;
        praiseDue = false;
      }

      if (nowT - lastCueT < minIntervalMs) return null;
      let anyActive = false;
      for (let i = 0; i < n; i++) {
        if (!isActive[i]) continue;
        anyActive = true;
        const key = CORRECTION_CUES[i] as CorrectionCueKey;
        if (muted.has(key)) continue;
        lastCueT = nowT;
        return { key, params: paramsFor(key, c, targets), t: nowT };
      }
      // Praise only when nothing needs fixing, even if the correction that would apply is muted.
      if (praiseDue && !anyActive && !muted.has('cue.goodStreak')) {
        praiseDue = false;
        lastCueT = nowT;
        return { key: 'cue.goodStreak', params: { count: streak }, t: nowT };
      }
      return null;
    },
    mute(key: CueKey) {
      muted.add(key);
    },
    unmute(key: CueKey) {
      muted.delete(key);
    },
    get active(): readonly CorrectionCueKey[] {
      return CORRECTION_CUES.filter((_, i) => isActive[i] === true);
    },
    reset,
  };
}

/**
 * The examiner's sheet for one choking attempt, built with the shared `scoreSheet`: points per
 * item, critical errors, per-action placement/direction/speed figures, time to the first
 * effective action and, after a collapse, the CPR engine's metrics.
 */

import { analyzeAttempt, type AttemptMetrics } from '../cpr/metrics';
import { targetsFor } from '../cpr/targets';
import type { ChokingOrder, ProfileId } from '../protocol/profile';
import { scoreSheet, type CriticalErrorEvent, type ItemJudgement, type SkillItemDef, type SkillSheetResult } from '../skills/sheet';
import type { ChokingState } from './state';
import type { ChokingErrorId, ChokingItemId, ChokingMode, ChokingOutcome, Technique } from './types';
import type { GestureScore } from './gesture';

/** An item whose technique counts when at least this share of its actions were effective (product choice). */
export const QUALITY_MIN_PCT = 50;

export type OrderJudgement = 'profile' | 'otherProfile' | 'wrong' | 'none';

export interface StrikeFigure {
  index: number;
  /** ms from the start. */
  relMs: number;
  technique: Technique;
  input: GestureScore['input'];
  distanceMm: number | null;
  location: GestureScore['location'];
  motion: GestureScore['motion'];
  angleDeg: number | null;
  direction: GestureScore['direction'];
  contactMs: number;
  speedMmS: number | null;
  speed: GestureScore['speed'];
  postureOk: boolean;
  techniqueOk: boolean;
  effective: boolean;
}

export interface ChokingResult {
  scenarioId: string;
  scenarioVersion: string;
  profileId: ProfileId;
  profileVersion: string;
  mode: ChokingMode;
  seed: number;
  startT: number;
  finished: boolean;
  outcome: ChokingOutcome;
  /** The order this attempt was judged by, and how the learner's sequence compared. */
  order: ChokingOrder;
  orderJudgement: OrderJudgement;
  setSize: number;
  sheet: SkillSheetResult<ChokingItemId, ChokingErrorId>;
  strikes: StrikeFigure[];
  counts: Record<Technique, { total: number; effective: number }>;
  timeToFirstEffectiveMs: number | null;
  durationMs: number;
  /** The runs of blows ('b') and thrusts ('a') in order, e.g. [['b',5],['a',5]]. */
  runs: ['b' | 'a', number][];
  cpr: { compressions: number; metrics: AttemptMetrics | null } | null;
}

function runsOf(state: ChokingState): ['b' | 'a', number][] {
  const runs: ['b' | 'a', number][] = [];
  for (const s of state.strikes) {
    if (!s.techniqueOk) continue;
    const f = s.technique === 'backBlow' ? 'b' : 'a';
    const last = runs[runs.length - 1];
    if (last && last[0] === f) last[1] += 1;
    else runs.push([f, 1]);
  }
  return runs;
}

/**
 * The active profile's order decides; a sequence that follows the order another profile teaches is
 * shown but not scored (clinical.md: never score one profile's order wrong under another).
 * backBlowsFirst: starts with back blows. abdominalThrusts: thrusts, back blows only before them.
 */
export function judgeOrder(order: ChokingOrder, runs: readonly ['b' | 'a', number][], infant: boolean): OrderJudgement {
  if (runs.length === 0) return 'none';
  const startsWithBlows = runs[0]?.[0] === 'b';
  // Back blows (if any) and then thrusts only, never back to blows.
  const continuous = runs.length === 1 || (runs.length === 2 && runs[1]?.[0] === 'a');
  if (order === 'backBlowsFirst') {
    if (startsWithBlows) return 'profile';
    return !infant && continuous ? 'otherProfile' : 'wrong';
  }
  if (continuous) return 'profile';
  return startsWithBlows ? 'otherProfile' : 'wrong';
}

/** Every complete set had `size` actions; the last (cut short by the outcome) at most `size`. */
export function setsRight(runs: readonly ['b' | 'a', number][], size: number): boolean {
  return runs.every(([, n], i) => (i === runs.length - 1 ? n <= size : n === size));
}

const judge = (ok: boolean): ItemJudgement => (ok ? 'earned' : 'missed');

export function chokingResult(state: ChokingState): ChokingResult {
  const { scenario, profile } = state;
  const startT = state.startT;
  const strikes = state.strikes;
  const firstStrike = strikes[0];
  const runs = runsOf(state);
  const infant = scenario.kind === 'infant';
  const orderJudgement = judgeOrder(state.order, runs, infant);
  const counts: ChokingResult['counts'] = {
    backBlow: { total: 0, effective: 0 },
    abdominalThrust: { total: 0, effective: 0 },
    chestThrust: { total: 0, effective: 0 },
  };
  for (const s of strikes) {
    counts[s.technique].total += 1;
    if (s.effective) counts[s.technique].effective += 1;
  }
  const quality = (tq: Technique): ItemJudgement => {
    const c = counts[tq];
    return judge(c.total > 0 && (c.effective / c.total) * 100 >= QUALITY_MIN_PCT);
  };
  const before = (t: number | null, u: number | undefined) => t !== null && (u === undefined || t <= u);
  const firstOf = (tq: Technique) => strikes.find((s) => s.technique === tq);
  const ownNumber = profile.emergencyNumber.value;

  const j: Partial<Record<ChokingItemId, ItemJudgement>> = {};
  j.askChoking = state.askedT === null ? 'missed' : before(state.askedT, firstStrike?.t) ? 'earned' : 'outOfOrder';
  j.encourageCough = judge(state.encouraged > 0);
  j.callForHelp = judge(state.call !== null && state.call.number === ownNumber);
  if (infant) {
    const fb = firstOf('backBlow');
    j.posture = judge(fb !== undefined && fb.posture === 'infantFaceDownHeadLow');
    const ft = firstOf('chestThrust');
    j.turnOver = judge(ft !== undefined && ft.posture === 'infantFaceUpHeadLow');
  } else {
    j.posture = judge(firstStrike !== undefined && firstStrike.posture !== null && scenario.postures.right.includes(firstStrike.posture));
  }
  j.backBlows = quality('backBlow');
  j.abdominalThrusts = quality('abdominalThrust');
  j.chestThrusts = quality('chestThrust');
  j.order = orderJudgement === 'profile' ? 'earned' : orderJudgement === 'wrong' ? 'outOfOrder' : 'missed';
  j.setCounts = judge(orderJudgement === 'profile' && runs.length > 0 && setsRight(runs, state.setSize));
  // The infant technique: the profile's own statement decides (aha2025: heel of one hand).
  const tech = profile.compression.infantTechnique.value;
  j.infantHands = judge(state.hands !== null && (tech === 'twoFingers' ? state.hands === 'twoFingers' : state.hands === 'oneHand' || state.hands === 'twoThumb'));
  j.lowerToGround = judge(state.loweredT !== null);
  j.callEmergency = judge(state.emergencyCall !== null && state.emergencyCall.number === ownNumber);
  j.startCpr = judge(state.cpr.compressions >= profile.ratio.singleRescuer.value.compressions);
  const cprOpenings = state.openings.filter((o) => state.cpr.firstT !== null && o.t >= state.cpr.firstT);
  j.lookInMouth = judge(cprOpenings.length > 0 && cprOpenings.every((o) => o.looked));
  j.removeVisible = judge(state.outcome === 'removedFromMouth');

  // Items another profile's order or the profile's own choice leave unscored.
  const infantTechniqueChoice = profile.compression.infantTechnique.productChoice === true || tech === 'notSpecified';
  // A technique the object came out before (its turn never came) is not judged.
  const cleared = state.outcome === 'expelled' || state.outcome === 'clearedByCough';
  const notReached = (id: ChokingItemId): boolean => {
    if (!cleared) return false;
    if (id === 'backBlows') return counts.backBlow.total === 0;
    if (id === 'abdominalThrusts') return counts.abdominalThrust.total === 0;
    if (id === 'chestThrusts' || id === 'turnOver' || id === 'infantHands') return counts.chestThrust.total === 0;
    return false;
  };
  const items: SkillItemDef<ChokingItemId>[] = scenario.items.map((i) => {
    const unscored =
      notReached(i.id) ||
      ((i.id === 'order' || i.id === 'setCounts') && orderJudgement === 'otherProfile') ||
      (i.id === 'setCounts' && state.order !== 'backBlowsFirst') ||
      (i.id === 'infantHands' && infantTechniqueChoice);
    return unscored ? { ...i, notScoredFor: [...(i.notScoredFor ?? []), profile.id] } : i;
  });

  const errors: CriticalErrorEvent<ChokingErrorId>[] = [...state.errors];
  const endT = state.endT ?? state.now;
  if (state.collapsedT !== null && state.cpr.compressions === 0) errors.push({ id: 'noCpr', t: endT });
  const finished = state.outcome !== 'unfinished';
  const sheet = scoreSheet({
    items,
    criticalErrors: scenario.criticalErrors,
    profile: profile.id,
    judgements: j,
    errors,
    finished,
    passPct: scenario.passPct,
  });

  let cpr: ChokingResult['cpr'] = null;
  if (state.collapsedT !== null) {
    const samples = state.cpr.samples;
    const metrics =
      samples.length > 1
        ? analyzeAttempt(samples, targetsFor(profile, 'adult'), { breaths: state.breaths.map((b) => ({ startT: b.startT, endT: b.t })) })
        : null;
    cpr = { compressions: state.cpr.compressions, metrics };
  }

  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    profileId: profile.id,
    profileVersion: profile.version,
    mode: state.options.mode,
    seed: state.options.seed,
    startT,
    finished,
    outcome: state.outcome,
    order: state.order,
    orderJudgement,
    setSize: state.setSize,
    sheet,
    strikes: strikes.map((s) => ({
      index: s.index,
      relMs: s.t - startT,
      technique: s.technique,
      input: s.score.input,
      distanceMm: s.score.distanceMm,
      location: s.score.location,
      motion: s.score.motion,
      angleDeg: s.score.angleDeg,
      direction: s.score.direction,
      contactMs: s.score.contactMs,
      speedMmS: s.score.speedMmS,
      speed: s.score.speed,
      postureOk: s.postureOk,
      techniqueOk: s.techniqueOk,
      effective: s.effective,
    })),
    counts,
    timeToFirstEffectiveMs: state.firstEffectiveT === null ? null : state.firstEffectiveT - startT,
    durationMs: endT - startT,
    runs,
    cpr,
  };
}

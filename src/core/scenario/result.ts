/**
 * The examiner's result of an attempt, derived only from the final state (which the action log
 * reproduces): the checklist with points, critical errors, the timings that matter in an arrest,
 * a timeline against the profile's sequence, and the CPR quality metrics of the CPR engine.
 */

import { analyzeAttempt, type AttemptMetrics, type Cycle, type PlannedPause, type TimeSpan } from '../cpr/metrics';
import type { Compression } from '../cpr/compression';
import type { Sample } from '../cpr/sample';
import type { ArrestStepId, ProfileId } from '../protocol/profile';
import type { LocalizedText } from '../text';
import type { ErrorId } from './keys';
import { toArray } from './plist';
import { idealTechnique } from './policy';
import { inOrder, type ExamItem } from './sheet';
import type { AnalysisRecord, BreathRecord, ScenarioMode, ScenarioState, TimelineEvent } from './state';
import type { DeviceTimings } from './timings';
import type { ChecklistItemId, CriticalErrorId, Rhythm } from './types';

export type ItemStatus = 'earned' | 'missed' | 'outOfOrder' | 'notMeasured' | 'notScored' | 'notApplicable';

export interface ChecklistResult {
  id: ChecklistItemId;
  step: ArrestStepId;
  label: LocalizedText;
  points: number;
  earned: number;
  status: ItemStatus;
  /** The measured value behind a percentage item (0..100), where there is one. */
  valuePct: number | null;
}

export interface CriticalErrorResult {
  id: CriticalErrorId;
  label: LocalizedText;
  firstT: number;
  count: number;
}

/** Hands-off time around one AED analysis (and shock). */
export interface HandsOffInterval {
  analysis: number;
  rhythm: Rhythm;
  /** Release of the last compression before the analysis; null when CPR had not started. */
  lastCompressionT: number | null;
  analysisStartT: number;
  analysisEndT: number | null;
  shockT: number | null;
  /** Onset of the first compression after the shock, "no shock" or disarm; null if none followed. */
  resumeT: number | null;
  /** Last compression → shock. */
  preShockMs: number | null;
  /** Shock → first compression. */
  postShockMs: number | null;
  /** "No shock advised" → first compression. */
  postNoShockMs: number | null;
  /** Last compression → first compression after. */
  totalMs: number | null;
  /** Pads went on during this pause (a lone rescuer must stop CPR for that; not judged against the limit). */
  includesPadPlacement: boolean;
  preShockOk: boolean | null;
  postShockOk: boolean | null;
  postNoShockOk: boolean | null;
}

export interface ScenarioTimings {
  /** Collapse (witnessed) or arrival: the zero of every "ms" below. */
  originT: number;
  witnessed: boolean;
  toFirstCompressionMs: number | null;
  /** To the first call with the profile's emergency number. */
  toCallMs: number | null;
  toAedArrivalMs: number | null;
  toAedOnMs: number | null;
  toFirstShockMs: number | null;
  /** AED at the patient's side → first shock (clinical.md "useful measured outcomes"). */
  aedArrivalToShockMs: number | null;
  handsOff: HandsOffInterval[];
  /** Each pre-/post-shock pause should stay under this: the profile's maxInterruptionS. */
  targetMs: number;
}

export interface TimelineEntry {
  t: number;
  /** From the origin (collapse or arrival). */
  relMs: number;
  kind: TimelineEvent['kind'] | 'cpr';
  type: string;
  step: ArrestStepId | null;
  /** For CPR runs: end and number of compressions. */
  endT?: number;
  compressions?: number;
}

/** One entry of the profile's sequence with what the learner did. */
export interface IdealStep {
  step: ArrestStepId;
  position: number;
  firstT: number | null;
  relMs: number | null;
  inOrder: boolean | null;
}

export interface ScenarioResult {
  scenarioId: string;
  scenarioVersion: string;
  profileId: ProfileId;
  profileVersion: string;
  mode: ScenarioMode;
  seed: number;
  completed: boolean;
  passed: boolean;
  points: { earned: number; possible: number; pct: number };
  passThresholdPct: number;
  checklist: ChecklistResult[];
  criticalErrors: CriticalErrorResult[];
  errors: { id: ErrorId; t: number }[];
  timings: ScenarioTimings;
  timeline: { entries: TimelineEntry[]; ideal: IdealStep[] };
  /** CPR quality over the whole resuscitation, AED pauses and breaths passed as planned pauses. */
  cpr: AttemptMetrics | null;
  /** 30:2 cycles judged within each stretch of CPR between AED analyses. */
  cycles: Cycle[];
  deviceTimings: DeviceTimings;
  startT: number;
  endT: number;
}

function pct(n: number, of: number): number | null {
  return of === 0 ? null : (100 * n) / of;
}

function cprSpan(state: ScenarioState, samples: readonly Sample[]): { startT: number; endT: number } | null {
  const first = samples[0];
  if (first === undefined) return null;
  const last = samples[samples.length - 1] as Sample;
  return { startT: first.t, endT: Math.max(state.handoverT ?? state.endT ?? state.now, last.t) };
}

function plannedPauses(analyses: readonly AnalysisRecord[], endT: number): PlannedPause[] {
  const out: PlannedPause[] = [];
  for (const a of analyses) {
    const aEnd = a.endT ?? endT;
    out.push({ kind: 'analysis', startT: a.startT, endT: aEnd });
    if (a.rhythm === 'shockable' && a.endT !== null) out.push({ kind: 'shock', startT: a.endT, endT: a.shockT ?? a.cprDueT ?? endT });
  }
  return out;
}

/** Cycle adherence per stretch of CPR: the cycle the AED interrupts is unfinished, not wrong. */
function segmentCycles(
  samples: readonly Sample[],
  state: ScenarioState,
  breaths: readonly TimeSpan[],
  span: { startT: number; endT: number },
): Cycle[] {
  const bounds: { startT: number; endT: number }[] = [];
  let from = span.startT;
  for (const a of state.analyses) {
    bounds.push({ startT: from, endT: a.startT });
    from = a.endT ?? a.startT;
  }
  bounds.push({ startT: from, endT: span.endT });
  const out: Cycle[] = [];
  for (const b of bounds) {
    if (b.endT <= b.startT) continue;
    const inSeg = breaths.filter((x) => x.startT >= b.startT && x.endT <= b.endT);
    const m = analyzeAttempt(samples, state.ctx.targets, { breaths: inSeg, startT: b.startT, endT: b.endT });
    if (m.cycles !== null) out.push(...m.cycles.cycles);
  }
  return out;
}

function firstOnsetAfter(compressions: readonly Compression[], t: number): number | null {
  for (const c of compressions) if (c.onsetT >= t) return c.onsetT;
  return null;
}

function lastReleaseBefore(compressions: readonly Compression[], t: number): number | null {
  let r: number | null = null;
  for (const c of compressions) if (c.onsetT < t) r = c.releaseT;
  return r;
}

function handsOffIntervals(state: ScenarioState, compressions: readonly Compression[], limit: number): HandsOffInterval[] {
  const events = toArray(state.events);
  return state.analyses.map((a) => {
    const lastT = lastReleaseBefore(compressions, a.startT);
    const resumeFrom = a.shockT ?? a.cprDueT;
    const resumeT = resumeFrom === null ? null : firstOnsetAfter(compressions, resumeFrom);
    const preShockMs = a.shockT !== null && lastT !== null ? a.shockT - lastT : null;
    const postShockMs = a.shockT !== null && resumeT !== null ? resumeT - a.shockT : null;
    const noShock = a.rhythm === 'nonShockable' && a.cprDueT !== null;
    const postNoShockMs = noShock && resumeT !== null ? resumeT - (a.cprDueT as number) : null;
    const from = lastT ?? Number.NEGATIVE_INFINITY;
    const includesPadPlacement = events.some((e) => e.type === 'placePad' && e.t > from && e.t <= a.startT);
    return {
      analysis: a.index,
      rhythm: a.rhythm,
      lastCompressionT: lastT,
      analysisStartT: a.startT,
      analysisEndT: a.endT,
      shockT: a.shockT,
      resumeT,
      preShockMs,
      postShockMs,
      postNoShockMs,
      totalMs: lastT !== null && resumeT !== null ? resumeT - lastT : null,
      includesPadPlacement,
      preShockOk: preShockMs === null ? null : preShockMs < limit,
      postShockOk: a.shockT === null ? null : postShockMs !== null && postShockMs < limit,
      postNoShockOk: noShock ? postNoShockMs !== null && postNoShockMs < limit : null,
    };
  });
}

function breathGroupsOk(breaths: readonly BreathRecord[], needed: number): { ok: number; groups: number } {
  const groups = new Map<number, BreathRecord[]>();
  for (const b of breaths) {
    if (!b.afterCompressions) continue;
    const g = groups.get(b.group) ?? [];
    g.push(b);
    groups.set(b.group, g);
  }
  let ok = 0;
  for (const g of groups.values()) if (g.length === needed && g.every((b) => b.effective)) ok++;
  return { ok, groups: groups.size };
}

interface Judgement {
  status: ItemStatus;
  valuePct?: number | null;
}

function byPct(value: number | null, min: number): Judgement {
  if (value === null) return { status: 'notMeasured', valuePct: null };
  return { status: value >= min ? 'earned' : 'missed', valuePct: value };
}

const yes = (b: boolean): Judgement => ({ status: b ? 'earned' : 'missed' });

function judge(
  item: ExamItem,
  state: ScenarioState,
  metrics: AttemptMetrics | null,
  cycles: readonly Cycle[],
  handsOff: readonly HandsOffInterval[],
  breaths: readonly BreathRecord[],
): Judgement {
  const ctx = state.ctx;
  const min = item.minPct ?? 0;
  const analyses = state.analyses;
  const shocks = analyses.filter((a) => a.shockT !== null);
  switch (item.id) {
    case 'checkScene':
      return yes(state.scene.checkedT !== null);
    case 'moveFromHazard': {
      const first = analyses[0]?.startT ?? Number.POSITIVE_INFINITY;
      return yes(state.scene.movedT !== null && state.scene.movedT < first);
    }
    case 'tapAndShout':
      return yes((state.performed.checkResponse?.length ?? 0) > 0);
    case 'callEmergency':
      return yes(state.call.correctT !== null);
    case 'askForAed':
      return yes(state.call.aedRequestedT !== null);
    case 'nameBystander':
      return yes(state.call.named);
    case 'checkBreathing': {
      const r = ctx.profile.breathingCheckS;
      return yes(state.breathingChecks.some((c) => c.endT - c.startT >= r.min * 1000 && c.endT - c.startT <= r.max * 1000));
    }
    case 'noteTime':
      return yes((state.performed.noteTime?.length ?? 0) > 0);
    case 'positionPatient':
      return yes((state.performed.position?.length ?? 0) > 0);
    case 'compressionsStarted':
      return yes(state.cpr.firstT !== null);
    case 'infantTechnique': {
      if (!item.scored) return { status: 'notScored' };
      const used = state.cpr.techniqueAtFirst;
      const want = idealTechnique(state);
      const ok = want === 'twoThumb' ? used === 'twoThumb' || used === 'oneHand' : used === want;
      return yes(ok);
    }
    case 'compressionRate':
      return byPct(metrics?.rate.pctInRange ?? null, min);
    case 'compressionDepth':
      return byPct(metrics?.depth.pctInRange ?? null, min);
    case 'compressionRecoil':
      return byPct(metrics?.recoil.pctFull ?? null, min);
    case 'handPosition':
      return byPct(metrics?.hands.pctCorrect ?? null, min);
    case 'compressionFraction':
      if (metrics === null) return { status: 'missed', valuePct: null };
      return byPct(metrics.fraction.pct, item.minPct ?? ctx.targets.compressionFractionPct.value);
    case 'cycleRatio': {
      const v = pct(cycles.filter((c) => c.ok).length, cycles.length);
      return v === null ? { status: 'missed', valuePct: null } : byPct(v, min);
    }
    case 'openAirway':
      return yes((state.performed.openAirway?.length ?? 0) > 0);
    case 'breaths': {
      const g = breathGroupsOk(breaths, ctx.targets.ratio.value.breaths);
      const v = pct(g.ok, g.groups);
      return v === null ? { status: 'missed', valuePct: null } : byPct(v, min);
    }
    case 'aedPowerOn':
      return yes(state.aed.poweredT !== null);
    case 'padsChoice':
      return yes(state.aed.padKindAtFirst === ctx.scenario.aed.expectedPads.value);
    case 'prepareChest': {
      const p = state.chest.prepAtFirstPad;
      return yes(p !== null && p.dry && p.shaved && p.patchRemoved);
    }
    case 'padPlacement':
      return yes(analyses[0]?.placement.accepted === true);
    case 'plugConnector':
      return yes(state.aed.connector && analyses.length > 0);
    case 'clearDuringAnalysis':
      return yes(analyses.length > 0 && analyses.every((a) => a.learnerTouchedT === null && !a.bystanderNotCleared));
    case 'standClearBeforeShock':
      return yes(shocks.length > 0 && shocks.every((a) => !a.shockWhileTouching));
    case 'deliverShock': {
      const advised = analyses.filter((a) => a.rhythm === 'shockable' && a.endT !== null);
      return yes(advised.length > 0 && advised.every((a) => a.shockT !== null));
    }
    case 'preShockPause': {
      const judged = handsOff.filter((h) => h.preShockOk !== null && !h.includesPadPlacement);
      if (judged.length === 0) return { status: 'notApplicable' };
      return yes(judged.every((h) => h.preShockOk === true));
    }
    case 'postShockPause': {
      const judged = handsOff.filter((h) => h.shockT !== null);
      return yes(judged.length > 0 && judged.every((h) => h.postShockOk === true));
    }
    case 'resumeAfterNoShock': {
      const judged = handsOff.filter((h) => h.postNoShockOk !== null);
      return yes(judged.length > 0 && judged.every((h) => h.postNoShockOk === true));
    }
    case 'reassess':
      return yes(state.reassessT !== null);
  }
}

function cprRuns(compressions: readonly Compression[], gapMs: number): { startT: number; endT: number; n: number }[] {
  const runs: { startT: number; endT: number; n: number }[] = [];
  for (const c of compressions) {
    const last = runs[runs.length - 1];
    if (last !== undefined && c.onsetT - last.endT <= gapMs) {
      last.endT = c.releaseT;
      last.n++;
    } else runs.push({ startT: c.onsetT, endT: c.releaseT, n: 1 });
  }
  return runs;
}

export function scenarioResult(state: ScenarioState): ScenarioResult {
  const ctx = state.ctx;
  const sheet = ctx.sheet;
  const origin = state.startT;
  const samples = toArray(state.samples).flat();
  const breaths = toArray(state.breaths);
  const breathSpans: TimeSpan[] = breaths.map((b) => ({ startT: b.startT, endT: b.endT }));
  const span = cprSpan(state, samples);
  const metrics =
    span === null
      ? null
      : analyzeAttempt(samples, ctx.targets, {
          breaths: breathSpans.filter((b) => b.startT >= span.startT && b.endT <= span.endT),
          plannedPauses: plannedPauses(state.analyses, span.endT),
          startT: span.startT,
          endT: span.endT,
        });
  const cycles = span === null ? [] : segmentCycles(samples, state, breathSpans, span);
  const limit = ctx.targets.maxInterruptionMs.value;
  const compressions = metrics?.compressions ?? [];
  const handsOff = handsOffIntervals(state, compressions, limit);

  const checklist: ChecklistResult[] = sheet.items.map((item) => {
    const j = judge(item, state, metrics, cycles, handsOff, breaths);
    let status = j.status;
    if (status === 'earned' && item.orderSensitive && !inOrder(item.step, state.performed, sheet.prerequisites)) status = 'outOfOrder';
    const counts = item.scored && status !== 'notMeasured' && status !== 'notScored' && status !== 'notApplicable';
    return {
      id: item.id,
      step: item.step,
      label: item.label,
      points: counts ? item.points : 0,
      earned: status === 'earned' && counts ? item.points : 0,
      status,
      valuePct: j.valuePct ?? null,
    };
  });
  const earned = checklist.reduce((s, c) => s + c.earned, 0);
  const possible = checklist.reduce((s, c) => s + c.points, 0);
  const pointsPct = possible === 0 ? 0 : (100 * earned) / possible;

  const listed = new Map(sheet.criticalErrors.map((c) => [c.id, c.label]));
  const criticalErrors: CriticalErrorResult[] = [];
  for (const c of state.critical) {
    const label = listed.get(c.id);
    if (label === undefined) continue;
    const existing = criticalErrors.find((x) => x.id === c.id);
    if (existing !== undefined) existing.count++;
    else criticalErrors.push({ id: c.id, label, firstT: c.t, count: 1 });
  }

  const firstShock = state.analyses.find((a) => a.shockT !== null)?.shockT ?? null;
  const firstCompression = compressions[0]?.onsetT ?? state.cpr.firstT;
  const rel = (t: number | null) => (t === null ? null : t - origin);
  const timings: ScenarioTimings = {
    originT: origin,
    witnessed: ctx.scenario.witnessed,
    toFirstCompressionMs: rel(firstCompression),
    toCallMs: rel(state.call.correctT),
    toAedArrivalMs: rel(state.aed.arrivedT),
    toAedOnMs: rel(state.aed.poweredT),
    toFirstShockMs: rel(firstShock),
    aedArrivalToShockMs: firstShock !== null && state.aed.arrivedT !== null ? firstShock - state.aed.arrivedT : null,
    handsOff,
    targetMs: limit,
  };

  const entries: TimelineEntry[] = toArray(state.events)
    .filter((e) => e.type !== 'firstCompression')
    .map((e) => ({ t: e.t, relMs: e.t - origin, kind: e.kind, type: e.type, step: e.step }));
  for (const r of cprRuns(compressions, ctx.targets.pauseThresholdMs.value)) {
    entries.push({ t: r.startT, relMs: r.startT - origin, kind: 'cpr', type: 'compressions', step: 'compressions', endT: r.endT, compressions: r.n });
  }
  entries.sort((a, b) => a.t - b.t);
  const ideal: IdealStep[] = sheet.stepOrder.map((step, position) => {
    const firstT = state.performed[step]?.[0] ?? null;
    return {
      step,
      position,
      firstT,
      relMs: rel(firstT),
      inOrder: firstT === null ? null : inOrder(step, state.performed, sheet.prerequisites),
    };
  });

  const endT = state.endT ?? state.now;
  const completed = state.phase === 'done' && state.completed;
  return {
    scenarioId: ctx.scenario.id,
    scenarioVersion: ctx.scenario.version,
    profileId: ctx.profile.id,
    profileVersion: ctx.profile.version,
    mode: ctx.mode,
    seed: ctx.seed,
    completed,
    passed: completed && criticalErrors.length === 0 && pointsPct >= sheet.passThresholdPct,
    points: { earned, possible, pct: pointsPct },
    passThresholdPct: sheet.passThresholdPct,
    checklist,
    criticalErrors,
    errors: state.errors.map((e) => ({ id: e.id, t: e.t })),
    timings,
    timeline: { entries, ideal },
    cpr: metrics,
    cycles,
    deviceTimings: { ...ctx.timings },
    startT: origin,
    endT,
  };
}

/**
 * After-attempt tips: the 2-3 most useful concrete things to change, as message keys with numbers.
 * Candidates are ranked by the score points they cost (weight × share missed), so the tip that would
 * raise the score most comes first; a tip needs to cost at least MIN_TIP_POINTS to be worth saying.
 * When fewer than two problems qualify, encouragement fills the list.
 */

import type { Message } from './errors';
import type { AttemptMetrics } from './metrics';
import type { ScoreComponentId } from './score';

export const TIP_KEYS = [
  'tip.startCompressions',
  'tip.speedUp',
  'tip.slowDown',
  'tip.steadyRhythm',
  'tip.pushDeeper',
  'tip.lessDeep',
  'tip.letChestRise',
  'tip.handsCentre',
  'tip.shortenPauses',
  'tip.noIdleTime',
  'tip.keepDepthLate',
  'tip.keepItUp',
  'tip.rateReminder',
] as const;
export type TipKey = (typeof TIP_KEYS)[number];
export type Tip = Message<TipKey>;

/** A problem costing fewer score points than this is not worth a tip. */
export const MIN_TIP_POINTS = 2;
/** Mean depth dropping this much from the first to the last minute counts as fatigue. */
export const FATIGUE_DROP_MM = 5;

const round1 = (x: number) => Math.round(x * 10) / 10;

function meanOf(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function tipsFor(m: AttemptMetrics): Tip[] {
  const t = m.targets;
  if (m.compressionCount === 0) {
    return [{ key: 'tip.startCompressions' }, { key: 'tip.rateReminder', params: { min: t.rateCpm.min, max: t.rateCpm.max } }];
  }
  const lost = (id: ScoreComponentId): number => {
    const c = m.score.components.find((x) => x.id === id);
    return c === undefined || c.value === null ? 0 : 100 * c.effectiveWeight * (1 - c.value);
  };
  const candidates: { tip: Tip; points: number }[] = [];

  const median = m.rate.medianCpm;
  if (median !== null) {
    let tip: Tip;
    if (median < t.rateCpm.min) tip = { key: 'tip.speedUp', params: { cpm: Math.ceil(t.rateCpm.min - median), min: t.rateCpm.min, max: t.rateCpm.max } };
    else if (median > t.rateCpm.max) tip = { key: 'tip.slowDown', params: { cpm: Math.ceil(median - t.rateCpm.max), min: t.rateCpm.min, max: t.rateCpm.max } };
    else tip = { key: 'tip.steadyRhythm', params: { min: t.rateCpm.min, max: t.rateCpm.max } };
    candidates.push({ tip, points: lost('rate') });
  }

  const shallowDepths: number[] = [];
  const deepDepths: number[] = [];
  for (const c of m.compressions) {
    if (c.depthMm === null) continue;
    if (c.depthMm < t.depthMm.min) shallowDepths.push(c.depthMm);
    else if (c.depthMm > t.depthMm.max) deepDepths.push(c.depthMm);
  }
  if (shallowDepths.length + deepDepths.length > 0) {
    const tip: Tip =
      shallowDepths.length >= deepDepths.length
        ? { key: 'tip.pushDeeper', params: { mm: Math.max(1, Math.ceil(t.depthMm.min - (meanOf(shallowDepths) ?? 0))), min: t.depthMm.min } }
        : { key: 'tip.lessDeep', params: { mm: Math.max(1, Math.ceil((meanOf(deepDepths) ?? 0) - t.depthMm.max)), max: t.depthMm.max } };
    candidates.push({ tip, points: lost('depth') });
  }

  candidates.push({ tip: { key: 'tip.letChestRise', params: { toleranceMm: t.recoilToleranceMm.value } }, points: lost('recoil') });
  candidates.push({ tip: { key: 'tip.handsCentre', params: { radiusMm: t.handZoneRadiusMm.value } }, points: lost('hands') });

  // Pauses cost through the fraction, but a single unplanned or overlong pause is worth a tip on its own.
  const longest = Math.max(m.longestPauseMs, m.interruptionsTooLong > 0 ? m.longestInterruptionMs : 0);
  const pausePoints = Math.max(lost('fraction'), m.unplannedPauseCount + m.interruptionsTooLong > 0 ? MIN_TIP_POINTS : 0);
  // Hands-off time before the first or after the last compression is not a pause between
  // compressions, so it gets its own tip rather than "your longest pause was 0 s".
  const idleMs = Math.max(m.fraction.leadInMs ?? 0, m.fraction.tailMs ?? 0);
  if (longest > 0) {
    candidates.push({
      tip: { key: 'tip.shortenPauses', params: { s: round1(longest / 1000), limitS: round1(t.pauseThresholdMs.value / 1000) } },
      points: pausePoints,
    });
  } else if (pausePoints > 0 && idleMs > 0) {
    candidates.push({ tip: { key: 'tip.noIdleTime', params: { s: round1(idleMs / 1000) } }, points: pausePoints });
  }

  const withDepth = m.windows.filter((w) => w.meanDepthMm !== null && w.compressions > 0);
  const firstW = withDepth[0];
  const lastW = withDepth[withDepth.length - 1];
  if (withDepth.length >= 3 && firstW !== undefined && lastW !== undefined) {
    const drop = (firstW.meanDepthMm ?? 0) - (lastW.meanDepthMm ?? 0);
    if (drop >= FATIGUE_DROP_MM) {
      candidates.push({ tip: { key: 'tip.keepDepthLate', params: { mm: Math.round(drop) } }, points: MIN_TIP_POINTS });
    }
  }

  const tips = candidates
    .filter((c) => c.points >= MIN_TIP_POINTS)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.tip);
  if (tips.length < 2) tips.push({ key: 'tip.keepItUp', params: { score: m.score.score } });
  if (tips.length < 2) tips.push({ key: 'tip.rateReminder', params: { min: t.rateCpm.min, max: t.rateCpm.max } });
  return tips;
}

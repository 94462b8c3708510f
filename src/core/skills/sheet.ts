/**
 * The exam-sheet model shared by every skill module (choking, bleeding, bandaging, splinting):
 * points per item, critical errors that fail the attempt whatever the points, and a pass mark.
 * The cardiac-arrest scenarios keep their own richer sheet (order rules, CPR metrics) in
 * `../scenario`; its `ItemStatus` vocabulary is reused here so result screens read both alike.
 */

import type { ProfileId } from '../protocol/profile';
import type { ItemStatus } from '../scenario/result';
import type { LocalizedText } from '../text';

export type { ItemStatus };

export interface SkillItemDef<Id extends string = string> {
  id: Id;
  points: number;
  label: LocalizedText;
  /** Only on these profiles' sheets; absent means every profile. */
  profiles?: readonly ProfileId[];
  /** Where profiles disagree the point is shown but left out of the score (and out of exams). */
  notScoredFor?: readonly ProfileId[];
}

export interface SkillCriticalErrorDef<Id extends string = string> {
  id: Id;
  label: LocalizedText;
}

/** What the machine observed for one item; the sheet turns it into points. */
export type ItemJudgement = 'earned' | 'missed' | 'outOfOrder' | 'notMeasured';

export interface SkillItemResult<Id extends string = string> {
  id: Id;
  label: LocalizedText;
  points: number;
  earned: number;
  status: ItemStatus;
}

export interface SkillCriticalErrorResult<Id extends string = string> {
  id: Id;
  label: LocalizedText;
  firstT: number;
  count: number;
}

export interface SkillSheetResult<I extends string = string, E extends string = string> {
  items: SkillItemResult<I>[];
  criticalErrors: SkillCriticalErrorResult<E>[];
  earned: number;
  possible: number;
  /** Earned / possible × 100, rounded; 0 when nothing was possible. */
  pct: number;
  passed: boolean;
}

export interface CriticalErrorEvent<E extends string = string> {
  id: E;
  t: number;
}

/** The items that apply under `profile`, in sheet order. */
export function itemsFor<I extends string>(items: readonly SkillItemDef<I>[], profile: ProfileId): SkillItemDef<I>[] {
  return items.filter((i) => !i.profiles || i.profiles.includes(profile));
}

/**
 * Scores a sheet. Items without a judgement count as missed; `notMeasured` and profile-disputed
 * items leave the possible total. An attempt passes when it reached its end, made no critical
 * error and earned at least `passPct` of the possible points.
 */
export function scoreSheet<I extends string, E extends string>(args: {
  items: readonly SkillItemDef<I>[];
  criticalErrors: readonly SkillCriticalErrorDef<E>[];
  profile: ProfileId;
  judgements: Partial<Record<I, ItemJudgement>>;
  errors: readonly CriticalErrorEvent<E>[];
  finished: boolean;
  passPct: number;
}): SkillSheetResult<I, E> {
  const items = itemsFor(args.items, args.profile).map((def): SkillItemResult<I> => {
    const disputed = def.notScoredFor?.includes(args.profile) ?? false;
    const judged = args.judgements[def.id] ?? 'missed';
    const status: ItemStatus = disputed ? 'notScored' : judged;
    const counts = status !== 'notScored' && status !== 'notMeasured';
    return { id: def.id, label: def.label, points: counts ? def.points : 0, earned: status === 'earned' ? def.points : 0, status };
  });
  const criticalErrors: SkillCriticalErrorResult<E>[] = [];
  for (const e of args.errors) {
    const seen = criticalErrors.find((c) => c.id === e.id);
    if (seen) seen.count += 1;
    else {
      const def = args.criticalErrors.find((d) => d.id === e.id);
      if (def) criticalErrors.push({ id: e.id, label: def.label, firstT: e.t, count: 1 });
    }
  }
  const earned = items.reduce((s, i) => s + i.earned, 0);
  const possible = items.reduce((s, i) => s + i.points, 0);
  const pct = possible > 0 ? Math.round((earned / possible) * 100) : 0;
  return { items, criticalErrors, earned, possible, pct, passed: args.finished && criticalErrors.length === 0 && pct >= args.passPct };
}

import type { RollerDef, RollerErrorId, RollerItemId, RollerTechnique } from '../../core/firstaid';
import type { SkillCriticalErrorDef, SkillItemDef } from '../../core/skills';
import { ARM, HEAD, LEG } from './parts';

/**
 * Roller-bandage exercises, one per technique (clinical.md "Bandaging (包扎) and fixation", CRC):
 * circular on the wrist, spiral on the forearm, spiral reverse on the calf, figure-of-eight on the
 * elbow, recurrent on the head. Bandage widths, wound positions and points are product choices.
 */

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const ITEM: Readonly<Record<RollerItemId, SkillItemDef<RollerItemId>>> = {
  circulationBefore: { id: 'circulationBefore', points: 1, label: L('包扎前检查末梢血液循环', 'Checked circulation before bandaging') },
  anchorStart: { id: 'anchorStart', points: 2, label: L('以环形包扎开始（两圈重叠）', 'Started with circular turns (two, overlapping)') },
  fullOverlap: { id: 'fullOverlap', points: 4, label: L('环形：每圈完全重叠（至少三圈）', 'Circular: every turn fully overlaps (at least three)') },
  spiralOverlap: { id: 'spiralOverlap', points: 4, label: L('每圈压住上一圈的 1/3–2/3', 'Each turn covers ⅓–⅔ of the last') },
  distalToProximal: { id: 'distalToProximal', points: 2, label: L('由远心端向近心端包扎', 'Worked from the far end towards the trunk') },
  reversalsInLine: { id: 'reversalsInLine', points: 3, label: L('反折处排成一线', 'Reversals in line') },
  reversalsOffWound: { id: 'reversalsOffWound', points: 2, label: L('反折不在伤口或骨突上', 'Reversals not over the wound or a bony point') },
  crossesJoint: { id: 'crossesJoint', points: 4, label: L('8 字交叉在关节屈侧', 'Figure-of-eight crosses over the joint\'s flexion side') },
  returnsCoverEnd: { id: 'returnsCoverEnd', points: 4, label: L('回返覆盖整个顶端', 'Returns cover the whole end') },
  returnsAnchored: { id: 'returnsAnchored', points: 2, label: L('回返由环形包扎固定', 'Returns held by circular turns') },
  anchorFinish: { id: 'anchorFinish', points: 2, label: L('以环形包扎结束（两圈重叠）', 'Finished with circular turns (two, overlapping)') },
  dressingCovered: { id: 'dressingCovered', points: 2, label: L('敷料被完全覆盖', 'The dressing is covered') },
  tipsVisible: { id: 'tipsVisible', points: 2, label: L('露出指（趾）端以观察血液循环', 'Fingertips or toes left visible') },
  knotOffWound: { id: 'knotOffWound', points: 2, label: L('结或扣不在伤口上', 'Knot or clip not on the wound') },
  knotNotInner: { id: 'knotNotInner', points: 1, label: L('结或扣不在肢体内侧', 'Knot or clip not on the inner side of the limb') },
  circulationAfter: { id: 'circulationAfter', points: 1, label: L('包扎后再次检查血液循环', 'Checked circulation again afterwards') },
};

const ERRORS: readonly SkillCriticalErrorDef<RollerErrorId>[] = [
  { id: 'dressingExposed', label: L('敷料未被覆盖', 'The dressing is left exposed') },
  { id: 'knotOnWound', label: L('结打在伤口上', 'Knot or clip on the wound') },
  { id: 'knotLoose', label: L('绷带未固定（结或扣不在绷带上）', 'Bandage not fastened (no knot or clip on it)') },
];

const TECHNIQUE_ITEMS: Readonly<Record<RollerTechnique, RollerItemId[]>> = {
  circular: ['fullOverlap'],
  spiral: ['anchorStart', 'spiralOverlap', 'distalToProximal', 'anchorFinish'],
  spiralReverse: ['anchorStart', 'spiralOverlap', 'distalToProximal', 'reversalsInLine', 'reversalsOffWound', 'anchorFinish'],
  figureEight: ['anchorStart', 'crossesJoint', 'anchorFinish'],
  recurrent: ['anchorStart', 'returnsCoverEnd', 'returnsAnchored', 'anchorFinish'],
};

function items(technique: RollerTechnique, limb: boolean): SkillItemDef<RollerItemId>[] {
  // Circulation is checked at the fingertips or toes (clinical.md), so only on a limb.
  const ids: RollerItemId[] = [...(limb ? (['circulationBefore'] as const) : []), ...TECHNIQUE_ITEMS[technique], 'dressingCovered'];
  if (limb) ids.push('tipsVisible');
  ids.push('knotOffWound');
  if (limb) ids.push('knotNotInner', 'circulationAfter');
  return ids.map((id) => ITEM[id]);
}

export const ROLLER_EXERCISES: Readonly<Record<RollerTechnique, RollerDef>> = {
  circular: {
    id: 'circular',
    version: '1',
    technique: 'circular',
    title: L('环形包扎（腕部）', 'Circular bandage (wrist)'),
    brief: L('每一圈完全压住上一圈，用于腕部、额部等粗细均匀的小部位，也是每种绷带包扎的起止方法。', 'Each turn lies exactly over the last: for the wrist or forehead, and the start and finish of every roller bandage.'),
    part: ARM,
    bandageWidth: 50,
    wound: { x0: 178, x1: 196, y0: -14, y1: 14 },
    dressing: { from: 172, to: 203 },
    items: items('circular', true),
    criticalErrors: ERRORS,
    passPct: 80,
  },
  spiral: {
    id: 'spiral',
    version: '1',
    technique: 'spiral',
    title: L('螺旋包扎（前臂）', 'Spiral bandage (forearm)'),
    brief: L('先环形两圈，再由远向近斜行缠绕，每圈压住上一圈的 1/3–2/3，最后环形两圈。', 'Two circular turns, then climb towards the trunk with each turn covering ⅓–⅔ of the last, then two circular turns.'),
    part: ARM,
    bandageWidth: 50,
    wound: { x0: 285, x1: 325, y0: -15, y1: 15 },
    dressing: { from: 265, to: 345 },
    items: items('spiral', true),
    criticalErrors: ERRORS,
    passPct: 80,
  },
  spiralReverse: {
    id: 'spiralReverse',
    version: '1',
    technique: 'spiralReverse',
    title: L('螺旋反折包扎（小腿）', 'Spiral reverse bandage (calf)'),
    brief: L('用于粗细不均的肢体：每圈在同一侧反折，反折排成一线，避开伤口和骨突。', 'For a tapering limb: fold each turn back on the same side, the folds in a line, away from the wound and bony points.'),
    part: LEG,
    bandageWidth: 60,
    wound: { x0: 380, x1: 430, y0: -20, y1: 20 },
    dressing: { from: 360, to: 450 },
    items: items('spiralReverse', true),
    criticalErrors: ERRORS,
    passPct: 80,
  },
  figureEight: {
    id: 'figureEight',
    version: '1',
    technique: 'figureEight',
    title: L('8 字包扎（肘部）', 'Figure-of-eight bandage (elbow)'),
    brief: L('在关节下方环形两圈起始，斜行上下交替，交叉点在关节屈侧，最后在关节上方环形两圈。', 'Start with two circular turns below the joint, cross up and down alternately over the flexion side, finish with two circular turns above it.'),
    part: ARM,
    bandageWidth: 50,
    joint: { from: 430, to: 470 },
    wound: { x0: 441, x1: 459, y0: -12, y1: 12 },
    dressing: { from: 428, to: 472 },
    items: items('figureEight', true),
    criticalErrors: ERRORS,
    passPct: 80,
  },
  recurrent: {
    id: 'recurrent',
    version: '1',
    technique: 'recurrent',
    title: L('回返包扎（头部）', 'Recurrent bandage (head)'),
    brief: L('环形两圈后，绷带来回反折覆盖头顶，最后环形两圈压住回返的两端。', 'Two circular turns, then returns back and forth over the top of the head, then two circular turns holding their ends.'),
    part: HEAD,
    bandageWidth: 50,
    wound: { x0: 10, x1: 50, y0: -20, y1: 20 },
    dressing: { from: 0, to: 60 },
    items: items('recurrent', false),
    criticalErrors: ERRORS,
    passPct: 80,
  },
};

/**
 * What an examiner checks on a roller bandage (clinical.md "Bandaging (包扎) and fixation", CRC),
 * computed from the detected turns. Every check is a pure function of the part, the exercise and
 * the strokes; the step machine in `rollerMachine.ts` turns them into an exam sheet.
 */

import { inRect, onInnerSide, type BodyPart, type Point, type Rect, type Span } from './body';
import { crossing, detectTurns, overlapRatio, turnBand, type Stroke, type Turn } from './turns';

export const ROLLER_TECHNIQUES = ['circular', 'spiral', 'spiralReverse', 'figureEight', 'recurrent'] as const;
export type RollerTechnique = (typeof ROLLER_TECHNIQUES)[number];

export const isRollerTechnique = (v: unknown): v is RollerTechnique =>
  typeof v === 'string' && (ROLLER_TECHNIQUES as readonly string[]).includes(v);

/** One roller-bandage exercise: a technique on a part with a dressed wound. */
export interface RollerExercise {
  technique: RollerTechnique;
  part: BodyPart;
  /** Bandage width, mm (product choice per exercise). */
  bandageWidth: number;
  /** The wound and the dressing over it (the dressing spans the full girth on the front). */
  wound: Rect;
  dressing: Span;
  /** Figure-of-eight: the joint it must cross over. */
  joint?: Span;
}

/** Product choices for the geometry, in shares of the bandage width unless said otherwise. */
export const ROLLER_RULES = {
  /** Circular turns at the start and at the finish. */
  anchorTurns: 2,
  /** A turn this straight (|slant| ≤ share × width) counts as circular. */
  circularSlantMax: 1 / 3,
  /** Two circular turns "fully overlap" when their centres are this close. */
  circularShiftMax: 1 / 4,
  /** Overlap of each spiral turn on the last (clinical.md, CRC: ⅓–⅔). */
  overlapMin: 1 / 3,
  overlapMax: 2 / 3,
  /** Spiral-reverse folds count as "in line" when their y spread is within this share of the girth. */
  foldLineSpread: 0.25,
  /** A figure-of-eight turn is oblique when |slant| ≥ share × width. */
  obliqueSlantMin: 1 / 2,
  /** Recurrent: at least this many returns over the end. */
  minReturns: 3,
} as const;

export type RollerCheckId =
  | 'anchorStart'
  | 'anchorFinish'
  | 'fullOverlap'
  | 'spiralOverlap'
  | 'distalToProximal'
  | 'reversalsInLine'
  | 'reversalsOffWound'
  | 'crossesJoint'
  | 'returnsCoverEnd'
  | 'returnsAnchored'
  | 'dressingCovered'
  | 'tipsVisible';

export interface RollerCheck {
  id: RollerCheckId;
  ok: boolean;
  /** The first turn (0-based) at fault, when one is to blame. */
  turn?: number;
}

export interface ReturnPass {
  stroke: number;
  /** Mean y over the end region. */
  y: number;
  /** The return's farthest point from the end along the axis. */
  reach: number;
}

export const isCircular = (t: Turn, w: number): boolean => Math.abs(t.slant) <= w * ROLLER_RULES.circularSlantMax;

function anchored(turns: readonly Turn[], w: number): boolean {
  if (turns.length < ROLLER_RULES.anchorTurns) return false;
  return turns.every((t, i) => isCircular(t, w) && (i === 0 || Math.abs(t.centre - (turns[i - 1] as Turn).centre) <= w * ROLLER_RULES.circularShiftMax));
}

/**
 * The circular turns the bandage starts with: the leading turns that are circular in shape and lie
 * on the first one (within the full-overlap shift).
 */
function leadingCircular(turns: readonly Turn[], w: number): number {
  const first = turns[0];
  let n = 0;
  while (n < turns.length && isCircular(turns[n] as Turn, w) && Math.abs((turns[n] as Turn).centre - (first as Turn).centre) <= w * ROLLER_RULES.circularShiftMax) n++;
  return n;
}

/** The same at the end, never reaching into the leading ones. */
function trailingCircular(turns: readonly Turn[], w: number, lead: number): number {
  const last = turns[turns.length - 1];
  let n = 0;
  while (n < turns.length - lead && isCircular(turns[turns.length - 1 - n] as Turn, w) && Math.abs((turns[turns.length - 1 - n] as Turn).centre - (last as Turn).centre) <= w * ROLLER_RULES.circularShiftMax) n++;
  return n;
}

/** Whether the union of the spans covers `target`. */
export function covers(spans: readonly Span[], target: Span): boolean {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  let reached = target.from;
  for (const s of sorted) {
    if (s.from > reached) break;
    reached = Math.max(reached, s.to);
    if (reached >= target.to) return true;
  }
  return reached >= target.to;
}

/**
 * Recurrent returns: strokes (or stroke pieces) that run along the axis over the distal end. The
 * end region is the first bandage width of the part; a return reaches beyond x = 0 and comes from
 * at least one width up the axis.
 */
export function detectReturns(part: BodyPart, strokes: readonly Stroke[], w: number): ReturnPass[] {
  const out: ReturnPass[] = [];
  strokes.forEach((s, si) => {
    if (s.length < 2) return;
    const xs = s.map((p) => p.x);
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    if (minX > 0 || maxX < w) return;
    const ys = s.filter((p) => p.x <= w).map((p) => p.y);
    const spanY = Math.max(...s.map((p) => p.y)) - Math.min(...s.map((p) => p.y));
    if (spanY > part.girth * 0.6) return; // crosses the girth: a turn, not a return
    out.push({ stroke: si, y: ys.reduce((a, b) => a + b, 0) / Math.max(1, ys.length), reach: maxX });
  });
  return out;
}

export interface RollerAnalysis {
  turns: Turn[];
  returns: ReturnPass[];
  checks: RollerCheck[];
  /** Overlap share of each turn on the one before (null for the first). */
  overlaps: (number | null)[];
}

/** All the technique's checks for the strokes drawn so far. */
export function analyseRoller(ex: RollerExercise, strokes: readonly Stroke[]): RollerAnalysis {
  const w = ex.bandageWidth;
  const part = ex.part;
  const turns = detectTurns(part, strokes, w);
  const returns = ex.technique === 'recurrent' ? detectReturns(part, strokes, w) : [];
  const overlaps = turns.map((t, i) => (i === 0 ? null : overlapRatio(turns[i - 1] as Turn, t, w)));
  const checks: RollerCheck[] = [];
  // Recurrent: the anchors are the turns drawn before the first return and after the last.
  const firstReturn = Math.min(Infinity, ...returns.map((r) => r.stroke));
  const lastReturn = Math.max(-1, ...returns.map((r) => r.stroke));
  const lead = ex.technique === 'recurrent' ? turns.filter((t) => t.stroke < firstReturn).length : leadingCircular(turns, w);
  const trail = ex.technique === 'recurrent' ? turns.filter((t) => t.stroke > lastReturn).length : trailingCircular(turns, w, lead);
  const n = ROLLER_RULES.anchorTurns;

  if (ex.technique === 'circular') {
    const ok = anchored(turns, w) && turns.length >= n + 1;
    const bad = turns.findIndex((t, i) => !isCircular(t, w) || (i > 0 && Math.abs(t.centre - (turns[i - 1] as Turn).centre) > w * ROLLER_RULES.circularShiftMax));
    checks.push({ id: 'fullOverlap', ok, ...(bad >= 0 ? { turn: bad } : {}) });
  } else {
    checks.push({ id: 'anchorStart', ok: lead >= n && anchored(turns.slice(0, n), w) });
    checks.push({ id: 'anchorFinish', ok: turns.length >= lead + n && trail >= n && anchored(turns.slice(turns.length - n), w) });
  }
  const middle = ex.technique === 'circular' ? [] : turns.slice(Math.min(lead, turns.length), Math.max(Math.min(lead, turns.length), turns.length - trail));
  const middleStart = Math.min(lead, turns.length);

  if (ex.technique === 'spiral' || ex.technique === 'spiralReverse') {
    // Every turn from the first spiral turn to the finishing anchor overlaps the last by ⅓–⅔.
    let bad = -1;
    for (let i = middleStart; i < middleStart + middle.length; i++) {
      const o = overlaps[i];
      if (o === null || o === undefined || o < ROLLER_RULES.overlapMin - 1e-9 || o > ROLLER_RULES.overlapMax + 1e-9) {
        bad = i;
        break;
      }
    }
    checks.push({ id: 'spiralOverlap', ok: middle.length >= 2 && bad < 0, ...(bad >= 0 ? { turn: bad } : {}) });
    const backwards = middle.findIndex((t, i) => t.centre <= (turns[middleStart + i - 1]?.centre ?? -Infinity));
    checks.push({ id: 'distalToProximal', ok: middle.length >= 1 && backwards < 0, ...(backwards >= 0 ? { turn: middleStart + backwards } : {}) });
  }

  if (ex.technique === 'spiralReverse') {
    const folds = middle.map((t) => t.fold);
    const present = folds.filter((f): f is Point => f !== null);
    const ys = present.map((f) => f.y);
    const inLine = present.length === middle.length && present.length >= 2 && Math.max(...ys) - Math.min(...ys) <= part.girth * ROLLER_RULES.foldLineSpread;
    const missing = folds.findIndex((f) => f === null);
    checks.push({ id: 'reversalsInLine', ok: inLine, ...(missing >= 0 ? { turn: middleStart + missing } : {}) });
    const onBad = folds.findIndex((f) => f !== null && (inRect(f, ex.wound) || part.bony.some((b) => Math.hypot(f.x - b.x, f.y - b.y) <= b.r)));
    checks.push({ id: 'reversalsOffWound', ok: present.length > 0 && onBad < 0, ...(onBad >= 0 ? { turn: middleStart + onBad } : {}) });
  }

  if (ex.technique === 'figureEight') {
    const joint = ex.joint ?? part.joints[0] ?? { from: 0, to: 0 };
    const oblique = middle.every((t) => Math.abs(t.slant) >= w * ROLLER_RULES.obliqueSlantMin);
    let bad = -1;
    for (let i = 1; i < middle.length; i++) {
      const a = middle[i - 1] as Turn;
      const b = middle[i] as Turn;
      const c = Math.sign(a.slant) !== Math.sign(b.slant) ? crossing(a, b, part.girth) : null;
      if (!c || c.x < joint.from || c.x > joint.to || Math.abs(c.y) > part.girth / 2) {
        bad = middleStart + i;
        break;
      }
    }
    checks.push({ id: 'crossesJoint', ok: middle.length >= 2 && oblique && bad < 0, ...(bad >= 0 ? { turn: bad } : {}) });
  }

  if (ex.technique === 'recurrent') {
    const spans = returns.map((r) => ({ from: r.y - w / 2, to: r.y + w / 2 }));
    checks.push({ id: 'returnsCoverEnd', ok: returns.length >= ROLLER_RULES.minReturns && covers(spans, { from: -part.girth / 2, to: part.girth / 2 }) });
    // The finishing circular turns must be drawn after the returns and hold their ends.
    const finishing = turns.filter((t) => t.stroke > lastReturn && isCircular(t, w));
    const held = returns.length > 0 && finishing.length >= n && returns.every((r) => finishing.some((t) => r.reach >= turnBand(t, w).from));
    checks.push({ id: 'returnsAnchored', ok: held });
  }

  const bands = turns.map((t) => turnBand(t, w));
  if (ex.technique === 'recurrent') bands.push(...returns.map((r) => ({ from: 0, to: r.reach })));
  checks.push({ id: 'dressingCovered', ok: covers(bands, ex.dressing) });
  if (part.tips) {
    const tips = part.tips;
    const bad = turns.findIndex((t) => turnBand(t, w).from < tips.to);
    checks.push({ id: 'tipsVisible', ok: bad < 0, ...(bad >= 0 ? { turn: bad } : {}) });
  }
  return { turns, returns, checks, overlaps };
}

export type KnotCheckId = 'knotOnBandage' | 'knotOffWound' | 'knotNotInner';

/** The knot or clip: on the bandage, not over the wound, not on the inner side of a limb. */
export function checkKnot(ex: RollerExercise, turns: readonly Turn[], knot: Point): { id: KnotCheckId; ok: boolean }[] {
  const w = ex.bandageWidth;
  const onBandage = turns.some((t) => {
    const b = turnBand(t, w);
    return knot.x >= b.from && knot.x <= b.to && Math.abs(knot.y) <= ex.part.girth / 2;
  });
  const out: { id: KnotCheckId; ok: boolean }[] = [
    { id: 'knotOnBandage', ok: onBandage },
    { id: 'knotOffWound', ok: !inRect(knot, ex.wound) },
  ];
  if (ex.part.innerEdge !== null) out.push({ id: 'knotNotInner', ok: !onInnerSide(ex.part, knot.y) });
  return out;
}

import { describe, expect, it } from 'vitest';
import {
  analyseRoller,
  checkKnot,
  detectTurns,
  modelStrokes,
  ROLLER_TECHNIQUES,
  turnStroke,
  type RollerCheckId,
  type RollerExercise,
  type Stroke,
} from '../../../src/core/firstaid';
import { ROLLER_EXERCISES } from '../../../src/content/firstaid/roller';

const failing = (ex: RollerExercise, strokes: readonly Stroke[]): RollerCheckId[] =>
  analyseRoller(ex, strokes).checks.filter((c) => !c.ok).map((c) => c.id);

const spiral = ROLLER_EXERCISES.spiral;
const W = spiral.bandageWidth;

/** Two circular turns at a, spiral turns advancing by `advance`, two circular turns at the end. */
function spiralStrokes(ex: RollerExercise, a: number, advance: number, n: number, finish = true): Stroke[] {
  const out: Stroke[] = [];
  let t = 0;
  const add = (top: number, bottom: number) => {
    out.push(turnStroke(ex, top, bottom, t));
    t += 500;
  };
  add(a, a);
  add(a, a);
  let c = a;
  for (let i = 0; i < n; i++) {
    c += advance;
    add(c - advance / 2, c + advance / 2);
  }
  if (finish) {
    add(c + advance, c + advance);
    add(c + advance, c + advance);
  }
  return out;
}

describe('turn detection', () => {
  it('finds one turn per top-to-bottom crossing, with its line and time', () => {
    const s = turnStroke(spiral, 300, 320, 1000);
    const [turn] = detectTurns(spiral.part, [s], W);
    expect(turn?.xTop).toBeCloseTo(300, 5);
    expect(turn?.xBottom).toBeCloseTo(320, 5);
    expect(turn?.centre).toBeCloseTo(310, 5);
    expect(turn?.tStart).toBeGreaterThan(1000);
  });

  it('ignores strokes that go back up (behind the limb) or never cross', () => {
    const up = [...turnStroke(spiral, 300, 300, 0)].reverse().map((p, i) => ({ ...p, t: i }));
    const short = turnStroke(spiral, 300, 300, 0).slice(0, 5);
    expect(detectTurns(spiral.part, [up, short], W)).toEqual([]);
  });

  it('finds several turns in one continuous zig-zag stroke', () => {
    const a = turnStroke(spiral, 300, 300, 0);
    const back = [...turnStroke(spiral, 330, 330, 300)].reverse().map((p, i) => ({ ...p, t: 300 + i }));
    const b = turnStroke(spiral, 330, 330, 400);
    expect(detectTurns(spiral.part, [[...a, ...back, ...b]], W).map((t) => Math.round(t.centre))).toEqual([300, 330]);
  });
});

describe('the model bandage of every technique', () => {
  for (const technique of ROLLER_TECHNIQUES) {
    it(`${technique} passes every check`, () => {
      const ex = ROLLER_EXERCISES[technique];
      expect(failing(ex, modelStrokes(ex))).toEqual([]);
    });
  }
});

describe('spiral', () => {
  it('accepts overlaps of one third and two thirds (inclusive)', () => {
    expect(failing(spiral, spiralStrokes(spiral, 265, (W * 2) / 3, 4))).toEqual([]);
    expect(failing(spiral, spiralStrokes(spiral, 265, W / 3, 6))).toEqual([]);
  });

  it('rejects turns overlapping too little (gaps) and too much, naming the turn', () => {
    const gaps = analyseRoller(spiral, spiralStrokes(spiral, 265, W * 0.8, 3));
    expect(gaps.checks.find((c) => c.id === 'spiralOverlap')).toEqual({ id: 'spiralOverlap', ok: false, turn: 2 });
    expect(failing(spiral, spiralStrokes(spiral, 265, W * 0.2, 6))).toContain('spiralOverlap');
  });

  it('rejects working towards the hand', () => {
    expect(failing(spiral, spiralStrokes(spiral, 360, -W / 2, 4))).toContain('distalToProximal');
  });

  it('needs circular turns at the start and at the finish', () => {
    const noStart = spiralStrokes(spiral, 265, W / 2, 4).slice(2);
    expect(failing(spiral, noStart)).toContain('anchorStart');
    expect(failing(spiral, spiralStrokes(spiral, 265, W / 2, 4, false))).toContain('anchorFinish');
  });

  it('checks that the dressing is covered and the fingertips stay visible', () => {
    expect(failing(spiral, spiralStrokes(spiral, 265, W / 2, 1))).toContain('dressingCovered');
    const overTips = spiralStrokes(spiral, 20, W / 2, 14);
    expect(failing(spiral, overTips)).toContain('tipsVisible');
  });
});

describe('circular', () => {
  const ex = ROLLER_EXERCISES.circular;
  const c = (ex.dressing.from + ex.dressing.to) / 2;
  it('fails when a turn slides off the last or is slanted', () => {
    expect(failing(ex, [0, 1, 2].map((i) => turnStroke(ex, c + i * 20, c + i * 20, i * 500)))).toContain('fullOverlap');
    expect(failing(ex, [0, 1, 2].map((i) => turnStroke(ex, c - 20, c + 20, i * 500)))).toContain('fullOverlap');
    expect(failing(ex, [0, 1].map((i) => turnStroke(ex, c, c, i * 500)))).toContain('fullOverlap');
  });
});

describe('spiral reverse', () => {
  const ex = ROLLER_EXERCISES.spiralReverse;
  const w = ex.bandageWidth;
  const build = (fold: (i: number, c: number) => { x: number; y: number } | undefined): Stroke[] => {
    const out: Stroke[] = [];
    let t = 0;
    const a = ex.dressing.from;
    out.push(turnStroke(ex, a, a, (t += 500)), turnStroke(ex, a, a, (t += 500)));
    let c = a;
    for (let i = 0; i < 4; i++) {
      c += w / 2;
      out.push(turnStroke(ex, c - w / 4, c + w / 4, (t += 500), fold(i, c)));
    }
    out.push(turnStroke(ex, c + w / 2, c + w / 2, (t += 500)), turnStroke(ex, c + w / 2, c + w / 2, (t += 500)));
    return out;
  };
  it('fails without folds, with folds out of line, and with a fold on the wound', () => {
    expect(failing(ex, build(() => undefined))).toContain('reversalsInLine');
    expect(failing(ex, build((i, c) => ({ x: c + w * 0.5, y: i % 2 ? -40 : 40 })))).toEqual(['reversalsInLine']);
    expect(failing(ex, build((i, c) => (i === 1 ? { x: c - w * 0.5, y: 0 } : { x: c + w * 0.5, y: 30 })))).toEqual(expect.arrayContaining(['reversalsOffWound']));
  });
});

describe('figure-of-eight', () => {
  const ex = ROLLER_EXERCISES.figureEight;
  const w = ex.bandageWidth;
  it('fails when the crossings are away from the joint or the turns do not cross', () => {
    const mid = 450;
    const make = (centre: number, alternate: boolean): Stroke[] => {
      const out: Stroke[] = [turnStroke(ex, mid - 75, mid - 75, 0), turnStroke(ex, mid - 75, mid - 75, 500)];
      for (let i = 0; i < 4; i++) {
        const sign = alternate && i % 2 ? -1 : 1;
        out.push(turnStroke(ex, centre - sign * w, centre + sign * w, 1000 + i * 500));
      }
      out.push(turnStroke(ex, mid + 75, mid + 75, 4000), turnStroke(ex, mid + 75, mid + 75, 4500));
      return out;
    };
    expect(failing(ex, make(mid, true))).toEqual([]);
    expect(failing(ex, make(mid - 90, true))).toContain('crossesJoint');
    expect(failing(ex, make(mid, false))).toContain('crossesJoint');
  });
});

describe('recurrent', () => {
  const ex = ROLLER_EXERCISES.recurrent;
  const model = modelStrokes(ex);
  it('fails with too few returns or no circular turns after them', () => {
    const returnsOnly = model.filter((s) => Math.min(...s.map((p) => p.x)) <= 0);
    const circ = model.filter((s) => Math.min(...s.map((p) => p.x)) > 0);
    expect(failing(ex, [...circ.slice(0, 2), ...returnsOnly.slice(0, 2), ...circ.slice(2)])).toContain('returnsCoverEnd');
    expect(failing(ex, [...circ.slice(0, 2), ...returnsOnly])).toEqual(expect.arrayContaining(['returnsAnchored', 'anchorFinish']));
  });
});

describe('knot or clip', () => {
  const strokes = modelStrokes(spiral);
  const turns = analyseRoller(spiral, strokes).turns;
  const ok = (x: number, y: number) => Object.fromEntries(checkKnot(spiral, turns, { x, y }).map((c) => [c.id, c.ok]));
  it('accepts the outer side away from the wound', () => {
    expect(ok(350, -30)).toEqual({ knotOnBandage: true, knotOffWound: true, knotNotInner: true });
  });
  it('rejects the wound, the inner side and off the bandage', () => {
    expect(ok(300, 0).knotOffWound).toBe(false);
    expect(ok(350, 30).knotNotInner).toBe(false);
    expect(ok(600, -30).knotOnBandage).toBe(false);
  });
});

describe('turns placed with the keyboard controls', () => {
  it('a straight turn at the cursor and a folded one are read like drawn ones (all points at the key event time)', () => {
    const ex = ROLLER_EXERCISES.spiralReverse;
    const w = ex.bandageWidth;
    const at = (s: Stroke, t: number) => s.map((p) => ({ ...p, t }));
    const strokes: Stroke[] = [];
    let t = 1000;
    const a = ex.dressing.from;
    strokes.push(at(turnStroke(ex, a, a, 0), (t += 700)), at(turnStroke(ex, a, a, 0), (t += 700)));
    for (let c = a + w / 2; c <= a + 2 * w; c += w / 2) {
      strokes.push(at(turnStroke(ex, c - w / 4, c + w / 4, 0, { x: c + w / 2, y: ex.part.girth / 4 }), (t += 700)));
    }
    const end = a + 2.5 * w;
    strokes.push(at(turnStroke(ex, end, end, 0), (t += 700)), at(turnStroke(ex, end, end, 0), (t += 700)));
    expect(failing(ex, strokes)).toEqual([]);
  });
});

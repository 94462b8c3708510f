import { describe, expect, it } from 'vitest';
import { modelStrokes, rollerMachine, rollerResult, ROLLER_TECHNIQUES, type RollerAction, type RollerTechnique } from '../../../src/core/firstaid';
import { replaySkill } from '../../../src/core/skills';
import { ROLLER_EXERCISES } from '../../../src/content/firstaid/roller';

function attempt(technique: RollerTechnique, opts: { knot?: { x: number; y: number }; circulation?: boolean; drop?: number } = {}) {
  const def = ROLLER_EXERCISES[technique];
  const strokes = modelStrokes(def).slice(0, opts.drop ? -opts.drop : undefined);
  const end = strokes[strokes.length - 1]?.[0]?.t ?? 0;
  const knot = opts.knot ?? { x: def.technique === 'recurrent' ? 100 : def.dressing.to - 3, y: def.part.innerEdge === 'bottom' ? -def.part.girth / 4 : def.part.innerEdge === 'top' ? def.part.girth / 4 : 0 };
  const circ = opts.circulation ?? true;
  const actions: RollerAction[] = [
    ...(circ ? [{ type: 'checkCirculation' as const, t: 0 }] : []),
    ...strokes.map((points) => ({ type: 'stroke' as const, t: (points[points.length - 1]?.t ?? 0) + 1, points, source: 'pointer' as const })),
    { type: 'fasten', t: end + 1000, at: knot },
    ...(circ ? [{ type: 'checkCirculation' as const, t: end + 1500 }] : []),
    { type: 'finish', t: end + 2000 },
  ];
  return replaySkill(rollerMachine, { def, profile: 'crc', startT: 0 }, actions);
}

describe('roller bandage machine', () => {
  for (const technique of ROLLER_TECHNIQUES) {
    it(`${technique}: the model attempt earns every item`, () => {
      const r = rollerResult(attempt(technique).state);
      expect(r.items.filter((i) => i.status !== 'earned').map((i) => i.id)).toEqual([]);
      expect(r.passed).toBe(true);
    });
  }

  it('misses both circulation checks when they are skipped', () => {
    const r = rollerResult(attempt('spiral', { circulation: false }).state);
    expect(r.items.filter((i) => i.status === 'missed').map((i) => i.id)).toEqual(['circulationBefore', 'circulationAfter']);
  });

  it('fails on a knot over the wound and on an exposed dressing', () => {
    const def = ROLLER_EXERCISES.spiral;
    const onWound = rollerResult(attempt('spiral', { knot: { x: (def.wound.x0 + def.wound.x1) / 2, y: 0 } }).state);
    expect(onWound.criticalErrors.map((c) => c.id)).toEqual(['knotOnWound']);
    const exposed = rollerResult(attempt('spiral', { drop: 4 }).state);
    expect(exposed.criticalErrors.map((c) => c.id)).toContain('dressingExposed');
  });

  it('reports the overlap of each new turn and rejects strokes after fastening', () => {
    const r = attempt('spiral');
    const overlaps = r.effects.flat().filter((e) => e.type === 'feedback' && e.key === 'firstaid.roller.overlap');
    expect(overlaps.length).toBeGreaterThan(3);
    const after = rollerMachine.step({ ...r.state, finished: false }, { type: 'stroke', t: 1e9, points: [], source: 'keyboard' });
    expect(after.effects).toEqual([{ type: 'rejected', key: 'fastened' }]);
  });

  it('replays to the same result', () => {
    expect(rollerResult(attempt('figureEight').state)).toEqual(rollerResult(attempt('figureEight').state));
  });
});

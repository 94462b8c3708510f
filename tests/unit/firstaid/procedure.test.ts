import { describe, expect, it } from 'vitest';
import { procedureMachine, procedureResult, type ProcedureAction, type ProcedureDef } from '../../../src/core/firstaid';
import { replaySkill } from '../../../src/core/skills';
import { PROCEDURES, getProcedure } from '../../../src/content/firstaid/procedures';

const run = (def: ProcedureDef, actions: ProcedureAction[]) => procedureResult(replaySkill(procedureMachine, { def, profile: 'crc', startT: 0 }, actions).state);

/** Every step in order with its correct choice. */
const model = (def: ProcedureDef): ProcedureAction[] =>
  def.steps.map((s, i) => {
    const c = s.choices?.find((x) => x.correct);
    return { type: 'step', t: i + 1, step: s.id, ...(c ? { choice: c.id } : {}) };
  });

describe('ordered procedures', () => {
  for (const def of PROCEDURES) {
    it(`${def.id}: the model attempt passes with full points`, () => {
      const r = run(def, model(def));
      expect([r.passed, r.pct]).toEqual([true, 100]);
    });
  }

  it('a wrong placement costs its item; out of order is marked', () => {
    const def = getProcedure('slingLarge') as ProcedureDef;
    const acts = model(def).map((a) => (a.type === 'step' && a.step === 'forearm' ? { ...a, choice: 'below' } : a));
    expect(run(def, acts).items.find((i) => i.id === 'forearm')?.status).toBe('missed');
    const swapped = model(def);
    [swapped[0], swapped[1]] = [{ ...(swapped[1] as ProcedureAction), t: 1 }, { ...(swapped[0] as ProcedureAction), t: 2 }];
    expect(run(def, swapped).items.find((i) => i.id === 'forearm')?.status).toBe('outOfOrder');
  });

  it('straightening an open fracture and a short splint are critical errors', () => {
    const leg = getProcedure('lowerLeg') as ProcedureDef;
    const r = run(leg, [{ type: 'hazard', t: 0, id: 'straighten' }, ...model(leg)]);
    expect(r.criticalErrors.map((c) => c.id)).toEqual(['straightenedOpenFracture']);
    const short = run(leg, model(leg).map((a) => (a.type === 'step' && a.step === 'splint' ? { ...a, choice: 'short' } : a)));
    expect(short.passed).toBe(false);
  });

  it('moving a suspected spinal injury without danger fails; the log-roll needs every step', () => {
    const stay = getProcedure('spineStay') as ProcedureDef;
    expect(run(stay, [{ type: 'step', t: 1, step: 'decide', choice: 'move' }]).criticalErrors.map((c) => c.id)).toEqual(['movedWithoutDanger']);
    const roll = getProcedure('logRoll') as ProcedureDef;
    const r = run(roll, [...model(roll).slice(0, 2), { type: 'finish', t: 9 }]);
    expect(r.items.filter((i) => i.status === 'missed').map((i) => i.id)).toEqual(['helpers', 'roll']);
  });

  it('rejects a step twice and a step without its choice', () => {
    const def = getProcedure('forearm') as ProcedureDef;
    const s = procedureMachine.start({ def, profile: 'crc', startT: 0 }).state;
    expect(procedureMachine.step(s, { type: 'step', t: 1, step: 'splint' }).effects).toEqual([{ type: 'rejected', key: 'noChoice' }]);
  });
});

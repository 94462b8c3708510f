import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { LOCALES } from '../../../src/content/locales/all';
import { idealPlacement, idealSpot, padSpots, PAD_SPOT_IDS, suggestedPads, type PadSpotId } from '../../../src/core/scenario';
import { drive, type Driver } from './driver';

/** Places a pad on a named spot, as the screen does for keyboard and touch users. */
function placeOn(d: Driver, pad: 'right' | 'left' | 'front' | 'back', id: PadSpotId): Driver {
  const back = d.scenario.patient.kind !== 'adult';
  const spot = padSpots(d.state, { back }).find((s) => s.id === id);
  if (spot === undefined) throw new Error(`spot ${id} not offered`);
  return d.placePad(pad, spot.at);
}

describe('named pad spots (placement without dragging)', () => {
  it('offers the right places for every scenario, and the ideal learner can reach them', () => {
    for (const id of SCENARIO_IDS) {
      const s = SCENARIOS[id];
      const d = drive(s).assess().cycle().waitForAed().powerOn().expose();
      const back = s.patient.kind !== 'adult';
      const spots = padSpots(d.state, { back });
      for (const target of suggestedPads(d.state, idealPlacement(d.state))) {
        expect(idealSpot(d.state, target.pad, spots), `${id} ${target.pad}`).not.toBeNull();
      }
    }
  });

  it('names every spot in both languages', () => {
    for (const lng of ['zh-CN', 'en'] as const) {
      const spot = (LOCALES[lng].scenario as Record<string, Record<string, string>>).spot as Record<string, string>;
      for (const id of PAD_SPOT_IDS) expect(spot[id], `${lng} ${id}`).toBeTruthy();
    }
  });

  it('scores the place chosen: the right places earn the placement item', () => {
    const d = drive(SCENARIOS.adultShockable).assess().cycle().waitForAed().powerOn().expose();
    placeOn(d, 'right', 'rightCollarbone');
    placeOn(d, 'left', 'leftSide');
    expect(d.effectKeys('feedback')).toContain('scenario.feedback.padsOk');
    expect(d.state.aed.mode).toBe('analysing');
    const r = d.idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'padPlacement')?.status).toBe('earned');
  });

  it('lets a keyboard learner misplace a pad: a mistake and the placement points lost', () => {
    const d = drive(SCENARIOS.adultShockable).assess().cycle().waitForAed().powerOn().expose();
    placeOn(d, 'right', 'rightCollarbone');
    placeOn(d, 'left', 'leftCollarbone');
    expect(d.effectKeys('error')).toContain('scenario.error.padPosition');
    const r = d.idealToEnd().result();
    expect(r.errors.map((e) => e.id)).toContain('padPosition');
    expect(r.checklist.find((c) => c.id === 'padPlacement')?.status).toBe('missed');
  });

  it('offers the lump and the patch as places, and a pad there is a critical error', () => {
    const implant = drive(SCENARIOS.implantedDevice).assess().cycle().waitForAed().powerOn().expose();
    placeOn(implant, 'right', 'overImplant');
    expect(implant.criticalIds()).toContain('padOverImplant');

    const patch = drive(SCENARIOS.medicationPatch).assess().cycle().waitForAed().powerOn().expose();
    expect(padSpots(patch.state, { back: false }).map((s) => s.id)).toContain('overPatch');
    placeOn(patch, 'left', 'leftSide');
    expect(patch.criticalIds()).toContain('padOverPatch');
    // Once the patch is off and the skin wiped it is no longer offered.
    const clean = drive(SCENARIOS.medicationPatch).assess().cycle().waitForAed().powerOn().expose().removePatch();
    expect(padSpots(clean.state, { back: false }).map((s) => s.id)).not.toContain('overPatch');
  });

  it('shows the back only where front-and-back pads are drawn', () => {
    const adult = drive(SCENARIOS.adultShockable).assess().cycle().waitForAed().powerOn().expose();
    expect(padSpots(adult.state, { back: false }).map((s) => s.id)).not.toContain('back');
    const infant = drive(SCENARIOS.infant).assess().cycle().waitForAed().powerOn().expose();
    expect(padSpots(infant.state, { back: true }).map((s) => s.id)).toContain('back');
  });
});

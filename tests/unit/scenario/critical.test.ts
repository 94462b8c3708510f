import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../src/content/protocols';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { PROFILE_IDS, type ProfileId } from '../../../src/core/protocol/profile';
import { criticalKey, examSheetFor, suggestedPads, type CriticalErrorId, type ScenarioDef } from '../../../src/core/scenario';
import { drive, type Driver } from './driver';

/** Up to the AED with the chest prepared, pads in hand. */
function toPads(s: ScenarioDef, p: ProfileId): Driver {
  const d = drive(s, PROFILES[p]).assess().cycle().waitForAed().powerOn().expose();
  return d;
}

function prepare(d: Driver): Driver {
  if (d.state.scene.inWater) d.moveFromWater();
  if (d.state.chest.wet) d.dry();
  if (d.state.chest.hairy) d.shave();
  if (d.state.chest.patchOn) d.removePatch();
  const want = d.scenario.aed.expectedPads.value;
  if (d.state.aed.padKind !== want) d.selectPads(want);
  return d;
}

function toShockReady(s: ScenarioDef, p: ProfileId): Driver {
  const d = prepare(toPads(s, p)).placePads();
  if (!d.state.aed.connector) d.plug();
  // Shockable first analysis in these scenarios; otherwise run the cycle to the next analysis.
  for (let i = 0; i < 10 && d.state.aed.mode !== 'shockReady'; i++) {
    if (d.state.aed.mode === 'cpr') d.compress(30);
    d.wait();
  }
  return d;
}

/** A scripted way into each critical error: the mistake an examiner fails a candidate for. */
const REACH: Record<CriticalErrorId, (s: ScenarioDef, p: ProfileId) => Driver> = {
  noCompressions: (s, p) => drive(s, PROFILES[p]).assess().finish(),
  aedNotUsed: (s, p) => drive(s, PROFILES[p]).assess().cycle().cycle().finish(),
  noSceneCheckWithHazard: (s, p) => drive(s, PROFILES[p]).tapAndShout().idealToEnd(),
  shockInWater: (s, p) => drive(s, PROFILES[p]).idealToEnd({ skip: new Set(['moveFromWater']) }),
  padsOnWetChest: (s, p) => toPads(s, p).moveFromWater().placePads().idealToEnd(),
  padOverPatch: (s, p) => toPads(s, p).placePadsNaive('anterolateral').idealToEnd(),
  padOverImplant: (s, p) => toPads(s, p).placePadsNaive('anterolateral').idealToEnd(),
  padsTouching: (s, p) => {
    const d = prepare(toPads(s, p));
    const [a, b] = suggestedPads(d.state);
    d.placePad(a!.pad, a!.at).placePad(b!.pad, { ...a!.at, x: a!.at.x + 0.05 });
    return d.idealToEnd();
  },
  shockWhileTouching: (s, p) => toShockReady(s, p).standClear().touch().shock().idealToEnd(),
  shockNotDelivered: (s, p) => toShockReady(s, p).wait(31000).idealToEnd(),
};

const cases = SCENARIO_IDS.flatMap((id) =>
  PROFILE_IDS.flatMap((p) => examSheetFor(SCENARIOS[id], PROFILES[p]).criticalErrors.map((c) => [id, p, c.id] as const)),
);

describe('critical errors', () => {
  it('has a case for every critical error of every scenario and profile', () => {
    expect(cases.length).toBeGreaterThan(SCENARIO_IDS.length * PROFILE_IDS.length * 3);
  });

  it.each(cases)('%s / %s: %s is reached, reported and fails the attempt', (id, p, critical) => {
    const d = REACH[critical](SCENARIOS[id], p);
    const r = d.result();
    expect(r.criticalErrors.map((c) => c.id)).toContain(critical);
    expect(r.criticalErrors.find((c) => c.id === critical)?.label.en).toBeTruthy();
    expect(r.passed).toBe(false);
    // Practice mode tells the learner at once.
    expect(d.effects).toContainEqual({ type: 'error', key: criticalKey(critical), critical: true });
  });

  it('a single critical error fails an otherwise perfect attempt', () => {
    const r = REACH.padOverPatch(SCENARIOS.medicationPatch, 'crc').result();
    expect(r.points.pct).toBeGreaterThan(80);
    expect(r.passed).toBe(false);
  });
});

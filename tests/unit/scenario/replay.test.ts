import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../src/content/protocols';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import { logFor, replay, type ScenarioAction, type ScenarioMode } from '../../../src/core/scenario';
import { drive } from './driver';

const variants = SCENARIO_IDS.flatMap((id) => PROFILE_IDS.map((p) => [id, p] as const));

describe('replay from the stored action log', () => {
  it.each(variants)('%s under %s: the log replays to the same state, effects and result', (id, p) => {
    for (const mode of ['guided', 'assessment'] as ScenarioMode[]) {
      const options = { seed: 11, mode, startT: 2500 };
      // A learner with some mistakes, so the log exercises more than the ideal path.
      const live = drive(SCENARIOS[id], PROFILES[p], options).tapAndShout().checkScene().compress(12, { keyboard: true }).idealToEnd();
      const stored = JSON.parse(JSON.stringify(logFor(live.state, options, live.actions))) as { actions: ScenarioAction[] };
      const again = replay(SCENARIOS[id], PROFILES[p], options, stored.actions);
      expect(again.state).toEqual(live.state);
      expect(again.effects.flat()).toEqual(live.effects);
      expect(again.result).toEqual(live.result());
    }
  });

  it('replays the seeded bystander script exactly, and another seed may play differently', () => {
    const s = SCENARIOS.bystanderTouchesDuringAnalysis;
    const run = (seed: number) => drive(s, PROFILES.crc, { seed }).idealToEnd();
    const a = run(5);
    const b = replay(s, PROFILES.crc, { seed: 5, mode: 'practice', startT: 1000 }, a.actions);
    expect(b.result).toEqual(a.result());
    const touchTimes = (seed: number) => run(seed).state.analyses.map((x) => x.bystanderTouchedT! - x.startT);
    const times = new Set(Array.from({ length: 8 }, (_, i) => touchTimes(i).join()));
    expect(times.size).toBeGreaterThan(1);
  });

  it('records the versions the attempt was scored with', () => {
    const d = drive(SCENARIOS.child, PROFILES.aha2025).idealToEnd();
    const log = logFor(d.state, d.options, d.actions);
    expect(log).toMatchObject({ scenarioId: 'child', scenarioVersion: '2025.1', profileId: 'aha2025', profileVersion: PROFILES.aha2025.version });
    const r = d.result();
    expect(r).toMatchObject({ scenarioId: 'child', profileId: 'aha2025', seed: 1, mode: 'practice' });
  });
});

import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../src/content/protocols';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import { examSheetFor } from '../../../src/core/scenario';
import { explore } from './model';

const variants = SCENARIO_IDS.flatMap((id) => PROFILE_IDS.map((p) => [id, p] as const));

describe('model-based exploration of every scenario variant', () => {
  it.each(variants)('%s under %s: completable, no dead end, every critical error reachable', (id, p) => {
    const scenario = SCENARIOS[id];
    const profile = PROFILES[p];
    const x = explore(scenario, profile);
    expect(x.deadEnds).toEqual([]);
    expect(x.decisionStates).toBeGreaterThan(10);
    const listed = examSheetFor(scenario, profile).criticalErrors.map((c) => c.id);
    expect(listed.filter((c) => !x.critical.has(c))).toEqual([]);
  });
});

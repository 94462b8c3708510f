import { describe, expect, it } from 'vitest';
import { VOICE_PROMPTS } from '../../../src/adapters/audio/prompts';
import { PROFILES } from '../../../src/content/protocols';
import { SCENARIOS, SCENARIO_IDS, SCENARIO_TEXTS } from '../../../src/content/scenarios';
import { CHILD_PAD_LIMIT } from '../../../src/content/scenarios/facts';
import { scenarioSchema } from '../../../src/content/scenarios/schema';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import {
  CRITICAL_ERROR_IDS,
  EXISTING_AED_PROMPTS,
  SCENARIO_PROMPT_KEYS,
  allScenarioMessageKeys,
  applicableCriticalErrors,
  itemApplies,
  type ScenarioDef,
} from '../../../src/core/scenario';

const all = SCENARIO_IDS.map((id) => [id, SCENARIOS[id]] as const);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join();

describe('scenario content', () => {
  it.each(all)('%s passes the schema', (_, s) => {
    const r = scenarioSchema.safeParse(s);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });

  it('names each scenario by its key', () => {
    for (const [id, s] of all) expect(s.id).toBe(id);
  });

  it.each(all)('%s lists exactly the critical errors that can happen under some profile', (_, s) => {
    const possible = new Set(PROFILE_IDS.flatMap((p) => applicableCriticalErrors(s, PROFILES[p])));
    expect(new Set(s.criticalErrors.map((c) => c.id))).toEqual(possible);
  });

  it.each(all)('%s lists only items that apply under some profile', (_, s) => {
    for (const item of s.checklist) {
      expect(PROFILE_IDS.some((p) => itemApplies(item, s, PROFILES[p])), item.id).toBe(true);
    }
  });

  it('ships the scenarios of the issue', () => {
    const byId = (id: (typeof SCENARIO_IDS)[number]): ScenarioDef => SCENARIOS[id];
    expect(byId('adultShockable')).toMatchObject({ witnessed: true, rhythms: ['shockable', 'shockable'] });
    expect(byId('adultNonShockable').rhythms.every((r) => r === 'nonShockable')).toBe(true);
    expect(byId('child').aed.pads).toContain('child');
    expect(byId('childAdultPads').aed.placements.value).toEqual(['anteroposterior']);
    expect(byId('infant').aed.placements.value).toEqual(['anteroposterior']);
    expect(byId('wetGround').hazards.map((h) => h.kind)).toEqual(['wetGround']);
    expect(byId('medicationPatch').hazards.map((h) => h.kind)).toEqual(['medicationPatch']);
    expect(byId('hairyChest').hazards.map((h) => h.kind)).toEqual(['hairyChest']);
    expect(byId('implantedDevice').hazards.map((h) => h.kind)).toEqual(['implantedDevice']);
    expect(byId('bystanderTouchesDuringAnalysis').bystanderScript.some((b) => b.during === 'analysis')).toBe(true);
  });

  it('keeps child-pad patients under the limit of clinical.md (8 years, 25 kg)', () => {
    for (const [, s] of all) {
      if (s.aed.expectedPads.value !== 'child') continue;
      expect(s.patient.ageYears ?? Infinity).toBeLessThan(CHILD_PAD_LIMIT.ageYears);
      expect(s.patient.weightKg ?? Infinity).toBeLessThan(CHILD_PAD_LIMIT.weightKg);
    }
  });

  it('labels every clinical fact without a source key as such', () => {
    for (const [, s] of all) {
      for (const f of [s.aed.profiles, s.aed.placements, s.aed.expectedPads]) {
        expect(f.source.length > 0 || f.noSourceKey === true).toBe(true);
        expect(f.ref).not.toBe('');
      }
    }
  });

  it('has both languages for every message key the engine can emit', () => {
    const keys = allScenarioMessageKeys(CRITICAL_ERROR_IDS);
    expect(keys.filter((k) => SCENARIO_TEXTS[k] === undefined)).toEqual([]);
    expect(Object.keys(SCENARIO_TEXTS).filter((k) => !keys.includes(k))).toEqual([]);
    for (const k of keys) {
      const t = SCENARIO_TEXTS[k];
      expect(t?.['zh-CN'].trim(), k).not.toBe('');
      expect(t?.en.trim(), k).not.toBe('');
      expect(placeholders(t?.['zh-CN'] ?? ''), k).toBe(placeholders(t?.en ?? ''));
    }
  });

  it('reuses the existing AED voice prompts, and the prompts it adds are voiced too', () => {
    for (const k of Object.values(EXISTING_AED_PROMPTS)) expect(VOICE_PROMPTS).toHaveProperty([k]);
    // Merged into src/adapters/audio/prompts.ts (with pinyin and audio) for the AED trainer.
    for (const k of SCENARIO_PROMPT_KEYS) expect(VOICE_PROMPTS).toHaveProperty([k]);
  });

  it('rejects broken scenario data', () => {
    const base = SCENARIOS.medicationPatch;
    const noEnglish = structuredClone(base) as unknown as { title: Record<string, string> };
    noEnglish.title.en = ' ';
    expect(scenarioSchema.safeParse(noEnglish).success).toBe(false);

    const unsourced = structuredClone(base) as unknown as { aed: { placements: { source: string[]; noSourceKey?: boolean } } };
    unsourced.aed.placements.source = [];
    delete unsourced.aed.placements.noSourceKey;
    expect(scenarioSchema.safeParse(unsourced).success).toBe(false);

    const wrongStep = structuredClone(base) as unknown as { checklist: { step: string }[] };
    (wrongStep.checklist[0] as { step: string }).step = 'breaths';
    expect(scenarioSchema.safeParse(wrongStep).success).toBe(false);

    const patchNowhere = structuredClone(base) as unknown as { hazards: { at?: unknown }[] };
    delete (patchNowhere.hazards[0] as { at?: unknown }).at;
    expect(scenarioSchema.safeParse(patchNowhere).success).toBe(false);

    const ghost = structuredClone(SCENARIOS.bystanderTouchesDuringAnalysis) as unknown as { bystanderScript: { bystanderId: string }[] };
    (ghost.bystanderScript[0] as { bystanderId: string }).bystanderId = 'nobody';
    expect(scenarioSchema.safeParse(ghost).success).toBe(false);
  });
});

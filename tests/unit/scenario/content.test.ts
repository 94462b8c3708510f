import { describe, expect, it } from 'vitest';
import { VOICE_PROMPTS } from '../../../src/adapters/audio/prompts';
import { PROFILES } from '../../../src/content/protocols';
import { CRITICAL_LABELS, SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { LOCALES } from '../../../src/content/locales/all';
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

type Tree = { [k: string]: string | Tree };
/** The locale text of an engine message key (AED prompts are captioned under `voice.`). */
function localeText(lng: 'zh-CN' | 'en', key: string): string | undefined {
  const full = key.startsWith('aed.') ? `voice.${key}` : key;
  const v = full.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), LOCALES[lng] as Tree);
  return typeof v === 'string' ? v : undefined;
}

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

  it('has both languages for every message key the engine can emit, in the scenario locale files', () => {
    const keys = allScenarioMessageKeys(CRITICAL_ERROR_IDS);
    for (const k of keys) {
      const zh = localeText('zh-CN', k);
      const en = localeText('en', k);
      expect(zh?.trim(), k).toBeTruthy();
      expect(en?.trim(), k).toBeTruthy();
      expect(placeholders(zh ?? ''), k).toBe(placeholders(en ?? ''));
    }
    // No message text the engine never emits.
    const groups = ['narration', 'hint', 'feedback', 'error', 'critical', 'rejected'];
    const scenarioTree = (LOCALES.en as Tree).scenario as Tree;
    const listed = groups.flatMap((g) => Object.keys(scenarioTree[g] as Tree).map((k) => `scenario.${g}.${k}`));
    expect(listed.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('labels critical errors on the result as the transcript names them', () => {
    for (const id of CRITICAL_ERROR_IDS) {
      for (const lng of ['zh-CN', 'en'] as const) expect(localeText(lng, `scenario.critical.${id}`), id).toBe(CRITICAL_LABELS[id][lng]);
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

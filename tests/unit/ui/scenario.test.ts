import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOICE_PROMPTS } from '../../../src/adapters/audio/prompts';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { LOCALES } from '../../../src/content/locales/all';
import { ACTION_TYPES, DEVICE_MODES, SCENARIO_MODES, SCENARIO_PROMPT_KEYS } from '../../../src/core/scenario';
import { ARREST_STEP_IDS } from '../../../src/core/protocol/profile';
import { bodyToStage, deviceTargets, scenarioLayout, stageToBody } from '../../../src/core/view/scenarioView';
import { parseLocation } from '../../../src/ui/routes';
import { scenarioHash } from '../../../src/ui/screens/scenarioRoute';

type Tree = { [k: string]: string | Tree };
function lookup(tree: Tree, key: string): string | undefined {
  let t: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (t === undefined || typeof t === 'string') return undefined;
    t = t[part];
  }
  return typeof t === 'string' ? t : undefined;
}

describe('scenario deep links', () => {
  it('opens the picker, with a preset mode when one is given', () => {
    expect(parseLocation('#/scenario', '').route).toEqual({ name: 'scenarioPicker' });
    expect(parseLocation('#/scenario?mode=guided', '').route).toEqual({ name: 'scenarioPicker', mode: 'guided' });
  });

  it('opens a scenario in the mode the link names, practice by default', () => {
    expect(parseLocation('#/scenario/adultShockable?mode=assessment', '')).toMatchObject({
      route: { name: 'scenario', id: 'adultShockable', mode: 'assessment' },
      unknown: false,
    });
    expect(parseLocation('#/scenario/infant', '').route).toEqual({ name: 'scenario', id: 'infant', mode: 'practice' });
    expect(parseLocation('#/scenario/infant?mode=exam', '').route).toEqual({ name: 'scenario', id: 'infant', mode: 'practice' });
  });

  it('round-trips every scenario and mode through its hash', () => {
    for (const id of SCENARIO_IDS) {
      for (const mode of SCENARIO_MODES) {
        expect(parseLocation(scenarioHash(id, mode), '').route).toEqual({ name: 'scenario', id, mode });
      }
    }
  });

  it('flags a malformed scenario id and falls back to the picker', () => {
    expect(parseLocation('#/scenario/%3Cscript%3E', '')).toMatchObject({ route: { name: 'scenarioPicker' }, unknown: true });
  });
});

describe('scenario texts', () => {
  it('captions the AED prompts the engine adds as they are spoken', () => {
    for (const key of SCENARIO_PROMPT_KEYS) {
      const spoken = VOICE_PROMPTS[key as keyof typeof VOICE_PROMPTS];
      expect(lookup(LOCALES['zh-CN'] as Tree, `voice.${key}`), key).toBe(spoken['zh-CN']);
      expect(lookup(LOCALES.en as Tree, `voice.${key}`), key).toBe(spoken.en);
    }
  });

  it('labels every action, device state, step and mode the screens show', () => {
    const keys = [
      ...ACTION_TYPES.filter((a) => !['cprSamples', 'tick', 'finish'].includes(a)).map((a) => `scenario.event.${a}`),
      ...DEVICE_MODES.map((m) => `scenario.device.mode.${m}`),
      ...ARREST_STEP_IDS.map((s) => `scenario.step.${s}`),
      ...SCENARIO_MODES.flatMap((m) => [`scenario.mode.${m}`, `scenario.modeHelp.${m}`]),
    ];
    for (const lng of ['zh-CN', 'en'] as const) {
      expect(keys.filter((k) => lookup(LOCALES[lng] as Tree, k) === undefined), lng).toEqual([]);
    }
  });

  it('keeps the scenario strings in their own locale files under `scenario`', () => {
    for (const f of ['scenario.zh-CN.json', 'scenario.en.json']) {
      const tree = JSON.parse(readFileSync(`src/content/locales/${f}`, 'utf8')) as Tree;
      expect(Object.keys(tree)).toEqual(['scenario']);
    }
  });
});

describe('AED trainer stage layout', () => {
  const sizes = [
    [358, 371],
    [358, 300],
    [1100, 620],
    [640, 620],
    [1500, 700],
  ] as const;

  it('keeps the patient, the device and its parts on the stage, and apart', () => {
    for (const [w, h] of sizes) {
      for (const backView of [false, true]) {
        const L = scenarioLayout(w, h, { backView, gauges: true, landmark: { x: 0.5, y: 0.55 } });
        const inStage = (r: { x: number; y: number; width: number; height: number }) =>
          r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 0.5 && r.y + r.height <= h + 0.5;
        expect(inStage(L.torso), `torso ${w}x${h}`).toBe(true);
        expect(inStage(L.device), `device ${w}x${h}`).toBe(true);
        for (const r of Object.values(deviceTargets(L))) expect(inStage(r), `target ${w}x${h}`).toBe(true);
        const overlap = L.torso.x < L.device.x + L.device.width && L.device.x < L.torso.x + L.torso.width &&
          L.torso.y < L.device.y + L.device.height && L.device.y < L.torso.y + L.torso.height;
        expect(overlap, `torso and device overlap at ${w}x${h}`).toBe(false);
        if (L.back) expect(L.back.x + L.back.width <= L.torso.x, 'back left of the torso').toBe(true);
        expect(L.chest.width).toBeGreaterThan(60);
      }
    }
  });

  it('maps body points to the stage and back (front and back views)', () => {
    const L = scenarioLayout(640, 620, { backView: true, gauges: true, landmark: { x: 0.5, y: 0.55 } });
    for (const p of [
      { surface: 'front' as const, x: 0.33, y: 0.14 },
      { surface: 'front' as const, x: 0.88, y: 0.47 },
      { surface: 'back' as const, x: 0.5, y: 0.3 },
    ]) {
      const s = bodyToStage(L, p);
      expect(s).not.toBeNull();
      const back = stageToBody(L, s!.x, s!.y);
      expect(back?.surface).toBe(p.surface);
      expect(back!.x).toBeCloseTo(p.x, 6);
      expect(back!.y).toBeCloseTo(p.y, 6);
    }
    expect(stageToBody(L, L.device.x + 5, L.device.y + 5)).toBeNull();
  });

  it('puts every suggested pad spot of every scenario on the drawn body', () => {
    for (const id of SCENARIO_IDS) {
      const s = SCENARIOS[id];
      const L = scenarioLayout(358, 371, { backView: s.patient.kind !== 'adult', gauges: false, landmark: { x: 0.5, y: 0.55 } });
      for (const targets of Object.values(s.body.suggested)) {
        for (const t of targets) {
          if (t.at.surface === 'back' && s.patient.kind === 'adult') continue;
          const p = bodyToStage(L, t.at);
          expect(p, `${id} ${t.pad}`).not.toBeNull();
          expect(stageToBody(L, p!.x, p!.y)?.surface, `${id} ${t.pad}`).toBe(t.at.surface);
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../src/content/protocols';
import { SCENARIOS, SCENARIO_IDS } from '../../../src/content/scenarios';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';
import {
  AED_PROMPTS,
  DEVICE_TIMINGS,
  HESITATION_MS,
  autoplay,
  scenarioResult,
  start,
  step,
  type ScenarioDef,
} from '../../../src/core/scenario';
import { drive } from './driver';

const variants = SCENARIO_IDS.flatMap((id) => PROFILE_IDS.map((p) => [id, p] as const));

/** Through the first analysis of an adult shockable scenario, ideal up to the AED. */
function toShockReady(scenario: ScenarioDef = SCENARIOS.adultShockable, profile = PROFILES.crc, seed = 1) {
  const d = drive(scenario, profile, { seed }).assess();
  if (scenario.patient.kind === 'infant') d.setHands('twoThumb');
  d.cycle().waitForAed().powerOn().expose();
  if (d.state.chest.wet) d.dry();
  if (d.state.chest.hairy) d.shave();
  if (d.state.chest.patchOn) d.removePatch();
  if (d.state.aed.padKind !== scenario.aed.expectedPads.value) d.selectPads(scenario.aed.expectedPads.value);
  d.placePads();
  if (!d.state.aed.connector) d.plug();
  return d;
}

describe('scenario engine: the ideal learner', () => {
  it.each(variants)('%s under %s completes, passes and earns every measurable item', (id, p) => {
    const d = drive(SCENARIOS[id], PROFILES[p]).idealToEnd();
    const r = d.result();
    expect(r.completed).toBe(true);
    expect(r.passed).toBe(true);
    expect(r.criticalErrors).toEqual([]);
    const lost = r.checklist.filter((c) => c.points > 0 && c.status !== 'earned');
    expect(lost.map((c) => `${c.id}:${c.status}`)).toEqual([]);
    expect(r.points.earned).toBe(r.points.possible);
    expect(r.timeline.ideal.every((s) => s.inOrder !== false)).toBe(true);
  });

  it('plays two shocks and two 2-minute cycles in the adult shockable scenario', () => {
    const d = drive(SCENARIOS.adultShockable).idealToEnd();
    const r = d.result();
    const shocks = d.state.analyses.filter((a) => a.shockT !== null);
    expect(shocks).toHaveLength(2);
    const [a0, a1] = d.state.analyses;
    // Re-analysis is the profile's 2 minutes after the shock (clinical.md: "every 2 min").
    expect((a1?.startT ?? 0) - (a0?.shockT ?? 0)).toBe(PROFILES.crc.aedReanalysisS.value * 1000);
    expect((d.state.handoverT ?? 0) - (a1?.shockT ?? 0)).toBe(120000);
    expect(r.cpr?.compressionCount).toBeGreaterThan(400);
    expect(d.effectKeys('prompt').filter((k) => k === AED_PROMPTS.shockDelivered)).toHaveLength(2);
  });
});

describe('scenario engine: the AED device', () => {
  it('speaks the trainer prompts in order with the device pace', () => {
    const d = toShockReady();
    const prompts = d.effectKeys('prompt');
    expect(prompts.slice(0, 2)).toEqual([AED_PROMPTS.applyPads, AED_PROMPTS.analysing]);
    const a = d.state.analyses[0];
    expect(a?.startT).toBe(d.state.aed.pads[1]?.t);
    d.wait();
    expect(d.state.aed.mode).toBe('charging');
    expect(d.state.analyses[0]?.endT).toBe((a?.startT ?? 0) + DEVICE_TIMINGS.analysisMs);
    d.wait();
    expect(d.state.aed.mode).toBe('shockReady');
    expect(d.state.analyses[0]?.shockReadyT).toBe((a?.startT ?? 0) + DEVICE_TIMINGS.analysisMs + DEVICE_TIMINGS.chargeMs);
    expect(d.effectKeys('prompt').slice(2)).toEqual([AED_PROMPTS.shockAdvised, AED_PROMPTS.pressShock]);
    expect(d.effects.some((e) => e.type === 'sound' && e.name === 'aedCharging')).toBe(true);
  });

  it('lets the shock button work only after "stand clear"', () => {
    const d = toShockReady().wait().wait();
    d.shock();
    expect(d.state.aed.mode).toBe('shockReady');
    expect(d.effectKeys('feedback')).toContain('scenario.feedback.standClearFirst');
    d.standClear().shock();
    expect(d.state.aed.mode).toBe('cpr');
    expect(d.state.analyses[0]?.shockT).not.toBeNull();
    expect(d.effectKeys('prompt')).toContain(AED_PROMPTS.shockDelivered);
  });

  it('says "no shock advised" and starts the CPR cycle for a non-shockable rhythm', () => {
    const d = toShockReady(SCENARIOS.adultNonShockable).wait();
    expect(d.state.aed.mode).toBe('cpr');
    expect(d.effectKeys('prompt')).toContain(AED_PROMPTS.noShock);
    expect(d.effectKeys('prompt')).not.toContain(AED_PROMPTS.shockAdvised);
  });

  it('waits for the connector and opens with the lid where the device works so', () => {
    const d = drive(SCENARIOS.adultNonShockable).assess().cycle().waitForAed();
    d.powerOn();
    expect(d.state.aed.poweredT).not.toBeNull();
    d.expose().placePads();
    expect(d.state.aed.mode).toBe('awaitingConnector');
    expect(d.effectKeys('prompt')).toContain(AED_PROMPTS.plugIn);
    d.plug();
    expect(d.state.aed.mode).toBe('analysing');

    const e = drive(SCENARIOS.adultNonShockable).assess().cycle().waitForAed().do({ type: 'aedPowerOn' });
    expect(e.state.aed.poweredT).toBeNull();
    expect(e.effectKeys('feedback')).toContain('scenario.feedback.openLidToPowerOn');
  });

  it('will not analyse through chest hair: "check pads" until shaved', () => {
    const d = drive(SCENARIOS.hairyChest).assess().cycle().waitForAed().powerOn().expose().placePads();
    expect(d.state.aed.mode).toBe('checkPads');
    expect(d.effectKeys('prompt')).toContain(AED_PROMPTS.checkPads);
    d.shave();
    expect(d.effectKeys('feedback')).toContain('scenario.feedback.removePadsFirst');
    d.removePads().shave().placePads();
    expect(d.state.aed.mode).toBe('analysing');
    const r = d.idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'prepareChest')?.status).toBe('missed');
    expect(r.errors.map((e) => e.id)).toContain('poorPadContact');
  });

  it('refuses pads on a covered chest', () => {
    const d = drive(SCENARIOS.adultShockable).assess().cycle().waitForAed().powerOn().placePads();
    expect(d.state.aed.pads).toEqual([]);
    expect(d.effectKeys('feedback')).toContain('scenario.feedback.exposeChestFirst');
  });

  it('plays CPR only where the profile does not use the AED on this patient', () => {
    const noAedUnderAha: ScenarioDef = {
      ...SCENARIOS.adultShockable,
      aed: { ...SCENARIOS.adultShockable.aed, profiles: { ...SCENARIOS.adultShockable.aed.profiles, value: ['crc'] } },
    };
    const d = drive(noAedUnderAha, PROFILES.aha2025).idealToEnd();
    const r = d.result();
    expect(r.completed).toBe(true);
    expect(d.state.aed.mode).toBe('absent');
    expect(r.checklist.some((c) => c.step === 'useAed')).toBe(false);
    expect(d.state.endT! - d.state.cpr.firstT!).toBe(2 * 120000);
    expect(r.passed).toBe(true);
  });
});

describe('scenario engine: exam sheet and profile order', () => {
  it('derives the sheet from the profile: CRC-only steps appear only under crc', () => {
    const crc = drive(SCENARIOS.adultShockable, PROFILES.crc).result().checklist.map((c) => c.id);
    const aha = drive(SCENARIOS.adultShockable, PROFILES.aha2025).result().checklist.map((c) => c.id);
    for (const id of ['noteTime', 'positionPatient', 'reassess', 'nameBystander'] as const) {
      expect(crc).toContain(id);
      expect(aha).not.toContain(id);
    }
  });

  it('orders the checklist by the active profile (ERC opens the airway before the breathing check)', () => {
    const ids = drive(SCENARIOS.adultShockable, PROFILES.erc2025).result().checklist.map((c) => c.id);
    expect(ids.indexOf('openAirway')).toBeLessThan(ids.indexOf('checkBreathing'));
    expect(ids.indexOf('checkBreathing')).toBeLessThan(ids.indexOf('callEmergency'));
    const crc = drive(SCENARIOS.adultShockable, PROFILES.crc).result().checklist.map((c) => c.id);
    expect(crc.indexOf('callEmergency')).toBeLessThan(crc.indexOf('checkBreathing'));
  });

  it("judges a sequence only by the active profile's order", () => {
    // ERC's order: airway, breathing check, then the call.
    const ercOrder = (p: (typeof PROFILE_IDS)[number]) =>
      drive(SCENARIOS.adultShockable, PROFILES[p]).checkScene().tapAndShout().openAirway().checkBreathing().call().idealToEnd().result();
    const underErc = ercOrder('erc2025');
    expect(underErc.checklist.filter((c) => c.status === 'outOfOrder')).toEqual([]);
    const underCrc = ercOrder('crc');
    expect(underCrc.checklist.filter((c) => c.status === 'outOfOrder').map((c) => c.id)).toEqual(['checkBreathing']);
    // CRC's order (call before the breathing check, no airway first) under ERC.
    const crcOrderUnderErc = drive(SCENARIOS.adultShockable, PROFILES.erc2025).checkScene().tapAndShout().call().checkBreathing().idealToEnd().result();
    expect(crcOrderUnderErc.checklist.filter((c) => c.status === 'outOfOrder').map((c) => c.id).sort()).toEqual(['callEmergency', 'checkBreathing']);
  });

  it('costs a skipped step its own item only, and says so in practice mode', () => {
    const d = drive(SCENARIOS.adultShockable).checkScene().tapAndShout().checkBreathing();
    expect(d.effects.some((e) => e.type === 'feedback' && e.key === 'scenario.feedback.outOfOrder')).toBe(true);
    const r = d.idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'checkBreathing')?.status).toBe('outOfOrder');
    expect(r.checklist.find((c) => c.id === 'compressionsStarted')?.status).toBe('earned');
  });

  it('scores compressions started before the assessment as out of order', () => {
    const r = drive(SCENARIOS.adultShockable).checkScene().compress(30).tapAndShout().idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'compressionsStarted')?.status).toBe('outOfOrder');
  });

  it('checks the number dialled against the profile', () => {
    const r = drive(SCENARIOS.adultShockable, PROFILES.crc).checkScene().tapAndShout().call({ number: '911' }).idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'callEmergency')?.status).toBe('missed');
    expect(r.errors.map((e) => e.id)).toContain('wrongEmergencyNumber');
  });

  it('fails the attempt below the pass mark even without a critical error', () => {
    // A learner who never assesses and never opens the airway, but does everything else.
    const skip = new Set(['checkScene', 'tapAndShout', 'checkBreathing', 'noteTime', 'positionPatient', 'openAirway'] as const);
    const r = drive(SCENARIOS.adultShockable).idealToEnd({ skip }).result();
    expect(r.completed).toBe(true);
    expect(r.criticalErrors).toEqual([]);
    expect(r.points.pct).toBeLessThan(r.passThresholdPct);
    expect(r.passed).toBe(false);
  });

  it('scores poor CPR through the CPR engine', () => {
    const d = drive(SCENARIOS.adultShockable).assess();
    for (let i = 0; i < 3; i++) d.cycle({ depthMm: 40, rate: 90 });
    const r = d.idealToEnd().result();
    expect(r.cpr?.depth.pctInRange).toBeLessThan(100);
    expect(r.cpr?.targets.depthMm).toMatchObject({ min: 50, max: 60 });
  });
});

describe('scenario engine: child and infant', () => {
  it('expects child pads when the kit has them and accepts either placement', () => {
    for (const placement of ['anterolateral', 'anteroposterior'] as const) {
      const d = drive(SCENARIOS.child).assess().cycle().waitForAed().powerOn().expose().selectPads('child').placePads(placement);
      const r = d.idealToEnd().result();
      expect(r.checklist.find((c) => c.id === 'padsChoice')?.status).toBe('earned');
      expect(r.checklist.find((c) => c.id === 'padPlacement')?.status).toBe('earned');
    }
    const adultPads = drive(SCENARIOS.child).assess().cycle().waitForAed().powerOn().expose().placePads('anteroposterior').idealToEnd().result();
    expect(adultPads.checklist.find((c) => c.id === 'padsChoice')?.status).toBe('missed');
    expect(adultPads.errors.map((e) => e.id)).toContain('wrongPads');
  });

  it('uses the profile child targets for CPR', () => {
    const r = drive(SCENARIOS.child).idealToEnd().result();
    expect(r.cpr?.targets.patient).toBe('child');
    expect(r.cpr?.targets.depthMm.nominalMm).toBe(50);
  });

  it('front-and-back for adult pads on a small child; anterolateral makes them touch', () => {
    const al = drive(SCENARIOS.childAdultPads).assess().cycle().waitForAed().powerOn().expose().placePads('anterolateral');
    expect(al.criticalIds()).toContain('padsTouching');
    const ap = drive(SCENARIOS.childAdultPads).idealToEnd().result();
    expect(ap.checklist.find((c) => c.id === 'padPlacement')?.status).toBe('earned');
  });

  it('infant: front-and-back pads; anterolateral costs the item', () => {
    const d = drive(SCENARIOS.infant).assess().setHands('twoThumb').cycle().waitForAed().powerOn().expose();
    d.placePads('anterolateral');
    const r = d.idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'padPlacement')?.status).toBe('missed');
    expect(r.criticalErrors).toEqual([]);
  });

  it("infant technique: scored under aha2025 (two fingers removed), not scored where the profile's value is its own choice", () => {
    const twoFingers = (p: (typeof PROFILE_IDS)[number]) =>
      drive(SCENARIOS.infant, PROFILES[p]).assess().setHands('twoFingers').cycle().idealToEnd().result().checklist.find((c) => c.id === 'infantTechnique');
    expect(twoFingers('aha2025')?.status).toBe('missed');
    expect(twoFingers('crc')?.status).toBe('notScored');
    expect(twoFingers('erc2025')?.status).toBe('notScored');
    expect(twoFingers('crc')?.points).toBe(0);
    const thumbs = drive(SCENARIOS.infant, PROFILES.aha2025).assess().setHands('twoThumb').idealToEnd().result();
    expect(thumbs.checklist.find((c) => c.id === 'infantTechnique')?.status).toBe('earned');
    expect(thumbs.cpr?.targets.patient).toBe('infant');
  });
});

describe('scenario engine: timings', () => {
  it('records collapse → first compression, call, AED on and first shock', () => {
    const d = drive(SCENARIOS.adultShockable, PROFILES.crc, { startT: 5000 }).idealToEnd();
    const r = d.result();
    const t = r.timings;
    expect(t.originT).toBe(5000);
    expect(t.toCallMs).toBe((d.state.call.correctT ?? 0) - 5000);
    expect(t.toFirstCompressionMs).toBeCloseTo((r.cpr?.compressions[0]?.onsetT ?? 0) - 5000, 6);
    expect(t.toAedOnMs).toBe((d.state.aed.poweredT ?? 0) - 5000);
    expect(t.toFirstShockMs).toBe((d.state.analyses[0]?.shockT ?? 0) - 5000);
    expect(t.aedArrivalToShockMs).toBe((d.state.analyses[0]?.shockT ?? 0) - (d.state.aed.arrivedT ?? 0));
    expect(t.toCallMs!).toBeLessThan(t.toFirstCompressionMs!);
    expect(t.targetMs).toBe(PROFILES.crc.maxInterruptionS.value * 1000);
  });

  it('measures every pre- and post-shock pause against the profile limit', () => {
    const r = drive(SCENARIOS.adultShockable).idealToEnd().result();
    const [first, second] = r.timings.handsOff;
    expect(first?.includesPadPlacement).toBe(true);
    expect(second?.includesPadPlacement).toBe(false);
    expect(second?.preShockMs).toBeLessThan(10000);
    expect(second?.preShockOk).toBe(true);
    for (const h of r.timings.handsOff) {
      expect(h.postShockMs).toBeLessThan(10000);
      expect(h.totalMs).toBe((h.resumeT ?? 0) - (h.lastCompressionT ?? 0));
    }
    // The AED pauses are planned pauses for the CPR engine.
    expect(r.cpr?.pauses.some((p) => p.planned && (p.kind === 'analysis' || p.kind === 'shock'))).toBe(true);
  });

  it('fails a slow resumption after the shock', () => {
    const d = toShockReady().wait().standClear().wait().standClear().shock().after(12000).compress(30);
    const r = d.idealToEnd().result();
    expect(r.timings.handsOff[0]?.postShockMs).toBeGreaterThan(10000);
    expect(r.checklist.find((c) => c.id === 'postShockPause')?.status).toBe('missed');
  });

  it('judges 30:2 cycles within each stretch between analyses', () => {
    const r = drive(SCENARIOS.adultShockable).idealToEnd().result();
    expect(r.cycles.length).toBeGreaterThan(5);
    expect(r.cycles.every((c) => c.ok)).toBe(true);
  });
});

describe('scenario engine: touching and bystanders', () => {
  it('records the learner touching during analysis', () => {
    const d = toShockReady().compress(5);
    const r = d.idealToEnd().result();
    expect(r.errors.map((e) => e.id)).toContain('touchDuringAnalysis');
    expect(r.checklist.find((c) => c.id === 'clearDuringAnalysis')?.status).toBe('missed');
  });

  it('draws the bystander script from the seed: same seed, same script; seeds differ', () => {
    const s = SCENARIOS.bystanderTouchesDuringAnalysis;
    const touches = (seed: number) => start(s, PROFILES.crc, { seed }).state.ctx.touches;
    expect(touches(3)).toEqual(touches(3));
    const scripts = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(touches(i))));
    expect(scripts.size).toBeGreaterThan(5);
    for (let seed = 0; seed < 20; seed++) {
      const t = touches(seed).find((x) => x.during === 'analysis');
      expect(t?.delayMs).toBeGreaterThanOrEqual(1000);
      expect(t?.delayMs).toBeLessThanOrEqual(3500);
    }
    expect(new Set(Array.from({ length: 20 }, (_, i) => touches(i).length))).toEqual(new Set([1, 2]));
  });

  it('a bystander touches during analysis; "stand clear" in time keeps the item', () => {
    const d = toShockReady(SCENARIOS.bystanderTouchesDuringAnalysis);
    d.waitUntil((s) => s.touch.bystander !== null);
    expect(d.effects.some((e) => e.type === 'narration' && e.key === 'scenario.narration.bystanderTouching')).toBe(true);
    d.after(500).standClear();
    const r = d.idealToEnd().result();
    expect(r.checklist.find((c) => c.id === 'clearDuringAnalysis')?.status).toBe('earned');

    const late = toShockReady(SCENARIOS.bystanderTouchesDuringAnalysis).waitForMode('charging').idealToEnd().result();
    expect(late.errors.map((e) => e.id)).toContain('bystanderNotCleared');
    expect(late.checklist.find((c) => c.id === 'clearDuringAnalysis')?.status).toBe('missed');
  });

  it('a bystander reaching in while the button flashes: shocking then is a critical error', () => {
    const seed = Array.from({ length: 50 }, (_, i) => i).find((i) =>
      start(SCENARIOS.bystanderTouchesDuringAnalysis, PROFILES.crc, { seed: i }).state.ctx.touches.some((t) => t.during === 'shockReady'),
    );
    expect(seed).toBeDefined();
    const d = toShockReady(SCENARIOS.bystanderTouchesDuringAnalysis, PROFILES.crc, seed);
    d.waitUntil((s) => s.touch.bystander !== null).standClear().waitForMode('charging').standClear().waitForMode('shockReady');
    d.waitUntil((s) => s.touch.bystander !== null);
    d.after(200).shock();
    expect(d.criticalIds()).toContain('shockWhileTouching');
  });
});

describe('scenario engine: modes and effects', () => {
  it('is blinded in assessment mode: no hints, feedback or error effects', () => {
    const d = drive(SCENARIOS.wetGround, PROFILES.crc, { mode: 'assessment' }).tapAndShout().compress(5).idealToEnd();
    expect(d.effects.filter((e) => e.type === 'hint' || e.type === 'feedback' || e.type === 'error')).toEqual([]);
    expect(d.result().criticalErrors.map((c) => c.id)).toContain('noSceneCheckWithHazard');
  });

  it('gives feedback and errors but no hints in practice mode', () => {
    const d = drive(SCENARIOS.wetGround, PROFILES.crc, { mode: 'practice' }).tapAndShout().wait(HESITATION_MS * 2);
    expect(d.effects.some((e) => e.type === 'error' && e.critical)).toBe(true);
    expect(d.effects.some((e) => e.type === 'hint')).toBe(false);
  });

  it('hints the next step after a hesitation in guided mode', () => {
    const d = drive(SCENARIOS.adultShockable, PROFILES.crc, { mode: 'guided', startT: 0 });
    expect(d.effects).toContainEqual({ type: 'timer', id: 'hint', at: HESITATION_MS });
    d.tick(HESITATION_MS - 1);
    expect(d.effects.some((e) => e.type === 'hint')).toBe(false);
    d.tick(HESITATION_MS);
    expect(d.effects.filter((e) => e.type === 'hint').map((e) => ('key' in e ? e.key : ''))).toEqual(['scenario.hint.checkScene']);
    d.checkScene().after(HESITATION_MS).tick(d.state.now + HESITATION_MS);
    expect(d.effectKeys('hint').at(-1)).toBe('scenario.hint.tapAndShout');
  });

  it('announces device timers as effects for the adapters', () => {
    const d = drive(SCENARIOS.adultShockable).assess();
    const callT = d.state.call.aedRequestedT ?? 0;
    expect(d.effects).toContainEqual({ type: 'timer', id: 'aedArrival', at: callT + SCENARIOS.adultShockable.aed.arrivalDelayMs });
  });

  it('carries message keys only, never text', () => {
    const d = drive(SCENARIOS.hairyChest, PROFILES.crc, { mode: 'guided' }).compress(3).idealToEnd();
    for (const e of d.effects) if ('key' in e) expect(e.key).toMatch(/^(aed|scenario)\.[a-zA-Z]+(\.[a-zA-Z]+)?$/);
  });
});

describe('scenario engine: purity and robustness', () => {
  it('never changes the state it is given', () => {
    const d = toShockReady();
    const before = structuredClone(d.state);
    const snapshot = d.state;
    step(snapshot, { type: 'standClear', t: d.state.now + 100 });
    step(snapshot, { type: 'tick', t: d.state.now + 60000 });
    expect(structuredClone(snapshot)).toEqual(before);
  });

  it('rejects time going backwards, impossible samples and actions after the end', () => {
    const d = drive(SCENARIOS.adultShockable).checkScene();
    const s = d.state;
    expect(step(s, { type: 'tapAndShout', t: s.now - 1000 }).effects).toEqual([{ type: 'rejected', key: 'scenario.rejected.timeBackwards' }]);
    const bad = step(s, { type: 'cprSamples', t: s.now + 10, samples: [{ t: s.now + 10, source: 'pointer', depthMm: -3 }] });
    expect(bad.effects).toEqual([{ type: 'rejected', key: 'scenario.rejected.badSample' }]);
    expect(bad.state).toBe(s);
    expect(step(s, { type: 'dance', t: s.now } as never).effects[0]).toEqual({ type: 'rejected', key: 'scenario.rejected.badAction' });
    const done = d.finish().state;
    expect(step(done, { type: 'checkScene', t: done.now + 1 }).effects).toEqual([{ type: 'rejected', key: 'scenario.rejected.finished' }]);
    expect(step(done, { type: 'tick', t: done.now + 1 }).effects).toEqual([]);
  });

  it('gives the same result however the chest input is batched and however often it ticks', () => {
    const base = drive(SCENARIOS.adultShockable, PROFILES.crc, { seed: 4 }).idealToEnd();
    const rebatched = drive(SCENARIOS.adultShockable, PROFILES.crc, { seed: 4 });
    for (const a of base.actions) {
      if (a.type === 'cprSamples') {
        // Stream the same samples in frames of 7, with extra ticks between.
        for (let i = 0; i < a.samples.length; i += 7) {
          const chunk = a.samples.slice(i, i + 7);
          rebatched.send({ type: 'cprSamples', t: chunk[chunk.length - 1]!.t, samples: chunk });
          rebatched.send({ type: 'tick', t: chunk[chunk.length - 1]!.t });
        }
        if (a.t > a.samples[a.samples.length - 1]!.t) rebatched.send({ type: 'tick', t: a.t });
      } else rebatched.send(a);
    }
    const r1 = base.result();
    const r2 = rebatched.result();
    expect(r2.checklist).toEqual(r1.checklist);
    expect(r2.timings).toEqual(r1.timings);
    expect(r2.cpr?.compressionCount).toBe(r1.cpr?.compressionCount);
    expect(r2.points).toEqual(r1.points);
  });

  it('fires device timers at their own time even when the next action comes much later', () => {
    const d = toShockReady();
    const startT = d.state.analyses[0]!.startT;
    d.tick(startT + 60000);
    // Charged, ready, and disarmed 30 s later: each at its own time, not at the late tick.
    expect(d.state.analyses[0]?.endT).toBe(startT + DEVICE_TIMINGS.analysisMs);
    expect(d.state.analyses[0]?.timedOut).toBe(true);
    expect(d.state.aed.cycleStartT).toBe(startT + DEVICE_TIMINGS.analysisMs + DEVICE_TIMINGS.chargeMs + DEVICE_TIMINGS.shockReadyTimeoutMs);
    expect(d.criticalIds()).toContain('shockNotDelivered');
  });

  it('counts finishing at the EMS handover as completed, without the report item', () => {
    const d = drive(SCENARIOS.adultNonShockable, PROFILES.crc).idealToEnd({ skip: new Set(['reassess']), maxSteps: 400 });
    expect(d.state.phase).toBe('handover');
    const r = d.finish().result();
    expect(r.completed).toBe(true);
    expect(r.checklist.find((c) => c.id === 'reassess')?.status).toBe('missed');
  });

  it('rejects a sample batch that starts before the last action', () => {
    const d = drive(SCENARIOS.adultShockable).checkScene().tapAndShout();
    const t = d.state.now - 500;
    expect(step(d.state, { type: 'cprSamples', t, samples: [{ t, source: 'keyboard', kind: 'press' }] }).effects).toEqual([
      { type: 'rejected', key: 'scenario.rejected.timeBackwards' },
    ]);
  });

  it('autoplay from the start is the ideal learner (demonstration)', () => {
    const s = start(SCENARIOS.medicationPatch, PROFILES.aha2025, { seed: 2 });
    const run = autoplay(s.state);
    expect(run.state.phase).toBe('done');
    expect(scenarioResult(run.state).passed).toBe(true);
  });
});

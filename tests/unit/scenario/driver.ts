import { PROFILES } from '../../../src/content/protocols';
import { synthesizePresses, synthesizeTrace } from '../../../src/core/cpr/synthetic';
import type { Sample } from '../../../src/core/cpr/sample';
import type { ProtocolProfile } from '../../../src/core/protocol/profile';
import {
  autoplay,
  scenarioResult,
  start,
  step,
  suggestedPads,
  type BodyPoint,
  type HandTechnique,
  type PadKind,
  type PadLabel,
  type Placement,
  type RunOptions,
  type ScenarioAction,
  type ScenarioDef,
  type ScenarioEffect,
  type ScenarioMode,
  type ScenarioResult,
  type ScenarioState,
} from '../../../src/core/scenario';

type Untimed<A> = A extends ScenarioAction ? Omit<A, 't'> : never;

export interface CompressOptions {
  rate?: number;
  depthMm?: number;
  residualMm?: number;
  handOk?: boolean;
  /** Press/release input without depth. */
  keyboard?: boolean;
}

/**
 * A fluent driver for scenario tests: `drive(s).checkScene().tapAndShout().call().checkBreathing()
 * .compress(30, { rate: 110, depthMm: 55 })...`. Each step happens `gapMs` after the previous one
 * unless `.at(t)` or `.after(ms)` says otherwise; chest input comes from the CPR engine's seeded
 * synthetic traces.
 */
export class Driver {
  state: ScenarioState;
  readonly actions: ScenarioAction[] = [];
  readonly effects: ScenarioEffect[] = [];
  gapMs = 1000;
  private nextT: number | null = null;

  constructor(
    readonly scenario: ScenarioDef,
    readonly profile: ProtocolProfile,
    readonly options: { seed: number; mode: ScenarioMode; startT: number },
  ) {
    const r = start(scenario, profile, options);
    this.state = r.state;
    this.effects.push(...r.effects);
  }

  /** Time of the next action (then reset to the default gap). */
  at(t: number): this {
    this.nextT = t;
    return this;
  }

  after(ms: number): this {
    this.nextT = this.state.now + ms;
    return this;
  }

  private time(): number {
    const t = this.nextT ?? this.state.now + this.gapMs;
    this.nextT = null;
    return t;
  }

  send(action: ScenarioAction): ScenarioEffect[] {
    const r = step(this.state, action);
    this.state = r.state;
    this.actions.push(action);
    this.effects.push(...r.effects);
    return r.effects;
  }

  do(action: Untimed<ScenarioAction>): this {
    this.send({ ...action, t: this.time() } as ScenarioAction);
    return this;
  }

  checkScene = () => this.do({ type: 'checkScene' });
  moveFromWater = () => this.do({ type: 'moveFromWater' });
  tapAndShout = () => this.do({ type: 'tapAndShout' });
  call(o: { number?: string; bystanderId?: string | null; askAed?: boolean } = {}): this {
    const bystanderId = o.bystanderId === undefined ? this.scenario.bystanders[0]?.id : o.bystanderId;
    const base = { type: 'callForHelp' as const, number: o.number ?? this.profile.emergencyNumber.value, askAed: o.askAed ?? true };
    return this.do(bystanderId === null || bystanderId === undefined ? base : { ...base, bystanderId });
  }
  checkBreathing(ms = 7000): this {
    const t = this.time();
    this.send({ type: 'checkBreathing', startT: t - ms, t });
    return this;
  }
  noteTime = () => this.do({ type: 'noteTime' });
  position = () => this.do({ type: 'positionPatient' });
  openAirway = () => this.do({ type: 'openAirway' });
  setHands = (technique: HandTechnique) => this.do({ type: 'setHands', technique });
  breath(ms = 1000): this {
    const end = this.time() + ms;
    this.send({ type: 'giveBreath', startT: end - ms, t: end });
    return this;
  }
  breaths(n = 2, ms = 1000): this {
    for (let i = 0; i < n; i++) this.after(500).breath(ms);
    return this;
  }

  /** `n` compressions starting now (or at `.at()`), as depth samples (default) or key presses. */
  compress(n: number, o: CompressOptions = {}): this {
    const startT = this.nextT ?? this.state.now + 300;
    this.nextT = null;
    const rateCpm = o.rate ?? 110;
    let samples: Sample[];
    if (o.keyboard === true) samples = synthesizePresses({ compressions: n, rateCpm, startT });
    else {
      const band = this.state.ctx.targets.depthMm;
      const trace = synthesizeTrace({
        compressions: n,
        rateCpm,
        startT,
        sampleHz: 100,
        depthMm: o.depthMm ?? (band.min + band.max) / 2,
        residualMm: o.residualMm ?? 0,
        seed: Math.round(startT),
        ...(o.handOk === undefined ? { handOk: true } : { handOk: o.handOk }),
      });
      const last = trace.samples[trace.samples.length - 1] as Sample;
      samples = [...trace.samples, { t: last.t + 10, source: 'pointer', depthMm: 0, handOk: o.handOk ?? true }];
    }
    this.send({ type: 'cprSamples', t: (samples[samples.length - 1] as Sample).t, samples });
    return this;
  }

  /** One 30:2 cycle (the profile's ratio): compressions, airway, breaths. */
  cycle(o: CompressOptions = {}): this {
    const r = this.state.ctx.targets.ratio.value;
    return this.compress(r.compressions, o).after(500).openAirway().breaths(r.breaths);
  }

  tick(t: number): this {
    this.send({ type: 'tick', t });
    return this;
  }

  /** Lets time pass to the next device timer (or by `ms`). */
  wait(ms?: number): this {
    if (ms !== undefined) return this.tick(this.state.now + ms);
    const next = Math.min(...this.state.timers.map((x) => x.at));
    return this.tick(Number.isFinite(next) ? next : this.state.now + 1000);
  }

  waitUntil(pred: (s: ScenarioState) => boolean, limit = 50): this {
    for (let i = 0; i < limit && !pred(this.state); i++) this.wait();
    if (!pred(this.state)) throw new Error('waitUntil: condition never held');
    return this;
  }

  waitForAed = () => this.waitUntil((s) => s.aed.mode !== 'absent');
  powerOn = () => this.do(this.scenario.aed.powerOn === 'lid' ? { type: 'openLid' } : { type: 'aedPowerOn' });
  expose = () => this.do({ type: 'exposeChest' });
  dry = () => this.do({ type: 'dryChest' });
  shave = () => this.do({ type: 'shaveChest' });
  removePatch = () => this.do({ type: 'removePatch' });
  selectPads = (kind: PadKind) => this.do({ type: 'selectPads', kind });
  placePad = (pad: PadLabel, at: BodyPoint) => this.do({ type: 'placePad', pad, at });
  /** Both pads at the suggested spots for `placement` (default: the scenario's first accepted one). */
  placePads(placement?: Placement): this {
    for (const p of suggestedPads(this.state, placement)) this.placePad(p.pad, p.at);
    return this;
  }
  /** Both pads at the centres of the placement's zones (where a patch or implant sits in the hazard scenarios). */
  placePadsNaive(placement: Placement = 'anterolateral'): this {
    const [a, b] = this.scenario.body.placementZones[placement];
    const labels: [PadLabel, PadLabel] = placement === 'anterolateral' ? ['right', 'left'] : ['front', 'back'];
    for (const [i, z] of [a, b].entries()) {
      const zone = this.scenario.body.zones[z];
      this.placePad(labels[i] as PadLabel, { surface: zone.surface, x: zone.x, y: zone.y });
    }
    return this;
  }
  removePads = () => this.do({ type: 'removePads' });
  plug = () => this.do({ type: 'plugConnector' });
  standClear = () => this.do({ type: 'standClear' });
  touch = () => this.do({ type: 'touchPatient' });
  shock = () => this.do({ type: 'pressShock' });
  reassess = () => this.do({ type: 'reassess' });
  finish = () => this.do({ type: 'finish' });

  waitForMode = (mode: ScenarioState['aed']['mode']) => this.waitUntil((s) => s.aed.mode === mode);

  /** Lets the ideal learner finish the attempt. */
  idealToEnd(options: RunOptions = {}): this {
    const run = autoplay(this.state, { cpr: { input: 'depth', handOk: true }, ...options });
    this.state = run.state;
    this.actions.push(...run.actions);
    this.effects.push(...run.effects);
    return this;
  }

  /** The assessment steps before compressions, in the active profile's order. */
  assess(): this {
    const order = this.profile.arrestSteps.value;
    const c = order.indexOf('compressions');
    for (const s of order.slice(0, c)) {
      if (s === 'sceneSafe') {
        this.checkScene();
        if (this.state.scene.inWater) this.moveFromWater();
      } else if (s === 'checkResponse') this.tapAndShout();
      else if (s === 'callForHelp') this.call();
      else if (s === 'checkBreathing') this.checkBreathing();
      else if (s === 'noteTime') this.noteTime();
      else if (s === 'position') this.position();
      else if (s === 'openAirway') this.openAirway();
    }
    return this;
  }

  result(): ScenarioResult {
    return scenarioResult(this.state);
  }

  effectKeys(type: ScenarioEffect['type']): string[] {
    return this.effects.filter((e) => e.type === type).map((e) => ('key' in e ? e.key : e.type));
  }

  criticalIds(): string[] {
    return this.result().criticalErrors.map((c) => c.id);
  }
}

export function drive(
  scenario: ScenarioDef,
  profile: ProtocolProfile = PROFILES.crc,
  options: Partial<{ seed: number; mode: ScenarioMode; startT: number }> = {},
): Driver {
  return new Driver(scenario, profile, { seed: options.seed ?? 1, mode: options.mode ?? 'practice', startT: options.startT ?? 1000 });
}

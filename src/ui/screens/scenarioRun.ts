import { html, nothing, type TemplateResult } from 'lit-html';
import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord } from '../../core/attempt';
import type { Sample } from '../../core/cpr/sample';
import {
  idealSpot,
  logFor,
  padSpots,
  scenarioResult,
  start,
  step,
  suggestedPads,
  type HandTechnique,
  type HintId,
  type PadKind,
  type PadLabel,
  type PadSpot,
  type Placement,
  type ScenarioAction,
  type ScenarioEffect,
  type ScenarioMode,
  type ScenarioState,
  type StartOptions,
} from '../../core/scenario';
import { getScenario, isScenarioId } from '../../content/scenarios';
import { MANIKIN_MAX_TRAVEL_MM } from '../../core/view/cprView';
import {
  bodyToStage,
  scenarioLayout,
  stageToBody,
  type ScenarioIntent,
  type ScenarioViewModel,
} from '../../core/view/scenarioView';
import { num } from '../format';
import { createSampleBatch } from '../components/sampleBatch';
import { transcript, withLine, type TranscriptLine } from '../components/transcript';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import type { ScenarioAttempt } from './scenarioResult';
import { clock, localized, messageText } from './scenarioText';
import './scenario.css';

/** Screen pixels per millimetre of chest travel, as in the CPR drill (60 mm is 150 px). */
const PX_PER_MM = 2.5;
/** The CPR landmark within the chest plate (lower half of the sternum), as in the CPR drill. */
const LANDMARK = { x: 0.5, y: 0.55 };
const METRONOME_BPM = 110;
/** A stroke's peak is final once the chest is back above this depth (mm). */
const RELEASED_MM = 5;

type LineKind = 'prompt' | 'narration' | 'hint' | 'feedback' | 'error' | 'critical' | 'rejected';
type Line = TranscriptLine<LineKind>;

const BUSY = new Set(['analysing', 'charging', 'shockReady']);
const TECHNIQUES: readonly HandTechnique[] = ['twoThumb', 'twoFingers', 'oneHand', 'twoHands'];
const NUMBERS = ['110', '112', '119', '120', '911'] as const;

/** The controls a guided hint points at (data-testid prefixes; '*' matches a family). */
const HINT_TARGETS: Partial<Record<HintId, string>> = {
  checkScene: 'act-checkScene',
  moveFromWater: 'act-moveFromWater',
  tapAndShout: 'act-tapAndShout',
  callForHelp: 'act-callForHelp',
  askForAed: 'act-callForHelp',
  checkBreathing: 'act-checkBreathing',
  noteTime: 'act-noteTime',
  positionPatient: 'act-positionPatient',
  setHands: 'hands-',
  compress: 'cpr-chest',
  openAirway: 'act-openAirway',
  giveBreath: 'act-giveBreath',
  aedPowerOn: 'act-aedPowerOn',
  openLid: 'act-openLid',
  exposeChest: 'act-exposeChest',
  dryChest: 'act-dryChest',
  shaveChest: 'act-shaveChest',
  removePatch: 'act-removePatch',
  selectPads: 'act-selectPads-',
  placePad: 'act-placePad-',
  removePads: 'act-removePads',
  plugConnector: 'act-plugConnector',
  standClear: 'act-standClear',
  pressShock: 'act-pressShock',
  reassess: 'act-reassess',
};

function placementOf(label: PadLabel): Placement {
  return label === 'right' || label === 'left' ? 'anterolateral' : 'anteroposterior';
}

function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? 1;
}

/**
 * The cardiac-arrest scenario with the AED trainer. The screen owns the engine state (`start`/
 * `step`): learner actions come from labelled DOM controls (every one reachable by keyboard), from
 * the chest control (the CPR drill's input port) and from pointer intents in the Phaser scene (pads
 * dragged onto the chest, the device's buttons). Time enters the engine only as event timestamps;
 * device timers are sent back as `tick`s at their own time from a frame loop. Effects become the
 * transcript (always visible), voice, sounds, guided hints and practice feedback.
 */
export function createScenarioScreen(id: string, mode: ScenarioMode): Screen {
  if (!isScenarioId(id)) return unknownScenario();
  const scenario = getScenario(id);
  const padLabels: PadLabel[] = scenario.patient.kind === 'adult' ? ['right', 'left'] : ['front', 'back', 'right', 'left'];
  const trayLabels: PadLabel[] = scenario.patient.kind === 'adult' ? ['right', 'left'] : ['front', 'back'];
  const blind = mode === 'assessment';

  let ctxRef: UiContext | undefined;
  let host: HTMLElement | undefined;
  let state: ScenarioState | null = null;
  let options: StartOptions | null = null;
  const actions: ScenarioAction[] = [];
  let timers: number[] = [];
  const samples = createSampleBatch();
  let lines: Line[] = [];
  let lineSeq = 0;
  let caption: Line | null = null;
  let hint: { id: HintId; text: string } | null = null;
  let hintLogged: string | null = null;
  let feedback: Line | null = null;
  let lastPromptText = '';
  let startedAt: string | null = null;
  let finished = false;
  let raf = 0;
  let detach: (() => void) | undefined;
  let stage: { resize(w: number, h: number): void; destroy(): void } | undefined;
  let resizeObserver: ResizeObserver | undefined;
  let metronomeOn = false;
  let signature = '';
  let shownSecond = -1;
  let shownPrompt = '';
  let shownSmall = false;
  // Call panel and breath/breathing-check state.
  let callNumber: string | null = null;
  let callWho = 'me';
  let callAskAed = false;
  let breathingStart: number | null = null;
  let breathStart: number | null = null;
  // Live CPR figures (guided and practice).
  let strokePeak = 0;
  let lastCompressions = 0;
  let lastOnset: number | null = null;
  let dragging = false;
  /** The stage size last laid out. */
  let laidOut = '';
  // Keyboard and touch pad placement: the pad in hand, until a named place is chosen.
  let holding: PadLabel | null = null;

  const view: ScenarioViewModel = {
    layout: scenarioLayout(390, 400, { backView: scenario.patient.kind !== 'adult', gauges: !blind, landmark: LANDMARK }),
    cpr: {
      chest: { x: 0, y: 0, width: 0, height: 0 },
      depthMm: 0,
      depthMeasured: false,
      pressed: false,
      hand: null,
      handOk: null,
      landmark: { x: 0, y: 0 },
      zoneRadiusPx: 0,
      pxPerMm: PX_PER_MM,
      showGauges: !blind,
      rateCpm: null,
      rateBand: [100, 120],
      peakDepthMm: null,
      depthBand: [50, 60],
      sampleT: -1,
      breathing: false,
      highContrast: false,
      reducedMotion: false,
    },
    clothed: true,
    inWater: scenario.hazards.some((h) => h.kind === 'wetGround'),
    wet: false,
    hairy: false,
    patch: null,
    implant: null,
    zones: [],
    pads: [],
    aim: null,
    device: { present: false, mode: 'absent', powered: false, lidClosed: false, connector: scenario.aed.preConnected, tray: [...trayLabels], lines: [], shockArmed: false },
    bystanderTouching: false,
    labels: { power: '', shock: '', openLid: '', aedComing: '', back: '', plug: '', pads: { right: '', left: '', front: '', back: '' } },
    highContrast: false,
    reducedMotion: false,
  };

  const running = () => state !== null && !finished;

  // ---------------------------------------------------------------------------------------------
  // Engine

  function relMs(t: number): number {
    return state ? t - state.startT : 0;
  }

  function addLine(kind: LineKind, key: string, text: string): Line {
    const line: Line = { id: ++lineSeq, kind, key, text, relMs: relMs(state?.now ?? 0) };
    lines = withLine(lines, line);
    return line;
  }

  function handle(ctx: UiContext, fx: readonly ScenarioEffect[], cause: ScenarioAction['type'] | 'start'): void {
    const lng = ctx.language;
    // The device's voice has the floor: coaching is spoken only when the AED says nothing now.
    const deviceSpeaks = fx.some((e) => e.type === 'prompt');
    const coach = (key: string) => {
      if (!deviceSpeaks) ctx.audio.say(key);
    };
    for (const e of fx) {
      switch (e.type) {
        case 'prompt': {
          const text = ctx.t(`voice.${e.key}`);
          caption = addLine('prompt', e.key, text);
          lastPromptText = text;
          ctx.audio.say(e.key);
          break;
        }
        case 'narration':
          caption = addLine('narration', e.key, messageText(ctx.t, lng, scenario, e.key, e.params));
          break;
        case 'sound':
          ctx.audio.sfx(e.name);
          break;
        case 'timer':
          timers.push(e.at);
          break;
        case 'hint': {
          const text = messageText(ctx.t, lng, scenario, e.key);
          // The same hint repeated every few seconds is shown, not logged again.
          if (hintLogged !== e.key) {
            addLine('hint', e.key, text);
            coach(e.key);
          }
          hintLogged = e.key;
          hint = { id: e.key.slice('scenario.hint.'.length) as HintId, text };
          break;
        }
        case 'feedback':
          feedback = addLine('feedback', e.key, messageText(ctx.t, lng, scenario, e.key, e.params));
          coach(e.key);
          break;
        case 'error':
          feedback = addLine(e.critical ? 'critical' : 'error', e.key, messageText(ctx.t, lng, scenario, e.key));
          break;
        case 'rejected':
          if (cause !== 'tick') addLine('rejected', e.key, messageText(ctx.t, lng, scenario, e.key));
          break;
        case 'device':
          break;
        case 'done':
          void finish(ctx);
          break;
      }
    }
  }

  function dispatch(ctx: UiContext, a: ScenarioAction): void {
    if (!state || finished) return;
    const r = step(state, a);
    state = r.state;
    actions.push(a);
    if (a.type !== 'tick') {
      hint = null;
      hintLogged = null;
      if (a.type !== 'cprSamples') feedback = null;
    }
    handle(ctx, r.effects, a.type);
    sync(ctx);
    const sig = domSignature();
    if (r.effects.length > 0 || a.type !== 'cprSamples' || sig !== signature) {
      signature = sig;
      ctx.requestRender();
    }
  }

  /** The time of a learner action: its event's timestamp (never earlier than the engine's now). */
  function at(t: number): number {
    return state ? Math.max(t, state.now) : t;
  }

  function act(ctx: UiContext, a: ScenarioAction): void {
    flushSamples(ctx);
    dispatch(ctx, a);
  }

  function flushSamples(ctx: UiContext): void {
    const batch = state ? samples.take(state.now) : null;
    if (batch) dispatch(ctx, { type: 'cprSamples', ...batch });
  }

  function frame(): void {
    const ctx = ctxRef;
    if (!ctx) return;
    if (running()) {
      flushSamples(ctx);
      const now = ctx.input.now();
      timers.sort((a, b) => a - b);
      while (running() && timers.length > 0 && (timers[0] as number) <= now) {
        const due = timers.shift() as number;
        if (state && due > state.now) dispatch(ctx, { type: 'tick', t: due });
      }
      updateDisplay(ctx, now);
      publishCycle(now);
    }
    raf = requestAnimationFrame(frame);
  }

  // ---------------------------------------------------------------------------------------------
  // View model

  function sync(ctx: UiContext): void {
    const s = state;
    if (!s) return;
    const hazard = (k: string) => scenario.hazards.find((h) => h.kind === k)?.at ?? null;
    const exposed = s.chest.exposedT !== null;
    view.clothed = !exposed;
    view.inWater = s.scene.inWater;
    view.wet = s.chest.wet;
    view.hairy = s.chest.hairy && !s.chest.shaved;
    view.patch = exposed && s.chest.patchOn ? hazard('medicationPatch') : null;
    view.implant = exposed ? hazard('implantedDevice') : null;
    view.pads = s.aed.pads.map((p) => ({ label: p.pad, at: p.at, radius: scenario.body.padRadius[p.kind], stuck: p.stuck }));
    const placed = new Set(s.aed.pads.map((p) => p.pad));
    view.device.tray = trayLabels.filter((l) => !placed.has(l)).slice(0, Math.max(0, 2 - s.aed.pads.length));
    view.device.present = s.aed.mode !== 'absent';
    view.device.mode = s.aed.mode;
    view.device.powered = s.aed.poweredT !== null;
    view.device.lidClosed = scenario.aed.powerOn === 'lid' && !s.aed.lidOpen;
    view.device.connector = s.aed.connector;
    view.device.shockArmed = s.aed.mode === 'shockReady';
    view.bystanderTouching = s.touch.bystander !== null;
    view.zones =
      mode === 'guided' && exposed
        ? scenario.aed.placements.value.flatMap((p) => scenario.body.placementZones[p].map((z) => scenario.body.zones[z]))
        : [];
    // Live CPR figures (shown in guided and practice only).
    if (s.cpr.compressions > lastCompressions) {
      const onset = s.cpr.lastOnsetT;
      if (onset !== null && lastOnset !== null && onset - lastOnset < 2000 && onset > lastOnset) view.cpr.rateCpm = 60000 / (onset - lastOnset);
      lastOnset = onset;
      lastCompressions = s.cpr.compressions;
    }
    const wantMetronome = !blind && ctx.settings.metronome && s.cpr.firstT !== null && !BUSY.has(s.aed.mode) && s.phase === 'running';
    if (wantMetronome !== metronomeOn) {
      metronomeOn = wantMetronome;
      if (metronomeOn) ctx.audio.metronome.start(METRONOME_BPM);
      else ctx.audio.metronome.stop();
    }
    publishLayout();
  }

  function updateDisplay(ctx: UiContext, now: number): void {
    const s = state;
    if (!s) return;
    const sec = Math.floor(now / 1000);
    // A small screen (a phone's stage) shows the device's short status; a large one the whole prompt.
    const small = view.layout.screen.height < 120 || view.layout.screen.width < 150;
    if (sec === shownSecond && shownPrompt === lastPromptText && shownSmall === small) return;
    shownSecond = sec;
    shownPrompt = lastPromptText;
    shownSmall = small;
    const out: string[] = [];
    if (s.aed.poweredT !== null) {
      out.push(small || !lastPromptText ? ctx.t(`scenario.device.mode.${s.aed.mode}`) : lastPromptText);
      if (s.aed.mode === 'cpr' && s.aed.cycleStartT !== null) {
        out.push(ctx.t('scenario.device.cprLeft', { time: clock(s.aed.cycleStartT + s.ctx.reanalysisMs - now) }));
      } else out.push(ctx.t('scenario.device.elapsed', { time: clock(now - s.aed.poweredT) }));
    }
    view.device.lines = out;
    // The breathing check counts seconds aloud in guided and practice modes.
    if (breathingStart !== null && !blind) ctx.requestRender();
  }

  /**
   * Time left in the AED's CPR cycle (what its screen counts down), for tools that drive the app:
   * a test's learner stops compressing just before the re-analysis, as a real learner watching the
   * device would. Written straight to the element: no render per frame.
   */
  function publishCycle(now: number): void {
    const el = host?.querySelector<HTMLElement>('[data-testid="scenario-run"]');
    const s = state;
    if (!el || !s) return;
    const inCycle = s.phase === 'running' && s.aed.mode === 'cpr' && s.aed.cycleStartT !== null;
    const left = inCycle ? String(Math.max(0, Math.round((s.aed.cycleStartT as number) + s.ctx.reanalysisMs - now))) : '';
    if (el.dataset.cprLeftMs !== left) el.dataset.cprLeftMs = left;
  }

  function domSignature(): string {
    const s = state;
    if (!s) return '';
    return [s.phase, s.aed.mode, s.aed.pads.length, s.cpr.compressions, s.cpr.sinceBreaths, lines.length, hint?.id ?? ''].join('|');
  }

  /**
   * Lays the stage out for its size. Called on every resize of the stage or of the picture around it
   * (a new caption or hint changes the picture's height): the stage is only resized, which clears the
   * canvas until the next frame, when its own size changed.
   */
  function layout(): void {
    const stageEl = host?.querySelector<HTMLElement>('.scn-stage');
    const chest = host?.querySelector<HTMLElement>('[data-testid="cpr-chest"]');
    if (!stageEl || !chest) return;
    // The phone layout keeps the picture at the top; focused controls scroll clear of it.
    const viewEl = host?.querySelector<HTMLElement>('.scn-view');
    if (viewEl) document.documentElement.style.setProperty('--scn-view-h', `${viewEl.offsetHeight}px`);
    const w = stageEl.clientWidth;
    const h = stageEl.clientHeight;
    const size = `${w}x${h}${stage ? '' : ' (no stage yet)'}`;
    if (size === laidOut) return;
    laidOut = size;
    view.layout = scenarioLayout(w, h, { backView: scenario.patient.kind !== 'adult', gauges: !blind, landmark: LANDMARK });
    const c = view.layout.chest;
    view.cpr.chest = c;
    view.cpr.landmark = view.layout.landmark;
    Object.assign(chest.style, { left: `${c.x}px`, top: `${c.y}px`, width: `${c.width}px`, height: `${c.height}px` });
    stage?.resize(w, h);
    publishLayout();
  }

  /** The stage's geometry for tools that drive the app (tests): tray pads, pad targets, buttons. */
  function publishLayout(): void {
    const stageEl = host?.querySelector<HTMLElement>('.scn-stage');
    if (!stageEl) return;
    const L = view.layout;
    const xy = (p: { x: number; y: number } | null) => (p ? [Math.round(p.x), Math.round(p.y)] : null);
    const tray: Record<string, unknown> = {};
    view.device.tray.forEach((label, i) => (tray[label] = xy(L.traySlots[i] ?? null)));
    const targets: Record<string, unknown> = {};
    if (state) {
      for (const label of padLabels) {
        const spot = suggestedPads(state, placementOf(label)).find((p) => p.pad === label);
        if (spot) targets[label] = xy(bodyToStage(L, spot.at));
      }
    }
    const json = JSON.stringify({ tray, targets, power: xy(L.power), shock: xy(L.shock), plug: xy(L.plug) });
    if (stageEl.dataset.layout !== json) stageEl.dataset.layout = json;
  }

  // ---------------------------------------------------------------------------------------------
  // Learner actions

  const showsBack = scenario.patient.kind !== 'adult';

  function spots(): PadSpot[] {
    return state ? padSpots(state, { back: showsBack }) : [];
  }

  /** Takes a pad from the tray (or puts it back): the named places to stick it appear. */
  function takePad(ctx: UiContext, label: PadLabel): void {
    if (!running()) return;
    holding = holding === label ? null : label;
    view.aim = null;
    ctx.requestRender();
    // Focus moves to the first place, unless the learner has already gone into the list.
    if (holding !== null) {
      requestAnimationFrame(() => {
        const group = host?.querySelector<HTMLElement>('#scn-spots');
        if (group && !group.contains(document.activeElement)) group.querySelector<HTMLElement>('button')?.focus();
      });
    }
  }

  /** Sticks the pad in hand on the chosen place: the position scored is the one chosen. */
  function placeAt(ctx: UiContext, spot: PadSpot, t: number): void {
    const label = holding;
    if (label === null || !state) return;
    holding = null;
    view.aim = null;
    act(ctx, { type: 'placePad', t: at(t), pad: label, at: { ...spot.at } });
    requestAnimationFrame(() => host?.querySelector<HTMLElement>(`[data-testid="act-placePad-${label}"]`)?.focus());
  }

  /** Shows the pad in hand over a place (pointed at or focused); leaving one falls back to the focused one. */
  function aimAt(spot: PadSpot | null): void {
    const s = state;
    if (spot === null) {
      const focused = (document.activeElement as HTMLElement | null)?.dataset.testid ?? '';
      spot = spots().find((x) => `spot-${x.id}` === focused) ?? null;
    }
    view.aim = spot && holding && s ? { label: holding, at: spot.at, radius: scenario.body.padRadius[s.aed.padKind] } : null;
  }

  function onIntent(ctx: UiContext, intent: ScenarioIntent, t: number): void {
    if (!running()) return;
    if (intent.type === 'dropPad') {
      const point = stageToBody(view.layout, intent.x, intent.y);
      // Dropped off the body: the pad goes back to the tray.
      if (point) act(ctx, { type: 'placePad', t: at(t), pad: intent.pad, at: point });
      return;
    }
    act(ctx, { type: intent.type, t: at(t) });
  }

  function onSample(s: Sample): void {
    if (!running()) return;
    samples.push(s);
    const c = view.cpr;
    if (s.depthMm !== undefined) {
      c.depthMm = s.depthMm;
      c.depthMeasured = true;
      strokePeak = Math.max(strokePeak, s.depthMm);
      if (s.depthMm < RELEASED_MM && strokePeak >= 10) {
        c.peakDepthMm = strokePeak;
        strokePeak = 0;
      }
    }
    if (s.kind) c.pressed = s.kind === 'press';
    if (s.hand) c.hand = { x: c.landmark.x + s.hand.dxMm * PX_PER_MM, y: c.landmark.y + s.hand.dyMm * PX_PER_MM };
    c.sampleT = s.t;
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!state || finished || !options) return;
    finished = true;
    stopInputs(ctx);
    const final = state;
    const learnerActs = actions.some((a) => a.type !== 'tick' && a.type !== 'finish');
    if (!learnerActs) {
      ctx.navigate('#/scenario');
      return;
    }
    const result = scenarioResult(final);
    const record: ScenarioAttempt = {
      id: `scenario-${crypto.randomUUID()}`,
      schemaVersion: ATTEMPT_SCHEMA_VERSION,
      learnerId: ctx.learnerId,
      module: 'scenario',
      mode,
      profileId: final.ctx.profile.id,
      profileVersion: final.ctx.profile.version,
      patient: scenario.patient.kind,
      startedAt: startedAt ?? new Date().toISOString(),
      score: Math.round(result.points.pct),
      log: logFor(final, options, actions),
      summary: { ...result, title: scenario.title },
    };
    try {
      await ctx.attempts.putAttempt(record as AttemptRecord);
    } catch {
      ctx.notify('notice.storage.writeFailed');
    }
    ctx.navigate(`#/results/${encodeURIComponent(record.id)}`);
  }

  function stopInputs(ctx: UiContext): void {
    cancelAnimationFrame(raf);
    detach?.();
    detach = undefined;
    resizeObserver?.disconnect();
    document.documentElement.style.removeProperty('--scn-view-h');
    window.removeEventListener('resize', onResize);
    if (metronomeOn) ctx.audio.metronome.stop();
    metronomeOn = false;
  }

  const onResize = () => layout();

  function begin(ctx: UiContext, e: Event): void {
    if (state) return;
    const startT = e.timeStamp;
    options = { seed: randomSeed(), mode, startT };
    // Guided hints and practice feedback are spoken too.
    if (!blind) ctx.audio.prepareCoaching();
    startedAt = new Date().toISOString();
    const r = start(scenario, ctx.profile, options);
    state = r.state;
    const tg = state.ctx.targets;
    view.cpr.zoneRadiusPx = tg.handZoneRadiusMm.value * PX_PER_MM;
    view.cpr.rateBand = [tg.rateCpm.min, tg.rateCpm.max];
    view.cpr.depthBand = [tg.depthMm.min, tg.depthMm.max];
    handle(ctx, r.effects, 'start');
    sync(ctx);
    ctx.requestRender();
    // Keyboard users continue at the first action.
    requestAnimationFrame(() => host?.querySelector<HTMLElement>('[data-testid="act-checkScene"]')?.focus());
  }

  // Breath: hold the button (pointer or Space/Enter) about as long as a breath.
  const isKey = (e: Event) => e instanceof KeyboardEvent;
  const activationKey = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Enter';
  function breathDown(e: PointerEvent | KeyboardEvent): void {
    if (isKey(e) && !activationKey(e as KeyboardEvent)) return;
    e.preventDefault();
    if (isKey(e) && (e as KeyboardEvent).repeat) return;
    if (!running()) return;
    breathStart = e.timeStamp;
    view.cpr.breathing = true;
    ctxRef?.requestRender();
  }
  function breathUp(e: PointerEvent | KeyboardEvent): void {
    if (isKey(e) && !activationKey(e as KeyboardEvent)) return;
    e.preventDefault();
    const ctx = ctxRef;
    if (breathStart === null || !ctx || !state) return;
    const startT = Math.max(breathStart, state.now);
    breathStart = null;
    view.cpr.breathing = false;
    act(ctx, { type: 'giveBreath', startT, t: Math.max(e.timeStamp, startT) });
  }

  function toggleBreathingCheck(ctx: UiContext, e: Event): void {
    if (!state) return;
    if (breathingStart === null) {
      breathingStart = at(e.timeStamp);
      ctx.requestRender();
      return;
    }
    const startT = Math.max(breathingStart, state.now);
    breathingStart = null;
    act(ctx, { type: 'checkBreathing', startT, t: Math.max(at(e.timeStamp), startT) });
  }

  function call(ctx: UiContext, e: Event): void {
    if (callNumber === null) return;
    const base = { type: 'callForHelp' as const, t: at(e.timeStamp), number: callNumber, askAed: callAskAed };
    act(ctx, callWho === 'me' ? base : { ...base, bystanderId: callWho });
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  function hinted(testid: string): boolean {
    if (!hint) return false;
    const target = HINT_TARGETS[hint.id];
    return target !== undefined && (target.endsWith('-') ? testid.startsWith(target) : testid === target);
  }

  function button(ctx: UiContext, type: Exclude<ScenarioAction['type'], 'cprSamples' | 'tick' | 'placePad' | 'callForHelp' | 'checkBreathing' | 'giveBreath' | 'setHands' | 'selectPads'>, extra = ''): TemplateResult {
    const testid = `act-${type}`;
    return html`<button
      type="button"
      class=${`act ${extra} ${hinted(testid) ? 'hinted' : ''}`}
      data-testid=${testid}
      @click=${(e: Event) => act(ctx, { type, t: at(e.timeStamp) } as ScenarioAction)}
    >${ctx.t(`scenario.action.${type}`)}</button>`;
  }

  function renderIntro(ctx: UiContext): TemplateResult {
    const { t, language: lng } = ctx;
    return html`<div class="scn-intro" data-testid="scenario-intro">
      <p class="scn-brief">${localized(lng, scenario.brief)}</p>
      <dl class="scn-facts">
        <div><dt>${t('scenario.run.patient')}</dt><dd>${localized(lng, scenario.patient.description)}</dd></div>
        <div><dt>${t('scenario.run.setting')}</dt><dd>${localized(lng, scenario.setting.description)}</dd></div>
        <div><dt>${t('scenario.run.mode')}</dt><dd>${t(`scenario.mode.${mode}`)} · ${t(`scenario.modeHelp.${mode}`)}</dd></div>
      </dl>
      <p class="muted small">${t('scenario.run.howTo')}</p>
      <button class="primary big" data-testid="scenario-begin" @click=${(e: Event) => begin(ctx, e)}>${t('scenario.run.begin')}</button>
    </div>`;
  }

  function renderLive(ctx: UiContext): TemplateResult | typeof nothing {
    const s = state;
    if (!s || blind) return nothing;
    const ratio = s.ctx.targets.ratio.value;
    const c = view.cpr;
    return html`<dl class="live-figures scn-live" data-testid="scenario-live">
      <div><dt>${ctx.t('scenario.run.count')}</dt><dd data-testid="scenario-count">${s.cpr.sinceBreaths}/${ratio.compressions}</dd></div>
      <div><dt>${ctx.t('cpr.drill.rate')}</dt><dd>${c.rateCpm != null ? ctx.t('cpr.result.perMin', { v: num(ctx.language, c.rateCpm, 0) }) : '–'}</dd></div>
      <div><dt>${ctx.t('cpr.drill.depth')}</dt><dd>${!s.cpr.compressions ? '–' : c.depthMeasured && c.peakDepthMm != null ? ctx.t('cpr.result.mm', { v: num(ctx.language, c.peakDepthMm, 0) }) : ctx.t('cpr.result.notMeasured')}</dd></div>
    </dl>`;
  }

  function renderActions(ctx: UiContext): TemplateResult {
    const { t, language: lng } = ctx;
    const s = state as ScenarioState;
    const aedHere = s.aed.mode !== 'absent';
    const checking = breathingStart !== null;
    const checkSecs = checking && !blind ? Math.max(0, Math.floor((ctx.input.now() - (breathingStart as number)) / 1000)) : null;
    const handover = s.phase === 'handover';
    return html`<div class="scn-actions" data-testid="scenario-actions">
      <div class="scn-col">
        <section class="scn-group" aria-labelledby="scn-g-scene">
          <h2 id="scn-g-scene">${t('scenario.group.scene')}</h2>
          <div class="scn-buttons">
            ${button(ctx, 'checkScene')} ${button(ctx, 'moveFromWater')} ${button(ctx, 'tapAndShout')}
            <button
              type="button"
              class=${`act ${hinted('act-checkBreathing') ? 'hinted' : ''}`}
              data-testid="act-checkBreathing"
              aria-pressed=${checking ? 'true' : 'false'}
              @click=${(e: Event) => toggleBreathingCheck(ctx, e)}
            >${checking ? (checkSecs === null ? t('scenario.action.checkBreathingStop') : t('scenario.action.checkBreathingCount', { s: checkSecs })) : t('scenario.action.checkBreathing')}</button>
            ${button(ctx, 'noteTime')} ${button(ctx, 'positionPatient')}
          </div>
        </section>
        <section class="scn-group scn-call" aria-labelledby="scn-g-call">
          <h2 id="scn-g-call">${t('scenario.group.call')}</h2>
          <fieldset>
            <legend>${t('scenario.call.who')}</legend>
            <div class="scn-radios">
              ${[{ id: 'me', name: t('scenario.call.me') }, ...scenario.bystanders.map((b) => ({ id: b.id, name: localized(lng, b.name) }))].map(
                (w) => html`<label class="choice"><input type="radio" name="scn-who" data-testid=${`call-who-${w.id}`} .checked=${callWho === w.id} @change=${() => {
                  callWho = w.id;
                  ctx.requestRender();
                }} /><span>${w.name}</span></label>`,
              )}
            </div>
          </fieldset>
          <fieldset>
            <legend>${t('scenario.call.number')}</legend>
            <div class="scn-radios scn-numbers">
              ${NUMBERS.map(
                (n) => html`<label class="choice"><input type="radio" name="scn-number" data-testid=${`call-number-${n}`} .checked=${callNumber === n} @change=${() => {
                  callNumber = n;
                  ctx.requestRender();
                }} /><span>${n}</span></label>`,
              )}
            </div>
          </fieldset>
          <label class="toggle"><input type="checkbox" data-testid="call-askAed" .checked=${callAskAed} @change=${(e: Event) => {
            callAskAed = (e.target as HTMLInputElement).checked;
          }} /><span>${t('scenario.call.askAed')}</span></label>
          <button type="button" class=${`act wide ${hinted('act-callForHelp') ? 'hinted' : ''}`} data-testid="act-callForHelp" ?disabled=${callNumber === null} @click=${(e: Event) => call(ctx, e)}>
            ${callNumber === null ? t('scenario.call.pickNumber') : t('scenario.call.call', { number: callNumber })}
          </button>
        </section>
      </div>
      <div class="scn-col">
        <section class="scn-group" aria-labelledby="scn-g-cpr">
          <h2 id="scn-g-cpr">${t('scenario.group.cpr')}</h2>
          ${scenario.patient.kind === 'infant'
            ? html`<fieldset class=${hinted('hands-') ? 'hinted' : ''}>
                <legend>${t('scenario.hands.legend')}</legend>
                <div class="scn-radios">
                  ${TECHNIQUES.map(
                    (tq) => html`<label class="choice"><input type="radio" name="scn-hands" data-testid=${`hands-${tq}`} .checked=${s.hands === tq} @change=${(e: Event) => act(ctx, { type: 'setHands', t: at(e.timeStamp), technique: tq })} /><span>${t(`scenario.hands.${tq}`)}</span></label>`,
                  )}
                </div>
              </fieldset>`
            : nothing}
          <div class="scn-buttons">
            ${button(ctx, 'openAirway')} ${button(ctx, 'lookInMouth')}
            <button
              type="button"
              class=${`act breath ${hinted('act-giveBreath') ? 'hinted' : ''}`}
              data-testid="act-giveBreath"
              aria-pressed=${view.cpr.breathing ? 'true' : 'false'}
              @pointerdown=${breathDown}
              @pointerup=${breathUp}
              @pointercancel=${breathUp}
              @keydown=${breathDown}
              @keyup=${breathUp}
            >${t('scenario.action.giveBreath')}</button>
          </div>
        </section>
        ${aedHere
          ? html`<section class="scn-group scn-aed" aria-labelledby="scn-g-aed" data-testid="scenario-aed-controls">
              <h2 id="scn-g-aed">${t('scenario.group.aed')}</h2>
              <div class="scn-buttons">
                ${button(ctx, 'aedPowerOn')} ${scenario.aed.powerOn === 'lid' ? button(ctx, 'openLid') : nothing}
                ${button(ctx, 'exposeChest')} ${button(ctx, 'dryChest')} ${button(ctx, 'shaveChest')} ${button(ctx, 'removePatch')}
                ${scenario.aed.pads.length > 1
                  ? scenario.aed.pads.map((k: PadKind) => {
                      const testid = `act-selectPads-${k}`;
                      return html`<button type="button" class=${`act ${hinted(testid) ? 'hinted' : ''}`} data-testid=${testid} aria-pressed=${s.aed.padKind === k ? 'true' : 'false'} @click=${(e: Event) => act(ctx, { type: 'selectPads', t: at(e.timeStamp), kind: k })}>${t(`scenario.action.selectPads.${k}`)}</button>`;
                    })
                  : nothing}
                ${padLabels.map((label) => {
                  const testid = `act-placePad-${label}`;
                  return html`<button
                    type="button"
                    class=${`act ${hinted(testid) && holding === null ? 'hinted' : ''}`}
                    data-testid=${testid}
                    aria-expanded=${holding === label ? 'true' : 'false'}
                    aria-controls=${holding === label ? 'scn-spots' : nothing}
                    @click=${() => takePad(ctx, label)}
                  >${t(`scenario.action.placePad.${label}`)}</button>`;
                })}
                ${button(ctx, 'removePads')} ${button(ctx, 'plugConnector')}
                ${button(ctx, 'standClear', 'clear')} ${button(ctx, 'pressShock', s.aed.mode === 'shockReady' ? 'shock armed' : 'shock')}
                ${button(ctx, 'touchPatient')}
              </div>
              ${holding !== null ? renderSpots(ctx, s, holding) : nothing}
            </section>`
          : html`<p class="muted" data-testid="scenario-aed-absent">${t('scenario.run.aedAbsent')}</p>`}
        <section class="scn-group" aria-labelledby="scn-g-end">
          <h2 id="scn-g-end">${t('scenario.group.end')}</h2>
          ${handover ? html`<p class="scn-handover" data-testid="scenario-handover">${t('scenario.run.handover')}</p>` : nothing}
          <div class="scn-buttons">${button(ctx, 'reassess', handover ? 'primary' : '')} ${button(ctx, 'finish')}</div>
        </section>
      </div>
    </div>`;
  }

  function renderSpots(ctx: UiContext, s: ScenarioState, label: PadLabel): TemplateResult {
    const { t } = ctx;
    const list = spots();
    const ideal = hint?.id === 'placePad' ? idealSpot(s, label, list) : null;
    return html`<div class="scn-spots" id="scn-spots" role="group" aria-labelledby="scn-spots-legend" aria-describedby="scn-spots-help" data-testid="scenario-spots" data-pad=${label}>
      <p class="scn-spots-legend" id="scn-spots-legend">${t('scenario.spot.legend', { pad: t(`scenario.padName.${label}`) })}</p>
      <p class="muted small" id="scn-spots-help">${t('scenario.spot.help')}</p>
      <div class="scn-buttons">
        ${list.map(
          (sp) => html`<button
            type="button"
            class=${`act spot ${ideal === sp.id ? 'hinted' : ''}`}
            data-testid=${`spot-${sp.id}`}
            @focus=${() => aimAt(sp)}
            @pointerenter=${() => aimAt(sp)}
            @blur=${() => aimAt(null)}
            @pointerleave=${() => aimAt(null)}
            @click=${(e: Event) => placeAt(ctx, sp, e.timeStamp)}
          >${t(`scenario.spot.${sp.id}`)}</button>`,
        )}
        <button type="button" class="act" data-testid="spot-cancel" @click=${() => takePad(ctx, label)}>${t('scenario.spot.cancel')}</button>
      </div>
    </div>`;
  }

  return {
    titleKey: 'scenario.run.title',
    async mount(ctx, mainEl) {
      ctxRef = ctx;
      host = mainEl;
      const reduced = ctx.settings.reducedMotion || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
      view.reducedMotion = reduced;
      view.cpr.reducedMotion = reduced;
      view.highContrast = ctx.settings.highContrast;
      view.cpr.highContrast = ctx.settings.highContrast;
      const { t } = ctx;
      view.labels = {
        power: t('scenario.device.power'),
        shock: t('scenario.device.shock'),
        openLid: t('scenario.device.openLid'),
        aedComing: t('scenario.device.absent'),
        back: t('scenario.device.back'),
        plug: t('scenario.device.plug'),
        pads: { right: t('scenario.pad.right'), left: t('scenario.pad.left'), front: t('scenario.pad.front'), back: t('scenario.pad.back') },
      };
      ctx.requestRender();
      await new Promise((r) => requestAnimationFrame(r));
      const chest = host.querySelector<HTMLElement>('[data-testid="cpr-chest"]');
      const canvasHost = host.querySelector<HTMLElement>('.stage-canvas');
      const stageEl = host.querySelector<HTMLElement>('.scn-stage');
      if (!chest || !canvasHost || !stageEl) return;
      layout();
      window.addEventListener('resize', onResize);
      if (typeof ResizeObserver === 'function') {
        resizeObserver = new ResizeObserver(() => layout());
        resizeObserver.observe(stageEl);
        const viewEl = host.querySelector<HTMLElement>('.scn-view');
        if (viewEl) resizeObserver.observe(viewEl);
      }
      detach = ctx.input.attachChest(chest, {
        calibration: () => ({
          pxPerMm: PX_PER_MM,
          landmark: { x: view.cpr.chest.width * LANDMARK.x, y: view.cpr.chest.height * LANDMARK.y },
          maxTravelMm: MANIKIN_MAX_TRAVEL_MM,
        }),
        depthSource: () => 'travel',
        onSample: (s) => onSample(s),
      });
      raf = requestAnimationFrame(frame);
      try {
        stage = await ctx.game.mountScenario(canvasHost, view, {
          onIntent: (intent, t) => onIntent(ctx, intent, t),
          onDrag: (d) => {
            dragging = d;
            chest.classList.toggle('passthrough', d);
            ctx.requestRender();
          },
        });
        layout();
        stageEl.setAttribute('data-ready', 'true');
      } catch {
        ctx.notify('notice.game.failed');
      }
    },
    unmount() {
      if (ctxRef) stopInputs(ctxRef);
      finished = true;
      stage?.destroy();
      stage = undefined;
    },
    render(ctx) {
      const { t, language: lng } = ctx;
      const s = state;
      const phase = finished ? 'done' : s ? s.phase : 'intro';
      return html`<section
        class="scn"
        data-testid="scenario-run"
        data-scenario=${id}
        data-mode=${mode}
        data-phase=${phase}
        data-device=${s?.aed.mode ?? 'absent'}
        data-analyses=${s?.aed.analyses ?? 0}
        data-pads=${s?.aed.pads.length ?? 0}
        data-dragging=${dragging ? 'true' : 'false'}
      >
        <div class="scn-head">
          <h1>${localized(lng, scenario.title)}</h1>
          <p class="muted">${t(`patient.${scenario.patient.kind}`)} · ${t(`scenario.mode.${mode}`)} · ${t(ctx.profile.nameKey)}</p>
        </div>
        ${s ? nothing : renderIntro(ctx)}
        <div class=${`scn-body ${s ? 'running' : 'waiting'}`}>
          <div class="scn-view">
            <div class="stage scn-stage">
              <div class="stage-canvas"></div>
              <div
                class="chest"
                data-hinted=${hinted('cpr-chest') ? 'true' : 'false'}
                data-testid="cpr-chest"
                role="button"
                tabindex=${s ? '0' : '-1'}
                data-px-per-mm=${PX_PER_MM}
                aria-label=${t('scenario.run.chestLabel')}
                aria-describedby="scn-chest-help"
              ></div>
            </div>
            <p class="muted small scn-chest-help" id="scn-chest-help">${t('scenario.run.chestHelp')}</p>
            ${renderLive(ctx)}
            <p class="scn-caption" data-testid="scenario-caption" data-key=${caption?.key ?? ''} data-kind=${caption?.kind ?? ''} aria-live="polite">
              ${caption?.text ?? (s ? '' : t('scenario.run.ready'))}
            </p>
            ${hint ? html`<p class="scn-hint" data-testid="scenario-hint" data-hint=${hint.id}>${hint.text}</p>` : nothing}
            ${feedback && !blind
              ? html`<p class=${`scn-feedback ${feedback.kind}`} data-testid="scenario-feedback" data-key=${feedback.key} role=${feedback.kind === 'critical' ? 'alert' : nothing}>${feedback.text}</p>`
              : nothing}
          </div>
          ${s ? renderActions(ctx) : nothing}
          ${s ? transcript(ctx.t, 'scenario', lines) : nothing}
        </div>
      </section>`;
    },
  };
}

/** A deep link to a scenario that does not exist: back to the picker, with the unknown-page notice. */
function unknownScenario(): Screen {
  return {
    titleKey: 'scenario.picker.title',
    mount(ctx) {
      ctx.notify('notice.route.unknown');
      ctx.navigate('#/scenario');
    },
    render: (ctx) => html`<p>${ctx.t('common.loading')}</p>`,
  };
}

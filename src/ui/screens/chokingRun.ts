import { html, nothing, type TemplateResult } from 'lit-html';
import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord } from '../../core/attempt';
import type { Sample } from '../../core/cpr/sample';
import {
  chokingLogFor,
  chokingResult,
  currentRun,
  nextStep,
  start,
  step,
  INFANT_HANDS,
  type BodyPointMm,
  type ChokingAction,
  type ChokingEffect,
  type ChokingMode,
  type ChokingState,
  type ChokingHintId,
  type Technique,
} from '../../core/choking';
import { getChoking, isChokingId } from '../../content/choking';
import { MANIKIN_MAX_TRAVEL_MM } from '../../core/view/cprView';
import { bodyMmToStage, chokingLayout, stageToBodyMm, type ChokingSide, type ChokingViewModel } from '../../core/view/chokingView';
import { createSampleBatch } from '../components/sampleBatch';
import { transcript, withLine, type TranscriptLine } from '../components/transcript';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import type { ChokingAttempt } from '../export/chokingExport';
import { clock, localized } from './scenarioText';
import './scenario.css';
import './choking.css';

/** Screen pixels per millimetre of chest travel for CPR, as in the CPR drill. */
const PX_PER_MM = 2.5;
/** One arrow-key step of the fist or fingers, mm (Page Up/Down: four steps). */
const HAND_STEP_MM = 5;
/** How long the outcome stays on screen before the result opens, ms. */
const RESULT_DELAY_MS = 1200;
const NUMBERS = ['110', '112', '119', '120', '911'] as const;

type LineKind = 'narration' | 'feedback' | 'error' | 'critical' | 'hint' | 'rejected';
type Line = TranscriptLine<LineKind>;

/** The control a guided hint points at (data-testid, or a prefix ending in '-'). */
const HINT_TARGETS: Record<ChokingHintId, string> = {
  askChoking: 'act-askChoking',
  encourageCough: 'act-encourageCough',
  callForHelp: 'act-callForHelp',
  callEmergency: 'act-callForHelp',
  posture: 'posture-',
  setHands: 'hands-',
  placeHand: 'chk-hand',
  backBlow: 'tool-backBlow',
  abdominalThrust: 'tool-abdominalThrust',
  chestThrust: 'tool-chestThrust',
  lowerToGround: 'act-lowerToGround',
  compress: 'cpr-chest',
  openAirway: 'act-openAirway',
  lookInMouth: 'act-lookInMouth',
  removeObject: 'act-removeObject',
  giveBreath: 'act-giveBreath',
};

function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? 1;
}

/**
 * A choking scenario. The screen owns the engine state: learner actions come from labelled DOM
 * controls (each reachable by keyboard), from pointer strokes and hand drags in the Phaser scene
 * (converted from stage pixels to the body plane in mm) and, after a collapse, from the CPR chest
 * control. Time enters the engine only as event timestamps.
 */
export function createChokingScreen(id: string, mode: ChokingMode): Screen {
  if (!isChokingId(id)) return unknownChoking();
  const scenario = getChoking(id);
  const blind = mode === 'assessment';
  const infant = scenario.kind === 'infant';
  const techniques: Technique[] = scenario.kind === 'selfRescue' ? ['abdominalThrust', 'chestThrust'] : ['backBlow', 'abdominalThrust', 'chestThrust'];

  let ctxRef: UiContext | undefined;
  let host: HTMLElement | undefined;
  let state: ChokingState | null = null;
  const actions: ChokingAction[] = [];
  let lines: Line[] = [];
  let lineSeq = 0;
  let caption: Line | null = null;
  let feedback: Line | null = null;
  let hint: { id: ChokingHintId; text: string } | null = null;
  let startedAt: string | null = null;
  let finished = false;
  let saving = false;
  let tool: Technique = techniques[0] as Technique;
  let placing = false;
  let keyHand: BodyPointMm = { x: 0, y: 0 };
  let keyHandMoved = false;
  let strikeDownT: number | null = null;
  let breathStart: number | null = null;
  let callNumber: string | null = null;
  const samples = createSampleBatch();
  let raf = 0;
  let detach: (() => void) | undefined;
  let stage: { resize(w: number, h: number): void; destroy(): void } | undefined;
  let resizeObserver: ResizeObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const view: ChokingViewModel = {
    layout: chokingLayout(390, 400, scenario.patient, 'back'),
    figure: scenario.patient,
    side: 'back',
    shape: scenario.id === 'adultPregnant' ? 'pregnant' : scenario.id === 'adultObese' ? 'obese' : 'typical',
    infant: infant ? { faceDown: true, headLow: true } : null,
    chair: false,
    pointer: 'none',
    zones: [],
    hand: null,
    trail: null,
    mouth: 'closed',
    labels: { side: '', head: '' },
    highContrast: false,
    reducedMotion: false,
  };

  const running = () => state !== null && !finished && state.phase !== 'done';

  function relMs(): number {
    return state ? state.now - state.startT : 0;
  }

  function addLine(kind: LineKind, key: string, text: string): Line {
    const line: Line = { id: ++lineSeq, kind, key, text, relMs: relMs() };
    lines = withLine(lines, line);
    return line;
  }

  function text(ctx: UiContext, key: string, params?: Record<string, string | number>): string {
    if (!params) return ctx.t(key);
    const p: Record<string, unknown> = { ...params };
    if (typeof params.next === 'string') p.next = ctx.t(`choking.technique.${params.next}`);
    return ctx.t(key, p);
  }

  function handle(ctx: UiContext, fx: readonly ChokingEffect[]): void {
    for (const e of fx) {
      switch (e.type) {
        case 'narration':
          caption = addLine('narration', e.key, text(ctx, e.key, e.params));
          break;
        case 'feedback':
          feedback = addLine('feedback', e.key, text(ctx, e.key, e.params));
          break;
        case 'error':
          feedback = addLine(e.critical ? 'critical' : 'error', e.key, ctx.t(e.key));
          break;
        case 'rejected':
          feedback = addLine('rejected', e.key, ctx.t(e.key));
          break;
        case 'hint':
          break;
        case 'strike': {
          const s = state?.strikes[e.index];
          if (view.trail && s) view.trail.ok = blind ? null : s.effective;
          break;
        }
        case 'done':
          void finish(ctx);
          break;
      }
    }
  }

  function updateHint(ctx: UiContext): void {
    hint = null;
    if (mode !== 'guided' || !state) return;
    const next = nextStep(state);
    if (!next) return;
    const params: Record<string, unknown> = { number: ctx.profile.emergencyNumber.value };
    if (next.posture) params.posture = ctx.t(`choking.posture.${next.posture}`);
    // The technique first when the learner holds another one.
    const hintId: ChokingHintId = next.technique && next.technique !== tool && (next.id === 'placeHand' || next.id === next.technique) ? next.technique : next.id;
    hint = { id: hintId, text: ctx.t(`choking.hint.${hintId}`, params) };
  }

  function dispatch(ctx: UiContext, a: ChokingAction): void {
    if (!state || finished) return;
    const r = step(state, a);
    state = r.state;
    actions.push(a);
    if (a.type !== 'tick' && a.type !== 'cprSamples') feedback = null;
    handle(ctx, r.effects);
    updateHint(ctx);
    sync();
    ctx.requestRender();
  }

  /** A learner action's time: its event's timestamp, never before the engine's now. */
  function at(t: number): number {
    return state ? Math.max(t, state.now) : t;
  }

  function act(ctx: UiContext, a: ChokingAction): void {
    flushSamples(ctx);
    dispatch(ctx, a);
  }

  function flushSamples(ctx: UiContext): void {
    const batch = state ? samples.take(state.now) : null;
    if (batch) dispatch(ctx, { type: 'cprSamples', ...batch });
  }

  function frame(): void {
    const ctx = ctxRef;
    if (ctx && running()) flushSamples(ctx);
    raf = requestAnimationFrame(frame);
  }

  // ---------------------------------------------------------------------------------------------
  // View model

  function sideOf(): ChokingSide {
    const s = state;
    if (s && s.phase !== 'conscious') return 'ground';
    if (infant) return s?.posture === 'infantFaceUpHeadLow' ? 'front' : 'back';
    if (scenario.kind === 'selfRescue') return 'front';
    return tool === 'backBlow' ? 'back' : 'front';
  }

  function sync(): void {
    const s = state;
    const side = sideOf();
    const stageEl = host?.querySelector<HTMLElement>('.chk-stage');
    const w = stageEl?.clientWidth || view.layout.width;
    const h = stageEl?.clientHeight || view.layout.height;
    const headLow = s?.posture !== 'infantFaceDownHeadHigh';
    const sideChanged = side !== view.side;
    view.side = side;
    view.layout = chokingLayout(w, h, scenario.patient, side, headLow);
    if (sideChanged) view.trail = null;
    if (infant) view.infant = { faceDown: side !== 'front', headLow };
    view.chair = s?.posture === 'selfChairBack';
    const thrust = tool !== 'backBlow';
    view.pointer = !s || s.phase !== 'conscious' ? 'none' : thrust && (s.hand === null || placing) ? 'place' : 'strike';
    const zone = scenario.zones[tool];
    const zoneSide: ChokingSide = tool === 'backBlow' ? 'back' : 'front';
    view.zones = mode === 'guided' && s?.phase === 'conscious' && zone && zoneSide === side ? [{ ...bodyMmToStage(view.layout, zone.at), r: zone.radiusMm * view.layout.pxPerMm }] : [];
    const hand = s?.hand ?? (keyHandMoved ? keyHand : null);
    view.hand = side === 'front' && s?.phase === 'conscious' && thrust && hand ? bodyMmToStage(view.layout, hand) : null;
    const last = s?.openings[s.openings.length - 1];
    view.mouth = s?.outcome === 'removedFromMouth' ? 'clear' : s?.airwayOpen ? (last?.seen ? 'objectSeen' : 'open') : 'closed';
    const t = ctxRef?.t;
    if (t) view.labels.side = t(`choking.side.${infant && side !== 'ground' ? (side === 'front' ? 'infantUp' : 'infantDown') : side}`);
    placeChest();
    publishLayout();
  }

  function placeChest(): void {
    const chest = host?.querySelector<HTMLElement>('[data-testid="cpr-chest"]');
    if (!chest) return;
    const L = view.layout;
    const scale = scenario.patient === 'child' ? 0.7 : 1;
    const c = bodyMmToStage(L, { x: 0, y: -240 * scale });
    const w = 240 * scale * L.pxPerMm;
    const h = 220 * scale * L.pxPerMm;
    Object.assign(chest.style, { left: `${c.x - w / 2}px`, top: `${c.y - h / 2}px`, width: `${w}px`, height: `${h}px` });
  }

  /** The stage's geometry for tools that drive the app (tests): side, scale and each technique's target in px. */
  function publishLayout(): void {
    const stageEl = host?.querySelector<HTMLElement>('.chk-stage');
    if (!stageEl) return;
    const L = view.layout;
    const targets: Record<string, [number, number]> = {};
    for (const tq of techniques) {
      const z = scenario.zones[tq];
      if (!z) continue;
      const p = bodyMmToStage(L, z.at);
      targets[tq] = [Math.round(p.x), Math.round(p.y)];
    }
    const json = JSON.stringify({ side: view.side, pointer: view.pointer, pxPerMm: Math.round(L.pxPerMm * 1000) / 1000, feet: [L.feet.x, L.feet.y].map((v) => Math.round(v * 1000) / 1000), targets });
    if (stageEl.dataset.layout !== json) stageEl.dataset.layout = json;
  }

  function layout(): void {
    const stageEl = host?.querySelector<HTMLElement>('.chk-stage');
    if (!stageEl) return;
    sync();
    stage?.resize(stageEl.clientWidth, stageEl.clientHeight);
  }

  // ---------------------------------------------------------------------------------------------
  // Learner actions

  function onStroke(ctx: UiContext, path: { t: number; x: number; y: number }[]): void {
    if (!running() || !state) return;
    const mm = path.map((p) => ({ t: p.t, ...stageToBodyMm(view.layout, p) }));
    const last = mm[mm.length - 1];
    if (!last) return;
    view.trail = { points: path.map((p) => ({ x: p.x, y: p.y })), ok: null };
    act(ctx, { type: 'strike', t: at(last.t), technique: tool, stroke: { input: 'pointer', path: mm } });
  }

  function onPlace(ctx: UiContext, x: number, y: number, t: number): void {
    if (!running()) return;
    placing = false;
    const p = stageToBodyMm(view.layout, { x, y });
    keyHand = { x: Math.round(p.x), y: Math.round(p.y) };
    act(ctx, { type: 'placeHand', t: at(t), at: p, input: 'pointer' });
  }

  const activation = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Enter';

  function strikeDown(e: PointerEvent | KeyboardEvent): void {
    if (e instanceof KeyboardEvent && (!activation(e) || e.repeat)) return;
    e.preventDefault();
    if (!running() || strikeDownT !== null) return;
    strikeDownT = e.timeStamp;
    ctxRef?.requestRender();
  }

  function strikeUp(e: PointerEvent | KeyboardEvent): void {
    if (e instanceof KeyboardEvent && !activation(e)) return;
    e.preventDefault();
    const ctx = ctxRef;
    if (strikeDownT === null || !ctx || !state) return;
    const downT = Math.max(strikeDownT, state.now);
    strikeDownT = null;
    view.trail = null;
    act(ctx, { type: 'strike', t: at(Math.max(e.timeStamp, downT)), technique: tool, stroke: { input: 'keyboard', downT, upT: Math.max(e.timeStamp, downT) } });
  }

  function handKey(ctx: UiContext, e: KeyboardEvent): void {
    if (!running()) return;
    const big = e.key === 'PageUp' || e.key === 'PageDown';
    const d = big ? HAND_STEP_MM * 4 : HAND_STEP_MM;
    const moves: Record<string, [number, number]> = { ArrowUp: [0, -d], ArrowDown: [0, d], ArrowLeft: [-d, 0], ArrowRight: [d, 0], PageUp: [0, -d], PageDown: [0, d] };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      keyHand = { x: keyHand.x + m[0], y: keyHand.y + m[1] };
      keyHandMoved = true;
      sync();
      ctx.requestRender();
      return;
    }
    if (activation(e)) {
      e.preventDefault();
      if (e.repeat) return;
      placing = false;
      act(ctx, { type: 'placeHand', t: at(e.timeStamp), at: { ...keyHand }, input: 'keyboard' });
    }
  }

  function breathDown(e: PointerEvent | KeyboardEvent): void {
    if (e instanceof KeyboardEvent && (!activation(e) || e.repeat)) return;
    e.preventDefault();
    if (!running()) return;
    breathStart = e.timeStamp;
    ctxRef?.requestRender();
  }

  function breathUp(e: PointerEvent | KeyboardEvent): void {
    if (e instanceof KeyboardEvent && !activation(e)) return;
    e.preventDefault();
    const ctx = ctxRef;
    if (breathStart === null || !ctx || !state) return;
    const startT = Math.max(breathStart, state.now);
    breathStart = null;
    act(ctx, { type: 'giveBreath', startT, t: Math.max(e.timeStamp, startT) });
  }

  function onSample(s: Sample): void {
    if (running() && state?.phase !== 'conscious') samples.push(s);
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!state || saving) return;
    saving = true;
    const final = state;
    const result = chokingResult(final);
    const record: ChokingAttempt = {
      id: `choking-${crypto.randomUUID()}`,
      schemaVersion: ATTEMPT_SCHEMA_VERSION,
      learnerId: ctx.learnerId,
      module: 'choking',
      mode,
      profileId: final.profile.id,
      profileVersion: final.profile.version,
      patient: scenario.patient,
      startedAt: startedAt ?? new Date().toISOString(),
      score: result.sheet.pct,
      log: chokingLogFor(final, actions),
      summary: { ...result, title: scenario.title },
    };
    try {
      await ctx.attempts.putAttempt(record as AttemptRecord);
    } catch {
      ctx.notify('notice.storage.writeFailed');
    }
    finished = true;
    stopInputs();
    ctx.requestRender();
    timer = setTimeout(() => ctx.navigate(`#/results/${encodeURIComponent(record.id)}`), RESULT_DELAY_MS);
  }

  function stopInputs(): void {
    cancelAnimationFrame(raf);
    detach?.();
    detach = undefined;
    resizeObserver?.disconnect();
    window.removeEventListener('resize', onResize);
  }

  const onResize = () => layout();

  function begin(ctx: UiContext, e: Event): void {
    if (state) return;
    startedAt = new Date().toISOString();
    const r = start({ scenario, profile: ctx.profile, seed: randomSeed(), mode, startT: e.timeStamp });
    state = r.state;
    handle(ctx, r.effects);
    updateHint(ctx);
    sync();
    ctx.requestRender();
    requestAnimationFrame(() => host?.querySelector<HTMLElement>('[data-testid="act-askChoking"], [data-testid^="posture-"]')?.focus());
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  function hinted(testid: string): boolean {
    if (!hint) return false;
    const target = HINT_TARGETS[hint.id];
    return target.endsWith('-') ? testid.startsWith(target) : testid === target;
  }

  function button(ctx: UiContext, type: 'askChoking' | 'encourageCough' | 'lowerToGround' | 'openAirway' | 'lookInMouth' | 'removeObject' | 'finish', extra = ''): TemplateResult {
    const testid = `act-${type}`;
    return html`<button type="button" class=${`act ${extra} ${hinted(testid) ? 'hinted' : ''}`} data-testid=${testid} @click=${(e: Event) => act(ctx, { type, t: at(e.timeStamp) })}>${ctx.t(`choking.action.${type}`)}</button>`;
  }

  function renderIntro(ctx: UiContext): TemplateResult {
    const { t, language: lng } = ctx;
    return html`<div class="scn-intro" data-testid="choking-intro">
      <p class="scn-brief">${localized(lng, scenario.brief)}</p>
      <dl class="scn-facts">
        <div><dt>${t('choking.run.patient')}</dt><dd>${localized(lng, scenario.presentation)}</dd></div>
        <div><dt>${t('choking.run.mode')}</dt><dd>${t(`scenario.mode.${mode}`)} · ${t(`choking.modeHelp.${mode}`)}</dd></div>
      </dl>
      <p class="muted small">${t('choking.run.howTo')}</p>
      <button class="primary big" data-testid="choking-begin" @click=${(e: Event) => begin(ctx, e)}>${t('choking.run.begin')}</button>
    </div>`;
  }

  function renderLive(ctx: UiContext): TemplateResult | typeof nothing {
    const s = state;
    if (!s || blind || s.phase !== 'conscious' || scenario.kind === 'mild') {
      if (s && !blind && s.phase !== 'conscious') {
        return html`<dl class="live-figures chk-live" data-testid="choking-live"><div><dt>${ctx.t('choking.run.compressions')}</dt><dd data-testid="choking-compressions">${s.cpr.compressions}</dd></div></dl>`;
      }
      return nothing;
    }
    const run = currentRun(s.strikes);
    const technique = run.family === null ? '' : ctx.t(`choking.technique.${run.family === 'b' ? 'backBlow' : scenario.kind === 'infant' || scenario.kind === 'chestThrusts' ? 'chestThrust' : 'abdominalThrust'}`);
    return html`<dl class="live-figures chk-live" data-testid="choking-live">
      <div><dt>${ctx.t('choking.run.setCount')}</dt><dd data-testid="choking-set">${run.family === null
        ? '–'
        : s.order === 'backBlowsFirst'
          ? ctx.t('choking.run.setCountValue', { technique, n: run.length, size: s.setSize })
          : ctx.t('choking.run.runValue', { technique, n: run.length })}</dd></div>
      <div><dt>${ctx.t('choking.run.effective')}</dt><dd data-testid="choking-effective">${s.effectiveCount}</dd></div>
    </dl>`;
  }

  function renderCall(ctx: UiContext): TemplateResult {
    const { t } = ctx;
    return html`<fieldset>
        <legend>${t('choking.call.number')}</legend>
        <div class="scn-radios scn-numbers">
          ${NUMBERS.map(
            (n) => html`<label class="choice"><input type="radio" name="chk-number" data-testid=${`call-number-${n}`} .checked=${callNumber === n} @change=${() => {
              callNumber = n;
              ctx.requestRender();
            }} /><span>${n}</span></label>`,
          )}
        </div>
      </fieldset>
      <button type="button" class=${`act wide ${hinted('act-callForHelp') ? 'hinted' : ''}`} data-testid="act-callForHelp" ?disabled=${callNumber === null}
        @click=${(e: Event) => callNumber !== null && act(ctx, { type: 'callForHelp', t: at(e.timeStamp), number: callNumber })}>
        ${t('choking.action.callForHelp', { number: callNumber ?? '…' })}
      </button>`;
  }

  function renderConscious(ctx: UiContext, s: ChokingState): TemplateResult {
    const { t } = ctx;
    const thrust = tool !== 'backBlow';
    const handNow = s.hand ?? keyHand;
    return html`
      <section class="scn-group" aria-labelledby="chk-g-assess">
        <h2 id="chk-g-assess">${t('choking.group.assess')}</h2>
        <div class="scn-buttons">${button(ctx, 'askChoking')} ${button(ctx, 'encourageCough')}</div>
        ${renderCall(ctx)}
      </section>
      <section class="scn-group" aria-labelledby="chk-g-position">
        <h2 id="chk-g-position">${t('choking.group.position')}</h2>
        <fieldset class=${hinted('posture-') ? 'hinted' : ''}>
          <legend>${t('choking.posture.legend')}</legend>
          <div class="scn-radios">
            ${scenario.postures.offered.map(
              (p) => html`<label class="choice"><input type="radio" name="chk-posture" data-testid=${`posture-${p}`} .checked=${s.posture === p}
                @change=${(e: Event) => act(ctx, { type: 'posture', t: at(e.timeStamp), posture: p })} /><span>${t(`choking.posture.${p}`)}</span></label>`,
            )}
          </div>
        </fieldset>
        ${infant
          ? html`<fieldset class=${hinted('hands-') ? 'hinted' : ''}>
              <legend>${t('choking.hands.legend')}</legend>
              <div class="scn-radios">
                ${INFANT_HANDS.map(
                  (h) => html`<label class="choice"><input type="radio" name="chk-hands" data-testid=${`hands-${h}`} .checked=${s.hands === h}
                    @change=${(e: Event) => act(ctx, { type: 'setHands', t: at(e.timeStamp), hands: h })} /><span>${t(`choking.hands.${h}`)}</span></label>`,
                )}
              </div>
            </fieldset>`
          : nothing}
      </section>
      <section class="scn-group" aria-labelledby="chk-g-act">
        <h2 id="chk-g-act">${t('choking.group.act')}</h2>
        <fieldset>
          <legend>${t('choking.tool.legend')}</legend>
          <div class="chk-tools">
            ${techniques.map(
              (tq) => html`<label class=${`choice ${hinted(`tool-${tq}`) ? 'hinted' : ''}`}><input type="radio" name="chk-tool" data-testid=${`tool-${tq}`} .checked=${tool === tq}
                @change=${() => {
                  tool = tq;
                  placing = false;
                  view.trail = null;
                  updateHint(ctx);
                  sync();
                  ctx.requestRender();
                }} /><span>${t(`choking.technique.${tq}`)}</span></label>`,
            )}
          </div>
        </fieldset>
        ${thrust
          ? html`<p class="muted small" data-testid="chk-hand-note">${view.pointer === 'place' ? t('choking.hand.dragHint') : t('choking.hand.placed')}</p>`
          : nothing}
        <div class="chk-keys">
          ${thrust
            ? html`<div
                  class=${`chk-hand ${hinted('chk-hand') ? 'hinted' : ''}`}
                  data-testid="chk-hand"
                  role="slider"
                  tabindex="0"
                  aria-label=${t('choking.hand.label')}
                  aria-valuemin="-400"
                  aria-valuemax="400"
                  aria-valuenow=${String(-Math.round(handNow.y))}
                  aria-valuetext=${t('choking.hand.value', { up: -Math.round(handNow.y), side: Math.round(handNow.x) })}
                  @keydown=${(e: KeyboardEvent) => handKey(ctx, e)}
                >${t('choking.hand.value', { up: -Math.round(handNow.y), side: Math.round(handNow.x) })}</div>
                <button type="button" class="act" data-testid="act-moveHand" @click=${() => {
                  placing = true;
                  sync();
                  ctx.requestRender();
                }}>${t('choking.hand.move')}</button>`
            : nothing}
          <button
            type="button"
            class="act chk-strike"
            data-testid="chk-strike"
            data-down=${strikeDownT !== null ? 'true' : 'false'}
            aria-describedby="chk-strike-help"
            @keydown=${strikeDown}
            @keyup=${strikeUp}
            @pointerdown=${strikeDown}
            @pointerup=${strikeUp}
            @pointercancel=${() => (strikeDownT = null)}
          >${t('choking.strike.label', { technique: t(`choking.technique.${tool}`) })}</button>
        </div>
        <p class="muted small" id="chk-strike-help">${t('choking.strike.help')}</p>
      </section>`;
  }

  function renderUnresponsive(ctx: UiContext): TemplateResult {
    const { t } = ctx;
    return html`<section class="scn-group" aria-labelledby="chk-g-unresp" data-testid="choking-unresponsive">
      <h2 id="chk-g-unresp">${t('choking.group.unresponsive')}</h2>
      <div class="scn-buttons">${button(ctx, 'lowerToGround')}</div>
      ${renderCall(ctx)}
      <div class="scn-buttons" style="margin-top:8px">
        ${button(ctx, 'openAirway')} ${button(ctx, 'lookInMouth')} ${button(ctx, 'removeObject')}
        <button
          type="button"
          class=${`act breath ${hinted('act-giveBreath') ? 'hinted' : ''}`}
          data-testid="act-giveBreath"
          aria-pressed=${breathStart !== null ? 'true' : 'false'}
          @pointerdown=${breathDown}
          @pointerup=${breathUp}
          @pointercancel=${breathUp}
          @keydown=${breathDown}
          @keyup=${breathUp}
        >${t('choking.action.giveBreath')}</button>
      </div>
    </section>`;
  }

  function renderActions(ctx: UiContext): TemplateResult {
    const s = state as ChokingState;
    return html`<div class="scn-actions" data-testid="choking-actions">
      ${s.phase === 'conscious' ? renderConscious(ctx, s) : renderUnresponsive(ctx)}
      <section class="scn-group" aria-labelledby="chk-g-end">
        <h2 id="chk-g-end">${ctx.t('choking.group.end')}</h2>
        <div class="scn-buttons">${button(ctx, 'finish')}</div>
      </section>
    </div>`;
  }

  return {
    titleKey: 'choking.run.title',
    async mount(ctx, mainEl) {
      ctxRef = ctx;
      host = mainEl;
      const reduced = ctx.settings.reducedMotion || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
      view.reducedMotion = reduced;
      view.highContrast = ctx.settings.highContrast;
      ctx.requestRender();
      await new Promise((r) => requestAnimationFrame(r));
      const chest = host.querySelector<HTMLElement>('[data-testid="cpr-chest"]');
      const canvasHost = host.querySelector<HTMLElement>('.stage-canvas');
      const stageEl = host.querySelector<HTMLElement>('.chk-stage');
      if (!chest || !canvasHost || !stageEl) return;
      layout();
      window.addEventListener('resize', onResize);
      if (typeof ResizeObserver === 'function') {
        resizeObserver = new ResizeObserver(() => layout());
        resizeObserver.observe(stageEl);
      }
      detach = ctx.input.attachChest(chest, {
        calibration: () => ({ pxPerMm: PX_PER_MM, landmark: { x: chest.clientWidth / 2, y: chest.clientHeight / 2 }, maxTravelMm: MANIKIN_MAX_TRAVEL_MM }),
        depthSource: () => 'travel',
        onSample: (s) => onSample(s),
      });
      raf = requestAnimationFrame(frame);
      try {
        stage = await ctx.game.mountChoking(canvasHost, view, {
          onStroke: (path) => onStroke(ctx, path),
          onPlace: (x, y, t) => onPlace(ctx, x, y, t),
        });
        layout();
        stageEl.setAttribute('data-ready', 'true');
      } catch {
        ctx.notify('notice.game.failed');
      }
    },
    unmount() {
      stopInputs();
      finished = true;
      if (timer !== undefined) clearTimeout(timer);
      stage?.destroy();
      stage = undefined;
    },
    render(ctx) {
      const { t, language: lng } = ctx;
      const s = state;
      const phase = finished ? 'done' : s ? s.phase : 'intro';
      const cpr = s !== null && s.phase !== 'conscious' && s.phase !== 'done';
      return html`<section
        class="scn chk"
        data-testid="choking-run"
        data-scenario=${id}
        data-mode=${mode}
        data-phase=${phase}
        data-strikes=${s?.strikes.length ?? 0}
        data-outcome=${s?.outcome ?? ''}
      >
        <div class="scn-head">
          <h1>${localized(lng, scenario.title)}</h1>
          <p class="muted">${t(`choking.patient.${scenario.patient}`)} · ${t(`scenario.mode.${mode}`)} · ${t(ctx.profile.nameKey)}</p>
        </div>
        ${s ? nothing : renderIntro(ctx)}
        <div class=${`scn-body ${s ? 'running' : 'waiting'}`}>
          <div class="scn-view">
            <div class="stage chk-stage" role="group" aria-label=${t('choking.run.stageLabel')} data-testid="choking-stage">
              <div class="stage-canvas"></div>
              <div
                class="chest"
                ?hidden=${!cpr}
                data-hinted=${hinted('cpr-chest') ? 'true' : 'false'}
                data-testid="cpr-chest"
                role="button"
                tabindex=${cpr ? '0' : '-1'}
                data-px-per-mm=${PX_PER_MM}
                aria-label=${t('choking.run.chestLabel')}
              ></div>
            </div>
            ${cpr ? html`<p class="muted small scn-chest-help">${t('choking.run.chestHelp')}</p>` : nothing}
            ${renderLive(ctx)}
            <p class="scn-caption" data-testid="choking-caption" data-key=${caption?.key ?? ''} aria-live="polite">${caption?.text ?? (s ? '' : t('choking.run.ready'))}</p>
            ${hint ? html`<p class="scn-hint" data-testid="choking-hint" data-hint=${hint.id}>${hint.text}</p>` : nothing}
            ${feedback && (!blind || feedback.kind === 'rejected')
              ? html`<p class=${`scn-feedback ${feedback.kind}`} data-testid="choking-feedback" data-key=${feedback.key} role=${feedback.kind === 'critical' ? 'alert' : nothing}>${feedback.text}</p>`
              : nothing}
          </div>
          ${s && !finished ? renderActions(ctx) : nothing}
          ${s ? transcript(ctx.t, 'choking', lines) : nothing}
        </div>
      </section>`;
    },
  };
}

/** A deep link to a choking scenario that does not exist: back to the picker, with the unknown-page notice. */
function unknownChoking(): Screen {
  return {
    titleKey: 'choking.picker.title',
    mount(ctx) {
      ctx.notify('notice.route.unknown');
      ctx.navigate('#/choking');
    },
    render: (ctx) => html`<p>${ctx.t('common.loading')}</p>`,
  };
}

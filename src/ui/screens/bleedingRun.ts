import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import {
  bleedingMachine,
  bleedingResult,
  measurePress,
  pressIsEffective,
  PRESS_RULES,
  TOURNIQUET_ABOVE_MM,
  type BleedingAction,
  type BleedingEffect,
  type BleedingScenarioDef,
  type BleedingState,
  type BleedingTeaching,
  type PressSample,
} from '../../core/firstaid';
import type { ProfileId } from '../../core/protocol/profile';
import { pick } from '../../core/text';
import { num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import type { FirstAidMode } from './firstaidRoute';
import { drawPart, endLabels, narrowLayout, partTransform, pointsOf, prefersReducedMotion, randomSeed, saveFirstAid, scaleBar, toModel, viewBox, type PartView } from './firstaidView';
import './firstaid.css';

const STRAP_STEP_MM = 10;

/** The demonstration steps shown in order for each kind of scenario. */
const DEMO_STEPS: Readonly<Record<BleedingScenarioDef['kind'], string[]>> = {
  direct: ['gloves', 'dressing', 'press', 'bandage'],
  soakThrough: ['gloves', 'dressing', 'press', 'addDressing', 'bandage'],
  tourniquet: ['gloves', 'dressing', 'press', 'tourniquet', 'tighten', 'writeTime'],
  junctional: ['gloves', 'pack', 'press'],
};

/** `#/bleeding/<id>`: protect yourself, dress and press the wound, and where needed a tourniquet. */
export function createBleedingScreen(sc: BleedingScenarioDef, teachings: Readonly<Record<ProfileId, BleedingTeaching>>, mode: FirstAidMode): Screen {
  const viewNow = (): PartView => ({ part: sc.part, window: { from: Math.max(-20, sc.wound.x - 150), to: Math.min(sc.part.length + 40, sc.wound.x + 200) }, upright: narrowLayout() });
  let v = viewNow();
  let onResize = () => {};
  const g = sc.part.girth;
  let state: BleedingState | null = null;
  let actions: BleedingAction[] = [];
  let seed = 0;
  let startT = 0;
  let startedAt = '';
  let pressing: PressSample[] | null = null;
  let keyPress = false;
  let strapX = Math.max(v.window.from + 20, sc.wound.x - sc.wound.r - 40);
  let message: { key: string; ok: boolean } | null = null;
  let demoRun = 0;
  let saving = false;
  let timer = 0;

  function begin(ctx: UiContext, t: number): void {
    seed = randomSeed();
    startT = t;
    startedAt = new Date().toISOString();
    state = bleedingMachine.start({ scenario: sc, profile: ctx.profile.id, teaching: teachings[ctx.profile.id], seed, startT: t }).state;
  }

  function act(ctx: UiContext, a: BleedingAction): void {
    if (!state) begin(ctx, a.t);
    const s = state as BleedingState;
    const r = bleedingMachine.step(s, a);
    state = r.state;
    if (r.state !== s) actions.push(a);
    handle(r.effects);
    ctx.requestRender();
    if (r.state.finished) void finish(ctx);
  }

  function handle(effects: BleedingEffect[]): void {
    for (const e of effects) {
      if (e.type === 'feedback') message = { key: e.key, ok: e.ok };
      if (e.type === 'rejected') message = { key: `firstaid.rejected.${e.key}`, ok: false };
    }
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!state || saving) return;
    saving = true;
    const s = state;
    const best = s.presses.reduce((m, p) => Math.max(m, p.durationMs), 0);
    const drift = s.presses.filter((p) => p.maxDriftMm !== null).map((p) => p.maxDriftMm as number);
    const id = await saveFirstAid(ctx, {
      mode,
      startedAt,
      log: { kind: 'bleeding', id: sc.id, version: sc.version, seed, startT, actions },
      summary: {
        kind: 'bleeding',
        id: sc.id,
        version: sc.version,
        title: sc.title,
        sheet: bleedingResult(s),
        passPct: sc.passPct,
        measures: [
          { key: 'pressHold', value: Math.round(best / 100) / 10, unit: 's', ok: best >= PRESS_RULES.holdMs },
          ...(drift.length ? [{ key: 'pressDrift', value: Math.round(Math.min(...drift)), unit: 'mm', ok: Math.min(...drift) <= PRESS_RULES.maxDriftMm }] : []),
          ...(s.tourniquet ? [{ key: 'tourniquetAbove', value: Math.round(s.tourniquet.aboveMm), unit: 'mm', ok: s.tourniquet.inBand }] : []),
          ...(s.tourniquet ? [{ key: 'tourniquetTurns', value: s.turns, unit: '', ok: s.status === 'controlled' }] : []),
        ],
      },
    });
    ctx.navigate(`#/results/${encodeURIComponent(id)}`);
  }

  // --- the press: pointer on the wound (positioned samples) or a held key (time only) ---
  function startPress(ctx: UiContext, sample: PressSample): void {
    if (state?.finished) return;
    if (!state) begin(ctx, sample.t);
    pressing = [sample];
    tick(ctx);
    ctx.requestRender();
  }

  function endPress(ctx: UiContext, sample: PressSample): void {
    if (!pressing) return;
    const samples = [...pressing, sample];
    pressing = null;
    cancelAnimationFrame(timer);
    act(ctx, { type: 'press', t: sample.t, samples });
  }

  /** Redraws while a press is held (the frame loop only draws; time comes from the events). */
  function tick(ctx: UiContext): void {
    cancelAnimationFrame(timer);
    timer = requestAnimationFrame(() => {
      if (!pressing) return;
      ctx.requestRender();
      tick(ctx);
    });
  }

  function group(e: Event): SVGGraphicsElement | null {
    return (e.currentTarget as Element).querySelector<SVGGraphicsElement>('g.fa-model');
  }

  function livePress(now: number): { held: number; effective: boolean } | null {
    if (!pressing || pressing.length === 0) return null;
    const m = measurePress(pressing, sc.wound);
    const first = pressing[0] as PressSample;
    return { held: Math.max(m.durationMs, now - first.t), effective: pressIsEffective(m) };
  }

  function bleedClass(): string {
    const s = state?.status ?? 'heavy';
    const p = livePress(performance.now());
    if (s === 'controlled') return 'controlled';
    if (p?.effective && sc.kind !== 'tourniquet') return 'slowed';
    return s;
  }

  function stage(ctx: UiContext): TemplateResult {
    const s = state;
    const w = sc.wound;
    const p = livePress(performance.now());
    const dressings = s?.dressings ?? 0;
    return svg`<svg class="fa-svg fa-stage" viewBox=${viewBox(v)} data-testid="fa-stage" data-bleeding=${s?.status ?? 'heavy'}
        @pointerdown=${(e: PointerEvent) => {
          const gEl = group(e);
          if (!gEl) return;
          e.preventDefault();
          const pt = toModel(gEl, e.clientX, e.clientY);
          if (tool === 'strap') {
            strapX = Math.round(pt.x);
            ctx.requestRender();
            return;
          }
          (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
          startPress(ctx, { t: e.timeStamp, x: pt.x, y: pt.y });
        }}
        @pointermove=${(e: PointerEvent) => {
          if (!pressing || keyPress) return;
          const gEl = group(e);
          if (gEl) pressing.push(...pointsOf(gEl, e));
        }}
        @pointerup=${(e: PointerEvent) => {
          if (keyPress) return;
          const gEl = group(e);
          if (!gEl || !pressing) return;
          const pt = toModel(gEl, e.clientX, e.clientY);
          endPress(ctx, { t: e.timeStamp, x: pt.x, y: pt.y });
        }}
        @pointercancel=${(e: PointerEvent) => endPress(ctx, { t: e.timeStamp })}>
      <g class="fa-model" transform=${partTransform(v)}>
        ${drawPart(v)}
        <g class=${`fa-bleed ${bleedClass()}`}>
          <ellipse cx=${w.x} cy=${w.y} rx=${w.r} ry=${w.r * 0.6} class="fa-wound" />
          <circle cx=${w.x} cy=${w.y + w.r * 0.6} r="5" class="fa-drop d1" />
          <circle cx=${w.x + 8} cy=${w.y + w.r * 0.6} r="4" class="fa-drop d2" />
        </g>
        ${s?.packed ? svg`<circle cx=${w.x} cy=${w.y} r=${w.r * 0.5} class="fa-pack" />` : null}
        ${dressings > 0 ? svg`<rect x=${w.x - w.r * 1.3} y=${w.y - w.r * 1.1} width=${w.r * 2.6} height=${w.r * 2.2} rx="6" class=${`fa-pad ${s?.status === 'soaked' ? 'soaked' : ''}`} />` : null}
        ${dressings > 1 ? svg`<rect x=${w.x - w.r * 1.1} y=${w.y - w.r * 0.9} width=${w.r * 2.2} height=${w.r * 1.8} rx="6" class="fa-pad top" />` : null}
        ${s?.judgements.pressureBandage === 'earned' ? svg`<rect x=${w.x - w.r * 1.6} y=${-g / 2} width=${w.r * 3.2} height=${g} class="fa-band" />` : null}
        ${s?.tourniquet ? svg`<rect x=${s.tourniquet.aboveMm + w.x + w.r - 8} y=${-g / 2 - 6} width="16" height=${g + 12} rx="4" class="fa-strap applied" />`
          : sc.kind === 'junctional' ? null : svg`<rect x=${strapX - 8} y=${-g / 2 - 6} width="16" height=${g + 12} rx="4" class=${`fa-strap ${tool === 'strap' ? 'active' : ''}`} data-testid="fa-strap" data-x=${strapX} />`}
        ${p ? svg`<circle cx=${w.x} cy=${w.y} r=${w.r + 10} class=${`fa-press ${p.effective ? 'good' : 'bad'}`} />` : null}
      </g>
      ${sc.kind === 'tourniquet' ? scaleBar(v) : null}
      ${endLabels(v, ctx.t(sc.part.id === 'leg' ? 'firstaid.view.foot' : 'firstaid.view.hand'), ctx.t('firstaid.view.trunk'))}
    </svg>`;
  }

  let tool: 'press' | 'strap' = 'press';

  function controls(ctx: UiContext): TemplateResult {
    const { t } = ctx;
    const s = state;
    const done = !!s?.finished;
    const a = (make: (ts: number) => BleedingAction) => (e: Event) => act(ctx, make(e.timeStamp));
    const keyDown = (e: KeyboardEvent) => {
      if ((e.key !== ' ' && e.key !== 'Enter') || e.repeat) return;
      e.preventDefault();
      keyPress = true;
      startPress(ctx, { t: e.timeStamp });
    };
    const keyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ' && e.key !== 'Enter') return;
      e.preventDefault();
      if (!keyPress) return;
      keyPress = false;
      endPress(ctx, { t: e.timeStamp });
    };
    const p = livePress(performance.now());
    const tq = sc.kind !== 'junctional';
    return html`<div class="fa-controls">
      <div class="fa-actions" role="group" aria-label=${t('firstaid.bleeding.actions')}>
        <button data-testid="fa-gloves" ?disabled=${done} @click=${a((ts) => ({ type: 'gloves', t: ts }))}>${t('firstaid.bleeding.gloves')}</button>
        <button data-testid="fa-dressing" ?disabled=${done} @click=${a((ts) => ({ type: 'dressing', t: ts, at: { x: sc.wound.x, y: sc.wound.y } }))}>${t('firstaid.bleeding.dressing')}</button>
        <button data-testid="fa-add-dressing" ?disabled=${done} @click=${a((ts) => ({ type: 'addDressing', t: ts }))}>${t('firstaid.bleeding.addDressing')}</button>
        <button data-testid="fa-remove-dressing" ?disabled=${done} @click=${a((ts) => ({ type: 'removeDressing', t: ts }))}>${t('firstaid.bleeding.removeDressing')}</button>
        <button data-testid="fa-pack" ?disabled=${done} @click=${a((ts) => ({ type: 'pack', t: ts }))}>${t('firstaid.bleeding.pack')}</button>
        <button data-testid="fa-press-key" class=${pressing ? 'pressed' : ''} aria-pressed=${String(!!pressing && keyPress)} ?disabled=${done} @keydown=${keyDown} @keyup=${keyUp} @blur=${(e: FocusEvent) => { if (keyPress) { keyPress = false; endPress(ctx, { t: e.timeStamp }); } }}>${t('firstaid.bleeding.pressKey')}</button>
        <button data-testid="fa-bandage" ?disabled=${done} @click=${a((ts) => ({ type: 'pressureBandage', t: ts }))}>${t('firstaid.bleeding.pressureBandage')}</button>
      </div>
      <p class="fa-hold" data-testid="fa-hold" aria-live="off">${p ? t('firstaid.bleeding.holding', { s: num(ctx.language, p.held / 1000, 0), target: PRESS_RULES.holdMs / 1000 }) : t('firstaid.bleeding.pressHow', { target: PRESS_RULES.holdMs / 1000 })}</p>
      ${tq
        ? html`<fieldset class="fa-tourniquet" role="group">
            <legend>${t('firstaid.bleeding.tourniquet')}</legend>
            <label class="choice"><input type="checkbox" data-testid="fa-strap-tool" .checked=${tool === 'strap'} ?disabled=${done || !!s?.tourniquet} @change=${(e: Event) => { tool = (e.target as HTMLInputElement).checked ? 'strap' : 'press'; ctx.requestRender(); }} />${t('firstaid.bleeding.strapTool')}</label>
            <button data-testid="fa-strap-hand" ?disabled=${done || !!s?.tourniquet} @click=${() => { strapX -= STRAP_STEP_MM; ctx.requestRender(); }}>${t('firstaid.bleeding.strapDown')}</button>
            <button data-testid="fa-strap-trunk" ?disabled=${done || !!s?.tourniquet} @click=${() => { strapX += STRAP_STEP_MM; ctx.requestRender(); }}>${t('firstaid.bleeding.strapUp')}</button>
            <button class="primary" data-testid="fa-apply" ?disabled=${done || !!s?.tourniquet} @click=${a((ts) => { tool = 'press'; return { type: 'tourniquet', t: ts, x: strapX }; })}>${t('firstaid.bleeding.apply')}</button>
            <button data-testid="fa-tighten" ?disabled=${done} @click=${a((ts) => ({ type: 'tighten', t: ts }))}>${t('firstaid.bleeding.tighten')}</button>
            <button data-testid="fa-write-time" ?disabled=${done} @click=${a((ts) => ({ type: 'writeTime', t: ts }))}>${t('firstaid.bleeding.writeTime')}</button>
            <button data-testid="fa-loosen" ?disabled=${done} @click=${a((ts) => ({ type: 'loosen', t: ts }))}>${t('firstaid.bleeding.loosen')}</button>
            <p class="muted small">${t('firstaid.bleeding.strapHelp')} ${t(`firstaid.bleeding.loosening.${teachings[ctx.profile.id].tourniquetLoosening.value}`)}</p>
          </fieldset>`
        : nothing}
      <button class="primary big" data-testid="fa-finish" ?disabled=${!s || done} @click=${a((ts) => ({ type: 'finish', t: ts }))}>${t('firstaid.finish')}</button>
    </div>`;
  }

  /** The model performance drawn step by step: dressing, hands pressing, more dressings or the strap. */
  function demoPicture(reduced: boolean): TemplateResult {
    const w = sc.wound;
    const steps = DEMO_STEPS[sc.kind];
    const at = (k: string) => (reduced ? '' : `animation-delay:${Math.max(0, steps.indexOf(k)) * 0.8}s`);
    const strapX = w.x + w.r + (TOURNIQUET_ABOVE_MM.min + TOURNIQUET_ABOVE_MM.max) / 2;
    return svg`<svg class="fa-svg fa-demo-svg" viewBox=${viewBox(v)} aria-hidden="true">
      <g transform=${partTransform(v)}>
        ${drawPart(v)}
        <ellipse cx=${w.x} cy=${w.y} rx=${w.r} ry=${w.r * 0.6} class="fa-wound" />
        ${sc.kind === 'junctional' ? svg`<circle class="fa-pack fa-demo-turn" style=${at('pack')} cx=${w.x} cy=${w.y} r=${w.r * 0.5} />` : svg`<rect class="fa-pad fa-demo-turn" style=${at('dressing')} x=${w.x - w.r * 1.3} y=${w.y - w.r * 1.1} width=${w.r * 2.6} height=${w.r * 2.2} rx="6" />`}
        ${sc.kind === 'soakThrough' ? svg`<rect class="fa-pad top fa-demo-turn" style=${at('addDressing')} x=${w.x - w.r * 1.1} y=${w.y - w.r * 0.9} width=${w.r * 2.2} height=${w.r * 1.8} rx="6" />` : null}
        <circle class="fa-press good fa-demo-turn" style=${at('press')} cx=${w.x} cy=${w.y} r=${w.r + 10} />
        ${sc.kind === 'tourniquet' ? svg`<rect class="fa-strap applied fa-demo-turn" style=${at('tourniquet')} x=${strapX - 8} y=${-sc.part.girth / 2 - 6} width="16" height=${sc.part.girth + 12} rx="4" />` : null}
        ${steps.includes('bandage') ? svg`<rect class="fa-band fa-demo-turn" style=${at('bandage')} x=${w.x - w.r * 1.6} y=${-sc.part.girth / 2} width=${w.r * 3.2} height=${sc.part.girth} />` : null}
      </g>
    </svg>`;
  }

  function demo(ctx: UiContext): TemplateResult {
    const reduced = prefersReducedMotion(ctx);
    return html`<div class="fa-demo-box">${demoPicture(reduced)}</div><ol class="fa-demo-steps" data-testid="fa-demo">
      ${DEMO_STEPS[sc.kind].map((k, i) => html`<li class="fa-demo-step" style=${reduced ? '' : `animation-delay:${i * 0.8}s`}>${ctx.t(`firstaid.bleeding.demo.${k}`, { min: TOURNIQUET_ABOVE_MM.min / 10, max: TOURNIQUET_ABOVE_MM.max / 10 })}</li>`)}
    </ol>`;
  }

  return {
    titleKey: 'firstaid.bleeding.title',
    mount(ctx) {
      onResize = () => ctx.requestRender();
      window.addEventListener('resize', onResize);
    },
    unmount() {
      cancelAnimationFrame(timer);
      window.removeEventListener('resize', onResize);
    },
    render(ctx) {
      const { t, language: lng } = ctx;
      v = viewNow();
      const status = state?.status ?? 'heavy';
      return html`<div class="fa-run" data-testid="fa-bleeding" data-kind=${sc.kind}>
        <h1>${pick(sc.title, lng)}</h1>
        <p>${pick(sc.brief, lng)}</p>
        <section class="demo fa-demo" aria-labelledby="fa-demo-title">
          <h2 id="fa-demo-title">${t('firstaid.demo.title')}</h2>
          ${keyed(demoRun, demo(ctx))}
          <button data-testid="fa-demo-replay" @click=${() => { demoRun++; ctx.requestRender(); }}>${t('firstaid.demo.replay')}</button>
        </section>
        <h2>${t(mode === 'assessment' ? 'firstaid.assessment' : 'firstaid.practice')}</h2>
        <p class="fa-how">${t(tool === 'strap' ? 'firstaid.bleeding.howStrap' : 'firstaid.bleeding.howPress')}</p>
        <div class="fa-stage-box">${stage(ctx)}</div>
        <p class="fa-status" data-testid="fa-status" data-status=${status}><strong>${t(`firstaid.bleeding.status.${bleedClass()}`)}</strong></p>
        <p class=${`fa-feedback ${message?.ok ? 'ok' : 'bad'}`} role="status" data-testid="fa-feedback">${message && (mode === 'practice' || message.key.startsWith('firstaid.rejected')) ? t(message.key) : ''}</p>
        ${controls(ctx)}
      </div>`;
    },
  };
}

import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import {
  analyseRoller,
  modelStrokes,
  rollerMachine,
  rollerResult,
  turnBand,
  turnStroke,
  returnStroke,
  type PathPoint,
  type RollerAction,
  type RollerDef,
  type RollerEffect,
  type RollerState,
  type Stroke,
  type Turn,
} from '../../core/firstaid';
import { pick } from '../../core/text';
import { num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import type { FirstAidMode } from './firstaidRoute';
import { drawPart, endLabels, narrowLayout, partTransform, pointsOf, prefersReducedMotion, saveFirstAid, screenXY, toModel, viewBox, type PartView } from './firstaidView';
import './firstaid.css';

const STEP_MM = 5;

function bandPolygon(t: Turn, w: number, g: number): string {
  return `${t.xTop - w / 2},${-g / 2} ${t.xTop + w / 2},${-g / 2} ${t.xBottom + w / 2},${g / 2} ${t.xBottom - w / 2},${g / 2}`;
}

const line = (s: Stroke) => s.map((p) => `${p.x},${p.y}`).join(' ');

export function viewFor(def: RollerDef, narrow: boolean): PartView {
  if (def.technique === 'recurrent') return { part: def.part, window: { from: -30, to: def.part.length }, upright: true };
  const from = Math.max(-20, def.dressing.from - 110);
  return { part: def.part, window: { from, to: from + Math.max(320, def.dressing.to - def.dressing.from + 220) }, upright: narrow };
}

/** Turn numbers: a turn drawn over the last one gets its number beside the other's. */
function turnLabels(v: PartView, turns: readonly Turn[], g: number): TemplateResult[] {
  const placed: number[] = [];
  return turns.map((t, i) => {
    let at = t.xTop;
    while (placed.some((x) => Math.abs(x - at) < 14)) at += 14;
    placed.push(at);
    const p = screenXY(v, at, -g / 2 - 8 - (v.upright ? 4 : 0));
    return svg`<text class="fa-turn-no" x=${p.x} y=${p.y} text-anchor=${v.upright ? 'end' : 'middle'} dominant-baseline=${v.upright ? 'middle' : 'auto'}>${i + 1}</text>`;
  });
}

/** The demonstration: the model bandage drawn turn by turn (a still picture when motion is reduced). */
export function rollerDemo(def: RollerDef, reduced: boolean, narrow: boolean): TemplateResult {
  const v = viewFor(def, narrow);
  const analysis = analyseRoller(def, modelStrokes(def));
  const w = def.bandageWidth;
  const g = def.part.girth;
  const strokes = modelStrokes(def);
  return svg`<svg class="fa-svg fa-demo-svg" viewBox=${viewBox(v)} role="img" aria-labelledby="fa-demo-caption" data-testid="fa-demo">
    <g transform=${partTransform(v)}>
      ${drawPart(v)}
      <rect x=${def.dressing.from} y=${-g / 2} width=${def.dressing.to - def.dressing.from} height=${g} class="fa-dressing" />
      ${strokes.map((s, i) => {
        const style = reduced ? '' : `animation-delay:${i * 0.55}s`;
        const ret = analysis.returns.find((r) => r.stroke === i);
        const turn = analysis.turns.find((t) => t.stroke === i);
        return svg`<g class="fa-demo-turn" style=${style}>
          ${ret ? svg`<rect class="fa-band" x=${-8} y=${ret.y - w / 2} width=${ret.reach + 8} height=${w} />` : null}
          ${turn ? svg`<polygon class="fa-band" points=${bandPolygon(turn, w, g)} />` : null}
          <polyline class="fa-demo-path" points=${line(s)} />
        </g>`;
      })}
    </g>
  </svg>`;
}

/** `#/bandage/<technique>` for roller techniques: draw each turn, or place turns with the controls. */
export function createRollerScreen(def: RollerDef, mode: FirstAidMode): Screen {
  const w = def.bandageWidth;
  const g = def.part.girth;
  let v = viewFor(def, narrowLayout());
  let state: RollerState | null = null;
  let actions: RollerAction[] = [];
  let startedAt = '';
  let startT = 0;
  let live: PathPoint[] | null = null;
  let tool: 'turn' | 'knot' = 'turn';
  const cursor = { x: def.technique === 'recurrent' ? def.dressing.to + w : def.dressing.from, slant: 0, y: def.part.innerEdge === 'top' ? g / 4 : -g / 4 };
  let message: { key: string; ok: boolean; params?: Record<string, number> } | null = null;
  let demoRun = 0;
  let saving = false;
  let onResize = () => {};
  const head = def.part.innerEdge === null;

  const started = () => state !== null;

  function begin(ctx: UiContext, t: number): void {
    startT = t;
    startedAt = new Date().toISOString();
    state = rollerMachine.start({ def, profile: ctx.profile.id, startT: t }).state;
    actions = [];
  }

  function act(ctx: UiContext, a: RollerAction): void {
    if (!state) begin(ctx, a.t);
    const s = state as RollerState;
    const r = rollerMachine.step(s, a);
    state = r.state;
    if (r.state !== s) actions.push(a);
    handle(r.effects);
    ctx.requestRender();
    if (r.state.finished) void finish(ctx);
  }

  function handle(effects: RollerEffect[]): void {
    for (const e of effects) {
      if (e.type === 'feedback') message = { key: e.key, ok: e.ok, ...(e.params ? { params: e.params } : {}) };
      if (e.type === 'rejected') message = { key: `firstaid.rejected.${e.key}`, ok: false };
    }
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!state || saving) return;
    saving = true;
    const sheet = rollerResult(state);
    const overlaps = state.analysis.overlaps.filter((o): o is number => o !== null);
    const id = await saveFirstAid(ctx, {
      mode,
      startedAt,
      log: { kind: 'bandage', id: def.id, version: def.version, seed: 0, startT, actions },
      summary: {
        kind: 'bandage',
        id: def.id,
        version: def.version,
        title: def.title,
        sheet,
        passPct: def.passPct,
        measures: [
          { key: 'turns', value: state.analysis.turns.length + state.analysis.returns.length, unit: '', ok: null },
          ...overlaps.map((o) => ({ key: 'overlap', value: Math.round(o * 100), unit: '%', ok: null })),
        ],
      },
    });
    ctx.navigate(`#/results/${encodeURIComponent(id)}`);
  }

  function group(e: Event): SVGGraphicsElement | null {
    return (e.currentTarget as Element).querySelector<SVGGraphicsElement>('g.fa-model');
  }

  function onDown(ctx: UiContext, e: PointerEvent): void {
    const gEl = group(e);
    if (!gEl || state?.finished) return;
    e.preventDefault();
    if (tool === 'knot') {
      const p = toModel(gEl, e.clientX, e.clientY);
      act(ctx, { type: 'fasten', t: e.timeStamp, at: p });
      return;
    }
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    live = pointsOf(gEl, e);
    ctx.requestRender();
  }

  function onMove(ctx: UiContext, e: PointerEvent): void {
    if (!live) return;
    const gEl = group(e);
    if (!gEl) return;
    live.push(...pointsOf(gEl, e));
    ctx.requestRender();
  }

  function onUp(ctx: UiContext, e: PointerEvent): void {
    if (!live) return;
    const gEl = group(e);
    if (gEl) live.push(...pointsOf(gEl, e));
    const points = live;
    live = null;
    if (points.length >= 2) act(ctx, { type: 'stroke', t: e.timeStamp, points, source: 'pointer' });
    else ctx.requestRender();
  }

  function keyTurn(ctx: UiContext, e: Event): void {
    const t = e.timeStamp;
    const fold = foldOn && def.technique === 'spiralReverse' ? { x: cursor.x + w / 2, y: cursor.y } : undefined;
    const raw = def.technique === 'recurrent' && tool === 'turn' && cursorReturn ? returnStroke(cursor.x, cursor.y, t) : turnStroke(def, cursor.x - cursor.slant / 2, cursor.x + cursor.slant / 2, t, fold);
    act(ctx, { type: 'stroke', t, points: raw.map((p) => ({ ...p, t })), source: 'keyboard' });
  }
  let cursorReturn = false;
  /** Spiral reverse by keyboard: fold each placed turn back at the cursor's side. */
  let foldOn = false;

  function drawing(ctx: UiContext): TemplateResult {
    const s = state;
    const turns = s?.analysis.turns ?? [];
    const returns = s?.analysis.returns ?? [];
    const onWound = (x: number) => x >= def.wound.x0 && x <= def.wound.x1;
    return svg`<svg class="fa-svg fa-stage" viewBox=${viewBox(v)} data-testid="fa-stage"
        @pointerdown=${(e: PointerEvent) => onDown(ctx, e)} @pointermove=${(e: PointerEvent) => onMove(ctx, e)}
        @pointerup=${(e: PointerEvent) => onUp(ctx, e)} @pointercancel=${(e: PointerEvent) => onUp(ctx, e)}>
      <g class="fa-model" transform=${partTransform(v)} data-girth=${g}>
        ${drawPart(v)}
        <rect x=${def.dressing.from} y=${-g / 2} width=${def.dressing.to - def.dressing.from} height=${g} class="fa-dressing" />
        <rect x=${def.wound.x0} y=${def.wound.y0} width=${def.wound.x1 - def.wound.x0} height=${def.wound.y1 - def.wound.y0} rx="6" class="fa-wound-under" />
        ${def.technique === 'figureEight' && def.joint ? svg`<line x1=${(def.joint.from + def.joint.to) / 2} x2=${(def.joint.from + def.joint.to) / 2} y1=${-g / 2} y2=${g / 2} class="fa-joint-line" />` : null}
        ${turns.map((t) => svg`<polygon class="fa-band" points=${bandPolygon(t, w, g)} />`)}
        ${returns.map((r) => svg`<rect class="fa-band" x=${-8} y=${r.y - w / 2} width=${r.reach + 8} height=${w} />`)}
        ${(s?.strokes ?? []).map((st) => svg`<polyline class="fa-path" points=${line(st)} />`)}
        ${turns.map((t) => (t.fold ? svg`<circle class=${onWound(t.fold.x) ? 'fa-fold bad' : 'fa-fold'} cx=${t.fold.x} cy=${t.fold.y} r="5" />` : null))}
        ${live ? svg`<polyline class="fa-path live" points=${line(live)} />` : null}
        ${s?.knot ? svg`<g class="fa-knot"><circle cx=${s.knot.x} cy=${s.knot.y} r="9" /><line x1=${s.knot.x - 6} x2=${s.knot.x + 6} y1=${s.knot.y} y2=${s.knot.y} /></g>` : null}
        ${s?.knot ? null : tool === 'knot'
          ? svg`<circle class="fa-cursor" cx=${cursor.x} cy=${cursor.y} r="9" />`
          : cursorReturn
            ? svg`<line class="fa-cursor" x1=${cursor.x} x2=${-8} y1=${cursor.y} y2=${cursor.y} />`
            : svg`<line class="fa-cursor" x1=${cursor.x - cursor.slant / 2} x2=${cursor.x + cursor.slant / 2} y1=${-g / 2} y2=${g / 2} />${foldOn ? svg`<circle class="fa-cursor" cx=${cursor.x + w / 2} cy=${cursor.y} r="6" />` : null}`}
      </g>
      ${turnLabels(v, turns, g)}
      ${endLabels(v, ctx.t(head ? 'firstaid.view.crown' : def.part.id === 'leg' ? 'firstaid.view.foot' : 'firstaid.view.hand'), ctx.t(head ? 'firstaid.view.neck' : 'firstaid.view.trunk'))}
      ${(() => {
        const m = screenXY(v, v.window.from + 70, -g / 2 - 16);
        return svg`<text class="fa-edge-mark" x=${m.x} y=${m.y} text-anchor="middle" dominant-baseline="middle">${v.upright ? '▶' : '▼'}</text>`;
      })()}
    </svg>`;
  }

  function controls(ctx: UiContext): TemplateResult {
    const { t } = ctx;
    const s = state;
    const fastened = !!s?.knot;
    const move = (dx: number, ds: number, dy: number) => (e: Event) => {
      cursor.x += dx;
      cursor.slant += ds;
      cursor.y = Math.max(-g / 2, Math.min(g / 2, cursor.y + dy));
      if (!state) begin(ctx, e.timeStamp);
      ctx.requestRender();
    };
    const far = head ? t('firstaid.roller.towardEnd') : t('firstaid.roller.towardTips');
    const near = head ? t('firstaid.roller.awayFromEnd') : t('firstaid.roller.towardTrunk');
    return html`<div class="fa-controls" role="group" aria-label=${t('firstaid.roller.controls')}>
      ${def.part.tips
        ? html`<button data-testid="fa-circulation" @click=${(e: Event) => act(ctx, { type: 'checkCirculation', t: e.timeStamp })}>${t('firstaid.roller.checkCirculation')}</button>`
        : nothing}
      <fieldset class="fa-tool">
        <legend>${t('firstaid.roller.tool')}</legend>
        <label class="choice"><input type="radio" name="fa-tool" data-testid="fa-tool-turn" .checked=${tool === 'turn'} ?disabled=${fastened} @change=${() => { tool = 'turn'; ctx.requestRender(); }} />${t('firstaid.roller.toolTurn')}</label>
        <label class="choice"><input type="radio" name="fa-tool" data-testid="fa-tool-knot" .checked=${tool === 'knot'} ?disabled=${fastened} @change=${() => { tool = 'knot'; ctx.requestRender(); }} />${t('firstaid.roller.toolKnot')}</label>
      </fieldset>
      <div class="fa-keys" role="group" aria-label=${t('firstaid.roller.keyboard')}>
        <button data-testid="fa-key-far" @click=${move(-STEP_MM, 0, 0)}>${far}</button>
        <button data-testid="fa-key-near" @click=${move(STEP_MM, 0, 0)}>${near}</button>
        ${tool === 'turn' && !cursorReturn
          ? html`<button data-testid="fa-key-tilt-minus" @click=${move(0, -STEP_MM, 0)}>${t('firstaid.roller.tiltMinus')}</button>
              <button data-testid="fa-key-tilt-plus" @click=${move(0, STEP_MM, 0)}>${t('firstaid.roller.tiltPlus')}</button>`
          : nothing}
        ${tool === 'knot' || cursorReturn || foldOn
          ? html`<button data-testid="fa-key-up" @click=${move(0, 0, -10)}>${t('firstaid.roller.across1')}</button>
              <button data-testid="fa-key-down" @click=${move(0, 0, 10)}>${t('firstaid.roller.across2')}</button>`
          : nothing}
        ${def.technique === 'spiralReverse' && tool === 'turn'
          ? html`<label class="choice"><input type="checkbox" data-testid="fa-key-fold" .checked=${foldOn} @change=${(e: Event) => { foldOn = (e.target as HTMLInputElement).checked; ctx.requestRender(); }} />${t('firstaid.roller.foldMode')}</label>`
          : nothing}
        ${def.technique === 'recurrent' && tool === 'turn'
          ? html`<label class="choice"><input type="checkbox" data-testid="fa-key-return" .checked=${cursorReturn} @change=${(e: Event) => { cursorReturn = (e.target as HTMLInputElement).checked; ctx.requestRender(); }} />${t('firstaid.roller.returnMode')}</label>`
          : nothing}
        ${tool === 'turn'
          ? html`<button class="primary" data-testid="fa-key-add" ?disabled=${fastened} @click=${(e: Event) => keyTurn(ctx, e)}>${cursorReturn ? t('firstaid.roller.addReturn') : t('firstaid.roller.addTurn')}</button>`
          : html`<button class="primary" data-testid="fa-key-fasten" ?disabled=${fastened} @click=${(e: Event) => act(ctx, { type: 'fasten', t: e.timeStamp, at: { x: cursor.x, y: cursor.y } })}>${t('firstaid.roller.fastenHere')}</button>`}
        <button data-testid="fa-undo" ?disabled=${fastened || !s || s.strokes.length === 0} @click=${(e: Event) => act(ctx, { type: 'undo', t: e.timeStamp })}>${t('firstaid.roller.undo')}</button>
      </div>
      <p class="muted small" aria-live="polite" data-testid="fa-cursor">${t('firstaid.roller.cursor', { cm: num(ctx.language, cursor.x / 10, 1), tilt: num(ctx.language, cursor.slant / 10, 1) })}</p>
      <button class="primary big" data-testid="fa-finish" ?disabled=${!started()} @click=${(e: Event) => act(ctx, { type: 'finish', t: e.timeStamp })}>${t('firstaid.finish')}</button>
    </div>`;
  }

  function turnList(ctx: UiContext): TemplateResult {
    const s = state;
    if (!s || mode === 'assessment') return html``;
    return html`<ol class="fa-turns" data-testid="fa-turns" aria-label=${ctx.t('firstaid.roller.turns')}>
      ${s.analysis.turns.map((tn, i) => {
        const o = s.analysis.overlaps[i];
        return html`<li data-turn=${i + 1}>${Math.abs(tn.slant) <= w / 3 ? ctx.t('firstaid.roller.kindCircular') : ctx.t('firstaid.roller.kindOblique')}${o === null || o === undefined ? nothing : html` · ${ctx.t('firstaid.roller.overlapOf', { pct: Math.round(o * 100) })}`}</li>`;
      })}
      ${s.analysis.returns.map(() => html`<li>${ctx.t('firstaid.roller.kindReturn')}</li>`)}
    </ol>`;
  }

  return {
    titleKey: 'firstaid.bandage.title',
    mount(ctx) {
      onResize = () => ctx.requestRender();
      window.addEventListener('resize', onResize);
    },
    unmount() {
      window.removeEventListener('resize', onResize);
    },
    render(ctx) {
      const { t, language: lng } = ctx;
      const reduced = prefersReducedMotion(ctx);
      v = viewFor(def, narrowLayout());
      return html`<div class="fa-run" data-testid="fa-roller" data-technique=${def.technique}>
        <h1>${pick(def.title, lng)}</h1>
        <p>${pick(def.brief, lng)}</p>
        <section class="demo fa-demo" aria-labelledby="fa-demo-title">
          <h2 id="fa-demo-title">${t('firstaid.demo.title')}</h2>
          <div class="fa-demo-box">${keyed(`${demoRun}-${v.upright}`, rollerDemo(def, reduced, v.upright))}</div>
          <p id="fa-demo-caption" class="muted">${t(`firstaid.roller.demo.${def.technique}`)}</p>
          <button data-testid="fa-demo-replay" @click=${() => { demoRun++; ctx.requestRender(); }}>${t('firstaid.demo.replay')}</button>
        </section>
        <h2>${t(mode === 'assessment' ? 'firstaid.assessment' : 'firstaid.practice')}</h2>
        <p class="fa-how">${t(head ? 'firstaid.roller.howHead' : v.upright ? 'firstaid.roller.howLimbUpright' : 'firstaid.roller.howLimb')}</p>
        <div class="fa-stage-box">${drawing(ctx)}</div>
        <p class=${`fa-feedback ${message?.ok ? 'ok' : 'bad'}`} role="status" data-testid="fa-feedback">${message && (mode === 'practice' || message.key.startsWith('firstaid.rejected')) ? t(message.key, message.params) : ''}</p>
        ${turnList(ctx)}
        ${controls(ctx)}
      </div>`;
    },
  };
}

import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { MoveGameContent, MoveGameRound, MoveScene } from '../../content/firstaid';
import { currentRecord, currentRound, moveGameMachine, moveGameResult, type MoveGameAction, type MoveGameEffect, type MoveGameState, type MoveOutcome } from '../../core/firstaid';
import { pick } from '../../core/text';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import type { FirstAidMode } from './firstaidRoute';
import { prefersReducedMotion, randomSeed, saveFirstAid } from './firstaidView';
import './firstaid.css';
import './moveGame.css';

/** Remaining seconds at which the live region speaks (the timer itself stays silent). */
const ANNOUNCE_AT_S = [10, 5];

/** A person lying on their back, head at (x, y); the body runs to the right. */
function lying(x: number, y: number, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return svg`<g class="mg-person">
    <circle cx=${x} cy=${y} r="13" class="mg-skin" />
    <rect x=${x + 14} y=${y - 11} width="62" height="22" rx="9" class="mg-cloth" />
    <rect x=${x + 74} y=${y - 10} width="58" height="9" rx="4" class="mg-legs" />
    <rect x=${x + 74} y=${y + 1} width="58" height="9" rx="4" class="mg-legs" />
    ${extra}
  </g>`;
}

/** A helper kneeling behind the casualty, hands reaching down to them. */
function helper(x: number): TemplateResult {
  return svg`<g class="mg-helper">
    <rect x=${x - 9} y="70" width="18" height="34" rx="7" class="mg-cloth2" />
    <line x1=${x} y1="80" x2=${x + 14} y2="100" class="mg-arm" />
    <circle cx=${x} cy="58" r="10" class="mg-skin" />
  </g>`;
}

/** The decorative picture of a round (aria-hidden: the situation text carries the meaning). */
function scene(kind: MoveScene): TemplateResult {
  const ground = svg`<rect x="0" y="118" width="320" height="22" class="mg-ground" />`;
  let body: TemplateResult;
  switch (kind) {
    case 'scaffold':
      body = svg`${ground}
        <g class="mg-scaffold">
          <line x1="196" y1="8" x2="196" y2="118" /><line x1="250" y1="8" x2="250" y2="118" /><line x1="304" y1="8" x2="304" y2="118" />
          <line x1="190" y1="30" x2="310" y2="30" /><line x1="190" y1="72" x2="310" y2="72" />
          <line x1="196" y1="30" x2="250" y2="72" /><line x1="250" y1="30" x2="304" y2="72" />
        </g>
        ${lying(40, 104)}`;
      break;
    case 'smoke':
      body = svg`${ground}
        <g class="mg-car"><rect x="170" y="70" width="130" height="34" rx="8" /><rect x="196" y="50" width="74" height="26" rx="8" /></g>
        <circle cx="196" cy="108" r="11" class="mg-wheel" /><circle cx="276" cy="108" r="11" class="mg-wheel" />
        <g class="mg-smoke"><circle cx="212" cy="44" r="14" /><circle cx="234" cy="32" r="18" /><circle cx="260" cy="26" r="14" /><circle cx="236" cy="16" r="11" /></g>
        ${lying(20, 104)}`;
      break;
    case 'roll':
      body = svg`${ground}
        ${helper(66)}${helper(136)}${helper(206)}
        <line x1="36" y1="106" x2="232" y2="106" class="mg-axis" />
        ${lying(60, 106)}`;
      break;
    case 'puddle':
      body = svg`${ground}
        <ellipse cx="130" cy="118" rx="112" ry="12" class="mg-water" />
        ${lying(48, 104)}
        <g class="mg-aed"><rect x="256" y="70" width="46" height="40" rx="6" /><path d="M281 78 l-8 14 h7 l-4 12 l10 -16 h-7 z" class="mg-bolt" /></g>`;
      break;
    case 'water':
      body = svg`<rect x="0" y="62" width="320" height="78" class="mg-water" />
        <rect x="0" y="50" width="92" height="90" class="mg-ground" />
        <path d="M92 80 q12 -6 24 0 t24 0 t24 0 t24 0 t24 0 t24 0 t24 0 t24 0 t24 0" class="mg-wave" />
        <circle cx="214" cy="78" r="12" class="mg-skin" />
        <line x1="226" y1="80" x2="240" y2="56" class="mg-arm" />
        <circle cx="62" cy="38" r="12" class="mg-ring" />`;
      break;
    case 'road':
      body = svg`<rect x="0" y="52" width="320" height="88" class="mg-road" />
        <line x1="0" y1="98" x2="320" y2="98" class="mg-lane" />
        <g class="mg-car"><rect x="226" y="62" width="84" height="24" rx="7" /><rect x="242" y="46" width="48" height="20" rx="6" /></g>
        <circle cx="246" cy="86" r="8" class="mg-wheel" /><circle cx="290" cy="86" r="8" class="mg-wheel" />
        ${lying(30, 120)}`;
      break;
    case 'fracture':
      body = svg`${ground}
        ${lying(40, 104, svg`<circle cx="158" cy="97" r="5" class="mg-wound" />`)}
        <rect x="96" y="124" width="140" height="8" rx="3" class="mg-splint" />`;
      break;
  }
  return svg`<svg class="mg-svg" viewBox="0 0 320 140" aria-hidden="true" focusable="false">${body}</svg>`;
}

/**
 * "Move or not, and how" (`#/splint/moveGame`): one timed round at a time. The round's clock runs
 * from the event that showed it; a timeout is sent with the port's clock when the limit has passed.
 * Practice shows right or wrong with the why after each answer and waits for "Next"; assessment
 * goes straight on. The attempt is saved like every first-aid exercise.
 */
export function createMoveGameScreen(def: MoveGameContent, mode: FirstAidMode): Screen {
  const seed = randomSeed();
  let state: MoveGameState | null = null;
  const actions: MoveGameAction[] = [];
  let startT = 0;
  let startedAt = '';
  let last: { outcome: MoveOutcome; option: string | null; right: string } | null = null;
  let saving = false;
  let raf = 0;
  let shownSec = -1;
  let announce = '';
  let announced = new Set<number>();
  let ctxRef: UiContext | null = null;
  let host: HTMLElement | null = null;
  let onKey: ((e: KeyboardEvent) => void) | null = null;
  let barRound = '';
  let barDelay = 0;

  const roundOf = (id: string): MoveGameRound => def.rounds.find((r) => r.id === id) as MoveGameRound;
  const isOpen = (s: MoveGameState | null): boolean => !!s && !s.finished && currentRecord(s)?.outcome === null;

  function focusLater(selector: string): void {
    requestAnimationFrame(() => host?.querySelector<HTMLElement>(selector)?.focus());
  }

  function begin(ctx: UiContext, t: number): void {
    startT = t;
    startedAt = new Date().toISOString();
    state = moveGameMachine.start({ def, profile: ctx.profile.id, startT: t, seed }).state;
    newRound();
    ctx.requestRender();
    focusLater('#mg-situation');
    loop();
  }

  function newRound(): void {
    last = null;
    shownSec = -1;
    announce = '';
    announced = new Set();
  }

  function act(a: MoveGameAction): void {
    if (!state) return;
    const prev = state;
    const r = moveGameMachine.step(prev, a);
    if (r.state === prev) return;
    state = r.state;
    actions.push(a);
    handle(r.effects);
  }

  function handle(effects: MoveGameEffect[]): void {
    for (const e of effects) {
      if (e.type === 'answered') last = { outcome: e.outcome, option: e.option, right: e.right };
      if (e.type === 'round') newRound();
    }
  }

  /** After an answer or a timeout: practice shows the feedback; assessment goes on at the same time. */
  function afterClose(ctx: UiContext, t: number): void {
    if (!state) return;
    if (mode === 'assessment') {
      if (state.finished) void finish(ctx);
      else {
        act({ type: 'next', t });
        focusLater('#mg-situation');
      }
    } else focusLater('[data-testid="mg-next"]');
    ctx.requestRender();
  }

  function answer(ctx: UiContext, option: string, t: number): void {
    if (!state || !isOpen(state)) return;
    act({ type: 'answer', t, round: currentRecord(state)?.id as string, option });
    afterClose(ctx, t);
  }

  function next(ctx: UiContext, t: number): void {
    if (!state) return;
    if (state.finished) {
      void finish(ctx);
      return;
    }
    act({ type: 'next', t });
    ctx.requestRender();
    focusLater('#mg-situation');
  }

  function loop(): void {
    cancelAnimationFrame(raf);
    const ctx = ctxRef;
    if (!ctx || !state || state.finished) return;
    const rec = currentRecord(state);
    if (isOpen(state) && rec?.shownAt != null) {
      const now = ctx.input.now();
      const rem = rec.shownAt + def.roundTimeMs - now;
      if (rem <= 0) {
        act({ type: 'timeout', t: now, round: rec.id });
        afterClose(ctx, now);
      } else {
        const sec = Math.ceil(rem / 1000);
        for (const a of ANNOUNCE_AT_S) {
          if (sec <= a && !announced.has(a)) {
            announced.add(a);
            announce = ctx.t('firstaid.moveGame.secondsLeft', { n: a });
          }
        }
        if (sec !== shownSec) {
          shownSec = sec;
          ctx.requestRender();
        }
      }
    }
    raf = requestAnimationFrame(loop);
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!state || saving) return;
    saving = true;
    ctx.requestRender();
    const result = moveGameResult(state);
    const id = await saveFirstAid(ctx, {
      mode,
      startedAt,
      log: { kind: 'splint', id: def.id, version: def.version, seed, startT, actions },
      summary: { kind: 'splint', id: def.id, version: def.version, title: def.title, sheet: result.sheet, passPct: def.passPct, measures: result.measures },
    });
    ctx.navigate(`#/results/${encodeURIComponent(id)}`);
  }

  function intro(ctx: UiContext): TemplateResult {
    const { t, language: lng } = ctx;
    return html`<section class="mg-intro" data-testid="mg-intro">
      <p>${pick(def.brief, lng)}</p>
      <p>${t('firstaid.moveGame.intro', { rounds: def.rounds.length, seconds: Math.round(def.roundTimeMs / 1000) })}</p>
      <p class="muted">${t(mode === 'assessment' ? 'firstaid.moveGame.assessmentNote' : 'firstaid.moveGame.practiceNote')}</p>
      <button class="primary big" data-testid="mg-start" @click=${(e: Event) => begin(ctx, e.timeStamp)}>${t('firstaid.moveGame.start')}</button>
    </section>`;
  }

  function timer(ctx: UiContext, s: MoveGameState): TemplateResult {
    const { t } = ctx;
    const rec = currentRecord(s);
    const open = isOpen(s);
    const limit = def.roundTimeMs;
    const clamp = (ms: number) => Math.min(limit, Math.max(0, ms));
    const elapsed = !rec || rec.shownAt === null ? 0 : open ? clamp(ctx.input.now() - rec.shownAt) : clamp(rec.answerMs ?? limit);
    // The bar drains by a CSS animation started once per round (its delay fixed then); the width
    // below is where it stands now, shown as is when the round is over or motion is reduced.
    if (rec && barRound !== rec.id) {
      barRound = rec.id;
      barDelay = -elapsed;
    }
    const shown = limit - elapsed;
    const sec = Math.ceil(shown / 1000);
    return html`<div class=${`mg-timer${open ? '' : ' is-stopped'}${sec <= 5 ? ' is-low' : ''}`} data-testid="mg-timer" data-remaining-ms=${Math.round(shown)}>
      <div class="mg-bar" aria-hidden="true">
        ${keyed(rec?.id ?? '', html`<span class="mg-bar-fill" style=${`width:${(shown / limit) * 100}%;animation-duration:${limit}ms;animation-delay:${barDelay}ms`}></span>`)}
      </div>
      <span class="mg-secs" role="timer" aria-label=${t('firstaid.moveGame.timeLeft')}>${t('firstaid.moveGame.seconds', { n: sec })}</span>
    </div>`;
  }

  function feedback(ctx: UiContext, round: MoveGameRound): TemplateResult | string {
    if (mode !== 'practice' || !last) return '';
    const { t, language: lng } = ctx;
    const chosen = round.options.find((o) => o.id === last?.option);
    const right = round.options.find((o) => o.id === last?.right);
    const ok = last.outcome === 'right';
    return html`<strong class=${ok ? 'ok' : 'bad'}>${t(`firstaid.moveGame.outcome.${last.outcome}`)}</strong>
      ${chosen ? html` ${pick(chosen.why, lng)}` : nothing}
      ${chosen?.critical ? html`<strong class="mg-critical bad">${t('firstaid.moveGame.critical')}</strong>` : nothing}
      ${right && right !== chosen ? html`<span class="mg-right-answer">${t('firstaid.moveGame.rightAnswer')} <strong>${pick(right.label, lng)}</strong>. ${pick(right.why, lng)}</span>` : nothing}`;
  }

  function option(ctx: UiContext, round: MoveGameRound, id: string, k: number, open: boolean): TemplateResult {
    const { t, language: lng } = ctx;
    const o = round.options.find((x) => x.id === id);
    if (!o) return html``;
    const reveal = mode === 'practice' && !open && !!last;
    const chosen = !open && last?.option === id;
    const cls = ['mg-option', chosen ? 'is-chosen' : '', reveal && o.correct ? 'is-right' : '', reveal && chosen && !o.correct ? 'is-wrong' : ''].filter(Boolean).join(' ');
    return html`<li>
      <button class=${cls} data-testid=${`mg-option-${id}`} ?disabled=${!open} @click=${(e: Event) => answer(ctx, id, e.timeStamp)}>
        <span class="mg-key" aria-hidden="true">${k + 1}</span>
        <span class="mg-label">${pick(o.label, lng)}</span>
        ${reveal && o.correct ? html`<span class="mg-mark ok">✓ ${t('firstaid.moveGame.correct')}</span>` : nothing}
        ${reveal && chosen && !o.correct ? html`<span class="mg-mark bad">✗ ${t('firstaid.moveGame.yourAnswer')}</span>` : nothing}
      </button>
    </li>`;
  }

  function playing(ctx: UiContext, s: MoveGameState): TemplateResult {
    const { t, language: lng } = ctx;
    const rec = currentRecord(s) ?? s.records[s.records.length - 1];
    const round = roundOf(currentRound(s)?.id ?? rec?.id ?? '');
    const open = isOpen(s);
    const closed = !open;
    return html`<div class="mg-hud">
        <p class="mg-count" data-testid="mg-count">${t('firstaid.moveGame.round', { n: s.current + 1, total: s.order.length })}</p>
        ${mode === 'practice' ? html`<p class="mg-streak" data-testid="mg-streak" data-streak=${s.streak}>${t('firstaid.moveGame.streak', { n: s.streak })}</p>` : nothing}
      </div>
      ${timer(ctx, s)}
      <p class="visually-hidden" aria-live="polite">${open ? announce : ''}</p>
      <section class="mg-round" data-testid="mg-round" data-round=${round.id} data-open=${String(open)} aria-labelledby="mg-situation">
        <div class="mg-scene">${scene(round.scene)}</div>
        <div class="mg-body">
          <p id="mg-situation" class="mg-situation" tabindex="-1">${pick(round.situation, lng)}</p>
          <ul class="mg-options" aria-labelledby="mg-situation">${(s.optionOrder[round.id] ?? []).map((id, k) => option(ctx, round, id, k, open))}</ul>
        </div>
      </section>
      <p class="mg-feedback" role="status" data-testid="mg-feedback" data-outcome=${mode === 'practice' && last ? last.outcome : ''}>${feedback(ctx, round)}</p>
      ${mode === 'practice' && closed
        ? html`<button class="primary big" data-testid="mg-next" ?disabled=${saving} @click=${(e: Event) => next(ctx, e.timeStamp)}>${t(s.finished ? 'firstaid.moveGame.seeResult' : 'firstaid.moveGame.next')}</button>`
        : nothing}
      ${saving ? html`<p class="muted" role="status">${t('firstaid.moveGame.saving')}</p>` : nothing}`;
  }

  return {
    titleKey: 'firstaid.splint.title',
    mount(ctx, el) {
      ctxRef = ctx;
      host = el;
      onKey = (e: KeyboardEvent) => {
        if (e.repeat || e.ctrlKey || e.metaKey || e.altKey || !state || !isOpen(state)) return;
        const tag = (e.target as HTMLElement | null)?.tagName;
        if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
        const k = Number(e.key);
        const ids = state.optionOrder[currentRecord(state)?.id ?? ''] ?? [];
        if (!Number.isInteger(k) || k < 1 || k > ids.length) return;
        e.preventDefault();
        answer(ctx, ids[k - 1] as string, e.timeStamp);
      };
      window.addEventListener('keydown', onKey);
      if (state) loop();
    },
    unmount() {
      cancelAnimationFrame(raf);
      if (onKey) window.removeEventListener('keydown', onKey);
      onKey = null;
      ctxRef = null;
      host = null;
    },
    render(ctx) {
      ctxRef = ctx;
      const reduced = prefersReducedMotion(ctx);
      return html`<div class=${`fa-run mg-run${reduced ? ' mg-reduced' : ''}`} data-testid="mg-run" data-mode=${mode}>
        <h1>${pick(def.title, ctx.language)}</h1>
        ${state ? playing(ctx, state) : intro(ctx)}
      </div>`;
    },
  };
}

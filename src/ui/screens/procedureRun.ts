import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { procedureMachine, procedureResult, type ProcedureAction, type ProcedureDef, type ProcedureEffect, type ProcedureState } from '../../core/firstaid';
import { createRng } from '../../core/rng';
import { pick, type LocalizedText } from '../../core/text';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import type { FirstAidKind, FirstAidMode } from './firstaidRoute';
import { prefersReducedMotion, randomSeed, saveFirstAid } from './firstaidView';
import { procedurePicture, taughtSteps, type PictureStep } from './procedurePictures';
import './firstaid.css';

/** What joins a step and the choice made: the language's colon, or after a question only its own mark. */
function choiceSep(t: (key: string) => string, label: string): string {
  if (label.endsWith('？')) return '';
  if (label.endsWith('?')) return ' ';
  return t('common.colon');
}

type Card = { kind: 'step'; id: string; label: LocalizedText } | { kind: 'hazard'; id: string; label: LocalizedText };

/**
 * Ordered procedures (triangular bandages and slings, splints, moving): the steps are offered in a
 * seeded shuffled order with the hazards among them; the learner does them in the order they
 * choose, answering each placement question.
 */
export function createProcedureScreen(def: ProcedureDef, kind: FirstAidKind, mode: FirstAidMode): Screen {
  const seed = randomSeed();
  const rng = createRng(seed);
  const cards: Card[] = [...def.steps.map((s) => ({ kind: 'step' as const, id: s.id, label: s.label })), ...def.hazards.map((h) => ({ kind: 'hazard' as const, id: h.id, label: h.label }))];
  for (let i = cards.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [cards[i], cards[j]] = [cards[j] as Card, cards[i] as Card];
  }
  let state: ProcedureState | null = null;
  const actions: ProcedureAction[] = [];
  let startT = 0;
  let startedAt = '';
  let open: string | null = null;
  let message: { key: string; ok: boolean; why?: LocalizedText } | null = null;
  let demoRun = 0;
  let saving = false;

  function act(ctx: UiContext, a: ProcedureAction): void {
    if (!state) {
      startT = a.t;
      startedAt = new Date().toISOString();
      state = procedureMachine.start({ def, profile: ctx.profile.id, startT: a.t }).state;
    }
    const s = state;
    const r = procedureMachine.step(s, a);
    state = r.state;
    if (r.state !== s) actions.push(a);
    handle(r.effects);
    open = null;
    ctx.requestRender();
    if (r.state.finished) void finish(ctx);
  }

  function handle(effects: ProcedureEffect[]): void {
    for (const e of effects) {
      if (e.type === 'feedback' && (e.key !== 'firstaid.procedure.right' || e.why || !message || message.ok)) message = { key: e.key, ok: e.ok, ...(e.why ? { why: e.why } : {}) };
      if (e.type === 'rejected') message = { key: `firstaid.rejected.${e.key}`, ok: false };
    }
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!state || saving) return;
    saving = true;
    const id = await saveFirstAid(ctx, {
      mode,
      startedAt,
      log: { kind, id: def.id, version: def.version, seed, startT, actions },
      summary: { kind, id: def.id, version: def.version, title: def.title, sheet: procedureResult(state), passPct: def.passPct, measures: [] },
    });
    ctx.navigate(`#/results/${encodeURIComponent(id)}`);
  }

  /** What the learner has done so far, with the placements chosen and the hazards taken, for the picture. */
  function shownSteps(): PictureStep[] {
    return actions.flatMap((a): PictureStep[] => (a.type === 'step' ? [a.choice === undefined ? { step: a.step } : { step: a.step, choice: a.choice }] : a.type === 'hazard' ? [{ step: a.id }] : []));
  }

  function card(ctx: UiContext, c: Card): TemplateResult {
    const { t, language: lng } = ctx;
    const s = state;
    const doneAt = c.kind === 'step' ? (s?.done.indexOf(c.id) ?? -1) : -1;
    const step = c.kind === 'step' ? def.steps.find((x) => x.id === c.id) : undefined;
    const finished = !!s?.finished;
    if (doneAt >= 0) {
      const chosen = actions.find((a) => a.type === 'step' && a.step === c.id);
      const choice = chosen?.type === 'step' ? step?.choices?.find((x) => x.id === chosen.choice) : undefined;
      return html`<li class="fa-card done" data-testid=${`fa-step-${c.id}`} data-done="true"><span class="fa-order">${doneAt + 1}</span> ${pick(c.label, lng)}${choice ? html`${choiceSep(t, pick(c.label, lng))}<strong>${pick(choice.label, lng)}</strong>` : nothing}</li>`;
    }
    if (step?.choices && open === c.id) {
      return html`<li class="fa-card open" data-testid=${`fa-step-${c.id}`}>
        <fieldset>
          <legend>${pick(c.label, lng)}</legend>
          ${step.choices.map(
            (ch) => html`<button class="fa-choice" data-testid=${`fa-choice-${c.id}-${ch.id}`} @click=${(e: Event) => act(ctx, { type: 'step', t: e.timeStamp, step: c.id, choice: ch.id })}>${pick(ch.label, lng)}</button>`,
          )}
          <button data-testid="fa-choice-cancel" @click=${() => { open = null; ctx.requestRender(); }}>${t('firstaid.procedure.cancel')}</button>
        </fieldset>
      </li>`;
    }
    return html`<li class="fa-card">
      <button data-testid=${c.kind === 'step' ? `fa-step-${c.id}` : `fa-hazard-${c.id}`} ?disabled=${finished}
        @click=${(e: Event) => {
          if (c.kind === 'hazard') act(ctx, { type: 'hazard', t: e.timeStamp, id: c.id });
          else if (step?.choices) {
            open = c.id;
            ctx.requestRender();
          } else act(ctx, { type: 'step', t: e.timeStamp, step: c.id });
        }}>${pick(c.label, lng)}${step?.hint ? html`<span class="muted small fa-hint">${pick(step.hint, lng)}</span>` : nothing}</button>
    </li>`;
  }

  return {
    titleKey: `firstaid.${kind}.title`,
    render(ctx) {
      const { t, language: lng } = ctx;
      const reduced = prefersReducedMotion(ctx);
      const feedback = message && (mode === 'practice' || message.key.startsWith('firstaid.rejected'));
      return html`<div class="fa-run" data-testid="fa-procedure" data-procedure=${def.id}>
        <h1>${pick(def.title, lng)}</h1>
        <p>${pick(def.brief, lng)}</p>
        <section class="demo fa-demo" aria-labelledby="fa-demo-title">
          <h2 id="fa-demo-title">${t('firstaid.demo.title')}</h2>
          ${keyed(
            demoRun,
            html`<div class="fa-demo-box" data-testid="fa-demo-picture">${procedurePicture(def, { shown: taughtSteps(def), animate: true, reduced, judged: false, t })}</div><ol class="fa-demo-steps" data-testid="fa-demo">
              ${def.steps.map((s, i) => {
                const c = s.choices?.find((x) => x.correct);
                return html`<li class="fa-demo-step" style=${reduced ? '' : `animation-delay:${i * 0.8}s`}>${pick(s.label, lng)}${c ? html`${choiceSep(t, pick(s.label, lng))}<strong>${pick(c.label, lng)}</strong>` : nothing}</li>`;
              })}
            </ol>`,
          )}
          <button data-testid="fa-demo-replay" @click=${() => { demoRun++; ctx.requestRender(); }}>${t('firstaid.demo.replay')}</button>
        </section>
        <h2>${t(mode === 'assessment' ? 'firstaid.assessment' : 'firstaid.practice')}</h2>
        <p class="fa-how">${t('firstaid.procedure.how')}</p>
        <div class="fa-demo-box fa-pic-live" data-testid="fa-picture">${procedurePicture(def, { shown: shownSteps(), animate: false, reduced, judged: mode === 'practice', t })}</div>
        <ul class="fa-cards" data-testid="fa-cards">${cards.map((c) => card(ctx, c))}</ul>
        <p class=${`fa-feedback ${message?.ok ? 'ok' : 'bad'}`} role="status" data-testid="fa-feedback">${feedback && message ? html`${t(message.key)}${message.why ? html` ${pick(message.why, lng)}` : nothing}` : ''}</p>
        <button class="primary big" data-testid="fa-finish" ?disabled=${!state || state.finished} @click=${(e: Event) => act(ctx, { type: 'finish', t: e.timeStamp })}>${t('firstaid.finish')}</button>
      </div>`;
    },
  };
}

import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { scoreAnswer, type Answer, type Point, type Question } from '../../core/quiz';
import { pick } from '../../core/text';
import { PICTURES } from '../../content/lessons';
import type { UiContext } from '../ports';
import { pictureContent, pointFromEvent, type PictureMark } from './picture';
import './theory.css';

/**
 * One question of any of the five types, operable by touch, mouse and keyboard:
 * single/multiple/true-false as native radios and checkboxes; order as a list with move up/down
 * buttons; spot as a picture that takes a tap or click, or a keyboard cursor (arrow keys, Shift for
 * bigger steps, Enter or Space to mark).
 *
 * Answers always use authored indices; `optionOrder` is the paper's display order.
 */
export interface QuestionProps {
  readonly ctx: UiContext;
  readonly question: Question;
  readonly optionOrder: readonly number[];
  readonly answer: Answer | null;
  /** Unique per shown question: prefixes element ids and names. */
  readonly key: string;
  /** Absent or `locked`: read-only. */
  readonly onAnswer?: (a: Answer | null) => void;
  readonly locked?: boolean;
  /** Show the keyed answer beside the given one (practice after checking, exam review). */
  readonly reveal?: boolean;
  /** Heading above the stem, e.g. "Question 3 of 30". */
  readonly label?: string;
}

interface SpotUi {
  cursor: Point;
  message: string;
}
const spotUi = new Map<string, SpotUi>();
const orderMessages = new Map<string, string>();

const KEY_STEP = 0.02;
const KEY_BIG_STEP = 0.1;

function focusSoon(id: string, fallbackId?: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id) as HTMLButtonElement | null;
    if (el && !el.disabled) el.focus();
    else if (fallbackId) document.getElementById(fallbackId)?.focus();
  });
}

function tag(ctx: UiContext, kind: 'correct' | 'yours'): TemplateResult {
  return html`<span class=${`q-tag q-tag-${kind}`}>${kind === 'correct' ? ctx.t('theory.q.correctAnswer') : ctx.t('theory.q.yourAnswer')}</span>`;
}

function choiceList(p: QuestionProps, multiple: boolean): TemplateResult {
  const { ctx, question: q, answer, key } = p;
  if (q.type !== 'single' && q.type !== 'multiple') return html``;
  const readOnly = p.locked || !p.onAnswer;
  const chosen = new Set<number>(
    answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : [],
  );
  const keyed = new Set<number>(q.type === 'single' ? [q.answer] : q.answer);
  const toggle = (i: number, on: boolean) => {
    if (!p.onAnswer) return;
    if (!multiple) return p.onAnswer({ type: 'single', choice: i });
    const next = new Set(chosen);
    if (on) next.add(i);
    else next.delete(i);
    p.onAnswer(next.size ? { type: 'multiple', choices: [...next].sort((a, b) => a - b) } : null);
  };
  return html`<div class="q-options" role=${multiple ? 'group' : 'radiogroup'} aria-labelledby=${`${key}-stem`}>
    ${p.optionOrder.map((i, pos) => {
      const text = q.options[i];
      const state = p.reveal ? (keyed.has(i) ? 'is-correct' : chosen.has(i) ? 'is-wrong' : '') : '';
      return html`<label class=${`q-option ${state}`}>
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name=${key}
          data-testid="q-option"
          data-index=${i}
          .checked=${chosen.has(i)}
          ?disabled=${readOnly}
          @change=${(e: Event) => toggle(i, (e.target as HTMLInputElement).checked)}
        />
        <span class="q-letter" aria-hidden="true">${String.fromCharCode(65 + pos)}</span>
        <span class="q-text">${text ? pick(text, ctx.language) : ''}</span>
        ${p.reveal && keyed.has(i) ? tag(ctx, 'correct') : nothing}
        ${p.reveal && chosen.has(i) && !keyed.has(i) ? tag(ctx, 'yours') : nothing}
      </label>`;
    })}
  </div>`;
}

function trueFalse(p: QuestionProps): TemplateResult {
  const { ctx, question: q, answer, key } = p;
  if (q.type !== 'trueFalse') return html``;
  const readOnly = p.locked || !p.onAnswer;
  const given = answer?.type === 'trueFalse' ? answer.value : null;
  return html`<div class="q-options q-tf" role="radiogroup" aria-labelledby=${`${key}-stem`}>
    ${[true, false].map((v) => {
      const state = p.reveal ? (q.answer === v ? 'is-correct' : given === v ? 'is-wrong' : '') : '';
      return html`<label class=${`q-option ${state}`}>
        <input
          type="radio"
          name=${key}
          data-testid="q-option"
          data-index=${String(v)}
          .checked=${given === v}
          ?disabled=${readOnly}
          @change=${() => p.onAnswer?.({ type: 'trueFalse', value: v })}
        />
        <span class="q-text">${v ? ctx.t('theory.q.true') : ctx.t('theory.q.false')}</span>
        ${p.reveal && q.answer === v ? tag(ctx, 'correct') : nothing}
        ${p.reveal && given === v && q.answer !== v ? tag(ctx, 'yours') : nothing}
      </label>`;
    })}
  </div>`;
}

function orderList(p: QuestionProps): TemplateResult {
  const { ctx, question: q, answer, key } = p;
  if (q.type !== 'order') return html``;
  const readOnly = p.locked || !p.onAnswer;
  const seq = answer?.type === 'order' ? answer.sequence : p.optionOrder;
  const move = (pos: number, dir: -1 | 1) => {
    const to = pos + dir;
    if (to < 0 || to >= seq.length || !p.onAnswer) return;
    const next = seq.slice();
    const a = next[pos] as number;
    next[pos] = next[to] as number;
    next[to] = a;
    orderMessages.set(key, ctx.t('theory.q.moved', { n: to + 1, total: seq.length }));
    p.onAnswer({ type: 'order', sequence: next });
    const step = a;
    focusSoon(`${key}-s${step}-${dir < 0 ? 'up' : 'down'}`, `${key}-s${step}-${dir < 0 ? 'down' : 'up'}`);
  };
  const list = (sequence: readonly number[], interactive: boolean, testid: string) => html`<ol class="q-steps" data-testid=${testid}>
    ${repeat(
      sequence,
      (s) => s,
      (s, pos) => {
        const text = q.steps[s];
        const ok = p.reveal && interactive ? s === pos : null;
        return html`<li class=${`q-step ${ok === true ? 'is-correct' : ok === false ? 'is-wrong' : ''}`} data-step=${s}>
          <span class="q-step-n" aria-hidden="true">${pos + 1}</span>
          <span class="q-text" id=${`${key}-s${s}-${testid}-text`}>${text ? pick(text, ctx.language) : ''}</span>
          ${interactive && !readOnly
            ? html`<span class="q-step-moves">
                <button
                  type="button"
                  class="icon"
                  id=${`${key}-s${s}-up`}
                  data-testid="q-step-up"
                  aria-label=${ctx.t('theory.q.moveUp', { n: pos + 1 })}
                  aria-describedby=${`${key}-s${s}-${testid}-text`}
                  ?disabled=${pos === 0}
                  @click=${() => move(pos, -1)}
                >↑</button>
                <button
                  type="button"
                  class="icon"
                  id=${`${key}-s${s}-down`}
                  data-testid="q-step-down"
                  aria-label=${ctx.t('theory.q.moveDown', { n: pos + 1 })}
                  aria-describedby=${`${key}-s${s}-${testid}-text`}
                  ?disabled=${pos === sequence.length - 1}
                  @click=${() => move(pos, 1)}
                >↓</button>
              </span>`
            : nothing}
        </li>`;
      },
    )}
  </ol>`;
  return html`<div class="q-order" role="group" aria-labelledby=${`${key}-stem`}>
    ${p.reveal ? html`<p class="q-sub">${answer ? ctx.t('theory.q.yourOrder') : ctx.t('theory.q.noAnswer')}</p>` : nothing}
    ${!p.reveal || answer ? list(seq, true, 'q-steps') : nothing}
    ${p.reveal && !scoreAnswer(q, answer).correct
      ? html`<p class="q-sub">${ctx.t('theory.q.correctOrder')}</p>${list(q.steps.map((_, i) => i), false, 'q-steps-correct')}`
      : p.reveal
        ? nothing
      : html`<p class="visually-hidden" aria-live="polite">${orderMessages.get(key) ?? ''}</p>`}
  </div>`;
}

function spot(p: QuestionProps): TemplateResult {
  const { ctx, question: q, answer, key } = p;
  if (q.type !== 'spot') return html``;
  const picture = PICTURES[q.picture as keyof typeof PICTURES];
  const readOnly = p.locked || !p.onAnswer;
  const given = answer?.type === 'spot' ? answer.point : null;
  let ui = spotUi.get(key);
  if (!ui) {
    ui = { cursor: given ?? { x: 0.5, y: 0.5 }, message: '' };
    spotUi.set(key, ui);
  }
  const state = ui;
  const pct = (v: number) => Math.round(v * 100);
  const place = (pt: Point) => {
    state.cursor = pt;
    state.message = ctx.t('theory.spot.marked', { x: pct(pt.x), y: pct(pt.y) });
    p.onAnswer?.({ type: 'spot', point: pt });
  };
  const onKey = (e: KeyboardEvent) => {
    if (readOnly) return;
    const step = e.shiftKey ? KEY_BIG_STEP : KEY_STEP;
    const c = state.cursor;
    const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
    let next: Point | null = null;
    if (e.key === 'ArrowLeft') next = { x: clamp(c.x - step), y: c.y };
    else if (e.key === 'ArrowRight') next = { x: clamp(c.x + step), y: c.y };
    else if (e.key === 'ArrowUp') next = { x: c.x, y: clamp(c.y - step) };
    else if (e.key === 'ArrowDown') next = { x: c.x, y: clamp(c.y + step) };
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      place(c);
      return;
    } else return;
    e.preventDefault();
    state.cursor = next;
    state.message = ctx.t('theory.spot.cursor', { x: pct(next.x), y: pct(next.y) });
    ctx.requestRender();
  };
  const onClick = (e: MouseEvent) => {
    if (readOnly) return;
    place(pointFromEvent(e.currentTarget as SVGSVGElement, e.clientX, e.clientY));
  };
  const correct = p.reveal && given ? scoreAnswer(q, answer).correct : null;
  const marks: PictureMark[] = given ? [{ point: given, tone: correct === null ? 'given' : correct ? 'right' : 'wrong' }] : [];
  const drawing = svg`${pictureContent(picture, ctx.language, {
    regions: p.reveal ? q.regions : [],
    marks,
    cursor: readOnly ? null : state.cursor,
  })}`;
  return html`<div class="q-spot-wrap">
    <div
      class=${`q-spot ${readOnly ? 'is-readonly' : ''}`}
      data-testid="q-spot"
      tabindex=${readOnly ? '-1' : '0'}
      role=${readOnly ? 'img' : 'application'}
      aria-label=${ctx.t(readOnly ? 'theory.spot.reviewLabel' : 'theory.spot.label', { title: pick(picture.title, ctx.language) })}
      aria-describedby=${`${key}-alt ${key}-hint`}
      @keydown=${onKey}
    >
      <svg class="picture" viewBox="0 0 100 100" aria-hidden="true" @click=${onClick}>${drawing}</svg>
    </div>
    <p class="muted small" id=${`${key}-hint`}>
      ${readOnly
        ? p.reveal
          ? ctx.t('theory.spot.legend')
          : ''
        : ctx.t('theory.spot.hint')}
    </p>
    <p class="visually-hidden" id=${`${key}-alt`}>${pick(picture.alt, ctx.language)}</p>
    ${p.reveal && !given ? html`<p class="q-sub">${ctx.t('theory.q.noAnswer')}</p>` : nothing}
    <p class="visually-hidden" aria-live="polite">${readOnly ? '' : state.message}</p>
  </div>`;
}

function typeHint(ctx: UiContext, q: Question): string {
  return ctx.t(`theory.q.hint.${q.type}`);
}

/** The question: optional label, stem, type hint and its inputs. */
export function renderQuestion(p: QuestionProps): TemplateResult {
  const { ctx, question: q, key } = p;
  const body =
    q.type === 'single'
      ? choiceList(p, false)
      : q.type === 'multiple'
        ? choiceList(p, true)
        : q.type === 'trueFalse'
          ? trueFalse(p)
          : q.type === 'order'
            ? orderList(p)
            : spot(p);
  return html`<div class="question" data-testid="question" data-question-id=${q.id} data-type=${q.type}>
    ${p.label ? html`<p class="q-label">${p.label}</p>` : nothing}
    <p class="q-stem" id=${`${key}-stem`}>${pick(q.stem, ctx.language)}</p>
    <p class="q-hint muted small">${typeHint(ctx, q)}</p>
    ${body}
  </div>`;
}

/** Verdict and explanation after answering (practice) or in review. */
export function renderVerdict(ctx: UiContext, q: Question, given: Answer | null): TemplateResult {
  const right = scoreAnswer(q, given).correct;
  return html`<div class=${`q-verdict ${right ? 'is-correct' : 'is-wrong'}`} data-testid="q-verdict" data-correct=${String(right)}>
    <p class="q-verdict-title">
      <span aria-hidden="true">${right ? '✓' : '✗'}</span>
      ${given === null ? ctx.t('theory.q.unanswered') : right ? ctx.t('theory.q.right') : ctx.t('theory.q.wrong')}
    </p>
    <div class="q-explain" data-testid="q-explanation">
      <p class="q-explain-title">${ctx.t('theory.q.explanation')}</p>
      <p>${pick(q.explanation, ctx.language)}</p>
    </div>
  </div>`;
}

/** Whether a given answer is complete enough to check (practice). */
export function hasAnswer(a: Answer | null): boolean {
  return a !== null && (a.type !== 'multiple' || a.choices.length > 0);
}

/** Forgets per-question keyboard state (call when a screen is left). */
export function resetQuestionUi(): void {
  spotUi.clear();
  orderMessages.clear();
}

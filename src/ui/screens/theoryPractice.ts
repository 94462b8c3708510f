import { html, nothing } from 'lit-html';
import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord } from '../../core/attempt';
import { drawPractice, scoreAnswer, type Answer, type PaperItem, type Question, type TopicId } from '../../core/quiz';
import { pick } from '../../core/text';
import { lessonFor } from '../../content/lessons';
import { hasAnswer, renderQuestion, renderVerdict, resetQuestionUi } from '../components/question';
import '../components/theory.css';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import {
  answerResponse,
  BANK,
  leitnerFrom,
  loadTheoryAttempts,
  PRACTICE_SIZE,
  questionById,
  randomSeed,
  THEORY_MODULE,
  type PracticeAttempt,
  type PracticeReview,
} from './theoryData';
import { BANK_VERSION } from '../../content/questions';

interface Turn {
  readonly item: PaperItem;
  readonly question: Question;
  /** A missed question shown again at the end of this set. */
  readonly again: boolean;
}

/**
 * Practice quiz with spaced repetition: ten questions, missed ones first (Leitner boxes built from
 * every earlier answer); each answer is checked at once and its explanation shown. A question
 * missed here comes back once more at the end of the set and first in the next set.
 */
export function createTheoryPracticeScreen(topic?: TopicId): Screen {
  let turns: Turn[] | undefined;
  let pos = 0;
  let answer: Answer | null = null;
  let checked = false;
  let failed = false;
  let record: PracticeAttempt | undefined;
  let saving: Promise<void> = Promise.resolve();
  let firstTry = { right: 0, total: 0 };

  async function start(ctx: UiContext): Promise<void> {
    resetQuestionUi();
    let earlier: AttemptRecord[] = [];
    try {
      earlier = await loadTheoryAttempts(ctx.attempts, ctx.learnerId);
    } catch {
      ctx.notify('notice.storage.readFailed');
    }
    try {
      const seed = randomSeed();
      const paper = drawPractice(BANK, ctx.profile.id, leitnerFrom(earlier), Date.now(), {
        count: PRACTICE_SIZE,
        seed,
        ...(topic ? { topics: [topic] } : {}),
      });
      turns = paper.items.flatMap((item) => {
        const question = questionById(item.questionId);
        return question ? [{ item, question, again: false }] : [];
      });
      pos = 0;
      answer = null;
      checked = false;
      firstTry = { right: 0, total: 0 };
      record = {
        id: `theory-practice-${crypto.randomUUID()}`,
        schemaVersion: ATTEMPT_SCHEMA_VERSION,
        learnerId: ctx.learnerId,
        module: THEORY_MODULE,
        mode: 'practice',
        profileId: ctx.profile.id,
        profileVersion: ctx.profile.version,
        patient: 'adult',
        startedAt: new Date().toISOString(),
        score: 0,
        log: { kind: 'theoryPractice', bankVersion: BANK_VERSION, paper, reviews: [] },
        summary: { answered: 0, correct: 0 },
      };
    } catch {
      failed = true;
    }
    ctx.requestRender();
  }

  function save(ctx: UiContext, review: PracticeReview): void {
    if (!record) return;
    const reviews = [...record.log.reviews, review];
    const correct = reviews.filter((r) => r.correct).length;
    record = {
      ...record,
      score: Math.floor((100 * correct) / reviews.length),
      log: { ...record.log, reviews },
      summary: { answered: reviews.length, correct },
    };
    const snapshot = record;
    saving = saving
      .then(() => ctx.attempts.putAttempt(snapshot as unknown as AttemptRecord))
      .catch(() => ctx.notify('notice.storage.writeFailed'));
  }

  function check(ctx: UiContext): void {
    const turn = turns?.[pos];
    if (!turn || checked) return;
    // An untouched order question is checked as it stands.
    const given: Answer | null =
      answer ?? (turn.question.type === 'order' ? { type: 'order', sequence: turn.item.optionOrder } : null);
    if (!hasAnswer(given) || given === null) return;
    answer = given;
    const correct = scoreAnswer(turn.question, given).correct;
    checked = true;
    if (!turn.again) {
      firstTry.total += 1;
      if (correct) firstTry.right += 1;
    }
    save(ctx, { questionId: turn.question.id, answer: given, correct, at: Date.now() });
    if (record) {
      ctx.records.record({
        type: 'questionAnswered',
        context: 'practice',
        attemptId: record.id,
        questionId: turn.question.id,
        topic: turn.question.topic,
        stem: turn.question.stem,
        response: answerResponse(given),
        correct,
        at: new Date().toISOString(),
      });
    }
    if (!correct && !turn.again && turns) turns = [...turns, { ...turn, again: true }];
    ctx.requestRender();
    requestAnimationFrame(() => document.getElementById('practice-verdict')?.focus());
  }

  function next(ctx: UiContext): void {
    pos += 1;
    answer = null;
    checked = false;
    ctx.requestRender();
    requestAnimationFrame(() => document.getElementById('practice-q')?.focus());
  }

  return {
    titleKey: 'theory.practice.title',
    mount: (ctx) => start(ctx),
    unmount: () => resetQuestionUi(),
    render(ctx) {
      const { t, language } = ctx;
      const lesson = topic ? lessonFor(topic) : undefined;
      const head = html`<p class="crumbs"><a href="#/theory">${t('theory.backToCourse')}</a></p>
        <h1>${t('theory.practice.title')}${lesson ? html` · ${pick(lesson.title, language)}` : nothing}</h1>`;
      if (failed) return html`${head}<p role="alert">${t('theory.practice.failed')}</p>`;
      if (!turns) return html`${head}<p>${t('common.loading')}</p>`;
      if (turns.length === 0) return html`${head}<p>${t('theory.practice.empty')}</p>`;
      const turn = turns[pos];
      if (!turn) {
        return html`<div class="theory" data-testid="practice-done">
          ${head}
          <div class="theory-panel" tabindex="-1" id="practice-q">
            <h2>${t('theory.practice.doneTitle')}</h2>
            <p data-testid="practice-score">${t('theory.practice.done', { right: firstTry.right, total: firstTry.total })}</p>
            <p class="muted">${firstTry.right < firstTry.total ? t('theory.practice.comeBack') : t('theory.practice.allRight')}</p>
          </div>
          <div class="actions">
            <button class="primary" data-testid="practice-again" @click=${() => void start(ctx)}>${t('theory.practice.again')}</button>
            <a class="button" href="#/theory">${t('theory.backToCourse')}</a>
          </div>
        </div>`;
      }
      const key = `pq-${pos}`;
      const canCheck = turn.question.type === 'order' || hasAnswer(answer);
      return html`<div class="theory practice" data-testid="practice">
        ${head}
        <p class="theory-progress" data-testid="practice-progress">
          ${t('theory.practice.progress', { n: pos + 1, total: turns.length })}
          ${turn.again ? html`<span class="tag">${t('theory.practice.again')}</span>` : nothing}
        </p>
        <section class="theory-panel q-card" tabindex="-1" id="practice-q" aria-label=${t('theory.practice.progress', { n: pos + 1, total: turns.length })}>
          ${renderQuestion({
            ctx,
            question: turn.question,
            optionOrder: turn.item.optionOrder,
            answer,
            key,
            locked: checked,
            reveal: checked,
            onAnswer: (a) => {
              answer = a;
              ctx.requestRender();
            },
          })}
        </section>
        ${checked
          ? html`<div id="practice-verdict" tabindex="-1" class="verdict-wrap">
              ${renderVerdict(ctx, turn.question, answer)}
              ${!scoreAnswer(turn.question, answer).correct && !turn.again
                ? html`<p class="muted small" data-testid="practice-requeued">${t('theory.practice.requeued')}</p>`
                : nothing}
            </div>`
          : nothing}
        <div class="actions">
          ${checked
            ? html`<button class="primary big" data-testid="practice-next" @click=${() => next(ctx)}>
                ${pos + 1 < turns.length ? t('theory.practice.next') : t('theory.practice.finish')}
              </button>`
            : html`<button class="primary big" data-testid="practice-check" ?disabled=${!canCheck} @click=${() => check(ctx)}>
                ${t('theory.practice.check')}
              </button>`}
        </div>
      </div>`;
    },
  };
}

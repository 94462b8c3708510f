import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptRecord } from '../../core/attempt';
import { retakeStatus, scoreAnswer, type ExamResult, type RetakeStatus, type TopicId } from '../../core/quiz';
import { pick } from '../../core/text';
import { lessonFor } from '../../content/lessons';
import { renderQuestion, renderVerdict, resetQuestionUi } from '../components/question';
import '../components/theory.css';
import { downloadText } from '../export/download';
import { theoryAttemptJson, theoryExamCsv, theoryPracticeCsv } from '../export/theoryExport';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import {
  COURSE,
  examOutcomes,
  gradeAttempt,
  isExamAttempt,
  isPracticeAttempt,
  questionById,
  type ExamAttempt,
  type PracticeAttempt,
} from './theoryData';
import { retakeKey, retakeText } from './theoryHome';
import { theoryCertificateHash } from './theoryRoute';

function topicName(ctx: UiContext, topic: TopicId): string {
  const l = lessonFor(topic);
  return l ? pick(l.title, ctx.language) : topic;
}

function topicTable(ctx: UiContext, a: ExamAttempt): TemplateResult {
  const { t, language } = ctx;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('theory.result.byTopic')}>
    <table data-testid="topic-table">
      <thead><tr>
        <th scope="col">${t('theory.result.topic')}</th>
        <th scope="col">${t('theory.result.right')}</th>
        <th scope="col">${t('theory.result.score')}</th>
      </tr></thead>
      <tbody>
        ${a.summary.byTopic.map((s) => {
          const pct = s.total === 0 ? 0 : Math.floor((100 * s.correct) / s.total);
          return html`<tr data-topic=${s.topic}>
            <th scope="row">${topicName(ctx, s.topic)}</th>
            <td class="nowrap">${s.correct} / ${s.total}</td>
            <td><span class="tbar-row"><span class="tbar" aria-hidden="true"><span class=${`tbar-fill ${pct >= a.summary.passMarkPct ? '' : 'is-low'}`} style=${`width:${pct}%`}></span></span>${num(language, pct, 0)}%</span></td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function reviewList(ctx: UiContext, result: ExamResult, onlyWrong: boolean): TemplateResult {
  const { t } = ctx;
  const items = result.review.filter((r) => !onlyWrong || !r.correct);
  if (items.length === 0) return html`<p class="muted">${t('theory.result.noneWrong')}</p>`;
  return html`<ol class="review-list" data-testid="review-list">
    ${items.map(
      (r) => html`<li class="review-item theory-panel" data-testid="review-item" data-correct=${String(r.correct)}>
        <details ?open=${!r.correct}>
        <summary class="review-head">
          <span class=${`review-mark ${r.correct ? 'is-correct' : 'is-wrong'}`}>
            <span aria-hidden="true">${r.correct ? '✓' : '✗'}</span>
            ${r.given === null ? t('theory.q.unanswered') : r.correct ? t('theory.q.right') : t('theory.q.wrong')}
          </span>
          <span>${t('theory.exam.questionOf', { n: r.index + 1, total: result.total })}</span>
          <span class="muted small">${topicName(ctx, r.question.topic)}</span>
          <span class="review-stem">${pick(r.question.stem, ctx.language)}</span>
        </summary>
        ${renderQuestion({
          ctx,
          question: r.question,
          optionOrder: r.optionOrder,
          answer: r.given,
          key: `rv-${r.index}`,
          locked: true,
          reveal: true,
        })}
        ${renderVerdict(ctx, r.question, r.given)}
        </details>
      </li>`,
    )}
  </ol>`;
}

/** Score, pass or fail against the course's mark, per-topic breakdown, retake status and review. */
export function renderExamResult(
  ctx: UiContext,
  a: ExamAttempt,
  result: ExamResult | null,
  status: RetakeStatus | null,
  onlyWrong: boolean,
  toggleWrong: (v: boolean) => void,
): TemplateResult {
  const { t, language } = ctx;
  const s = a.summary;
  if (s.status !== 'finished') {
    return html`<h1>${t('theory.result.title')}</h1>
      <p data-testid="exam-unfinished">${t('theory.result.unfinished')}</p>
      <a class="button primary" href="#/theory/exam">${t('theory.home.resume')}</a>`;
  }
  const profileName = t(`profile.${a.profileId}.name`);
  return html`<div class="theory exam-result" data-testid="exam-result" data-passed=${String(s.passed)}>
    <p class="crumbs"><a href="#/theory">${t('theory.backToCourse')}</a></p>
    <h1>${t('theory.result.title')}</h1>
    <p class="muted">
      ${dateTime(language, a.startedAt)} · <span data-testid="result-learner">${a.log.learnerName}</span>${a.log.studentNumber
        ? html` · ${t('theory.home.studentNumber', { n: a.log.studentNumber })}`
        : nothing}
    </p>
    <div class=${`verdict-card ${s.passed ? 'is-pass' : 'is-fail'}`}>
      <div class="score-card" data-testid="exam-score" data-score=${s.scorePct}>
        <span class="score-value">${num(language, s.scorePct, 0)}%</span>
        <span class="score-of">${t('theory.result.ofTotal', { n: s.correct, total: s.total })}</span>
      </div>
      <p class="verdict-badge" data-testid="exam-verdict">
        <span aria-hidden="true">${s.passed ? '✓' : '✗'}</span>
        ${s.passed ? t('theory.result.passed') : t('theory.result.failed')}
        <span class="muted small">${t('theory.result.passMark', { pct: s.passMarkPct })}</span>
      </p>
      ${a.log.endReason === 'timeout' ? html`<p data-testid="exam-timeout">${t('theory.result.timeout')}</p>` : nothing}
    </div>
    ${s.passed && s.certificate
      ? html`<div class="actions">
          <a class="button primary big" href=${theoryCertificateHash(a.id)} data-testid="result-certificate">${t('theory.result.certificate')}</a>
        </div>`
      : nothing}
    ${status && !s.passed
      ? html`<div class="theory-panel" data-testid="retake-status" data-status=${retakeKey(status)}>
          <h2>${t('theory.result.retakeTitle')}</h2>
          <p>${retakeText(ctx, status)}</p>
          ${status.allowed ? html`<a class="button primary" href="#/theory/exam" data-testid="retake-start">${t('theory.home.retake')}</a>` : nothing}
          <a class="button" href="#/theory/practice">${t('theory.home.startPractice')}</a>
        </div>`
      : nothing}
    <h2>${t('theory.result.byTopic')}</h2>
    ${topicTable(ctx, a)}
    <h2>${t('theory.result.review')}</h2>
    <p class="muted small" data-testid="paper-info">
      ${t('theory.result.paper', { seed: a.log.paper.seed, bank: a.log.bankVersion, course: `${a.log.courseId} ${a.log.courseVersion}` })}
      · ${t('theory.result.profile', { name: profileName, version: a.profileVersion })}
    </p>
    ${result
      ? html`<label class="toggle">
            <input type="checkbox" data-testid="review-only-wrong" .checked=${onlyWrong} @change=${(e: Event) => toggleWrong((e.target as HTMLInputElement).checked)} />
            <span>${t('theory.result.onlyWrong')}</span>
          </label>
          ${reviewList(ctx, result, onlyWrong)}`
      : html`<p role="alert">${t('theory.result.bankChanged', { bank: a.log.bankVersion })}</p>`}
    <div class="actions">
      <a class="button" href="#/theory">${t('theory.backToCourse')}</a>
      <a class="button" href="#/results">${t('nav.results')}</a>
      <button data-testid="export-csv" @click=${() => downloadText(`${a.id}.csv`, 'text/csv', theoryExamCsv(a, result))}>${t('exchange.export.csv')}</button>
      <button data-testid="export-json" @click=${() => downloadText(`${a.id}.json`, 'application/json', theoryAttemptJson(a))}>${t('exchange.export.json')}</button>
    </div>
  </div>`;
}

function renderPracticeResult(ctx: UiContext, a: PracticeAttempt): TemplateResult {
  const { t, language } = ctx;
  return html`<div class="theory" data-testid="practice-result">
    <p class="crumbs"><a href="#/theory">${t('theory.backToCourse')}</a></p>
    <h1>${t('theory.practice.resultTitle')}</h1>
    <p class="muted">${dateTime(language, a.startedAt)}</p>
    <p>${t('theory.practice.summary', { right: a.summary.correct, total: a.summary.answered })}</p>
    <ol class="review-list">
      ${a.log.reviews.map((r, i) => {
        const q = questionById(r.questionId);
        const item = a.log.paper.items.find((x) => x.questionId === r.questionId);
        if (!q) return nothing;
        return html`<li class="review-item theory-panel" data-correct=${String(scoreAnswer(q, r.answer).correct)}>
          ${renderQuestion({ ctx, question: q, optionOrder: item?.optionOrder ?? [], answer: r.answer, key: `pr-${i}`, locked: true, reveal: true })}
          ${renderVerdict(ctx, q, r.answer)}
        </li>`;
      })}
    </ol>
    <div class="actions">
      <a class="button primary" href="#/theory/practice">${t('theory.practice.again')}</a>
      <a class="button" href="#/results">${t('nav.results')}</a>
      <button data-testid="export-csv" @click=${() => downloadText(`${a.id}.csv`, 'text/csv', theoryPracticeCsv(a))}>${t('exchange.export.csv')}</button>
      <button data-testid="export-json" @click=${() => downloadText(`${a.id}.json`, 'application/json', theoryAttemptJson(a))}>${t('exchange.export.json')}</button>
    </div>
  </div>`;
}

/**
 * One stored theory attempt. Used at `#/theory/exam/result/<id>` and, through the results list's
 * `#/results/<id>`, by the generic result screen.
 */
export function createTheoryResultScreen(id: string, preloaded?: AttemptRecord): Screen {
  let attempt: AttemptRecord | null | undefined = preloaded;
  let status: RetakeStatus | null = null;
  let result: ExamResult | null = null;
  let onlyWrong = false;
  return {
    get titleKey() {
      return attempt && isPracticeAttempt(attempt) ? 'theory.practice.resultTitle' : 'theory.result.title';
    },
    async mount(ctx) {
      try {
        attempt ??= (await ctx.attempts.getAttempt(id)) ?? null;
        if (attempt && isExamAttempt(attempt)) {
          result = gradeAttempt(attempt);
          const all = await ctx.attempts.listAttempts({ module: attempt.module, learnerId: attempt.learnerId });
          status = retakeStatus(examOutcomes(all), COURSE.retake, Date.now());
        }
      } catch {
        attempt ??= null;
      }
      ctx.requestRender();
    },
    unmount: () => resetQuestionUi(),
    render(ctx) {
      const { t } = ctx;
      if (attempt === undefined) return html`<p>${t('common.loading')}</p>`;
      if (attempt === null) return html`<h1>${t('results.notFound')}</h1><p><a href="#/theory">${t('theory.backToCourse')}</a></p>`;
      if (isPracticeAttempt(attempt)) return renderPracticeResult(ctx, attempt);
      if (!isExamAttempt(attempt)) return html`<h1>${t('results.notFound')}</h1>`;
      return renderExamResult(ctx, attempt, result, status, onlyWrong, (v) => {
        onlyWrong = v;
        ctx.requestRender();
      });
    },
  };
}

import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptRecord, Learner } from '../../core/attempt';
import { retakeStatus, type LeitnerState, type RetakeStatus } from '../../core/quiz';
import { pick } from '../../core/text';
import { LESSONS } from '../../content/lessons';
import { identityForm } from '../components/identityForm';
import '../components/theory.css';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import {
  COURSE,
  dueMissed,
  examOutcomes,
  isExamAttempt,
  leitnerFrom,
  loadTheoryAttempts,
  topicProgress,
  type ExamAttempt,
} from './theoryData';
import { theoryCertificateHash, theoryLessonHash, theoryResultHash } from './theoryRoute';

const MINUTE = 60_000;

export function minutes(ms: number): number {
  return Math.round(ms / MINUTE);
}

export function clockTime(lng: string, epochMs: number): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}

/** What the course home and the exam screen say about the next attempt. */
export function retakeText(ctx: UiContext, status: RetakeStatus): string {
  const { t } = ctx;
  if (status.allowed) {
    return status.attemptsLeft === null
      ? t('theory.retake.unlimited')
      : t('theory.retake.left', { n: status.attemptsLeft, max: COURSE.retake.maxAttempts ?? 0 });
  }
  if (status.reason === 'cooldown') return t('theory.retake.cooldown', { time: clockTime(ctx.language, status.availableAt) });
  return status.reason === 'passed' ? t('theory.retake.passed') : t('theory.retake.none');
}

export function retakeKey(status: RetakeStatus): string {
  return status.allowed ? 'allowed' : status.reason;
}

/** The rules of the course's exam, as a short list. */
export function examRules(ctx: UiContext): TemplateResult {
  const { t } = ctx;
  const total = COURSE.blueprint.sections.reduce((s, x) => s + x.count, 0);
  const r = COURSE.retake;
  return html`<ul class="theory-rules" data-testid="exam-rules">
    <li>${t('theory.rules.questions', { n: total })}</li>
    <li>${t('theory.rules.time', { min: minutes(COURSE.timeLimitMs) })}</li>
    <li>${t('theory.rules.passMark', { pct: COURSE.passMarkPct })}</li>
    <li>
      ${r.maxAttempts === null ? t('theory.rules.attemptsUnlimited') : t('theory.rules.attempts', { n: r.maxAttempts })}
      ${r.cooldownMs > 0 ? t('theory.rules.cooldown', { min: minutes(r.cooldownMs) }) : nothing}
    </li>
  </ul>`;
}

function progressBar(label: string, value: number, max: number): TemplateResult {
  const pct = max === 0 ? 0 : Math.round((100 * value) / max);
  return html`<span class="tbar" role="img" aria-label=${label}><span class="tbar-fill" style=${`width:${pct}%`}></span></span>`;
}

/** Course home: who is learning, lessons with progress, practice, exam status, certificate. */
export function createTheoryHomeScreen(): Screen {
  let learner: Learner | undefined;
  let attempts: AttemptRecord[] | undefined;
  let leitner: LeitnerState = {};
  let failed = false;
  let editing = false;
  let saving = false;

  async function load(ctx: UiContext): Promise<void> {
    try {
      [learner, attempts] = await Promise.all([ctx.learner.get(), loadTheoryAttempts(ctx.attempts, ctx.learnerId)]);
      leitner = leitnerFrom(attempts);
    } catch {
      failed = true;
    }
    ctx.requestRender();
  }

  async function saveName(ctx: UiContext, name: string, sn: string): Promise<void> {
    saving = true;
    ctx.requestRender();
    try {
      await ctx.learner.rename(name, sn);
      learner = await ctx.learner.get();
      editing = false;
    } catch {
      ctx.notify('notice.storage.writeFailed');
    }
    saving = false;
    ctx.requestRender();
  }

  function learnerSection(ctx: UiContext, l: Learner): TemplateResult {
    const { t } = ctx;
    return html`<section class="theory-panel" aria-labelledby="learner-title" data-testid="learner-panel">
      <h2 id="learner-title">${t('theory.home.learner')}</h2>
      ${editing
        ? identityForm({
            ctx,
            name: l.name,
            studentNumber: l.studentNumber ?? '',
            busy: saving,
            submitLabel: t('theory.identity.save'),
            onSave: (n, sn) => void saveName(ctx, n, sn),
            onCancel: () => {
              editing = false;
              ctx.requestRender();
            },
          })
        : html`<p>
              ${l.name
                ? html`<strong class="learner-name" data-testid="learner-name">${l.name}</strong>${l.studentNumber
                      ? html` · ${t('theory.home.studentNumber', { n: l.studentNumber })}`
                      : nothing}`
                : html`<span class="muted">${t('theory.home.noName')}</span>`}
            </p>
            <button
              data-testid="learner-edit"
              @click=${() => {
                editing = true;
                ctx.requestRender();
                requestAnimationFrame(() => document.getElementById('learner-name')?.focus());
              }}
            >
              ${l.name ? t('theory.home.changeName') : t('theory.home.enterName')}
            </button>`}
    </section>`;
  }

  function examSection(ctx: UiContext, all: AttemptRecord[]): TemplateResult {
    const { t, language } = ctx;
    const exams = all.filter(isExamAttempt);
    const inProgress = exams.find((a) => a.summary.status === 'inProgress');
    const finished = exams.filter((a) => a.summary.status === 'finished');
    const status = retakeStatus(examOutcomes(all), COURSE.retake, Date.now());
    return html`<section class="theory-panel" aria-labelledby="exam-title">
      <h2 id="exam-title">${t('theory.home.exam')}</h2>
      ${examRules(ctx)}
      <p class="theory-status" data-testid="exam-status" data-status=${inProgress ? 'inProgress' : retakeKey(status)}>
        ${inProgress ? t('theory.home.inProgress') : retakeText(ctx, status)}
      </p>
      ${inProgress
        ? html`<a class="button primary" href="#/theory/exam" data-testid="exam-start">${t('theory.home.resume')}</a>`
        : status.allowed
          ? html`<a class="button primary" href="#/theory/exam" data-testid="exam-start">
              ${finished.length ? t('theory.home.retake') : t('theory.home.startExam')}
            </a>`
          : nothing}
      ${finished.length
        ? html`<h3>${t('theory.home.history')}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=${t('theory.home.history')}>
              <table data-testid="exam-history">
                <thead><tr>
                  <th scope="col">${t('results.when')}</th>
                  <th scope="col">${t('theory.result.score')}</th>
                  <th scope="col">${t('theory.result.outcome')}</th>
                </tr></thead>
                <tbody>
                  ${finished.map(
                    (a) => html`<tr data-testid="exam-history-row">
                      <td><a href=${theoryResultHash(a.id)}>${dateTime(language, a.startedAt)}</a></td>
                      <td>${num(language, a.summary.scorePct, 0)}%</td>
                      <td>${a.summary.passed ? t('theory.result.passed') : t('theory.result.failed')}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}
    </section>`;
  }

  function certificateSection(ctx: UiContext, all: AttemptRecord[]): TemplateResult {
    const { t } = ctx;
    const passed = all
      .filter(isExamAttempt)
      .filter((a): a is ExamAttempt => a.summary.passed && a.summary.certificate !== null);
    const best = passed.sort((a, b) => b.summary.scorePct - a.summary.scorePct)[0];
    return html`<section class="theory-panel" aria-labelledby="cert-title">
      <h2 id="cert-title">${t('theory.home.certificate')}</h2>
      ${best
        ? html`<p>${t('theory.home.certificateReady', { pct: best.summary.scorePct })}</p>
            <a class="button primary" href=${theoryCertificateHash(best.id)} data-testid="certificate-link">${t('theory.home.viewCertificate')}</a>`
        : html`<p class="muted">${t('theory.home.certificateLater', { pct: COURSE.passMarkPct })}</p>`}
    </section>`;
  }

  return {
    titleKey: 'theory.home.title',
    mount: (ctx) => load(ctx),
    render(ctx) {
      const { t, language } = ctx;
      const title = pick(COURSE.title, language);
      if (failed) return html`<h1>${title}</h1><p role="alert">${t('results.loadFailed')}</p>`;
      if (!learner || !attempts) return html`<h1>${title}</h1><p>${t('common.loading')}</p>`;
      const progress = topicProgress(leitner, ctx.profile.id);
      const due = dueMissed(leitner, ctx.profile.id, Date.now());
      return html`
        <div class="theory" data-testid="theory-home">
          <h1>${title}</h1>
          <p>${t('theory.home.intro')}</p>
          ${learnerSection(ctx, learner)}
          <section aria-labelledby="lessons-title">
            <h2 id="lessons-title">${t('theory.home.lessons')}</h2>
            <p class="muted small">${t('theory.home.progressNote')}</p>
            <ol class="lesson-list" data-testid="lesson-list">
              ${LESSONS.map((lesson) => {
                const p = progress.find((x) => x.topic === lesson.topic);
                const ready = lesson.status === 'ready';
                const label = p && p.total > 0 ? t('theory.home.known', { known: p.known, total: p.total }) : t('theory.home.noQuestions');
                return html`<li>
                  <a class="lesson-link" href=${theoryLessonHash(lesson.topic)} data-testid=${`lesson-link-${lesson.topic}`}>
                    <span class="lesson-title">${pick(lesson.title, language)}</span>
                    <span class="lesson-progress muted small">
                      ${ready ? label : t('theory.lesson.awaiting')}
                    </span>
                    ${p && p.total > 0 ? progressBar(label, p.known, p.total) : nothing}
                  </a>
                </li>`;
              })}
            </ol>
          </section>
          <section class="theory-panel" aria-labelledby="practice-title">
            <h2 id="practice-title">${t('theory.home.practice')}</h2>
            <p>${t('theory.home.practiceIntro')}</p>
            ${due > 0 ? html`<p data-testid="practice-due"><strong>${t('theory.home.due', { n: due })}</strong></p>` : nothing}
            <a class="button primary" href="#/theory/practice" data-testid="practice-start">${t('theory.home.startPractice')}</a>
          </section>
          ${examSection(ctx, attempts)}
          ${certificateSection(ctx, attempts)}
        </div>
      `;
    },
  };
}

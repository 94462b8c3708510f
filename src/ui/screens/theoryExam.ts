import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptRecord, Learner } from '../../core/attempt';
import {
  answeredCount,
  answerExam,
  drawPaper,
  remainingMs,
  retakeStatus,
  submitExam,
  tick,
  type Answer,
  type ExamFinished,
  type ExamSession,
  type Question,
  type RetakeStatus,
} from '../../core/quiz';
import { identityForm } from '../components/identityForm';
import { renderQuestion, resetQuestionUi } from '../components/question';
import '../components/theory.css';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import {
  BANK,
  COURSE,
  examAnswerEvents,
  examOutcomes,
  finishAttempt,
  isExamAttempt,
  loadTheoryAttempts,
  newExamAttempt,
  questionById,
  randomSeed,
  resumeOrExpire,
  startSession,
  withSession,
  type ExamAttempt,
} from './theoryData';
import { examRules, retakeKey, retakeText } from './theoryHome';
import { theoryResultHash } from './theoryRoute';

type Phase = 'loading' | 'identity' | 'blocked' | 'ready' | 'running' | 'saving' | 'error';

/** Spoken once each through the polite live region as time runs down. */
const WARN_AT_MS = [5 * 60_000, 60_000];

/** The sticky app header's height, so the exam bar sticks just below it at any width. */
function headerHeight(): number {
  return Math.round(document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0);
}

export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The exam: identity (once), the rules, then the timed paper with question navigation and a
 * confirmed submit; running out of time submits. Time comes only from `ctx.input.now()`. The attempt
 * is stored when it starts and after every answer, so a closed page counts as an attempt and can be
 * resumed with the time it has left.
 */
export function createTheoryExamScreen(): Screen {
  let phase: Phase = 'loading';
  let learner: Learner | undefined;
  let status: RetakeStatus | undefined;
  let attempt: ExamAttempt | undefined;
  let session: ExamSession | undefined;
  let questions: Question[] = [];
  let current = 0;
  let shownSec: number | null = null;
  let warned = new Set<number>();
  let liveMessage = '';
  let raf = 0;
  let ctxRef: UiContext | undefined;
  let persisting: Promise<void> = Promise.resolve();
  let identityBusy = false;
  let errorKey = 'theory.exam.failed';

  function persist(ctx: UiContext, a: ExamAttempt): Promise<void> {
    persisting = persisting
      .then(() => ctx.attempts.putAttempt(a as unknown as AttemptRecord))
      .catch(() => ctx.notify('notice.storage.writeFailed'));
    return persisting;
  }

  async function prepare(ctx: UiContext): Promise<void> {
    let attempts: AttemptRecord[];
    try {
      [learner, attempts] = await Promise.all([ctx.learner.get(), loadTheoryAttempts(ctx.attempts, ctx.learnerId)]);
    } catch {
      phase = 'error';
      errorKey = 'results.loadFailed';
      ctx.requestRender();
      return;
    }
    const open = attempts.filter(isExamAttempt).find((a) => a.summary.status === 'inProgress');
    if (open) {
      const r = resumeOrExpire(open, Date.now(), ctx.input.now());
      if (r.kind === 'expired') {
        await persist(ctx, r.attempt);
        ctx.notify('theory.exam.expiredNotice');
        ctx.navigate(theoryResultHash(r.attempt.id));
        return;
      }
      run(ctx, open, r.session);
      return;
    }
    status = retakeStatus(examOutcomes(attempts), COURSE.retake, Date.now());
    phase = !learner.name ? 'identity' : status.allowed ? 'ready' : 'blocked';
    ctx.requestRender();
  }

  async function saveIdentity(ctx: UiContext, name: string, sn: string): Promise<void> {
    identityBusy = true;
    ctx.requestRender();
    try {
      await ctx.learner.rename(name, sn);
      learner = await ctx.learner.get();
      phase = status?.allowed === false ? 'blocked' : 'ready';
    } catch {
      ctx.notify('notice.storage.writeFailed');
    }
    identityBusy = false;
    ctx.requestRender();
    requestAnimationFrame(() => document.getElementById('exam-ready-title')?.focus());
  }

  async function begin(ctx: UiContext): Promise<void> {
    if (!learner || phase !== 'ready') return;
    let paper;
    try {
      paper = drawPaper(BANK, COURSE.blueprint, ctx.profile.id, randomSeed());
    } catch {
      phase = 'error';
      errorKey = 'theory.exam.failed';
      ctx.requestRender();
      return;
    }
    const a = newExamAttempt({
      id: `theory-exam-${crypto.randomUUID()}`,
      learnerId: ctx.learnerId,
      profileId: ctx.profile.id,
      profileVersion: ctx.profile.version,
      paper,
      learnerName: learner.name,
      studentNumber: learner.studentNumber,
      startedAt: new Date(),
    });
    const s = startSession(paper, ctx.input.now());
    void persist(ctx, a);
    run(ctx, a, s);
  }

  function run(ctx: UiContext, a: ExamAttempt, s: ExamSession): void {
    attempt = a;
    session = s;
    questions = a.log.paper.items.map((i) => questionById(i.questionId)).filter((q): q is Question => q !== undefined);
    if (questions.length !== a.log.paper.items.length) {
      phase = 'error';
      errorKey = 'theory.exam.failed';
      ctx.requestRender();
      return;
    }
    current = 0;
    phase = 'running';
    warned = new Set(WARN_AT_MS.filter((w) => remainingMs(s, ctx.input.now()) <= w));
    ctxRef = ctx;
    cancelAnimationFrame(raf);
    raf = requestAnimationFrame(loop);
    ctx.requestRender();
    requestAnimationFrame(() => document.getElementById('exam-q')?.focus());
  }

  function loop(): void {
    const ctx = ctxRef;
    if (!ctx || !session || phase !== 'running') return;
    const now = ctx.input.now();
    const s = tick(session, now);
    if (s.status === 'finished') {
      void finish(ctx, s);
      return;
    }
    const rem = remainingMs(s, now);
    for (const w of WARN_AT_MS) {
      if (rem <= w && !warned.has(w)) {
        warned.add(w);
        liveMessage = ctx.t('theory.exam.warn', { min: Math.round(w / 60_000) });
      }
    }
    // Re-render only when the shown second changes; the deadline itself is the core's.
    const sec = Math.ceil(rem / 1000);
    if (sec !== shownSec) {
      shownSec = sec;
      ctx.requestRender();
    }
    raf = requestAnimationFrame(loop);
  }

  function answer(ctx: UiContext, q: Question, a: Answer | null): void {
    if (!session || !attempt || phase !== 'running') return;
    const s = answerExam(session, q.id, a, ctx.input.now());
    if (s.status === 'finished') {
      void finish(ctx, s);
      return;
    }
    session = s;
    attempt = withSession(attempt, s);
    void persist(ctx, attempt);
    ctx.requestRender();
  }

  async function finish(ctx: UiContext, s: ExamFinished): Promise<void> {
    if (!attempt || phase === 'saving') return;
    phase = 'saving';
    cancelAnimationFrame(raf);
    closeConfirm();
    const done = finishAttempt(attempt, s);
    attempt = done;
    ctx.requestRender();
    await persist(ctx, done);
    for (const e of examAnswerEvents(done)) ctx.records.record(e);
    if (s.endReason === 'timeout') ctx.notify('theory.exam.timedOutNotice');
    ctx.navigate(theoryResultHash(done.id));
  }

  function dialog(): HTMLDialogElement | null {
    return document.getElementById('exam-confirm') as HTMLDialogElement | null;
  }

  function openConfirm(ctx: UiContext): void {
    ctx.requestRender();
    requestAnimationFrame(() => {
      const d = dialog();
      if (d && !d.open) d.showModal();
    });
  }

  function closeConfirm(): void {
    const d = dialog();
    if (d?.open) d.close();
  }

  function goTo(ctx: UiContext, i: number): void {
    current = Math.max(0, Math.min(questions.length - 1, i));
    ctx.requestRender();
    requestAnimationFrame(() => document.getElementById('exam-q')?.focus());
  }

  function runningView(ctx: UiContext): TemplateResult {
    const { t } = ctx;
    const s = session as ExamSession;
    const q = questions[current] as Question;
    const item = s.paper.items[current];
    const now = ctx.input.now();
    const rem = remainingMs(s, now);
    const answered = answeredCount(s);
    const total = questions.length;
    const label = t('theory.exam.questionOf', { n: current + 1, total });
    const low = rem <= 60_000;
    return html`<div class="theory exam" data-testid="exam-running">
      <div class="exam-bar" data-testid="exam-bar" style=${`top:${headerHeight()}px`}>
        <p class="exam-clock ${low ? 'is-low' : ''}">
          <span class="muted small">${t('theory.exam.timeLeft')}</span>
          <span role="timer" aria-label=${t('theory.exam.timeLeft')} data-testid="exam-timer" data-remaining-ms=${Math.round(rem)}>${formatClock(rem)}</span>
        </p>
        <p class="exam-count" data-testid="exam-answered">${t('theory.exam.answered', { n: answered, total })}</p>
        <button class="primary" data-testid="exam-submit" @click=${() => openConfirm(ctx)}>${t('theory.exam.submit')}</button>
      </div>
      <p class="visually-hidden" aria-live="polite">${liveMessage}</p>
      <h1 class="visually-hidden">${t('theory.exam.title')}</h1>
      <section class="theory-panel q-card" id="exam-q" tabindex="-1" aria-label=${label} data-testid="exam-question" data-index=${current}>
        ${renderQuestion({
          ctx,
          question: q,
          optionOrder: item?.optionOrder ?? [],
          answer: s.answers[q.id]?.answer ?? null,
          key: `eq-${q.id}`,
          label,
          onAnswer: (a) => answer(ctx, q, a),
        })}
      </section>
      <div class="exam-move actions">
        <button data-testid="exam-prev" ?disabled=${current === 0} @click=${() => goTo(ctx, current - 1)}>← ${t('theory.exam.prev')}</button>
        <button class=${current === total - 1 ? '' : 'primary'} data-testid="exam-next" ?disabled=${current === total - 1} @click=${() => goTo(ctx, current + 1)}>
          ${t('theory.exam.next')} →
        </button>
      </div>
      <nav class="q-nav" aria-label=${t('theory.exam.navigator')}>
        <ol>
          ${questions.map((qq, i) => {
            const done = s.answers[qq.id] !== undefined;
            return html`<li>
              <button
                class=${`q-nav-btn ${done ? 'is-done' : ''}`}
                data-testid="exam-nav"
                data-answered=${String(done)}
                aria-current=${i === current ? 'step' : 'false'}
                aria-label=${t(done ? 'theory.exam.navAnswered' : 'theory.exam.navOpen', { n: i + 1 })}
                @click=${() => goTo(ctx, i)}
              >${i + 1}</button>
            </li>`;
          })}
        </ol>
      </nav>
      <dialog
        id="exam-confirm"
        class="confirm"
        aria-labelledby="exam-confirm-title"
        data-testid="exam-confirm"
      >
        <h2 id="exam-confirm-title">${t('theory.exam.confirmTitle')}</h2>
        <p>${t('theory.exam.confirmAnswered', { n: answered, total })}</p>
        ${answered < total ? html`<p class="error">${t('theory.exam.confirmOpen', { n: total - answered })}</p>` : nothing}
        <p class="muted">${t('theory.exam.confirmFinal')}</p>
        <div class="actions">
          <button class="primary" data-testid="exam-confirm-submit" @click=${() => session && void finish(ctx, submitExam(session, ctx.input.now()))}>
            ${t('theory.exam.confirmSubmit')}
          </button>
          <button data-testid="exam-confirm-cancel" @click=${() => closeConfirm()} autofocus>${t('theory.exam.confirmBack')}</button>
        </div>
      </dialog>
    </div>`;
  }

  return {
    titleKey: 'theory.exam.title',
    mount: (ctx) => prepare(ctx),
    unmount() {
      cancelAnimationFrame(raf);
      ctxRef = undefined;
      resetQuestionUi();
    },
    render(ctx) {
      const { t } = ctx;
      const head = html`<p class="crumbs"><a href="#/theory">${t('theory.backToCourse')}</a></p><h1 id="exam-ready-title" tabindex="-1">${t('theory.exam.title')}</h1>`;
      switch (phase) {
        case 'loading':
          return html`${head}<p>${t('common.loading')}</p>`;
        case 'error':
          return html`${head}<p role="alert">${t(errorKey)}</p>`;
        case 'identity':
          return html`<div class="theory" data-testid="exam-identity">
            ${head}
            <p>${t('theory.identity.intro')}</p>
            ${identityForm({
              ctx,
              name: learner?.name ?? '',
              studentNumber: learner?.studentNumber ?? '',
              busy: identityBusy,
              submitLabel: t('theory.identity.continue'),
              onSave: (n, sn) => void saveIdentity(ctx, n, sn),
            })}
          </div>`;
        case 'blocked':
        case 'ready':
          return html`<div class="theory" data-testid="exam-ready">
            ${head}
            <p>${t('theory.exam.candidate')} <strong data-testid="exam-candidate">${learner?.name ?? ''}</strong>${learner?.studentNumber
                ? html` · ${t('theory.home.studentNumber', { n: learner.studentNumber })}`
                : nothing}</p>
            ${examRules(ctx)}
            <p class="muted small">${t('theory.exam.profileNote', { name: t(ctx.profile.nameKey) })}</p>
            ${status
              ? html`<p class="theory-status" data-testid="exam-status" data-status=${retakeKey(status)}>${retakeText(ctx, status)}</p>`
              : nothing}
            ${phase === 'ready'
              ? html`<p>${t('theory.exam.before')}</p>
                  <button class="primary big" data-testid="exam-begin" @click=${() => void begin(ctx)}>${t('theory.exam.begin')}</button>`
              : html`<a class="button" href="#/theory">${t('theory.backToCourse')}</a>`}
          </div>`;
        case 'running':
          return runningView(ctx);
        case 'saving':
          return html`${head}<p role="status">${t('theory.exam.saving')}</p>`;
      }
    },
  };
}

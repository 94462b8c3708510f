import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import * as QRCode from 'qrcode';
import type { AttemptRecord } from '../../core/attempt';
import {
  certificatePayload,
  matchesAttempt,
  normaliseCode,
  parseCertificatePayload,
  verifyCertificate,
  type Certificate,
  type CertificateRecord,
  type ExamFinished,
} from '../../core/quiz';
import { pick } from '../../core/text';
import '../components/theory.css';
import { num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { COURSE, isExamAttempt, sessionOf, THEORY_MODULE, type ExamAttempt } from './theoryData';
import { theoryResultHash } from './theoryRoute';

type Check =
  | { kind: 'valid'; record: CertificateRecord; code: string; issuedHere: boolean }
  | { kind: 'notFound' }
  | { kind: 'invalid'; reason: 'format' | 'tampered' };

/** A certificate's calendar date (YYYY-MM-DD) in the UI language, without time-zone shifts. */
export function certificateDate(lng: string, ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  if (!y || !m || !d) return ymd;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(new Date(y, m - 1, d));
}

function courseTitle(ctx: UiContext, courseId: string): string {
  return courseId === COURSE.id ? pick(COURSE.title, ctx.language) : courseId;
}

/** Every certificate issued on this device (all learners), for looking a code up. */
async function issuedCertificates(ctx: UiContext): Promise<Certificate[]> {
  const all = await ctx.attempts.listAttempts({ module: THEORY_MODULE });
  return all.filter(isExamAttempt).flatMap((a) => (a.summary.certificate ? [a.summary.certificate] : []));
}

/**
 * Checks what an examiner typed or scanned: a verification code (looked up among the certificates
 * this device issued) or the QR text (its record must hash to the hash it carries). The hash shows
 * the record was not altered; that it was issued is shown by finding it in the issuing record.
 */
export async function checkInput(ctx: UiContext, input: string): Promise<Check> {
  const text = input.trim();
  const issued = await issuedCertificates(ctx).catch(() => [] as Certificate[]);
  if (text.startsWith('{')) {
    const cert = parseCertificatePayload(text);
    if (!cert) return { kind: 'invalid', reason: 'format' };
    if (!verifyCertificate(cert).valid) return { kind: 'invalid', reason: 'tampered' };
    return { kind: 'valid', record: cert.record, code: cert.code, issuedHere: issued.some((c) => c.hash === cert.hash) };
  }
  const code = normaliseCode(text);
  if (code === null) return { kind: 'invalid', reason: 'format' };
  const found = issued.find((c) => c.code === code && verifyCertificate(c).valid);
  return found ? { kind: 'valid', record: found.record, code: found.code, issuedHere: true } : { kind: 'notFound' };
}

function checkView(ctx: UiContext, c: Check): TemplateResult {
  const { t, language } = ctx;
  if (c.kind === 'valid') {
    const r = c.record;
    return html`<div class="verify-result is-valid" data-testid="verify-result" data-valid="true">
      <p class="verify-title"><span aria-hidden="true">✓</span> ${c.issuedHere ? t('theory.cert.validHere') : t('theory.cert.validIntact')}</p>
      <p>
        ${t('theory.cert.validFor', {
          date: certificateDate(language, r.date),
          pct: r.score.pct,
          correct: r.score.correct,
          total: r.score.total,
          code: c.code,
        })}
        <strong class="learner-name">${r.learnerName}</strong>
      </p>
    </div>`;
  }
  return html`<div class="verify-result is-invalid" data-testid="verify-result" data-valid="false">
    <p class="verify-title"><span aria-hidden="true">✗</span>
      ${c.kind === 'notFound' ? t('theory.cert.notFound') : c.reason === 'format' ? t('theory.cert.badFormat') : t('theory.cert.tampered')}
    </p>
  </div>`;
}

/** The printable certificate of theory completion, with its QR code and a verify box. */
export function createTheoryCertificateScreen(id: string): Screen {
  let attempt: ExamAttempt | null | undefined;
  let qrSvg: string | null = null;
  let integrity: { intact: boolean; matches: boolean } | null = null;
  let check: Check | null = null;
  let checking = false;

  function insertQr(el: Element | undefined): void {
    if (!el || !qrSvg || el.getAttribute('data-ready') === qrSvg.length.toString()) return;
    const doc = new DOMParser().parseFromString(qrSvg, 'image/svg+xml');
    const svgEl = doc.documentElement;
    if (svgEl.nodeName.toLowerCase() !== 'svg') return;
    svgEl.setAttribute('aria-hidden', 'true');
    svgEl.setAttribute('focusable', 'false');
    el.replaceChildren(document.importNode(svgEl, true));
    el.setAttribute('data-ready', qrSvg.length.toString());
  }

  async function verify(ctx: UiContext, e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    checking = true;
    ctx.requestRender();
    check = await checkInput(ctx, String(data.get('verify-input') ?? ''));
    checking = false;
    ctx.requestRender();
  }

  return {
    titleKey: 'theory.cert.title',
    async mount(ctx) {
      let found: AttemptRecord | undefined;
      try {
        found = await ctx.attempts.getAttempt(id);
      } catch {
        found = undefined;
      }
      attempt = found && isExamAttempt(found) ? found : null;
      const cert = attempt?.summary.certificate;
      if (attempt && cert) {
        const s = sessionOf(attempt.log);
        integrity = {
          intact: verifyCertificate(cert).valid,
          matches: s.status === 'finished' && matchesAttempt(cert, s as ExamFinished),
        };
        try {
          qrSvg = await QRCode.toString(certificatePayload(cert), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
        } catch {
          qrSvg = null;
        }
      }
      ctx.requestRender();
    },
    render(ctx) {
      const { t, language } = ctx;
      if (attempt === undefined) return html`<p>${t('common.loading')}</p>`;
      const cert = attempt?.summary.certificate;
      if (!attempt || !cert) {
        return html`<h1>${t('theory.cert.title')}</h1>
          <p data-testid="cert-none">${t('theory.cert.none')}</p>
          <p><a href="#/theory">${t('theory.backToCourse')}</a></p>`;
      }
      const r = cert.record;
      return html`<div class="theory cert-page">
        <div class="actions no-print">
          <button class="primary" data-testid="cert-print" @click=${() => window.print()}>${t('theory.cert.print')}</button>
          <a class="button" href=${theoryResultHash(attempt.id)}>${t('theory.cert.backToResult')}</a>
          <a class="button" href="#/theory">${t('theory.backToCourse')}</a>
        </div>
        ${integrity && (!integrity.intact || !integrity.matches)
          ? html`<p class="error no-print" role="alert" data-testid="cert-integrity">${t('theory.cert.integrityProblem')}</p>`
          : nothing}
        <article class="certificate" data-testid="certificate" aria-labelledby="cert-heading">
          <p class="cert-org">${t('app.name')}</p>
          <h1 id="cert-heading">${t('theory.cert.heading')}</h1>
          <p class="cert-line">${t('theory.cert.certifies')}</p>
          <p class="cert-name" data-testid="cert-name">${r.learnerName}</p>
          <p class="cert-line">${t('theory.cert.passed')}</p>
          <p class="cert-course" data-testid="cert-course">${courseTitle(ctx, r.courseId)}</p>
          <dl class="cert-facts">
            <div><dt>${t('theory.cert.date')}</dt><dd data-testid="cert-date">${certificateDate(language, r.date)}</dd></div>
            <div>
              <dt>${t('theory.cert.score')}</dt>
              <dd data-testid="cert-score">${num(language, r.score.pct, 0)}% (${t('theory.result.ofTotal', { n: r.score.correct, total: r.score.total })})</dd>
            </div>
            <div><dt>${t('theory.cert.passMark')}</dt><dd>${num(language, attempt.summary.passMarkPct, 0)}%</dd></div>
            <div>
              <dt>${t('theory.cert.profile')}</dt>
              <dd data-testid="cert-profile">${t(`profile.${r.profile.id}.name`)} · ${t('theory.cert.version', { v: r.profile.version })}</dd>
            </div>
            <div><dt>${t('theory.cert.course')}</dt><dd>${r.courseId} · ${t('theory.cert.version', { v: attempt.log.courseVersion })}</dd></div>
            <div><dt>${t('theory.cert.code')}</dt><dd><code class="cert-code" data-testid="cert-code">${cert.code}</code></dd></div>
          </dl>
          <figure class="cert-qr">
            <div class="cert-qr-box" data-testid="cert-qr" data-payload=${certificatePayload(cert)} ${ref(insertQr)}></div>
            <figcaption class="small">${t('theory.cert.qrCaption')}</figcaption>
          </figure>
          <p class="cert-hash small" data-testid="cert-hash">${t('theory.cert.hash')} <code>${cert.hash}</code></p>
          <p class="small muted">${t('theory.cert.howToVerify')}</p>
        </article>
        <section class="theory-panel verify no-print" aria-labelledby="verify-title">
          <h2 id="verify-title">${t('theory.cert.verifyTitle')}</h2>
          <form class="verify-form" @submit=${(e: SubmitEvent) => void verify(ctx, e)}>
            <label for="verify-input">${t('theory.cert.verifyLabel')}</label>
            <textarea id="verify-input" name="verify-input" rows="2" data-testid="verify-input" required aria-describedby="verify-hint"></textarea>
            <p class="muted small" id="verify-hint">${t('theory.cert.verifyHint')}</p>
            <button class="primary" type="submit" data-testid="verify-submit" ?disabled=${checking}>${t('theory.cert.verify')}</button>
          </form>
          <div aria-live="polite">${check ? checkView(ctx, check) : nothing}</div>
        </section>
      </div>`;
    },
  };
}

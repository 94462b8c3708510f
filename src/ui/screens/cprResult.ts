import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptMetrics } from '../../core/cpr/metrics';
import { bar, metricsTable } from '../components/cprMetrics';
import { cprPlotSlots, mountCprPlots as mountPlots } from '../components/cprPlots';
import { cprAttemptCsv, cprAttemptJson, type CprAttempt } from '../export/cprExport';
import { downloadText } from '../export/download';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';

function fatigueTable(ctx: UiContext, m: AttemptMetrics): TemplateResult {
  const { t, language: lng } = ctx;
  if (m.windows.length < 2) return html``;
  return html`<h2>${t('cpr.result.fatigue')}</h2>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('cpr.result.fatigue')}>
      <table data-testid="cpr-fatigue">
        <thead><tr><th scope="col">${t('cpr.result.window')}</th><th scope="col">${t('cpr.result.compressions')}</th><th scope="col">${t('cpr.result.meanRate')}</th><th scope="col">${t('cpr.result.meanDepth')}</th></tr></thead>
        <tbody>${m.windows.map(
          (w) => html`<tr><td>${t('cpr.result.windowRange', { a: num(lng, (w.startT - m.startT) / 1000, 0), b: num(lng, (w.endT - m.startT) / 1000, 0) })}</td>
            <td>${w.compressions}</td>
            <td>${w.meanRateCpm === null ? '–' : num(lng, w.meanRateCpm, 0)}</td>
            <td>${w.meanDepthMm === null ? t('cpr.result.notMeasured') : num(lng, w.meanDepthMm, 0)}</td></tr>`,
        )}</tbody>
      </table>
    </div>`;
}

function compressionTable(ctx: UiContext, m: AttemptMetrics): TemplateResult {
  const { t, language: lng } = ctx;
  const f = (v: number | null, d = 0) => (v === null ? '–' : num(lng, v, d));
  return html`<details class="per-compression">
    <summary>${t('cpr.result.perCompression', { n: m.compressionCount })}</summary>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('cpr.result.perCompression', { n: m.compressionCount })}>
      <table data-testid="cpr-compressions">
        <thead><tr>
          <th scope="col">#</th><th scope="col">${t('cpr.result.col.time')}</th><th scope="col">${t('cpr.result.col.depth')}</th>
          <th scope="col">${t('cpr.result.col.residual')}</th><th scope="col">${t('cpr.result.col.rate')}</th><th scope="col">${t('cpr.result.col.hands')}</th><th scope="col">${t('cpr.result.col.flags')}</th>
        </tr></thead>
        <tbody>${m.compressions.map(
          (c) => html`<tr>
            <td>${c.index + 1}</td><td>${f((c.onsetT - m.startT) / 1000, 2)}</td><td>${f(c.depthMm)}</td><td>${f(c.residualMm)}</td>
            <td>${f(c.rateCpm)}</td><td>${c.handOk === null ? '–' : c.handOk ? t('cpr.result.ok') : t('cpr.result.off')}</td>
            <td>${c.flags.map((fl) => t(`cpr.flag.${fl}`)).join(', ')}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>
  </details>`;
}

/** The CPR result: score, three bars, every metric against its target, plots, tips, table, export. */
export function renderCprResult(ctx: UiContext, a: CprAttempt): TemplateResult {
  const { t, language: lng } = ctx;
  const m = a.summary.metrics;
  const profileName = t(`profile.${a.profileId}.name`);
  return html`
    <h1>${t('cpr.result.title')}</h1>
    <p class="muted">${dateTime(lng, a.startedAt)} · ${t(`patient.${a.patient}`)} · ${t(`mode.${a.mode}`)} · ${t('cpr.result.profile', { name: profileName, version: a.profileVersion })}</p>
    <div class="score-card" data-testid="cpr-score" data-score=${a.score}>
      <span class="score-value">${num(lng, a.score, 0)}</span><span class="score-of">${t('cpr.result.outOf')}</span>
    </div>
    <div class="qbars">
      ${bar(ctx, 'rate', t('cpr.result.barRate'), m.rate.pctInRange, m.measured.rate)}
      ${bar(ctx, 'depth', t('cpr.result.barDepth'), m.measured.depth.measured ? m.depth.pctInRange : null, m.measured.depth)}
      ${bar(ctx, 'recoil', t('cpr.result.barRecoil'), m.measured.recoil.measured ? m.recoil.pctFull : null, m.measured.recoil)}
    </div>
    <h2>${t('cpr.result.tipsTitle')}</h2>
    <ul class="tips" data-testid="cpr-tips">
      ${a.summary.tips.map((tip) => html`<li data-key=${tip.key}>${t(tip.key, tip.params as Record<string, unknown>)}</li>`)}
    </ul>
    <h2>${t('cpr.result.metrics')}</h2>
    ${metricsTable(ctx, m)}
    ${cprPlotSlots(ctx, m)}
    ${fatigueTable(ctx, m)}
    ${compressionTable(ctx, m)}
    <p class="muted small">${t('cpr.result.scoreNote')} <a href="#/about">${t('cpr.result.howScored')}</a></p>
    <div class="actions">
      <button data-testid="export-csv" @click=${() => downloadText(`${a.id}.csv`, 'text/csv', cprAttemptCsv(a))}>${t('cpr.result.exportCsv')}</button>
      <button data-testid="export-json" @click=${() => downloadText(`${a.id}.json`, 'application/json', cprAttemptJson(a))}>${t('cpr.result.exportJson')}</button>
      <a class="button primary" data-testid="cpr-again" href="#/cpr">${t('cpr.result.again')}</a>
      <a class="button" href="#/results">${t('cpr.result.history')}</a>
    </div>
  `;
}

/** Draws the plots into the placeholders the template left; returns a cleanup function. */
export function mountCprPlots(ctx: UiContext, host: HTMLElement, a: CprAttempt): () => void {
  return mountPlots(ctx, host, a.summary.metrics, a.log.samples);
}

import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptMetrics, MeasuredLabel } from '../../core/cpr/metrics';
import { mountTimePlot } from '../components/timePlot';
import { cprAttemptCsv, cprAttemptJson, type CprAttempt } from '../export/cprExport';
import { downloadText } from '../export/download';
import { dateTime, num, sourcesLabel } from '../format';
import type { UiContext } from '../ports';

type Level = 'good' | 'fair' | 'poor' | 'none';

/** 90% / 70% in range: the product's thresholds for colouring bars (text states the figure too). */
function level(pct: number | null): Level {
  if (pct === null) return 'none';
  return pct >= 90 ? 'good' : pct >= 70 ? 'fair' : 'poor';
}

function measuredBy(ctx: UiContext, m: MeasuredLabel): string {
  return m.measured
    ? ctx.t('cpr.result.measuredBy', { inputs: m.sources.map((s) => ctx.t(`input.${s}`)).join(', ') })
    : ctx.t('cpr.result.notMeasuredBy', { inputs: '' }).trim();
}

export function bar(ctx: UiContext, id: string, label: string, pct: number | null, measured: MeasuredLabel): TemplateResult {
  const lv = level(pct);
  const shown = pct === null ? ctx.t('cpr.result.notMeasured') : `${num(ctx.language, pct, 0)}%`;
  return html`<div class="qbar" data-testid=${`bar-${id}`} data-level=${lv}>
    <div class="qbar-head"><span>${label}</span><strong>${shown}</strong><span class="tag">${ctx.t(`cpr.result.level.${lv}`)}</span></div>
    <div class="qbar-track" aria-hidden="true"><div class="qbar-fill ${lv}" style=${`width:${pct ?? 0}%`}></div></div>
    <p class="muted small">${measuredBy(ctx, measured)}</p>
  </div>`;
}

function metricRow(label: string, value: string, target: string, testid: string): TemplateResult {
  return html`<tr data-testid=${testid}><th scope="row">${label}</th><td>${value}</td><td class="muted">${target}</td></tr>`;
}

export function metricsTable(ctx: UiContext, m: AttemptMetrics): TemplateResult {
  const { t, language: lng } = ctx;
  const tg = m.targets;
  const pct = (v: number | null) => (v === null ? t('cpr.result.notMeasured') : `${num(lng, v, 0)}%`);
  const perMin = (v: number | null) => (v === null ? '–' : t('cpr.result.perMin', { v: num(lng, v, 0) }));
  const mm = (v: number | null, measured: boolean) => (!measured ? t('cpr.result.notMeasured') : v === null ? '–' : t('cpr.result.mm', { v: num(lng, v, 0) }));
  const src = (s: readonly string[], pc: boolean) => sourcesLabel(t, s as never, pc);
  const rateT = `${t('unit.perMinRange', { min: tg.rateCpm.min, max: tg.rateCpm.max })} (${src(tg.rateCpm.source, tg.rateCpm.productChoice)})`;
  const depthT = `${t('unit.mmRange', { min: tg.depthMm.min, max: tg.depthMm.max })} (${src(tg.depthMm.source, tg.depthMm.productChoice)})`;
  const dm = m.measured.depth.measured;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('cpr.result.metrics')}>
    <table data-testid="cpr-metrics">
      <thead><tr><th scope="col">${t('cpr.result.metric')}</th><th scope="col">${t('cpr.result.yours')}</th><th scope="col">${t('cpr.result.target')}</th></tr></thead>
      <tbody>
        ${metricRow(t('cpr.result.compressions'), String(m.compressionCount), '', 'm-count')}
        ${metricRow(t('cpr.result.meanRate'), perMin(m.rate.meanCpm), rateT, 'm-rate-mean')}
        ${metricRow(t('cpr.result.medianRate'), perMin(m.rate.medianCpm), rateT, 'm-rate-median')}
        ${metricRow(t('cpr.result.rateInRange'), pct(m.rate.pctInRange), rateT, 'm-rate-pct')}
        ${metricRow(t('cpr.result.meanDepth'), mm(m.depth.meanMm, dm), depthT, 'm-depth-mean')}
        ${metricRow(t('cpr.result.depthInRange'), dm ? pct(m.depth.pctInRange) : t('cpr.result.notMeasured'), depthT, 'm-depth-pct')}
        ${metricRow(t('cpr.result.tooShallow'), dm ? pct(m.depth.pctTooShallow) : t('cpr.result.notMeasured'), depthT, 'm-shallow')}
        ${metricRow(t('cpr.result.tooDeep'), dm ? pct(m.depth.pctTooDeep) : t('cpr.result.notMeasured'), depthT, 'm-deep')}
        ${metricRow(t('cpr.result.fullRecoil'), m.measured.recoil.measured ? pct(m.recoil.pctFull) : t('cpr.result.notMeasured'), `${t('unit.mmWithin', { mm: tg.recoilToleranceMm.value })} (${src(tg.recoilToleranceMm.source, tg.recoilToleranceMm.productChoice)})`, 'm-recoil')}
        ${metricRow(t('cpr.result.hands'), m.measured.hands.measured ? pct(m.hands.pctCorrect) : t('cpr.result.notMeasured'), `${t('cpr.result.handsTarget', { mm: tg.handZoneRadiusMm.value })} (${src(tg.handZoneRadiusMm.source, tg.handZoneRadiusMm.productChoice)})`, 'm-hands')}
        ${metricRow(t('cpr.result.fraction'), pct(m.fraction.pct), `${t('unit.percentAtLeast', { pct: tg.compressionFractionPct.value })} (${src(tg.compressionFractionPct.source, tg.compressionFractionPct.productChoice)})`, 'm-fraction')}
        ${metricRow(t('cpr.result.pauses'), t('cpr.result.pauseSummary', { n: m.unplannedPauseCount, s: num(lng, m.longestPauseMs / 1000) }), `${t('cpr.result.pauseTarget', { s: tg.pauseThresholdMs.value / 1000 })} (${src(tg.pauseThresholdMs.source, tg.pauseThresholdMs.productChoice)})`, 'm-pauses')}
        ${metricRow(t('cpr.result.interruptions'), t('cpr.result.seconds', { s: num(lng, m.longestInterruptionMs / 1000) }), `${t('unit.secondsUnder', { s: tg.maxInterruptionMs.value / 1000 })} (${src(tg.maxInterruptionMs.source, tg.maxInterruptionMs.productChoice)})`, 'm-interruptions')}
        ${m.cycles && m.cycles.cycles.length > 0
          ? metricRow(t('cpr.result.cycles'), t('cpr.result.cyclesValue', { ok: m.cycles.correct, n: m.cycles.cycles.length }), `${m.cycles.ratio.compressions}:${m.cycles.ratio.breaths} (${src(tg.ratio.source, tg.ratio.productChoice)})`, 'm-cycles')
          : nothing}
      </tbody>
    </table>
  </div>`;
}

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
    <h2>${t('cpr.result.depthPlot')}</h2>
    ${m.measured.depth.measured
      ? html`<div class="plot" data-plot="depth" data-testid="plot-depth"></div>`
      : html`<p class="muted" data-testid="plot-depth-none">${t('cpr.result.depthNotMeasured')}</p>`}
    <h2>${t('cpr.result.ratePlot')}</h2>
    <div class="plot" data-plot="rate" data-testid="plot-rate"></div>
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
  const m = a.summary.metrics;
  const { t } = ctx;
  const cleanups: (() => void)[] = [];
  const depthHost = host.querySelector<HTMLElement>('[data-plot="depth"]');
  if (depthHost) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const s of a.log.samples) {
      if (s.depthMm === undefined || s.t < m.startT || s.t > m.endT) continue;
      xs.push((s.t - m.startT) / 1000);
      ys.push(s.depthMm);
    }
    cleanups.push(
      mountTimePlot(depthHost, {
        label: t('cpr.result.depthPlot'), xLabel: t('cpr.result.axisTime'), yLabel: t('cpr.result.axisDepth'),
        x: xs, y: ys, band: [m.targets.depthMm.min, m.targets.depthMm.max], invertY: true, fromZero: true, highContrast: ctx.settings.highContrast,
      }),
    );
  }
  const rateHost = host.querySelector<HTMLElement>('[data-plot="rate"]');
  if (rateHost) {
    const withRate = m.compressions.filter((c) => c.rateCpm !== null);
    cleanups.push(
      mountTimePlot(rateHost, {
        label: t('cpr.result.ratePlot'), xLabel: t('cpr.result.axisTime'), yLabel: t('cpr.result.axisRate'),
        x: withRate.map((c) => (c.onsetT - m.startT) / 1000), y: withRate.map((c) => c.rateCpm),
        band: [m.targets.rateCpm.min, m.targets.rateCpm.max], points: true, highContrast: ctx.settings.highContrast,
      }),
    );
  }
  return () => cleanups.forEach((c) => c());
}

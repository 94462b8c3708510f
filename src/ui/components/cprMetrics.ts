import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptMetrics, MeasuredLabel } from '../../core/cpr/metrics';
import { num, sourcesLabel } from '../format';
import type { UiContext } from '../ports';

/**
 * CPR quality as the CPR drill's result and the scenario result show it: a bar per quality (rate,
 * depth, recoil) and every metric against its target with the target's source.
 */

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

/** One quality as a coloured bar with its figure, level and what measured it. */
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

/** Every metric against its target (and the target's source). */
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
    <table class="metrics" data-testid="cpr-metrics">
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

import { html, type TemplateResult } from 'lit-html';
import type { AttemptMetrics } from '../../core/cpr/metrics';
import type { Sample } from '../../core/cpr/sample';
import type { UiContext } from '../ports';
import { mountTimePlot } from './timePlot';

/**
 * Compression depth and rate over time, as the CPR drill's result and the scenario result show them:
 * `cprPlotSlots` leaves the placeholders in the template, `mountCprPlots` draws into them once the
 * template is in the page. Times are seconds from the first compression of the metrics.
 */
export function cprPlotSlots(ctx: UiContext, m: AttemptMetrics, heading: 'h2' | 'h3' = 'h2'): TemplateResult {
  const { t } = ctx;
  const title = (s: string) => (heading === 'h2' ? html`<h2>${s}</h2>` : html`<h3>${s}</h3>`);
  return html`${title(t('cpr.result.depthPlot'))}
    ${m.measured.depth.measured
      ? html`<div class="plot" data-plot="depth" data-testid="plot-depth"></div>`
      : html`<p class="muted" data-testid="plot-depth-none">${t('cpr.result.depthNotMeasured')}</p>`}
    ${title(t('cpr.result.ratePlot'))}
    <div class="plot" data-plot="rate" data-testid="plot-rate"></div>`;
}

/** Draws the plots into the placeholders under `host`; returns a cleanup function. */
export function mountCprPlots(ctx: UiContext, host: HTMLElement, m: AttemptMetrics, samples: readonly Sample[]): () => void {
  const { t } = ctx;
  const cleanups: (() => void)[] = [];
  const depthHost = host.querySelector<HTMLElement>('[data-plot="depth"]');
  if (depthHost) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const s of samples) {
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

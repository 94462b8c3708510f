import { html, nothing, type TemplateResult } from 'lit-html';
import type { AttemptRecord } from '../../core/attempt';
import type { Sample } from '../../core/cpr/sample';
import type { ItemStatus, ScenarioResult, TimelineEntry } from '../../core/scenario';
import { isScenarioId, getScenario } from '../../content/scenarios';
import { downloadText } from '../export/download';
import { scenarioAttemptCsv, scenarioAttemptJson, type ScenarioAttempt } from '../export/scenarioExport';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import { bar, metricsTable } from '../components/cprMetrics';
import { cprPlotSlots, mountCprPlots } from '../components/cprPlots';
import { scenarioHash } from './scenarioRoute';
import { clock, localized, stepLabel } from './scenarioText';
import './scenario.css';

export type { ScenarioAttempt };

const STATUS_MARK: Record<ItemStatus, string> = {
  earned: '✓',
  missed: '✗',
  outOfOrder: '↕',
  notMeasured: '–',
  notScored: '–',
  notApplicable: '–',
};

/** The scenario's title in the UI language (the id if the scenario no longer exists). */
export function scenarioTitle(ctx: UiContext, a: ScenarioAttempt): string {
  const id = a.summary.scenarioId;
  return isScenarioId(id) ? localized(ctx.language, getScenario(id).title) : a.summary.title ? localized(ctx.language, a.summary.title) : id;
}

function seconds(ctx: UiContext, ms: number | null): string {
  return ms === null ? '–' : ctx.t('scenario.result.atTime', { time: clock(ms), s: num(ctx.language, ms / 1000, 1) });
}

function pauseCell(ctx: UiContext, ms: number | null, ok: boolean | null): TemplateResult {
  if (ms === null) return html`<td>–</td>`;
  const label = ok === null ? '' : ok ? ctx.t('scenario.result.withinLimit') : ctx.t('scenario.result.overLimit');
  return html`<td class=${ok === false ? 'bad' : ''}>${ctx.t('cpr.result.seconds', { s: num(ctx.language, ms / 1000, 1) })} ${label ? html`<span class="tag">${label}</span>` : nothing}</td>`;
}

function eventLabel(ctx: UiContext, e: TimelineEntry): string {
  if (e.kind === 'cpr') return ctx.t('scenario.event.compressions', { n: e.compressions ?? 0, s: num(ctx.language, ((e.endT ?? e.t) - e.t) / 1000, 0) });
  return ctx.t(`scenario.event.${e.type}`);
}

function checklist(ctx: UiContext, r: ScenarioResult): TemplateResult {
  const { t, language: lng } = ctx;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('scenario.result.checklist')}>
    <table data-testid="scn-checklist" class="scn-table">
      <thead><tr>
        <th scope="col">#</th><th scope="col">${t('scenario.result.item')}</th><th scope="col" class="col-step">${t('scenario.result.step')}</th>
        <th scope="col">${t('scenario.result.status')}</th><th scope="col">${t('scenario.result.points')}</th>
      </tr></thead>
      <tbody>
        ${r.checklist.map(
          (c, i) => html`<tr data-testid=${`item-${c.id}`} data-status=${c.status} class=${`st-${c.status}`}>
            <td class="num">${i + 1}</td>
            <td>${localized(lng, c.label)}${c.valuePct !== null ? html` <span class="muted">(${num(lng, c.valuePct, 0)}%)</span>` : nothing}</td>
            <td class="col-step">${stepLabel(t, c.step)}</td>
            <td class="status"><span aria-hidden="true">${STATUS_MARK[c.status]}</span> ${t(`scenario.status.${c.status}`)}</td>
            <td class="num">${c.points === 0 ? '–' : `${c.earned}/${c.points}`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function timings(ctx: UiContext, r: ScenarioResult): TemplateResult {
  const { t } = ctx;
  const tm = r.timings;
  const rows: [string, string, number | null][] = [
    ['firstCompression', t('scenario.result.toFirstCompression'), tm.toFirstCompressionMs],
    ['call', t('scenario.result.toCall'), tm.toCallMs],
    ['aedArrival', t('scenario.result.toAedArrival'), tm.toAedArrivalMs],
    ['aedOn', t('scenario.result.toAedOn'), tm.toAedOnMs],
    ['firstShock', t('scenario.result.toFirstShock'), tm.toFirstShockMs],
    ['arrivalToShock', t('scenario.result.arrivalToShock'), tm.aedArrivalToShockMs],
  ];
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('scenario.result.timings')}>
    <table data-testid="scn-timings" class="scn-table">
      <caption class="muted small">${t(tm.witnessed ? 'scenario.result.fromCollapse' : 'scenario.result.fromArrival')}</caption>
      <tbody>${rows.map(([id, label, ms]) => html`<tr data-testid=${`time-${id}`}><th scope="row">${label}</th><td class="num">${seconds(ctx, ms)}</td></tr>`)}</tbody>
    </table>
  </div>
  ${tm.handsOff.length > 0
    ? html`<h3>${t('scenario.result.handsOff')}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=${t('scenario.result.handsOff')}>
          <table data-testid="scn-handsoff" class="scn-table">
            <thead><tr>
              <th scope="col">${t('scenario.result.analysis')}</th><th scope="col">${t('scenario.result.rhythm')}</th>
              <th scope="col">${t('scenario.result.preShock')}</th><th scope="col">${t('scenario.result.postShock')}</th>
              <th scope="col">${t('scenario.result.postNoShock')}</th>
            </tr></thead>
            <tbody>${tm.handsOff.map(
              (h) => html`<tr>
                <td>${h.analysis + 1}</td><td>${t(`scenario.rhythm.${h.rhythm}`)}</td>
                ${h.includesPadPlacement && h.preShockMs !== null
                  ? html`<td>${t('cpr.result.seconds', { s: num(ctx.language, h.preShockMs / 1000, 1) })} <span class="tag">${t('scenario.result.padsDuringPause')}</span></td>`
                  : pauseCell(ctx, h.preShockMs, h.preShockOk)}
                ${pauseCell(ctx, h.postShockMs, h.postShockOk)} ${pauseCell(ctx, h.postNoShockMs, h.postNoShockOk)}
              </tr>`,
            )}</tbody>
          </table>
        </div>
        <p class="muted small">${t('scenario.result.handsOffTarget', { s: num(ctx.language, tm.targetMs / 1000, 0) })}</p>`
    : nothing}`;
}

function timeline(ctx: UiContext, r: ScenarioResult): TemplateResult {
  const { t } = ctx;
  const order = new Map(r.timeline.ideal.map((s) => [s.step, s]));
  return html`<h3>${t('scenario.result.ideal')}</h3>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('scenario.result.ideal')}>
      <table data-testid="scn-ideal" class="scn-table">
        <thead><tr><th scope="col">#</th><th scope="col">${t('scenario.result.step')}</th><th scope="col">${t('scenario.result.firstDone')}</th><th scope="col">${t('scenario.result.order')}</th></tr></thead>
        <tbody>${r.timeline.ideal.map(
          (s) => html`<tr data-step=${s.step} data-in-order=${s.inOrder === null ? 'none' : String(s.inOrder)}>
            <td>${s.position + 1}</td><td>${stepLabel(t, s.step)}</td><td>${s.relMs === null ? t('scenario.result.notDone') : clock(s.relMs)}</td>
            <td>${s.inOrder === null ? '–' : s.inOrder ? t('scenario.result.inOrder') : t('scenario.result.outOfOrder')}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>
    <details class="scn-all-events">
    <summary>${t('scenario.result.timeline')} (${r.timeline.entries.length})</summary>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('scenario.result.timeline')}>
      <table data-testid="scn-timeline" class="scn-table">
        <thead><tr><th scope="col">${t('scenario.result.when')}</th><th scope="col">${t('scenario.result.what')}</th><th scope="col" class="col-step">${t('scenario.result.step')}</th><th scope="col">${t('scenario.result.idealPosition')}</th></tr></thead>
        <tbody>${r.timeline.entries.map((e) => {
          const ideal = e.step === null ? undefined : order.get(e.step);
          return html`<tr data-kind=${e.kind} data-type=${e.type}>
            <td>${clock(e.relMs)}</td><td>${eventLabel(ctx, e)}</td><td class="col-step">${stepLabel(t, e.step)}</td>
            <td>${ideal === undefined ? '–' : ideal.position + 1}</td>
          </tr>`;
        })}</tbody>
      </table>
    </div>
    </details>`;
}

function cprSection(ctx: UiContext, r: ScenarioResult): TemplateResult {
  const { t } = ctx;
  const m = r.cpr;
  if (m === null) return html`<p class="muted" data-testid="scn-cpr-none">${t('scenario.result.noCpr')}</p>`;
  return html`<div class="qbars" data-testid="scn-cpr">
      ${bar(ctx, 'rate', t('cpr.result.barRate'), m.rate.pctInRange, m.measured.rate)}
      ${bar(ctx, 'depth', t('cpr.result.barDepth'), m.measured.depth.measured ? m.depth.pctInRange : null, m.measured.depth)}
      ${bar(ctx, 'recoil', t('cpr.result.barRecoil'), m.measured.recoil.measured ? m.recoil.pctFull : null, m.measured.recoil)}
    </div>
    ${metricsTable(ctx, m)}
    ${r.cycles.length > 0 ? html`<p class="muted small">${t('scenario.result.cycles', { ok: r.cycles.filter((c) => c.ok).length, n: r.cycles.length })}</p>` : nothing}
    ${cprPlotSlots(ctx, m, 'h3')}`;
}

/** The chest input of an attempt, from its log (the samples the engine was given, in order). */
export function attemptSamples(a: ScenarioAttempt): Sample[] {
  return a.log.actions.flatMap((x) => (x.type === 'cprSamples' && Array.isArray(x.samples) ? x.samples : []));
}

/**
 * The result of a scenario attempt, as an examiner's sheet: verdict and points, critical errors, the
 * checklist, key times and hands-off pauses, the timeline against the profile's sequence, the CPR
 * metrics, exports and the learner's earlier attempts at the same scenario.
 */
export function createScenarioResultView(a: ScenarioAttempt): {
  /** Loads the history and draws the CPR plots into the rendered page under `host`. */
  mount(ctx: UiContext, host: HTMLElement): Promise<void>;
  unmount(): void;
  render(ctx: UiContext): TemplateResult;
} {
  let history: AttemptRecord[] = [];
  let cleanup: (() => void) | undefined;
  return {
    unmount() {
      cleanup?.();
      cleanup = undefined;
    },
    async mount(ctx, host) {
      if (a.summary.cpr !== null) cleanup = mountCprPlots(ctx, host, a.summary.cpr, attemptSamples(a));
      try {
        const all = await ctx.attempts.listAttempts({ module: 'scenario', learnerId: ctx.learnerId });
        history = all.filter((x) => x.id !== a.id && (x as ScenarioAttempt).summary?.scenarioId === a.summary.scenarioId);
      } catch {
        history = [];
      }
      ctx.requestRender();
    },
    render(ctx) {
      const { t, language: lng } = ctx;
      const r = a.summary;
      const profileName = t(`profile.${a.profileId}.name`);
      return html`
        <h1>${t('scenario.result.title')}</h1>
        <p class="muted">${scenarioTitle(ctx, a)} · ${dateTime(lng, a.startedAt)} · ${t(`patient.${a.patient}`)} · ${t(`scenario.mode.${a.mode}`)} · ${t('cpr.result.profile', { name: profileName, version: a.profileVersion })}</p>
        <div class="scn-verdict" data-testid="scn-verdict" data-passed=${String(r.passed)} data-completed=${String(r.completed)} data-score=${a.score}>
          <span class="score-value">${num(lng, r.points.pct, 0)}%</span>
          <span class="score-of">${t('scenario.result.pointsOf', { earned: r.points.earned, possible: r.points.possible })}</span>
          <strong class=${`verdict ${r.passed ? 'pass' : 'fail'}`}>${r.passed ? t('scenario.result.passed') : t('scenario.result.notPassed')}</strong>
          <span class="muted">${t('scenario.result.passMark', { pct: r.passThresholdPct })}</span>
        </div>
        ${r.completed ? nothing : html`<p class="muted" data-testid="scn-unfinished">${t('scenario.result.unfinished')}</p>`}
        <h2>${t('scenario.result.critical')}</h2>
        ${r.criticalErrors.length === 0
          ? html`<p data-testid="scn-critical-none">${t('scenario.result.noCritical')}</p>`
          : html`<ul class="scn-critical" data-testid="scn-critical">
              ${r.criticalErrors.map((c) => html`<li data-id=${c.id}><strong>${localized(lng, c.label)}</strong> <span class="muted">${clock(c.firstT - r.startT)}${c.count > 1 ? ` ×${c.count}` : ''}</span></li>`)}
            </ul>`}
        ${r.errors.length > 0
          ? html`<h2>${t('scenario.result.errors')}</h2>
              <ul data-testid="scn-errors">${r.errors.map((e) => html`<li data-id=${e.id}>${t(`scenario.error.${e.id}`)} <span class="muted">${clock(e.t - r.startT)}</span></li>`)}</ul>`
          : nothing}
        <h2>${t('scenario.result.checklist')}</h2>
        ${checklist(ctx, r)}
        <h2>${t('scenario.result.timings')}</h2>
        ${timings(ctx, r)}
        <h2>${t('scenario.result.timelineTitle')}</h2>
        ${timeline(ctx, r)}
        <h2>${t('scenario.result.cpr')}</h2>
        ${cprSection(ctx, r)}
        <p class="muted small">${t('scenario.result.note', { analysis: num(lng, r.deviceTimings.analysisMs / 1000, 0), charge: num(lng, r.deviceTimings.chargeMs / 1000, 0) })}</p>
        <div class="actions">
          <button data-testid="export-csv" @click=${() => downloadText(`${a.id}.csv`, 'text/csv', scenarioAttemptCsv(a))}>${t('scenario.result.exportCsv')}</button>
          <button data-testid="export-json" @click=${() => downloadText(`${a.id}.json`, 'application/json', scenarioAttemptJson(a))}>${t('scenario.result.exportJson')}</button>
          ${isScenarioId(r.scenarioId)
            ? html`<a class="button primary" data-testid="scn-again" href=${scenarioHash(r.scenarioId, a.mode)}>${t('scenario.result.again')}</a>`
            : nothing}
          <a class="button" data-testid="scn-pick" href="#/scenario">${t('scenario.result.pick')}</a>
          <a class="button" href="#/results">${t('cpr.result.history')}</a>
        </div>
        <h2>${t('scenario.result.history')}</h2>
        ${history.length === 0
          ? html`<p class="muted" data-testid="scn-history-empty">${t('scenario.result.historyEmpty')}</p>`
          : html`<ul class="scn-history" data-testid="scn-history">
              ${history.map(
                (h) => html`<li><a href=${`#/results/${encodeURIComponent(h.id)}`}>${dateTime(lng, h.startedAt)}</a> · ${t(`scenario.mode.${h.mode}`)} · ${num(lng, h.score, 0)}%</li>`,
              )}
            </ul>`}
      `;
    },
  };
}

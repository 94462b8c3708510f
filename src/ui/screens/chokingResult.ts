import { html, nothing, type TemplateResult } from 'lit-html';
import type { StrikeFigure } from '../../core/choking';
import type { ItemStatus } from '../../core/skills/sheet';
import { getChoking, isChokingId } from '../../content/choking';
import { downloadText } from '../export/download';
import { chokingAttemptCsv, chokingAttemptJson, type ChokingAttempt } from '../export/chokingExport';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import { chokingHash } from './chokingRoute';
import { clock, localized } from './scenarioText';
import './scenario.css';
import './choking.css';

export type { ChokingAttempt };

const STATUS_MARK: Record<ItemStatus, string> = { earned: '✓', missed: '✗', outOfOrder: '↕', notMeasured: '–', notScored: '–', notApplicable: '–' };

function title(ctx: UiContext, a: ChokingAttempt): string {
  const id = a.summary.scenarioId;
  return isChokingId(id) ? localized(ctx.language, getChoking(id).title) : localized(ctx.language, a.summary.title);
}

function check(ctx: UiContext, v: 'ok' | 'off' | 'notMeasured', value: string): TemplateResult {
  if (v === 'notMeasured') return html`<td class="muted">${ctx.t('choking.result.notMeasured')}</td>`;
  return html`<td class=${v === 'off' ? 'bad' : ''}>${value} <span class="tag">${ctx.t(`choking.result.${v}`)}</span></td>`;
}

function figureRow(ctx: UiContext, s: StrikeFigure): TemplateResult {
  const { t, language: lng } = ctx;
  const dir = s.motion === 'tap' ? t('choking.result.tap') : s.angleDeg !== null ? t('choking.result.angle', { deg: num(lng, s.angleDeg, 0) }) : '';
  return html`<tr data-testid="chk-action" data-effective=${String(s.effective)} class=${s.effective ? '' : 'ineffective'}>
    <td class="num">${s.index + 1}</td>
    <td>${clock(s.relMs)}</td>
    <td>${t(`choking.technique.${s.technique}`)}</td>
    <td>${t(`input.${s.input === 'keyboard' ? 'keyboard' : 'pointer'}`)}</td>
    ${check(ctx, s.location, s.distanceMm === null ? '' : t('choking.result.mm', { v: num(lng, s.distanceMm, 0) }))}
    ${check(ctx, s.direction, dir)}
    <td>${t('choking.result.ms', { v: num(lng, s.contactMs, 0) })}</td>
    ${check(ctx, s.speed, s.speedMmS === null || s.motion === 'tap' ? '' : t('choking.result.mmPerS', { v: num(lng, s.speedMmS, 0) }))}
    <td class="eff">${s.effective ? t('choking.result.yes') : t('choking.result.no')}</td>
  </tr>`;
}

/**
 * A choking attempt's result as an examiner's sheet: verdict and points, critical errors, the
 * checklist, the order judged by the profile, every action's placement/direction/speed figures,
 * time to the first effective action, CPR figures after a collapse, and exports.
 */
export function renderChokingResult(ctx: UiContext, a: ChokingAttempt): TemplateResult {
  const { t, language: lng } = ctx;
  const r = a.summary;
  const sheet = r.sheet;
  const profileName = t(`profile.${a.profileId}.name`);
  const seq = r.runs.map(([f, n]) => t(f === 'b' ? 'choking.result.runB' : 'choking.result.runA', { n })).join(' → ');
  const rate = r.cpr?.metrics?.rate.meanCpm ?? null;
  return html`
    <h1>${t('choking.result.title')}</h1>
    <p class="muted">${title(ctx, a)} · ${dateTime(lng, a.startedAt)} · ${t(`choking.patient.${a.patient}`)} · ${t(`scenario.mode.${a.mode}`)} · ${t('cpr.result.profile', { name: profileName, version: a.profileVersion })}</p>
    <div class="scn-verdict" data-testid="chk-verdict" data-passed=${String(sheet.passed)} data-outcome=${r.outcome} data-score=${a.score}>
      <span class="score-value">${num(lng, sheet.pct, 0)}%</span>
      <span class="score-of">${t('choking.result.points', { earned: sheet.earned, possible: sheet.possible, pct: sheet.pct })}</span>
      <strong class=${`verdict ${sheet.passed ? 'pass' : 'fail'}`}>${sheet.passed ? t('choking.result.passed') : t('choking.result.failed')}</strong>
    </div>
    <p data-testid="chk-outcome">${t(`choking.result.outcome.${r.outcome}`)}</p>
    <h2>${t('choking.result.critical')}</h2>
    ${sheet.criticalErrors.length === 0
      ? html`<p data-testid="chk-critical-none">${t('choking.result.noCritical')}</p>`
      : html`<ul class="scn-critical" data-testid="chk-critical">
          ${sheet.criticalErrors.map((c) => html`<li data-id=${c.id}><strong>${localized(lng, c.label)}</strong> <span class="muted">${clock(c.firstT - r.startT)}${c.count > 1 ? ` ×${c.count}` : ''}</span></li>`)}
        </ul>`}
    <h2>${t('choking.result.checklist')}</h2>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('choking.result.checklist')}>
      <table data-testid="chk-checklist" class="scn-table">
        <thead><tr><th scope="col">#</th><th scope="col">${t('choking.result.item')}</th><th scope="col">${t('choking.result.status')}</th><th scope="col">${t('choking.result.pointsCol')}</th></tr></thead>
        <tbody>
          ${sheet.items.map(
            (c, i) => html`<tr data-testid=${`item-${c.id}`} data-status=${c.status} class=${`st-${c.status}`}>
              <td class="num">${i + 1}</td>
              <td>${localized(lng, c.label)}</td>
              <td class="status"><span aria-hidden="true">${STATUS_MARK[c.status]}</span> ${t(`scenario.status.${c.status}`)}</td>
              <td class="num">${c.points === 0 ? '–' : `${c.earned}/${c.points}`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>${t('choking.result.order')}</h2>
    <p data-testid="chk-order" data-judgement=${r.orderJudgement}>${t('choking.result.orderJudged', { name: profileName, order: t(`choking.result.orderJudgement.${r.orderJudgement}`) })}</p>
    <p class="muted">${t('choking.result.sequence')}${t('common.colon')}${seq || t('choking.result.none')}</p>
    <dl class="live-figures chk-live">
      <div><dt>${t('choking.result.timeToFirst')}</dt><dd data-testid="chk-first">${r.timeToFirstEffectiveMs === null ? '–' : t('choking.result.seconds', { s: num(lng, r.timeToFirstEffectiveMs / 1000, 1) })}</dd></div>
      <div><dt>${t('choking.result.duration')}</dt><dd>${t('choking.result.seconds', { s: num(lng, r.durationMs / 1000, 0) })}</dd></div>
    </dl>
    ${r.strikes.length > 0
      ? html`<h2>${t('choking.result.figures')}</h2>
          <div class="table-scroll" tabindex="0" role="region" aria-label=${t('choking.result.figures')}>
            <table class="scn-table chk-figures" data-testid="chk-figures">
              <thead><tr>
                <th scope="col">#</th><th scope="col">${t('choking.result.time')}</th><th scope="col">${t('choking.result.technique')}</th><th scope="col">${t('choking.result.input')}</th>
                <th scope="col">${t('choking.result.distance')}</th><th scope="col">${t('choking.result.direction')}</th><th scope="col">${t('choking.result.contact')}</th>
                <th scope="col">${t('choking.result.speed')}</th><th scope="col">${t('choking.result.effective')}</th>
              </tr></thead>
              <tbody>${r.strikes.map((s) => figureRow(ctx, s))}</tbody>
            </table>
          </div>
          <p class="muted small">${t('choking.result.measuredNote')}</p>`
      : nothing}
    ${r.cpr
      ? html`<h2>${t('choking.result.cpr')}</h2>
          <p data-testid="chk-cpr">${t('choking.result.cprFigures', { n: r.cpr.compressions, rate: rate === null ? '–' : t('cpr.result.perMin', { v: num(lng, rate, 0) }) })}</p>`
      : nothing}
    <div class="actions">
      <button data-testid="export-csv" @click=${() => downloadText(`${a.id}.csv`, 'text/csv', chokingAttemptCsv(a))}>${t('choking.result.exportCsv')}</button>
      <button data-testid="export-json" @click=${() => downloadText(`${a.id}.json`, 'application/json', chokingAttemptJson(a))}>${t('choking.result.exportJson')}</button>
      ${isChokingId(r.scenarioId) ? html`<a class="button primary" data-testid="chk-again" href=${chokingHash(r.scenarioId, a.mode)}>${t('choking.result.again')}</a>` : nothing}
      <a class="button" href="#/choking">${t('choking.picker.title')}</a>
      <a class="button" href="#/results">${t('cpr.result.history')}</a>
    </div>
  `;
}

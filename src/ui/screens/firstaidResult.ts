import { html, nothing, type TemplateResult } from 'lit-html';
import type { ItemStatus } from '../../core/skills';
import { pick } from '../../core/text';
import { downloadText } from '../export/download';
import { firstAidAttemptCsv, firstAidAttemptJson } from '../export/firstaidExport';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import { firstAidHash } from './firstaidRoute';
import type { FirstAidAttempt } from './firstaidView';
import './firstaid.css';

const MARK: Record<ItemStatus, string> = { earned: '✓', missed: '✗', outOfOrder: '↕', notMeasured: '–', notScored: '–', notApplicable: '–' };

/** A measure's label: `firstaid.measure.<key>`, or a dotted key as it is (an exercise's own strings). */
function measureLabelKey(key: string): string {
  return key.includes('.') ? key : `firstaid.measure.${key}`;
}

/** A stored first-aid attempt as the examiner's sheet: verdict, critical errors, items, measures. */
export function renderFirstAidResult(ctx: UiContext, a: FirstAidAttempt): TemplateResult {
  const { t, language: lng } = ctx;
  const s = a.summary;
  const r = s.sheet;
  return html`<div class="fa-result" data-testid="fa-result" data-module=${a.module}>
    <h1>${t('firstaid.result.title')}</h1>
    <p class="muted">${pick(s.title, lng)} · ${dateTime(lng, a.startedAt)} · ${t(`firstaid.${a.mode === 'assessment' ? 'assessment' : 'practice'}`)} · ${t('cpr.result.profile', { name: t(`profile.${a.profileId}.name`), version: a.profileVersion })}</p>
    <div class="scn-verdict" data-testid="fa-verdict" data-passed=${String(r.passed)} data-score=${a.score}>
      <span class="score-value">${num(lng, r.pct, 0)}%</span>
      <span class="score-of">${t('firstaid.result.points', { earned: r.earned, possible: r.possible })}</span>
      <strong class=${`verdict ${r.passed ? 'pass' : 'fail'}`}>${r.passed ? t('firstaid.result.passed') : t('firstaid.result.notPassed')}</strong>
      <span class="muted">${t('firstaid.result.passMark', { pct: s.passPct })}</span>
    </div>
    <h2>${t('firstaid.result.critical')}</h2>
    ${r.criticalErrors.length === 0
      ? html`<p data-testid="fa-critical-none">${t('firstaid.result.noCritical')}</p>`
      : html`<ul data-testid="fa-critical">${r.criticalErrors.map((c) => html`<li data-id=${c.id}><strong>${pick(c.label, lng)}</strong>${c.count > 1 ? ` ×${c.count}` : ''}</li>`)}</ul>`}
    <h2>${t('firstaid.result.sheet')}</h2>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('firstaid.result.sheet')}>
      <table class="scn-table" data-testid="fa-sheet">
        <thead><tr><th scope="col">#</th><th scope="col">${t('firstaid.result.item')}</th><th scope="col">${t('firstaid.result.status')}</th><th scope="col">${t('firstaid.result.pointsCol')}</th></tr></thead>
        <tbody>${r.items.map(
          (i, n) => html`<tr data-testid=${`fa-item-${i.id}`} data-status=${i.status} class=${`st-${i.status}`}>
            <td class="num">${n + 1}</td><td>${pick(i.label, lng)}</td>
            <td class="status"><span aria-hidden="true">${MARK[i.status]}</span> ${t(`scenario.status.${i.status}`)}</td>
            <td class="num">${i.points === 0 ? '–' : `${i.earned}/${i.points}`}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>
    ${s.measures.length
      ? html`<h2>${t('firstaid.result.measures')}</h2>
          <ul class="fa-measures" data-testid="fa-measures">${s.measures.map(
            (m) => html`<li data-key=${m.key}>${t(measureLabelKey(m.key))}${t('common.colon')}<strong>${num(lng, m.value, 1)}${m.unit ? ` ${t(`firstaid.unit.${m.unit === '%' ? 'pct' : m.unit}`)}` : ''}</strong>${m.ok === null ? nothing : html` <span class="tag">${m.ok ? t('firstaid.result.inRange') : t('firstaid.result.outOfRange')}</span>`}</li>`,
          )}</ul>`
      : nothing}
    <p class="muted small">${t('firstaid.result.note')}</p>
    <div class="actions">
      <button data-testid="export-csv" @click=${() => downloadText(`${a.id}.csv`, 'text/csv', firstAidAttemptCsv(a))}>${t('firstaid.result.exportCsv')}</button>
      <button data-testid="export-json" @click=${() => downloadText(`${a.id}.json`, 'application/json', firstAidAttemptJson(a))}>${t('firstaid.result.exportJson')}</button>
      <a class="button primary" data-testid="fa-again" href=${firstAidHash(s.kind, s.id, a.mode === 'assessment' ? 'assessment' : 'practice')}>${t('firstaid.result.again')}</a>
      <a class="button" href="#/firstaid">${t('firstaid.result.pick')}</a>
      <a class="button" href="#/results">${t('cpr.result.history')}</a>
    </div>
  </div>`;
}

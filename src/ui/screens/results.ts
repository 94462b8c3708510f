import { html, nothing, type TemplateResult } from 'lit-html';
import { FIRST_AID_MODULES, type AttemptRecord, type Learner } from '../../core/attempt';
import type { ImportOutcome } from '../../core/attemptFile';
import { pick, type LocalizedText } from '../../core/text';
import { scoreTrend } from '../components/scoreTrend';
import { downloadText } from '../export/download';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import './results.css';

/** A scenario-engine attempt's module cell: the module and the scenario's title as stored with the attempt. */
function titledCell(ctx: UiContext, a: AttemptRecord, moduleTitleKey: string): TemplateResult {
  const title = (a.summary as { title?: LocalizedText } | null)?.title;
  return html`${ctx.t(moduleTitleKey)}${title ? html` · ${pick(title, ctx.language)}` : ''}`;
}

/** A first-aid attempt's module cell: the module and the exercise's title as stored. */
function firstAidCell(ctx: UiContext, a: AttemptRecord): TemplateResult {
  const title = (a.summary as { title?: LocalizedText } | null)?.title;
  return html`${ctx.t(`firstaid.moduleName.${a.module}`)}${title ? html` · ${pick(title, ctx.language)}` : ''}`;
}

/** What the list says in the module column: the module and, for scenarios, the scenario's title. */
function moduleCell(ctx: UiContext, a: AttemptRecord): TemplateResult | string {
  switch (a.module) {
    case 'scenario':
      return titledCell(ctx, a, 'scenario.module.title');
    case 'choking':
      return titledCell(ctx, a, 'choking.module.title');
    case 'bleeding':
    case 'bandage':
    case 'splint':
      return firstAidCell(ctx, a);
    case 'theoryExam':
      return ctx.t(a.mode === 'practice' ? 'theory.results.practice' : 'theory.results.exam');
    default:
      return html`${ctx.t(`module.${a.module}.title`)} · ${ctx.t(`patient.${a.patient}`)}`;
  }
}

/** Scenario-engine modules have a guided mode and name their modes under `scenario.mode`. */
function modeKey(a: AttemptRecord): string {
  if (FIRST_AID_MODULES.includes(a.module)) return `firstaid.${a.mode === 'assessment' ? 'assessment' : 'practice'}`;
  return a.module === 'scenario' || a.module === 'choking' ? `scenario.mode.${a.mode}` : `mode.${a.mode}`;
}

type ImportMessage = { kind: 'ok'; imported: number; skipped: number } | { kind: 'error'; key: string; params?: Record<string, unknown> };

type AllExport = typeof import('../export/allExport');

/** "Export all" loads its CSV writer when asked, so the first screen does not carry it. */
async function exportAll(ctx: UiContext, write: (x: AllExport) => void): Promise<void> {
  let x: AllExport;
  try {
    x = await import('../export/allExport');
  } catch {
    ctx.notify('exchange.exportAll.failed');
    return;
  }
  write(x);
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/**
 * The attempt history, newest first, with a simple score trend, "export all" (JSON, CSV) and an
 * import of JSON result files. The list shows the current learner's attempts; when the device also
 * holds other learners' (imported ones keep their learner), a switch shows everyone's with names.
 */
export function createResultsScreen(): Screen {
  let all: AttemptRecord[] | undefined;
  let learners: Learner[] = [];
  let failed = false;
  let showAll = false;
  let busy = false;
  let message: ImportMessage | undefined;

  async function load(ctx: UiContext): Promise<void> {
    try {
      ({ attempts: all, learners } = await ctx.resultsFile.everything());
      failed = false;
    } catch {
      failed = true;
    }
  }

  async function onImport(ctx: UiContext, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file || busy) return;
    busy = true;
    message = undefined;
    ctx.requestRender();
    let outcome: ImportOutcome;
    try {
      outcome = await ctx.resultsFile.importJson(file);
    } catch {
      outcome = { ok: false, reason: { key: 'exchange.import.error.read' } };
    }
    // Lets the same file be chosen again after it was fixed.
    input.value = '';
    if (outcome.ok) {
      message = { kind: 'ok', imported: outcome.imported, skipped: outcome.skipped };
      if (outcome.learnerIds.some((id) => id !== ctx.learnerId)) showAll = true;
      await load(ctx);
    } else {
      message = { kind: 'error', key: outcome.reason.key, ...(outcome.reason.params ? { params: outcome.reason.params } : {}) };
    }
    busy = false;
    ctx.requestRender();
  }

  /**
   * The file input's own text ("Choose File") follows the browser's language, not the app's: the
   * input stays in the tab order but unseen, and its label is the visible, translated button
   * (outlined when the input has keyboard focus).
   */
  function filesSection(ctx: UiContext, shown: AttemptRecord[]): TemplateResult {
    const { t } = ctx;
    const now = new Date();
    return html`<section class="results-files" aria-labelledby="results-files-title" data-testid="results-files">
      <h2 id="results-files-title">${t('exchange.title')}</h2>
      <div class="actions">
        <button
          data-testid="export-all-json"
          ?disabled=${shown.length === 0}
          @click=${() => void exportAll(ctx, (x) => downloadText(`rescuedrill-results-${stamp(now)}.json`, 'application/json', x.allAttemptsJson(shown, learners, now)))}
        >${t('exchange.exportAll.json')}</button>
        <button
          data-testid="export-all-csv"
          ?disabled=${shown.length === 0}
          @click=${() => void exportAll(ctx, (x) => downloadText(`rescuedrill-results-${stamp(now)}.csv`, 'text/csv', x.allAttemptsCsv(shown, learners)))}
        >${t('exchange.exportAll.csv')}</button>
      </div>
      <div class="import-field">
        <input
          id="results-import"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          aria-describedby="results-import-hint"
          ?disabled=${busy}
          @change=${(e: Event) => void onImport(ctx, e.currentTarget as HTMLInputElement)}
        />
        <label for="results-import" class="button primary">${t('exchange.import.label')}</label>
        <p class="muted small" id="results-import-hint">${t('exchange.import.hint')}</p>
      </div>
      <div aria-live="polite">
        ${busy ? html`<p role="status">${t('exchange.import.busy')}</p>` : nothing}
        ${message?.kind === 'ok'
          ? html`<div class="import-message" data-testid="import-message" data-kind="ok">
              <p>${t('exchange.import.done', { imported: message.imported, skipped: message.skipped })}</p>
              ${showAll ? html`<p>${t('exchange.import.otherLearners')}</p>` : nothing}
            </div>`
          : nothing}
      </div>
      ${message?.kind === 'error'
        ? html`<div class="import-message is-error" role="alert" data-testid="import-message" data-kind="error">
            <p><strong>${t('exchange.import.refused')}</strong></p>
            <p data-testid="import-reason">${t(message.key, message.params)}</p>
          </div>`
        : nothing}
    </section>`;
  }

  return {
    titleKey: 'results.title',
    async mount(ctx: UiContext) {
      await load(ctx);
      ctx.requestRender();
    },
    render: (ctx) => {
      const { t, language } = ctx;
      if (failed) return html`<h1>${t('results.title')}</h1><p role="alert">${t('results.loadFailed')}</p>`;
      if (!all) return html`<h1>${t('results.title')}</h1><p>${t('common.loading')}</p>`;
      const mine = all.filter((a) => a.learnerId === ctx.learnerId);
      const others = all.length > mine.length;
      const attempts = showAll && others ? all : mine;
      const names = new Map(learners.map((l) => [l.id, l.name]));
      const who = (id: string) => (id === ctx.learnerId ? t('exchange.learner.you') : names.get(id) || id);
      const withLearner = showAll && others;
      const cprScores = mine.filter((a) => a.module === 'cpr').map((a) => a.score).reverse();
      return html`
        <h1>${t('results.title')}</h1>
        ${cprScores.length >= 2
          ? html`<h2>${t('results.trend')}</h2><div class="trend-box">${scoreTrend(cprScores, t('results.trendLabel', { n: cprScores.length, last: cprScores[cprScores.length - 1] }))}</div>`
          : null}
        ${others
          ? html`<label class="toggle">
              <input type="checkbox" data-testid="results-all" .checked=${showAll} @change=${(e: Event) => {
                showAll = (e.target as HTMLInputElement).checked;
                ctx.requestRender();
              }} />
              <span>${t('exchange.learner.showAll')}</span>
            </label>`
          : nothing}
        ${attempts.length === 0
          ? html`<p data-testid="results-empty">${t('results.empty')}</p>`
          : html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('results.title')}><table data-testid="results-table">
              <thead><tr>
                <th scope="col">${t('results.when')}</th>
                ${withLearner ? html`<th scope="col">${t('exchange.learner.column')}</th>` : nothing}
                <th scope="col">${t('results.module')}</th>
                <th scope="col">${t('results.mode')}</th>
                <th scope="col">${t('results.score')}</th>
              </tr></thead>
              <tbody>
                ${attempts.map(
                  (a) => html`<tr data-testid="result-row" data-module=${a.module} data-learner=${a.learnerId}>
                    <td><a href=${`#/results/${encodeURIComponent(a.id)}`}>${dateTime(language, a.startedAt)}</a></td>
                    ${withLearner ? html`<td data-testid="result-learner-cell">${who(a.learnerId)}</td>` : nothing}
                    <td>${moduleCell(ctx, a)}</td>
                    <td>${t(modeKey(a))}</td>
                    <td>${num(language, a.score, 0)}</td>
                  </tr>`,
                )}
              </tbody>
            </table></div>`}
        ${filesSection(ctx, attempts)}
      `;
    },
  };
}

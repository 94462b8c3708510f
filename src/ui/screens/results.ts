import { html, type TemplateResult } from 'lit-html';
import type { AttemptRecord } from '../../core/attempt';
import { pick, type LocalizedText } from '../../core/text';
import { scoreTrend } from '../components/scoreTrend';
import { dateTime, num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';

/** A scenario attempt's module cell: the module and the scenario's title as stored with the attempt. */
function scenarioCell(ctx: UiContext, a: AttemptRecord): TemplateResult {
  const title = (a.summary as { title?: LocalizedText } | null)?.title;
  return html`${ctx.t('scenario.module.title')}${title ? html` · ${pick(title, ctx.language)}` : ''}`;
}

/** A first-aid attempt's module cell: the module and the exercise's title as stored. */
function firstAidCell(ctx: UiContext, a: AttemptRecord): TemplateResult {
  const title = (a.summary as { title?: LocalizedText } | null)?.title;
  return html`${ctx.t(`firstaid.moduleName.${a.module}`)}${title ? html` · ${pick(title, ctx.language)}` : ''}`;
}
const FIRST_AID_MODULES: readonly string[] = ['bleeding', 'bandage', 'splint'];

/** The attempt history, newest first, with a simple score trend. */
export function createResultsScreen(): Screen {
  let attempts: AttemptRecord[] | undefined;
  let failed = false;
  return {
    titleKey: 'results.title',
    async mount(ctx: UiContext) {
      try {
        attempts = await ctx.attempts.listAttempts({ learnerId: ctx.learnerId });
      } catch {
        failed = true;
      }
      ctx.requestRender();
    },
    render: (ctx) => {
      const { t, language } = ctx;
      if (failed) return html`<h1>${t('results.title')}</h1><p role="alert">${t('results.loadFailed')}</p>`;
      if (!attempts) return html`<h1>${t('results.title')}</h1><p>${t('common.loading')}</p>`;
      const cprScores = attempts.filter((a) => a.module === 'cpr').map((a) => a.score).reverse();
      return html`
        <h1>${t('results.title')}</h1>
        ${cprScores.length >= 2
          ? html`<h2>${t('results.trend')}</h2><div class="trend-box">${scoreTrend(cprScores, t('results.trendLabel', { n: cprScores.length, last: cprScores[cprScores.length - 1] }))}</div>`
          : null}
        ${attempts.length === 0
          ? html`<p data-testid="results-empty">${t('results.empty')}</p>`
          : html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('results.title')}><table data-testid="results-table">
              <thead><tr>
                <th scope="col">${t('results.when')}</th>
                <th scope="col">${t('results.module')}</th>
                <th scope="col">${t('results.mode')}</th>
                <th scope="col">${t('results.score')}</th>
              </tr></thead>
              <tbody>
                ${attempts.map(
                  (a) => html`<tr data-testid="result-row" data-module=${a.module}>
                    <td><a href=${`#/results/${encodeURIComponent(a.id)}`}>${dateTime(language, a.startedAt)}</a></td>
                    <td>${FIRST_AID_MODULES.includes(a.module) ? firstAidCell(ctx, a) : a.module === 'scenario' ? scenarioCell(ctx, a) : a.module === 'theoryExam' ? t(a.mode === 'practice' ? 'theory.results.practice' : 'theory.results.exam') : html`${t(`module.${a.module}.title`)} · ${t(`patient.${a.patient}`)}`}</td>
                    <td>${t(a.module === 'scenario' ? `scenario.mode.${a.mode}` : FIRST_AID_MODULES.includes(a.module) ? `firstaid.${a.mode === 'assessment' ? 'assessment' : 'practice'}` : `mode.${a.mode}`)}</td>
                    <td>${num(language, a.score, 0)}</td>
                  </tr>`,
                )}
              </tbody>
            </table></div>`}
      `;
    },
  };
}

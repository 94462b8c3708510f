import { html, type TemplateResult } from 'lit-html';
import { FIRST_AID_MODULES, type AttemptRecord } from '../../core/attempt';
import type { CprAttempt } from '../export/cprExport';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { mountCprPlots, renderCprResult } from './cprResult';
import { createScenarioResultView, type ScenarioAttempt } from './scenarioResult';
import type { ChokingAttempt } from '../export/chokingExport';
import { renderFirstAidResult } from './firstaidResult';
import type { FirstAidAttempt } from './firstaidView';

/** One stored attempt, shown by its module's result view. */
export function createResultScreen(id: string): Screen {
  let attempt: AttemptRecord | undefined | null;
  let cleanup: (() => void) | undefined;
  let scenarioView: ReturnType<typeof createScenarioResultView> | undefined;
  let theoryView: Screen | undefined;
  let chokingView: ((ctx: UiContext, a: ChokingAttempt) => TemplateResult) | undefined;
  return {
    get titleKey() {
      if (attempt?.module === 'theoryExam') return theoryView?.titleKey ?? 'theory.result.title';
      if (attempt?.module === 'choking') return 'choking.result.title';
      if (attempt && FIRST_AID_MODULES.includes(attempt.module)) return 'firstaid.result.title';
      return attempt?.module === 'scenario' ? 'scenario.result.title' : 'cpr.result.title';
    },
    async mount(ctx: UiContext, host: HTMLElement) {
      try {
        attempt = (await ctx.attempts.getAttempt(id)) ?? null;
      } catch {
        attempt = null;
      }
      if (attempt?.module === 'scenario') scenarioView = createScenarioResultView(attempt as ScenarioAttempt);
      if (attempt?.module === 'choking') chokingView = (await import('./chokingResult')).renderChokingResult;
      if (attempt?.module === 'theoryExam') {
        theoryView = (await import('./theoryResult')).createTheoryResultScreen(id, attempt);
        await theoryView.mount?.(ctx, host);
      }
      ctx.requestRender();
      await new Promise((r) => requestAnimationFrame(r));
      if (attempt?.module === 'cpr') cleanup = mountCprPlots(ctx, host, attempt as CprAttempt);
      await scenarioView?.mount(ctx, host);
    },
    unmount() {
      cleanup?.();
      scenarioView?.unmount();
      theoryView?.unmount?.();
    },
    render(ctx) {
      if (attempt === undefined) return html`<p>${ctx.t('common.loading')}</p>`;
      if (attempt === null) return html`<h1>${ctx.t('results.notFound')}</h1><p><a href="#/results">${ctx.t('nav.results')}</a></p>`;
      if (attempt.module === 'theoryExam') return theoryView ? theoryView.render(ctx) : html`<p>${ctx.t('common.loading')}</p>`;
      if (FIRST_AID_MODULES.includes(attempt.module)) return renderFirstAidResult(ctx, attempt as FirstAidAttempt);
      if (attempt.module === 'scenario') return scenarioView ? scenarioView.render(ctx) : html`<p>${ctx.t('common.loading')}</p>`;
      if (attempt.module === 'choking') return chokingView ? chokingView(ctx, attempt as ChokingAttempt) : html`<p>${ctx.t('common.loading')}</p>`;
      return renderCprResult(ctx, attempt as CprAttempt);
    },
  };
}

import { html } from 'lit-html';
import type { AttemptRecord } from '../../core/attempt';
import type { CprAttempt } from '../export/cprExport';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { mountCprPlots, renderCprResult } from './cprResult';

/** One stored attempt, shown by its module's result view. */
export function createResultScreen(id: string): Screen {
  let attempt: AttemptRecord | undefined | null;
  let cleanup: (() => void) | undefined;
  return {
    titleKey: 'cpr.result.title',
    async mount(ctx: UiContext, host: HTMLElement) {
      try {
        attempt = (await ctx.attempts.getAttempt(id)) ?? null;
      } catch {
        attempt = null;
      }
      ctx.requestRender();
      await new Promise((r) => requestAnimationFrame(r));
      if (attempt?.module === 'cpr') cleanup = mountCprPlots(ctx, host, attempt as CprAttempt);
    },
    unmount() {
      cleanup?.();
    },
    render(ctx) {
      if (attempt === undefined) return html`<p>${ctx.t('common.loading')}</p>`;
      if (attempt === null) return html`<h1>${ctx.t('results.notFound')}</h1><p><a href="#/results">${ctx.t('nav.results')}</a></p>`;
      return renderCprResult(ctx, attempt as CprAttempt);
    },
  };
}

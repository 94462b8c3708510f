import { html, type TemplateResult } from 'lit-html';
import type { Notice, UiContext } from './ports';

export interface ShellProps {
  ctx: UiContext;
  notices: readonly Notice[];
  dismiss(id: string): void;
  content: TemplateResult;
}

/** Header with the language switch on every screen, the notices, and the current screen. */
export function shell({ ctx, notices, dismiss, content }: ShellProps): TemplateResult {
  const { t } = ctx;
  const other = ctx.language === 'zh-CN' ? 'en' : 'zh-CN';
  return html`
    <header class="app-header">
      <a class="brand" href="#/" data-testid="nav-home">${t('app.name')}</a>
      <span class="spacer"></span>
      <nav aria-label=${t('nav.label')}>
        <a class="button" href="#/results" data-testid="nav-results">${t('nav.results')}</a>
        <a class="button" href="#/settings" data-testid="nav-settings">${t('nav.settings')}</a>
        <a class="button" href="#/about" data-testid="nav-about">${t('nav.about')}</a>
      </nav>
      <button
        class="lang-switch"
        data-testid="lang-switch"
        @click=${() => void ctx.updateSettings({ language: other })}
      >
        <span class="visually-hidden">${t('nav.switchLanguage')}</span>
        <span lang=${other}>${t('language.short', { lng: other })}</span>
      </button>
    </header>
    <ul class="notices" aria-live="polite" data-testid="notices">
      ${notices.map(
        (n) => html`<li class="notice" data-testid="notice" data-key=${n.key}>
          <p>${t(n.key, n.params)}</p>
          ${n.action
            ? html`<button class="primary" @click=${n.action.run}>${t(n.action.key)}</button>`
            : null}
          <button @click=${() => dismiss(n.id)} aria-label=${t('notice.dismiss')}>×</button>
        </li>`,
      )}
    </ul>
    <main id="main" tabindex="-1">${content}</main>
  `;
}

import { html } from 'lit-html';
import { SCORE_FORMULA } from '../../core/cpr/score';
import { SOURCE_KEYS } from '../../core/protocol/profile';
import { num } from '../format';
import type { Screen } from '../screen';

export const aboutScreen: Screen = {
  titleKey: 'about.title',
  render: ({ t, language }) => html`
    <h1>${t('about.title')}</h1>
    <p>${t('about.intro')}</p>
    <h2 id="score">${t('score.formula.title')}</h2>
    <p>${t(SCORE_FORMULA.descriptionKey)}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t('score.formula.title')}>
      <table data-testid="score-formula">
        <thead><tr><th scope="col">${t('cpr.result.metric')}</th><th scope="col">${t('score.weight')}</th><th scope="col">${t('cpr.result.target')}</th></tr></thead>
        <tbody>
          ${SCORE_FORMULA.components.map(
            (c) => html`<tr><th scope="row">${t(c.labelKey)}</th><td>${num(language, c.weight * 100, 0)}%</td><td>${t(c.valueKey)}</td></tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>${t('about.sourcesTitle')}</h2>
    <p>${t('about.sourcesIntro')}</p>
    <dl data-testid="sources">
      ${SOURCE_KEYS.map((k) => html`<dt>${k === 'PRODUCT' ? t('source.product') : k}</dt><dd>${t(`sourceName.${k}`)}</dd>`)}
    </dl>
    <h2>${t('about.licencesTitle')}</h2>
    <p>${t('about.licences')}</p>
    <p class="muted">${t('about.version', { version: __APP_VERSION__ })}</p>
  `,
};

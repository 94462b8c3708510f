import { html } from 'lit-html';
import { SOURCE_KEYS } from '../../core/protocol/profile';
import type { Screen } from '../screen';

export const aboutScreen: Screen = {
  titleKey: 'about.title',
  render: ({ t }) => html`
    <h1>${t('about.title')}</h1>
    <p>${t('about.intro')}</p>
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

import { html } from 'lit-html';
import { TRAINING_MODULES } from '../modules';
import type { Screen } from '../screen';

export const homeScreen: Screen = {
  titleKey: 'home.title',
  render: ({ t }) => html`
    <h1>${t('home.title')}</h1>
    <p>${t('home.intro')}</p>
    <h2>${t('home.modules')}</h2>
    ${TRAINING_MODULES.length
      ? html`<ul class="cards" data-testid="module-list">
          ${TRAINING_MODULES.map(
            (m) => html`<li>
              <a class="card" href=${m.href} data-testid=${`module-${m.id}`}>
                <h2>${t(m.titleKey)}</h2>
                <p>${t(m.descriptionKey)}</p>
              </a>
            </li>`,
          )}
        </ul>`
      : html`<p class="muted" data-testid="module-list-empty">${t('home.noModules')}</p>`}
    <ul class="cards">
      <li><a class="card" href="#/results"><h2>${t('nav.results')}</h2><p>${t('home.resultsHint')}</p></a></li>
      <li><a class="card" href="#/settings"><h2>${t('nav.settings')}</h2><p>${t('home.settingsHint')}</p></a></li>
      <li><a class="card" href="#/about"><h2>${t('nav.about')}</h2><p>${t('home.aboutHint')}</p></a></li>
    </ul>
  `,
};

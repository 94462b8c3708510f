import { html, type TemplateResult } from 'lit-html';
import { CHOKING_IDS, getChoking, type ChokingId } from '../../content/choking';
import { CHOKING_MODES, type ChokingMode } from '../../core/choking/types';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { DEFAULT_CHOKING_MODE, chokingHash } from './chokingRoute';
import { localized } from './scenarioText';
import './scenario.css';
import './choking.css';

function modeChoice(ctx: UiContext, m: ChokingMode, current: ChokingMode, pick: (m: ChokingMode) => void): TemplateResult {
  return html`<label class="choice scn-mode">
    <input type="radio" name="chk-mode" value=${m} data-testid=${`choking-mode-${m}`} .checked=${m === current} @change=${() => pick(m)} />
    <span><strong>${ctx.t(`scenario.mode.${m}`)}</strong> <span class="muted">${ctx.t(`choking.modeHelp.${m}`)}</span></span>
  </label>`;
}

function card(ctx: UiContext, id: ChokingId, mode: ChokingMode): TemplateResult {
  const { t, language: lng } = ctx;
  const s = getChoking(id);
  return html`<li class="scn-card" data-testid=${`choking-item-${id}`}>
    <h2 id=${`chk-title-${id}`}>${localized(lng, s.title)}</h2>
    <p>${localized(lng, s.brief)}</p>
    <p class="scn-tags"><span class="tag">${t(`choking.patient.${s.patient}`)}</span></p>
    <a class="button primary" href=${chokingHash(id, mode)} data-testid=${`choking-start-${id}`} aria-describedby=${`chk-title-${id}`}>${t('choking.picker.start')}</a>
  </li>`;
}

/** Lists the choking scenarios with the mode to play them in and the active profile's order. */
export function createChokingPickerScreen(preset?: ChokingMode): Screen {
  let mode: ChokingMode = preset ?? DEFAULT_CHOKING_MODE;
  return {
    titleKey: 'choking.picker.title',
    render: (ctx) => {
      const { t } = ctx;
      const pick = (m: ChokingMode) => {
        mode = m;
        ctx.requestRender();
      };
      const c = ctx.profile.choking;
      return html`
        <h1>${t('choking.picker.title')}</h1>
        <p>${t('choking.picker.intro')}</p>
        <fieldset class="scn-modes" data-testid="choking-modes">
          <legend>${t('choking.picker.mode')}</legend>
          ${CHOKING_MODES.map((m) => modeChoice(ctx, m, mode, pick))}
        </fieldset>
        <p class="muted">${t('choking.picker.profileNote', { name: t(ctx.profile.nameKey) })}
          ${c ? t(`choking.picker.order.${c.adultOrder.value}`, { n: c.setSize.value }) : ''}</p>
        <ul class="scn-cards" data-testid="choking-list">
          ${CHOKING_IDS.map((id) => card(ctx, id, mode))}
        </ul>
      `;
    },
  };
}

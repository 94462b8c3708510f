import { html, type TemplateResult } from 'lit-html';
import { SCENARIO_IDS, getScenario, type ScenarioId } from '../../content/scenarios';
import { SCENARIO_MODES, type ScenarioMode } from '../../core/scenario';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { DEFAULT_SCENARIO_MODE, scenarioHash } from './scenarioRoute';
import { localized } from './scenarioText';
import './scenario.css';

function modeChoice(ctx: UiContext, m: ScenarioMode, current: ScenarioMode, pick: (m: ScenarioMode) => void): TemplateResult {
  return html`<label class="choice scn-mode">
    <input type="radio" name="scn-mode" value=${m} data-testid=${`scenario-mode-${m}`} .checked=${m === current} @change=${() => pick(m)} />
    <span><strong>${ctx.t(`scenario.mode.${m}`)}</strong> <span class="muted">${ctx.t(`scenario.modeHelp.${m}`)}</span></span>
  </label>`;
}

function card(ctx: UiContext, id: ScenarioId, mode: ScenarioMode): TemplateResult {
  const { t, language: lng } = ctx;
  const s = getScenario(id);
  const aed = s.aed.profiles.value.includes(ctx.profile.id);
  return html`<li class="scn-card" data-testid=${`scenario-item-${id}`}>
    <h2 id=${`scn-title-${id}`}>${localized(lng, s.title)}</h2>
    <p>${localized(lng, s.brief)}</p>
    <p class="scn-tags">
      <span class="tag">${t(`patient.${s.patient.kind}`)}</span>
      <span class="tag">${localized(lng, s.setting.description)}</span>
      <span class="tag">${aed ? t('scenario.picker.withAed') : t('scenario.picker.cprOnly')}</span>
    </p>
    <a class="button primary" href=${scenarioHash(id, mode)} data-testid=${`scenario-start-${id}`} aria-describedby=${`scn-title-${id}`}>${t('scenario.picker.start')}</a>
  </li>`;
}

/** Lists the cardiac-arrest scenarios (names in the UI language) with the mode to play them in. */
export function createScenarioPickerScreen(preset?: ScenarioMode): Screen {
  let mode: ScenarioMode = preset ?? DEFAULT_SCENARIO_MODE;
  return {
    titleKey: 'scenario.picker.title',
    render: (ctx) => {
      const { t } = ctx;
      const pick = (m: ScenarioMode) => {
        mode = m;
        ctx.requestRender();
      };
      return html`
        <h1>${t('scenario.picker.title')}</h1>
        <p>${t('scenario.picker.intro')}</p>
        <fieldset class="scn-modes" data-testid="scenario-modes">
          <legend>${t('scenario.picker.mode')}</legend>
          ${SCENARIO_MODES.map((m) => modeChoice(ctx, m, mode, pick))}
        </fieldset>
        <p class="muted">${t('scenario.picker.profileNote', { name: t(ctx.profile.nameKey) })}</p>
        <ul class="scn-cards" data-testid="scenario-list">
          ${SCENARIO_IDS.map((id) => card(ctx, id, mode))}
        </ul>
      `;
    },
  };
}

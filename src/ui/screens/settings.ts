import { html, type TemplateResult } from 'lit-html';
import { PROFILES } from '../../content/protocols';
import { PATIENTS, PROFILE_IDS, type ProtocolProfile, type SourceKey } from '../../core/protocol/profile';
import { CUE_KEYS } from '../../core/cpr/coach';
import { LANGUAGES, isLanguage, isProfileId, type Settings } from '../../core/settings';
import { num, sourcesLabel } from '../format';
import type { Translate, UiContext } from '../ports';
import type { Screen } from '../screen';
import { recordsSection } from './recordsSettings';

function row(t: Translate, label: string, value: string, source: readonly SourceKey[], productChoice?: boolean): TemplateResult {
  return html`<tr>
    <th scope="row">${label}</th>
    <td>${value}</td>
    <td class="muted">${sourcesLabel(t, source, productChoice)}</td>
  </tr>`;
}

/** What the chosen profile applies, so a learner and an instructor see the numbers behind scoring. */
export function profileSummary(ctx: UiContext, p: ProtocolProfile): TemplateResult {
  const { t, language: lng } = ctx;
  const c = p.compression;
  const cm = (mm: number) => num(lng, mm / 10);
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t('settings.profileApplies', { name: t(p.nameKey) })}>
    <table data-testid="profile-summary">
      <caption class="visually-hidden">${t('settings.profileApplies', { name: t(p.nameKey) })}</caption>
      <thead><tr><th scope="col">${t('settings.item')}</th><th scope="col">${t('settings.value')}</th><th scope="col">${t('settings.source')}</th></tr></thead>
      <tbody>
        ${row(t, t('profile.emergencyNumber'), p.emergencyNumber.value, p.emergencyNumber.source, p.emergencyNumber.productChoice)}
        ${row(t, t('profile.rate'), t('unit.perMinRange', { min: c.ratePerMin.min, max: c.ratePerMin.max }), c.ratePerMin.source)}
        ${PATIENTS.map((pt) => {
          const d = c.depth[pt];
          const value = d.band.productChoice
            ? t('profile.depthAbout', { nominal: cm(d.nominalMm.value), min: cm(d.band.min), max: cm(d.band.max) })
            : t('unit.cmRange', { min: cm(d.band.min), max: cm(d.band.max) });
          return row(t, t('profile.depth', { patient: t(`patient.${pt}`) }), value, [...new Set([...d.nominalMm.source, ...d.band.source])], d.band.productChoice);
        })}
        ${row(t, t('profile.ratioSingle'), `${p.ratio.singleRescuer.value.compressions}:${p.ratio.singleRescuer.value.breaths}`, p.ratio.singleRescuer.source)}
        ${row(t, t('profile.ratioTwo'), `${p.ratio.twoRescuerChildInfant.value.compressions}:${p.ratio.twoRescuerChildInfant.value.breaths}`, p.ratio.twoRescuerChildInfant.source)}
        ${row(t, t('profile.hands'), t(`landmark.${c.handLandmark.adult.value}`), c.handLandmark.adult.source, c.handLandmark.adult.productChoice)}
        ${row(t, t('profile.infantTechnique'), t(`infantTechnique.${c.infantTechnique.value}`), c.infantTechnique.source, c.infantTechnique.productChoice)}
        ${row(t, t('profile.recoil'), t('unit.mmWithin', { mm: c.recoilToleranceMm.value }), c.recoilToleranceMm.source, c.recoilToleranceMm.productChoice)}
        ${row(t, t('profile.breath'), t('unit.seconds', { s: p.breathDurationS.value }), p.breathDurationS.source)}
        ${row(t, t('profile.maxInterruption'), t('unit.secondsUnder', { s: p.maxInterruptionS.value }), p.maxInterruptionS.source)}
        ${row(t, t('profile.ccf'), t('unit.percentAtLeast', { pct: p.compressionFractionPct.value }), p.compressionFractionPct.source)}
      </tbody>
    </table>
  </div>
  <p class="muted">${t('settings.profileVersion', { version: p.version })}</p>`;
}

function toggle(ctx: UiContext, key: keyof Settings & ('voicePrompts' | 'metronome' | 'reducedMotion' | 'highContrast')): TemplateResult {
  return html`<label class="toggle">
    <input
      type="checkbox"
      data-testid=${`setting-${key}`}
      .checked=${ctx.settings[key]}
      @change=${(e: Event) => void ctx.updateSettings({ [key]: (e.target as HTMLInputElement).checked })}
    />
    <span>${ctx.t(`settings.${key}`)}</span>
  </label>`;
}

export const settingsScreen: Screen = {
  titleKey: 'settings.title',
  render: (ctx) => {
    const { t, settings } = ctx;
    return html`
      <h1>${t('settings.title')}</h1>
      <form class="settings" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="setting-language">${t('settings.language')}</label>
          <select
            id="setting-language"
            data-testid="setting-language"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              if (isLanguage(v)) void ctx.updateSettings({ language: v });
            }}
          >
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${settings.language === l}>${t(`language.${l}`, { lng: l })}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="setting-profile">${t('settings.profile')}</label>
          <select
            id="setting-profile"
            data-testid="setting-profile"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              if (isProfileId(v)) void ctx.updateSettings({ profile: v });
            }}
          >
            ${PROFILE_IDS.map((id) => html`<option value=${id} ?selected=${settings.profile === id}>${t(PROFILES[id].nameKey)}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>${t('settings.sound')}</legend>
          ${toggle(ctx, 'voicePrompts')} ${toggle(ctx, 'metronome')}
          <div class="field">
            <label for="setting-volume">${t('settings.volume', { pct: Math.round(settings.volume * 100) })}</label>
            <input
              id="setting-volume"
              data-testid="setting-volume"
              type="range"
              min="0"
              max="100"
              step="5"
              .value=${String(Math.round(settings.volume * 100))}
              @change=${(e: Event) => void ctx.updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>${t('settings.cues')}</legend>
          <p class="muted small">${t('settings.cuesHint')}</p>
          ${CUE_KEYS.map(
            (key) => html`<label class="toggle">
              <input
                type="checkbox"
                data-testid=${`setting-cue-${key}`}
                .checked=${!settings.mutedCues.includes(key)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const muted = settings.mutedCues.filter((k) => k !== key);
                  void ctx.updateSettings({ mutedCues: on ? muted : [...muted, key] });
                }}
              />
              <span>${t(`voice.${key}`)}</span>
            </label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t('settings.display')}</legend>
          ${toggle(ctx, 'reducedMotion')} ${toggle(ctx, 'highContrast')}
        </fieldset>
      </form>
      ${recordsSection(ctx)}
      <h2>${t('settings.profileApplies', { name: t(ctx.profile.nameKey) })}</h2>
      ${profileSummary(ctx, ctx.profile)}
    `;
  },
};

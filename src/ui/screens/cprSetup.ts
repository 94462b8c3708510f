import { html, type TemplateResult } from 'lit-html';
import { PATIENTS, type Patient } from '../../core/protocol/profile';
import type { AttemptMode } from '../../core/attempt';
import type { DrillLength } from '../../core/drill/cprDrill';
import { num } from '../format';
import type { UiContext } from '../ports';
import type { Screen } from '../screen';
import { cprDrillHash } from '../routes';

const LENGTHS: readonly { id: string; length: DrillLength }[] = [
  { id: '30', length: { kind: 'seconds', seconds: 30 } },
  { id: '60', length: { kind: 'seconds', seconds: 60 } },
  { id: '120', length: { kind: 'seconds', seconds: 120 } },
  { id: 'c2', length: { kind: 'cycles', cycles: 2 } },
  { id: 'c5', length: { kind: 'cycles', cycles: 5 } },
];

export interface CprPreset {
  patient?: Patient;
  mode?: AttemptMode;
  length?: DrillLength;
}

function lengthLabel(ctx: UiContext, l: DrillLength): string {
  return l.kind === 'seconds' ? ctx.t('cpr.setup.seconds', { s: l.seconds }) : ctx.t('cpr.setup.cycles', { n: l.cycles });
}

function radio<T extends string>(name: string, value: T, checked: boolean, label: string, onPick: (v: T) => void): TemplateResult {
  return html`<label class="choice">
    <input type="radio" name=${name} value=${value} data-testid=${`cpr-${name}-${value}`} .checked=${checked} @change=${() => onPick(value)} />
    <span>${label}</span>
  </label>`;
}

/** Choose patient, length and mode; a short demonstration shows the target rhythm first. */
export function createCprSetupScreen(preset: CprPreset): Screen {
  const state = {
    patient: preset.patient ?? ('adult' as Patient),
    mode: preset.mode ?? ('practice' as AttemptMode),
    lengthId: LENGTHS.find((l) => JSON.stringify(l.length) === JSON.stringify(preset.length))?.id ?? '60',
  };
  return {
    titleKey: 'cpr.setup.title',
    render: (ctx) => {
      const { t } = ctx;
      const p = ctx.profile;
      const depth = p.compression.depth[state.patient].band;
      const ratio = p.ratio.singleRescuer.value;
      const length = (LENGTHS.find((l) => l.id === state.lengthId) ?? LENGTHS[1]!).length;
      const start = () => ctx.navigate(cprDrillHash({ patient: state.patient, mode: state.mode, length }));
      const pick = <K extends keyof typeof state>(k: K) => (v: (typeof state)[K]) => {
        state[k] = v;
        ctx.requestRender();
      };
      return html`
        <h1>${t('cpr.setup.title')}</h1>
        <section class="demo" aria-labelledby="demo-title">
          <h2 id="demo-title">${t('cpr.demo.title')}</h2>
          <div class="demo-figure" aria-hidden="true"><div class="demo-chest"><div class="demo-hands"></div></div></div>
          <ol class="demo-steps">
            <li>
              ${state.patient === 'infant' && p.compression.infantTechnique.value !== 'notSpecified'
                ? t('cpr.demo.infantHands', {
                    technique: t(`infantTechnique.${p.compression.infantTechnique.value}`),
                    landmark: t(`landmark.${p.compression.handLandmark.infant.value}`),
                  })
                : t('cpr.demo.hands', { landmark: t(`landmark.${p.compression.handLandmark[state.patient].value}`) })}
            </li>
            <li>${t('cpr.demo.depth', { min: num(ctx.language, depth.min / 10), max: num(ctx.language, depth.max / 10) })}</li>
            <li>${t('cpr.demo.rate', { min: p.compression.ratePerMin.min, max: p.compression.ratePerMin.max })}</li>
            <li>${t('cpr.demo.recoil')}</li>
            <li>${t('cpr.demo.breaths', { c: ratio.compressions, b: ratio.breaths })}</li>
          </ol>
          <p class="muted">${t('cpr.demo.howTo')}</p>
        </section>
        <form class="settings" @submit=${(e: Event) => { e.preventDefault(); start(); }}>
          <fieldset>
            <legend>${t('cpr.setup.patient')}</legend>
            ${PATIENTS.map((pt) => radio('patient', pt, state.patient === pt, t(`patient.${pt}`), pick('patient')))}
          </fieldset>
          <fieldset>
            <legend>${t('cpr.setup.length')}</legend>
            ${LENGTHS.map((l) => radio('length', l.id, state.lengthId === l.id, lengthLabel(ctx, l.length), pick('lengthId')))}
          </fieldset>
          <fieldset>
            <legend>${t('cpr.setup.mode')}</legend>
            ${radio('mode', 'practice', state.mode === 'practice', t('cpr.setup.practice'), pick('mode'))}
            ${radio('mode', 'assessment', state.mode === 'assessment', t('cpr.setup.assessment'), pick('mode'))}
          </fieldset>
          <p class="muted">${t('cpr.setup.profileNote', { name: t(p.nameKey) })}</p>
          <button class="primary big" type="submit" data-testid="cpr-start">${t('cpr.setup.start')}</button>
        </form>
      `;
    },
  };
}

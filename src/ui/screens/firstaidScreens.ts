import { html } from 'lit-html';
import { BLEEDING_SCENARIOS, BLEEDING_TEACHING, getBleedingScenario, getProcedure, MOVE_GAME, MOVING, ROLLER_EXERCISES, SPLINTS, TRIANGULAR } from '../../content/firstaid';
import { isRollerTechnique } from '../../core/firstaid';
import { pick } from '../../core/text';
import type { Screen } from '../screen';
import type { UiContext } from '../ports';
import { createBleedingScreen } from './bleedingRun';
import { createRollerScreen } from './bandageRun';
import { firstAidHash, type FirstAidKind, type FirstAidMode, type FirstAidRoute } from './firstaidRoute';
import { createMoveGameScreen } from './moveGameRun';
import { createProcedureScreen } from './procedureRun';
import './firstaid.css';

interface Entry {
  kind: FirstAidKind;
  id: string;
  title: { 'zh-CN': string; en: string };
  tag: string;
}

const SECTIONS: readonly { key: string; entries: Entry[] }[] = [
  { key: 'bleeding', entries: BLEEDING_SCENARIOS.map((s) => ({ kind: 'bleeding', id: s.id, title: s.title, tag: `firstaid.kind.${s.kind}` })) },
  { key: 'roller', entries: Object.values(ROLLER_EXERCISES).map((r) => ({ kind: 'bandage', id: r.id, title: r.title, tag: 'firstaid.tag.traced' })) },
  { key: 'triangular', entries: TRIANGULAR.map((p) => ({ kind: 'bandage', id: p.id, title: p.title, tag: 'firstaid.tag.steps' })) },
  {
    key: 'splint',
    entries: [
      ...[...SPLINTS, ...MOVING].map((p): Entry => ({ kind: 'splint', id: p.id, title: p.title, tag: `firstaid.tag.${p.group}` })),
      { kind: 'splint', id: MOVE_GAME.id, title: MOVE_GAME.title, tag: 'firstaid.moveGame.tag' },
    ],
  },
];

/** `#/firstaid`: every bleeding scenario, bandage and splinting or moving exercise (and the move-or-not game), with the mode. */
export function createFirstAidPicker(): Screen {
  let mode: FirstAidMode = 'practice';
  return {
    titleKey: 'firstaid.picker.title',
    render(ctx: UiContext) {
      const { t, language: lng } = ctx;
      const pickMode = (m: FirstAidMode) => () => {
        mode = m;
        ctx.requestRender();
      };
      return html`<h1>${t('firstaid.picker.title')}</h1>
        <p>${t('firstaid.picker.intro')}</p>
        <fieldset class="scn-modes" data-testid="fa-modes">
          <legend>${t('firstaid.picker.mode')}</legend>
          ${(['practice', 'assessment'] as const).map(
            (m) => html`<label class="choice"><input type="radio" name="fa-mode" data-testid=${`fa-mode-${m}`} .checked=${mode === m} @change=${pickMode(m)} /><span><strong>${t(`firstaid.${m}`)}</strong> <span class="muted">${t(`firstaid.modeHelp.${m}`)}</span></span></label>`,
          )}
        </fieldset>
        ${SECTIONS.map(
          (s) => html`<h2>${t(`firstaid.picker.${s.key}`)}</h2>
            <ul class="fa-list" data-testid=${`fa-section-${s.key}`}>
              ${s.entries.map(
                (e) => html`<li><a class="fa-item" href=${firstAidHash(e.kind, e.id, mode)} data-testid=${`fa-open-${e.id}`}><strong>${pick(e.title, lng)}</strong> <span class="tag">${t(e.tag)}</span></a></li>`,
              )}
            </ul>`,
        )}`;
    },
  };
}

function notFound(ctx: UiContext): void {
  ctx.notify('firstaid.notFound');
  ctx.navigate('#/firstaid');
}

export function firstAidScreenFor(route: FirstAidRoute): Screen {
  if (route.name === 'firstaid') return createFirstAidPicker();
  const { kind, id, mode } = route;
  let screen: Screen | undefined;
  if (kind === 'bleeding') {
    const sc = getBleedingScenario(id);
    if (sc) screen = createBleedingScreen(sc, BLEEDING_TEACHING, mode);
  } else if (kind === 'bandage') {
    if (isRollerTechnique(id)) screen = createRollerScreen(ROLLER_EXERCISES[id], mode);
    else {
      const p = getProcedure(id);
      if (p && p.group === 'triangular') screen = createProcedureScreen(p, 'bandage', mode);
    }
  } else if (id === MOVE_GAME.id) {
    screen = createMoveGameScreen(MOVE_GAME, mode);
  } else {
    const p = getProcedure(id);
    if (p && p.group !== 'triangular') screen = createProcedureScreen(p, 'splint', mode);
  }
  if (!screen) return { titleKey: 'firstaid.picker.title', mount: (ctx) => notFound(ctx), render: (ctx) => html`<p>${ctx.t('common.loading')}</p>` };
  return screen;
}

import { render } from 'lit-html';
import { createI18n, detectLanguage, type I18n } from '../adapters/i18n';
import { applyDocumentSettings } from '../adapters/platform/document';
import { registerServiceWorker } from '../adapters/platform/serviceWorker';
import { openStore, type Store } from '../adapters/storage';
import { getProfile } from '../content/protocols';
import type { Settings } from '../core/settings';
import type { Notice, UiContext } from '../ui/ports';
import type { Screen } from '../ui/screen';
import { shell } from '../ui/shell';
import { attachChestInputs } from '../adapters/input';
import { createAudio } from './audio';
import { createGamePort } from './game';
import { createLearnerPort, ensureLaunchedLearner, ensureLearner } from './learner';
import { createRecords, recordingAttempts } from './records';
import { parseLocation } from '../ui/routes';
import { screenFor } from './screens';
import { scormSink, startScorm } from './scorm';
import { createResultsFilePort } from './resultsFile';

/**
 * The composition root: builds the adapters, holds the current settings and screen, and renders.
 * Everything stateful lives in this one object created per app start; nothing is global.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  const notices: Notice[] = [];
  let noticeSeq = 0;
  // Declared before anything can notify (a launch may report an LMS error during start-up).
  let screen: Screen | undefined;
  let renderQueued = false;
  const notify = (key: string, params?: Record<string, unknown>, action?: Notice['action']): void => {
    if (notices.some((n) => n.key === key)) return;
    notices.push({ id: `n${++noticeSeq}`, key, ...(params ? { params } : {}), ...(action ? { action } : {}) });
    rerender();
  };

  const { store, notices: storeNotices } = await openStore();
  const stored = await store.getSettings();
  let settings: Settings = stored.settings;
  if (stored.repaired) storeNotices.push('notice.settings.reset');
  if (!stored.existed) settings = { ...settings, language: detectLanguage(navigator.languages ?? [navigator.language]) };

  const first = parseLocation(location.hash, location.search);
  if (first.language) settings = { ...settings, language: first.language };
  if (!stored.existed || first.language) await saveSettingsSafely(store, settings, notify);

  const i18n: I18n = await createI18n(settings.language);
  const audio = createAudio(settings);
  // A SCORM launch supplies the learner and reports exam results; see src/app/scorm.ts.
  const scorm = await startScorm(window, store, (key, params) => notify(key, params));
  const records = createRecords({
    store,
    language: () => settings.language,
    learner: () => learner.get(),
    sinks: scorm ? [scormSink(scorm.reporter)] : [],
  });
  // With an LMS launch the learner is the launch's actor; otherwise the device's own learner.
  const launched = records.xapi.launchedLearner();
  const learnerId =
    scorm?.learnerId ??
    (launched ? await ensureLaunchedLearner(store, launched).catch(() => launched.id) : await ensureLearner(store));
  const learner = createLearnerPort(store, learnerId);
  const attempts = recordingAttempts(store, records.port.record);
  const resultsFile = createResultsFilePort(store);
  records.xapi.onChange(() => rerender());
  const game = createGamePort();
  const input = { attachChest: attachChestInputs, now: () => performance.now() };

  const ctx = (): UiContext => ({
    t: i18n.t,
    language: settings.language,
    settings,
    profile: getProfile(settings.profile),
    learnerId,
    learner,
    attempts,
    resultsFile,
    records: records.port,
    audio: audio.port,
    game,
    input,
    navigate: (hash) => {
      if (location.hash === hash) void showRoute();
      else location.hash = hash;
    },
    updateSettings: async (patch) => {
      if (patch.language !== undefined && patch.language !== settings.language) {
        // Each language is its own chunk: a failed load keeps the language on screen.
        const loaded = await i18n.setLanguage(patch.language).then(() => true, () => false);
        if (!loaded) {
          const { language: _kept, ...rest } = patch;
          patch = rest;
          notify('notice.language.unavailable');
        }
      }
      settings = { ...settings, ...patch };
      audio.apply(settings);
      await saveSettingsSafely(store, settings, notify);
      rerender();
    },
    notify: (key, params) => notify(key, params),
    requestRender: rerender,
  });

  function rerender(): void {
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      renderQueued = false;
      paint();
    });
  }

  let splashCleared = false;
  function paint(): void {
    if (!screen) return;
    // lit-html renders after existing children: the static splash must go first.
    if (!splashCleared) {
      root.replaceChildren();
      splashCleared = true;
    }
    const c = ctx();
    applyDocumentSettings(settings, `${c.t(screen.titleKey)} · ${c.t('app.name')}`);
    render(
      shell({
        ctx: c,
        notices,
        dismiss: (id) => {
          const i = notices.findIndex((n) => n.id === id);
          if (i >= 0) notices.splice(i, 1);
          rerender();
        },
        content: screen.render(c),
      }),
      root,
    );
  }

  async function showRoute(): Promise<void> {
    const parsed = parseLocation(location.hash, location.search);
    if (parsed.unknown) notify('notice.route.unknown');
    if (parsed.language && parsed.language !== settings.language) await ctx().updateSettings({ language: parsed.language });
    const next = await screenFor(parsed.route);
    screen?.unmount?.();
    screen = next;
    paint();
    const main = root.querySelector<HTMLElement>('main');
    main?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    await screen.mount?.(ctx(), main ?? root);
  }

  for (const key of storeNotices) {
    if (key === 'notice.storage.quarantined') notify(key, { count: (await store.listQuarantined()).length });
    else notify(key);
  }
  window.addEventListener('hashchange', () => void showRoute());
  // Audio may only start after a user gesture; the first one anywhere unlocks it.
  const unlock = () => audio.unlock();
  window.addEventListener('pointerdown', unlock, { once: true, capture: true });
  window.addEventListener('keydown', unlock, { once: true, capture: true });

  // Before the first screen: with a launch, the session must be open before any result is reported.
  void records.xapi.start();
  await showRoute();
  // Inside an LMS the app is served from the LMS's origin: no service worker there (README).
  if (!scorm) void registerServiceWorker({
    onUpdateReady: (apply) => notify('notice.update.available', undefined, { key: 'notice.update.reload', run: apply }),
  });
}

async function saveSettingsSafely(
  store: Store,
  settings: Settings,
  notify: (key: string) => void,
): Promise<void> {
  try {
    await store.saveSettings(settings);
  } catch {
    notify('notice.storage.saveFailed');
  }
}

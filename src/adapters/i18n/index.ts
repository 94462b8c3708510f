import i18next, { type i18n } from 'i18next';
import { LANGUAGE_NAMES, loadLocale, type LocaleTree } from '../../content/locales';
import { LANGUAGES, type Language } from '../../core/settings';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface I18n {
  t: Translate;
  language(): Language;
  setLanguage(lng: Language): Promise<void>;
}


/**
 * One i18next instance per app (not the global default), so tests and a future kiosk/trainer
 * shell can hold their own without hidden shared state. Only the language shown is loaded; another
 * is loaded when the learner switches to it (`load` can be replaced in tests).
 */
export async function createI18n(lng: Language, load: (l: Language) => Promise<LocaleTree> = loadLocale): Promise<I18n> {
  const instance: i18n = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    // Every language's name for itself (the language switch), and all of the language shown.
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: LANGUAGE_NAMES[l] }])),
    interpolation: { escapeValue: false }, // lit-html escapes on render
    returnNull: false,
  });
  const loaded = new Set<Language>();
  const ensure = async (l: Language) => {
    if (loaded.has(l)) return;
    instance.addResourceBundle(l, 'translation', await load(l), true, true);
    loaded.add(l);
  };
  await ensure(lng);
  return {
    t: (key, params) => instance.t(key, params ?? {}),
    language: () => instance.language as Language,
    setLanguage: async (l) => {
      await ensure(l);
      await instance.changeLanguage(l);
    },
  };
}

/** First visit: follow the browser's language where we have it, else Chinese. */
export function detectLanguage(navigatorLanguages: readonly string[]): Language {
  for (const tag of navigatorLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

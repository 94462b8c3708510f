import type { Language } from '../../core/settings';
import names from './languages.json';
import type { LocaleTree } from './tree';

export type { LocaleTree } from './tree';

/**
 * UI strings per language. Each module keeps its strings in its own pair of files
 * (`<module>.zh-CN.json`, `<module>.en.json`), listed in `bundle.<language>.ts`. Each language is
 * its own chunk, loaded when it is first shown, so the first screen carries one language, not two
 * (the service worker precaches both, so switching works offline).
 */
const LOADERS: Readonly<Record<Language, () => Promise<{ default: LocaleTree }>>> = {
  'zh-CN': () => import('./bundle.zh-CN'),
  en: () => import('./bundle.en'),
};

export async function loadLocale(lng: Language): Promise<LocaleTree> {
  return (await LOADERS[lng]()).default;
}

/**
 * Each language's own name for itself (`languages.json`), kept with the first screen: the language
 * switch and the settings list name a language in that language before it is loaded.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, LocaleTree>> = {
  'zh-CN': { language: names['zh-CN'] },
  en: { language: names.en },
};

import type { Language } from '../../core/settings';
import en from './bundle.en';
import zhCN from './bundle.zh-CN';
import { LANGUAGE_NAMES } from './index';
import { mergeLocale, type LocaleTree } from './tree';

/** Both languages at once, for checks over every string (tests and tooling; the app uses `loadLocale`). */
export const LOCALES: Readonly<Record<Language, LocaleTree>> = {
  'zh-CN': mergeLocale([LANGUAGE_NAMES['zh-CN'], zhCN]),
  en: mergeLocale([LANGUAGE_NAMES.en, en]),
};

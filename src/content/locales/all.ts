import type { Language } from '../../core/settings';
import en from './bundle.en';
import zhCN from './bundle.zh-CN';
import type { LocaleTree } from './tree';

/** Both languages at once, for checks over every string (tests and tooling; the app uses `loadLocale`). */
export const LOCALES: Readonly<Record<Language, LocaleTree>> = { 'zh-CN': zhCN, en };

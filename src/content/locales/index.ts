import type { Language } from '../../core/settings';
import en from './en.json';
import zhCN from './zh-CN.json';
import scenarioEn from './scenario.en.json';
import scenarioZhCN from './scenario.zh-CN.json';
import theoryEn from './theory.en.json';
import theoryZhCN from './theory.zh-CN.json';
import exchangeEn from './exchange.en.json';
import exchangeZhCN from './exchange.zh-CN.json';
import chokingEn from './choking.en.json';
import chokingZhCN from './choking.zh-CN.json';
import recordsEn from './records.en.json';
import recordsZhCN from './records.zh-CN.json';
import firstaidEn from './firstaid.en.json';
import firstaidZhCN from './firstaid.zh-CN.json';

export type LocaleTree = { [key: string]: string | LocaleTree };

/**
 * UI strings per language. Each module may keep its strings in its own pair of files
 * (`<module>.zh-CN.json`, `<module>.en.json`) listed here; they merge under their own top-level keys.
 */
const PARTS: readonly Record<Language, LocaleTree>[] = [
  { 'zh-CN': zhCN, en }, { 'zh-CN': scenarioZhCN, en: scenarioEn }, { 'zh-CN': theoryZhCN, en: theoryEn },
  { 'zh-CN': exchangeZhCN, en: exchangeEn }, { 'zh-CN': chokingZhCN, en: chokingEn }, { 'zh-CN': recordsZhCN, en: recordsEn },
  { 'zh-CN': firstaidZhCN, en: firstaidEn },
];

function merge(into: LocaleTree, from: LocaleTree): LocaleTree {
  for (const [k, v] of Object.entries(from)) {
    const existing = into[k];
    if (typeof v === 'object' && typeof existing === 'object') merge(existing, v);
    else into[k] = typeof v === 'object' ? merge({}, v) : v;
  }
  return into;
}

export const LOCALES: Readonly<Record<Language, LocaleTree>> = {
  'zh-CN': PARTS.reduce<LocaleTree>((acc, p) => merge(acc, p['zh-CN']), {}),
  en: PARTS.reduce<LocaleTree>((acc, p) => merge(acc, p.en), {}),
};

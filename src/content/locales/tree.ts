import type { Language } from '../../core/settings';

export type LocaleTree = { [key: string]: string | LocaleTree };

/** One module's strings in both languages (`<module>.zh-CN.json`, `<module>.en.json`). */
export type LocalePart = Readonly<Record<Language, LocaleTree>>;

function merge(into: LocaleTree, from: LocaleTree): LocaleTree {
  for (const [k, v] of Object.entries(from)) {
    const existing = into[k];
    if (typeof v === 'object' && typeof existing === 'object') merge(existing, v);
    else into[k] = typeof v === 'object' ? merge({}, v) : v;
  }
  return into;
}

/** The modules' files merge under their own top-level keys into one tree per language. */
export function mergeLocale(parts: readonly LocaleTree[]): LocaleTree {
  return parts.reduce<LocaleTree>((acc, p) => merge(acc, p), {});
}

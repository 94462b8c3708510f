import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/adapters/i18n';
import { loadLocale } from '../../../src/content/locales';
import type { Language } from '../../../src/core/settings';

function countingLoader(fail: Language[] = []) {
  const loaded: Language[] = [];
  return {
    loaded,
    load: async (l: Language) => {
      loaded.push(l);
      if (fail.includes(l)) throw new Error('chunk unavailable');
      return loadLocale(l);
    },
  };
}

describe('each language is loaded when it is first shown', () => {
  it('starts with the shown language only', async () => {
    const { loaded, load } = countingLoader();
    const i18n = await createI18n('zh-CN', load);
    expect(loaded).toEqual(['zh-CN']);
    expect(i18n.t('app.name')).toBe('RescueDrill 急救训练');
  });

  it('names every language in itself before it is loaded (the language switch, the settings list)', async () => {
    const { loaded, load } = countingLoader();
    const i18n = await createI18n('zh-CN', load);
    expect(i18n.t('language.short', { lng: 'en' })).toBe('EN');
    expect(i18n.t('language.en', { lng: 'en' })).toBe('English');
    expect(loaded).toEqual(['zh-CN']);
  });

  it('loads the other language once, on the first switch', async () => {
    const { loaded, load } = countingLoader();
    const i18n = await createI18n('zh-CN', load);
    await i18n.setLanguage('en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('notice.language.unavailable')).toMatch(/could not be loaded/);
    await i18n.setLanguage('zh-CN');
    await i18n.setLanguage('en');
    expect(loaded).toEqual(['zh-CN', 'en']);
  });

  it('keeps the language on screen when the other cannot be loaded', async () => {
    const { load } = countingLoader(['en']);
    const i18n = await createI18n('zh-CN', load);
    await expect(i18n.setLanguage('en')).rejects.toThrow('chunk unavailable');
    expect(i18n.language()).toBe('zh-CN');
    expect(i18n.t('notice.language.unavailable')).toMatch(/无法加载/);
  });
});

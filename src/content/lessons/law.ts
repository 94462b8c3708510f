import type { LocalizedText } from '../../core/text';

/**
 * Statutes the legal-protection lesson quotes. The clinical reference holds no law, so law has its
 * own short list: each entry is a statute in force, cited by name and article and quoted, never
 * paraphrased into advice. Exam questions rest only on clinical facts, so none cites these.
 */
export const LAW_IDS = ['cn-civil-code-184'] as const;
export type LawId = (typeof LAW_IDS)[number];

export interface LawSource {
  readonly id: LawId;
  /** Statute and article, as printed beside a lesson line. */
  readonly citation: LocalizedText;
  /** The article's text: the official Chinese, and an English rendering. */
  readonly text: LocalizedText;
}

export const LAW_SOURCES: Readonly<Record<LawId, LawSource>> = Object.freeze({
  'cn-civil-code-184': {
    id: 'cn-civil-code-184',
    citation: {
      'zh-CN': '《中华人民共和国民法典》第一百八十四条（2021年1月1日起施行）',
      en: 'Civil Code of the People’s Republic of China, Article 184 (in force since 1 January 2021)',
    },
    text: {
      'zh-CN': '因自愿实施紧急救助行为造成受助人损害的，救助人不承担民事责任。',
      en: 'Where a person voluntarily performs emergency rescue and thereby causes harm to the person being rescued, the rescuer bears no civil liability.',
    },
  },
});

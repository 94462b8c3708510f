import type { Language } from './settings';

/**
 * Text that belongs to content (a question, a lesson, a scenario's narration) rather than to the
 * UI: it travels with its data in both languages, and schemas check that neither is missing.
 */
export type LocalizedText = Readonly<Record<Language, string>>;

export function pick(text: LocalizedText, lng: Language): string {
  return text[lng];
}

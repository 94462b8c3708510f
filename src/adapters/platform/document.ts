import type { Language, Settings } from '../../core/settings';

/** Reflects language and display settings on <html>, where CSS and assistive tech read them. */
export function applyDocumentSettings(settings: Settings, title: string): void {
  const root = document.documentElement;
  root.lang = settings.language satisfies Language;
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduced-motion', settings.reducedMotion);
  document.title = title;
}

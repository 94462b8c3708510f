import type { ScenarioDef } from '../../core/scenario';
import type { EffectParams } from '../../core/scenario/effects';
import type { ArrestStepId } from '../../core/protocol/profile';
import { pick, type LocalizedText } from '../../core/text';
import type { Language } from '../../core/settings';
import type { Translate } from '../ports';

/** Content text (scenario data) in the UI language. */
export function localized(lng: Language, text: LocalizedText): string {
  return pick(text, lng);
}

export function stepLabel(t: Translate, step: ArrestStepId | null): string {
  return step === null ? '' : t(`scenario.step.${step}`);
}

/**
 * The text of an engine message key. Keys and texts live in the `scenario` locale files (AED prompts
 * in `voice.aed.*`); parameters that name things are translated first: `{{bystander}}` is a
 * bystander id (shown by name), the out-of-order feedback names profile steps.
 */
export function messageText(t: Translate, lng: Language, scenario: ScenarioDef, key: string, params?: EffectParams): string {
  const full = key.startsWith('aed.') ? `voice.${key}` : key;
  if (params === undefined) return t(full);
  const p: Record<string, unknown> = { ...params };
  if (typeof params.bystander === 'string') {
    const b = scenario.bystanders.find((x) => x.id === params.bystander);
    if (b !== undefined) p.bystander = pick(b.name, lng);
  }
  if (key === 'scenario.feedback.outOfOrder') {
    for (const k of ['step', 'expected'] as const) {
      const v = params[k];
      if (typeof v === 'string') p[k] = t(`scenario.step.${v}`);
    }
  }
  const text = t(full, p);
  // A bystander's name ("the patient's friend") can open the sentence.
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "m:ss" from milliseconds (negative shows as 0:00). */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

import type { SourceKey } from '../core/protocol/profile';
import type { Translate } from './ports';

/** Numbers are formatted in the UI language; one decimal at most unless asked. */
export function num(lng: string, v: number, digits = 1): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: digits }).format(v);
}

export function sourcesLabel(t: Translate, source: readonly SourceKey[], productChoice?: boolean): string {
  const keys = source.map((s) => (s === 'PRODUCT' ? t('source.product') : s)).join(', ');
  return productChoice && !source.includes('PRODUCT') ? `${keys} · ${t('source.productChoice')}` : keys;
}

export function dateTime(lng: string, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

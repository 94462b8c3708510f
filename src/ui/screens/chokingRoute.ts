import type { ChokingMode } from '../../core/choking/types';

/**
 * `#/choking` (the picker, optionally with `?mode=`) and `#/choking/<id>?mode=guided|practice|assessment`.
 * Parsing stays free of the scenario data: the run screen checks the id and falls back to the picker.
 */
export type ChokingRoute = { name: 'chokingPicker'; mode?: ChokingMode } | { name: 'choking'; id: string; mode: ChokingMode };

export const DEFAULT_CHOKING_MODE: ChokingMode = 'practice';

const MODES: Readonly<Record<ChokingMode, true>> = { guided: true, practice: true, assessment: true };
const ID = /^[A-Za-z][A-Za-z0-9]*$/;

function modeOf(v: string | null): ChokingMode | undefined {
  return v !== null && Object.hasOwn(MODES, v) ? (v as ChokingMode) : undefined;
}

export function parseChokingRoute(id: string | undefined, q: URLSearchParams): { route: ChokingRoute; unknown: boolean } {
  const mode = modeOf(q.get('mode'));
  const picker: ChokingRoute = mode ? { name: 'chokingPicker', mode } : { name: 'chokingPicker' };
  if (id === undefined) return { route: picker, unknown: false };
  if (!ID.test(id)) return { route: picker, unknown: true };
  return { route: { name: 'choking', id, mode: mode ?? DEFAULT_CHOKING_MODE }, unknown: false };
}

export function chokingHash(id: string, mode: ChokingMode): string {
  return `#/choking/${encodeURIComponent(id)}?mode=${mode}`;
}

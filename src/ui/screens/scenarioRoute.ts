import type { ScenarioMode } from '../../core/scenario';

/**
 * `#/scenario` (the picker, optionally with `?mode=`) and `#/scenario/<id>?mode=guided|practice|assessment`.
 * Parsing stays free of the scenario data and engine (they load with the scenario screens): the
 * scenario screen itself checks the id and falls back to the picker with a notice.
 */
export type ScenarioRoute =
  | { name: 'scenarioPicker'; mode?: ScenarioMode }
  | { name: 'scenario'; id: string; mode: ScenarioMode };

/** Practice when a deep link names no mode (or one that does not exist). */
export const DEFAULT_SCENARIO_MODE: ScenarioMode = 'practice';

// A record over the union: the compiler demands an entry for every mode the engine has.
const MODES: Readonly<Record<ScenarioMode, true>> = { guided: true, practice: true, assessment: true };
const ID = /^[A-Za-z][A-Za-z0-9]*$/;

function modeOf(v: string | null): ScenarioMode | undefined {
  return v !== null && Object.hasOwn(MODES, v) ? (v as ScenarioMode) : undefined;
}

export function parseScenarioRoute(id: string | undefined, q: URLSearchParams): { route: ScenarioRoute; unknown: boolean } {
  const mode = modeOf(q.get('mode'));
  const picker: ScenarioRoute = mode ? { name: 'scenarioPicker', mode } : { name: 'scenarioPicker' };
  if (id === undefined) return { route: picker, unknown: false };
  if (!ID.test(id)) return { route: picker, unknown: true };
  return { route: { name: 'scenario', id, mode: mode ?? DEFAULT_SCENARIO_MODE }, unknown: false };
}

export function scenarioHash(id: string, mode: ScenarioMode): string {
  return `#/scenario/${encodeURIComponent(id)}?mode=${mode}`;
}

import { isLanguage, type Language } from '../core/settings';
import { PATIENTS, type Patient } from '../core/protocol/profile';
import type { AttemptMode } from '../core/attempt';
import type { DrillLength as CoreDrillLength } from '../core/drill/cprDrill';
import { parseScenarioRoute, type ScenarioRoute } from './screens/scenarioRoute';
import { parseTheoryRoute, type TheoryRoute } from './screens/theoryRoute';
import { parseChokingRoute, type ChokingRoute } from './screens/chokingRoute';
import { parseFirstAidRoute, type FirstAidRoute } from './screens/firstaidRoute';

/** Drill length: a fixed time, or a number of 30:2 (or 15:2) cycles. */
export type DrillLength = CoreDrillLength;

export interface CprDrillParams {
  patient: Patient;
  mode: AttemptMode;
  length: DrillLength;
}

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'results' }
  | { name: 'result'; id: string }
  | { name: 'cprSetup'; preset: Partial<CprDrillParams> }
  | { name: 'cprDrill'; params: CprDrillParams }
  | ScenarioRoute
  | TheoryRoute
  | ChokingRoute
  | FirstAidRoute;

export interface ParsedLocation {
  route: Route;
  /** `?lng=` from the query string or the hash's own query; undefined when absent or unknown. */
  language?: Language;
  /** True when the hash named something that does not exist (shown as a notice, never a crash). */
  unknown: boolean;
}

/** The lengths the set-up offers; a deep link may name only these. */
const SECONDS = [30, 60, 120];
const MAX_CYCLES = 10;

function parseLength(q: URLSearchParams): DrillLength | undefined {
  const cycles = Number(q.get('cycles'));
  if (Number.isInteger(cycles) && cycles >= 1 && cycles <= MAX_CYCLES) return { kind: 'cycles', cycles };
  const s = Number(q.get('length'));
  const match = SECONDS.find((v) => v === s);
  return match ? { kind: 'seconds', seconds: match } : undefined;
}

function parseCpr(q: URLSearchParams): Route {
  const patient = q.get('patient');
  const mode = q.get('mode');
  const preset: Partial<CprDrillParams> = {};
  if (patient && (PATIENTS as readonly string[]).includes(patient)) preset.patient = patient as Patient;
  if (mode === 'practice' || mode === 'assessment') preset.mode = mode;
  const length = parseLength(q);
  if (length) preset.length = length;
  if (preset.patient && preset.mode && preset.length) {
    return { name: 'cprDrill', params: { patient: preset.patient, mode: preset.mode, length: preset.length } };
  }
  return { name: 'cprSetup', preset };
}

export function parseLocation(hash: string, search: string): ParsedLocation {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', hashQuery = ''] = raw.split('?', 2);
  const hashParams = new URLSearchParams(hashQuery);
  const searchParams = new URLSearchParams(search);
  const lng = hashParams.get('lng') ?? searchParams.get('lng');
  const language = isLanguage(lng) ? lng : undefined;
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);

  const ok = (route: Route): ParsedLocation => ({ route, language, unknown: false });
  const [first, second] = segments;
  if (!first) return ok({ name: 'home' });
  switch (first) {
    case 'settings':
      return ok({ name: 'settings' });
    case 'about':
      return ok({ name: 'about' });
    case 'results':
      return ok(second ? { name: 'result', id: second } : { name: 'results' });
    case 'cpr':
      return ok(parseCpr(hashParams));
    case 'scenario': {
      const r = parseScenarioRoute(second, hashParams);
      return { route: r.route, language, unknown: r.unknown };
    }
    case 'theory': {
      const r = parseTheoryRoute(segments.slice(1), hashParams);
      return { route: r.route, language, unknown: r.unknown };
    }
    case 'choking': {
      const r = parseChokingRoute(second, hashParams);
      return { route: r.route, language, unknown: r.unknown };
    }
    case 'firstaid':
    case 'bleeding':
    case 'bandage':
    case 'splint': {
      const r = parseFirstAidRoute(first, second, hashParams);
      return { route: r.route, language, unknown: r.unknown };
    }
    default:
      return { route: { name: 'home' }, language, unknown: true };
  }
}

export function cprDrillHash(p: CprDrillParams): string {
  const q = new URLSearchParams({ patient: p.patient, mode: p.mode });
  if (p.length.kind === 'seconds') q.set('length', String(p.length.seconds));
  else q.set('cycles', String(p.length.cycles));
  return `#/cpr?${q.toString()}`;
}

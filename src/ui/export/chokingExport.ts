import Papa from 'papaparse';
import type { AttemptRecord } from '../../core/attempt';
import type { ChokingLog, ChokingResult } from '../../core/choking';
import type { LocalizedText } from '../../core/text';
import { attemptHeader, headerBlock, tableRows, type HeaderRow } from './csvHeader';

/** The engine's result plus the scenario's title as it was, so lists need not load the scenario data. */
export type ChokingSummary = ChokingResult & { title: LocalizedText };
export type ChokingAttempt = AttemptRecord<ChokingLog, ChokingSummary>;

const round = (v: number | null, d = 1): string => (v === null ? '' : String(Math.round(v * 10 ** d) / 10 ** d));

/**
 * One choking attempt as CSV: a `#` header block (who, scenario and profile with versions, seed,
 * verdict, order, time to the first effective action), then one table whose `section` column says
 * what a row is: `checklist`, `critical` or `action` (every blow or thrust with its placement,
 * direction and speed figures). Column names and values are stable identifiers, not translated.
 */
export function chokingAttemptCsv(a: ChokingAttempt): string {
  const r = a.summary;
  const header: HeaderRow[] = [
    ...attemptHeader(a),
    ['scenario', `${r.scenarioId}@${r.scenarioVersion}`],
    ['profile', `${a.profileId}@${a.profileVersion}`],
    ['patient', a.patient],
    ['seed', r.seed],
    ['started_at', a.startedAt],
    ['outcome', r.outcome],
    ['passed', r.sheet.passed ? 1 : 0],
    ['points', `${r.sheet.earned}/${r.sheet.possible}`],
    ['score_pct', r.sheet.pct],
    ['critical_errors', r.sheet.criticalErrors.map((c) => c.id).join('|')],
    ['order', r.order],
    ['order_judgement', r.orderJudgement],
    ['sequence', r.runs.map(([f, n]) => `${f}${n}`).join(' ')],
    ['to_first_effective_ms', round(r.timeToFirstEffectiveMs, 0)],
    ['duration_ms', round(r.durationMs, 0)],
    ['compressions', r.cpr?.compressions ?? ''],
  ];
  const block = headerBlock(header);
  const { rows, row } = tableRows();
  const empty = { technique: null, input: null, distance_mm: null, location: null, motion: null, angle_deg: null, direction: null, contact_ms: null, speed_mm_s: null, speed: null, effective: null };
  r.sheet.items.forEach((c, i) => row({ section: 'checklist', index: i + 1, id: c.id, status: c.status, points: c.points, earned: c.earned, t_ms: null, ...empty }));
  r.sheet.criticalErrors.forEach((c, i) => row({ section: 'critical', index: i + 1, id: c.id, status: null, points: null, earned: null, t_ms: round(c.firstT - r.startT, 0), ...empty }));
  r.strikes.forEach((s) =>
    row({
      section: 'action',
      index: s.index + 1,
      id: s.technique,
      status: s.effective ? 'effective' : 'ineffective',
      points: null,
      earned: null,
      t_ms: round(s.relMs, 0),
      technique: s.technique,
      input: s.input,
      distance_mm: round(s.distanceMm),
      location: s.location,
      motion: s.motion ?? '',
      angle_deg: round(s.angleDeg, 0),
      direction: s.direction,
      contact_ms: round(s.contactMs, 0),
      speed_mm_s: round(s.speedMmS, 0),
      speed: s.speed,
      effective: s.effective ? 1 : 0,
    }),
  );
  const table = Papa.unparse(rows, {
    columns: ['section', 'index', 'id', 'status', 'points', 'earned', 't_ms', 'technique', 'input', 'distance_mm', 'location', 'motion', 'angle_deg', 'direction', 'contact_ms', 'speed_mm_s', 'speed', 'effective'],
  });
  return `${block}\n${table}\n`;
}

/** The whole record (action log with the seed, result), so it can be replayed and re-scored. */
export function chokingAttemptJson(a: ChokingAttempt): string {
  return JSON.stringify({ format: 'rescuedrill.attempt', version: 1, attempt: a }, null, 2);
}

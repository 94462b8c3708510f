import Papa from 'papaparse';
import type { AttemptRecord } from '../../core/attempt';
import type { ScenarioLog, ScenarioResult } from '../../core/scenario';
import type { LocalizedText } from '../../core/text';
import { attemptHeader, headerBlock, tableRows, type HeaderRow } from './csvHeader';

/** The engine's result plus the scenario's title as it was, so lists need not load the scenario data. */
export type ScenarioSummary = ScenarioResult & { title: LocalizedText };
export type ScenarioAttempt = AttemptRecord<ScenarioLog, ScenarioSummary>;

const round = (v: number | null, d = 1): string => (v === null ? '' : String(Math.round(v * 10 ** d) / 10 ** d));

/**
 * One scenario attempt as CSV: a `#` header block (who, scenario and profile with versions, seed,
 * verdict, key times), then one table whose `section` column says what a row is: `checklist` (the
 * examiner's items with points), `critical`, `error`, `timeline` (every action, device and scene
 * event and CPR run, ms from the collapse or arrival) and `ideal` (the profile's sequence with when
 * each step was first done). Column names and values are stable identifiers, not translated.
 */
export function scenarioAttemptCsv(a: ScenarioAttempt): string {
  const r = a.summary;
  const tm = r.timings;
  const header: HeaderRow[] = [
    ...attemptHeader(a),
    ['scenario', `${r.scenarioId}@${r.scenarioVersion}`],
    ['profile', `${a.profileId}@${a.profileVersion}`],
    ['patient', a.patient],
    ['seed', r.seed],
    ['started_at', a.startedAt],
    ['completed', r.completed ? 1 : 0],
    ['passed', r.passed ? 1 : 0],
    ['points', `${r.points.earned}/${r.points.possible}`],
    ['score_pct', round(r.points.pct)],
    ['pass_mark_pct', r.passThresholdPct],
    ['critical_errors', r.criticalErrors.map((c) => c.id).join('|')],
    ['to_first_compression_ms', round(tm.toFirstCompressionMs, 0)],
    ['to_call_ms', round(tm.toCallMs, 0)],
    ['to_aed_arrival_ms', round(tm.toAedArrivalMs, 0)],
    ['to_aed_on_ms', round(tm.toAedOnMs, 0)],
    ['to_first_shock_ms', round(tm.toFirstShockMs, 0)],
    ['aed_arrival_to_shock_ms', round(tm.aedArrivalToShockMs, 0)],
    ['compressions', r.cpr?.compressionCount ?? 0],
    ['compression_fraction_pct', round(r.cpr?.fraction.pct ?? null)],
  ];
  const block = headerBlock(header);
  const { rows, row } = tableRows();
  r.checklist.forEach((c, i) =>
    row({ section: 'checklist', index: i + 1, id: c.id, step: c.step, status: c.status, points: c.points, earned: c.earned, value_pct: round(c.valuePct), t_ms: null, kind: null, detail: null }),
  );
  r.criticalErrors.forEach((c, i) =>
    row({ section: 'critical', index: i + 1, id: c.id, step: null, status: null, points: null, earned: null, value_pct: null, t_ms: round(c.firstT - r.startT, 0), kind: null, detail: c.count }),
  );
  r.errors.forEach((e, i) =>
    row({ section: 'error', index: i + 1, id: e.id, step: null, status: null, points: null, earned: null, value_pct: null, t_ms: round(e.t - r.startT, 0), kind: null, detail: null }),
  );
  r.timeline.entries.forEach((e, i) =>
    row({ section: 'timeline', index: i + 1, id: e.type, step: e.step, status: null, points: null, earned: null, value_pct: null, t_ms: round(e.relMs, 0), kind: e.kind, detail: e.compressions ?? null }),
  );
  r.timeline.ideal.forEach((s) =>
    row({ section: 'ideal', index: s.position + 1, id: s.step, step: s.step, status: s.inOrder === null ? 'notDone' : s.inOrder ? 'inOrder' : 'outOfOrder', points: null, earned: null, value_pct: null, t_ms: round(s.relMs, 0), kind: null, detail: null }),
  );
  const table = Papa.unparse(rows, {
    columns: ['section', 'index', 'id', 'step', 'status', 'points', 'earned', 'value_pct', 't_ms', 'kind', 'detail'],
  });
  return `${block}\n${table}\n`;
}

/** The whole record (action log with the seed, result), so it can be replayed and re-scored. */
export function scenarioAttemptJson(a: ScenarioAttempt): string {
  return JSON.stringify({ format: 'rescuedrill.attempt', version: 1, attempt: a }, null, 2);
}

import Papa from 'papaparse';
import type { FirstAidAttempt } from '../screens/firstaidView';
import { attemptHeader, headerBlock, type HeaderRow } from './csvHeader';

/**
 * One first-aid attempt as CSV: a `#` header block (who, exercise and profile with versions,
 * seed, verdict), then rows whose `section` says what they are: `item` (the examiner's sheet),
 * `critical` (critical errors, ms from the start) and `measure` (what was measured). Column
 * names and values are stable identifiers, not translated.
 */
export function firstAidAttemptCsv(a: FirstAidAttempt): string {
  const s = a.summary;
  const header: HeaderRow[] = [
    ...attemptHeader(a),
    ['exercise', `${s.id}@${s.version}`],
    ['profile', `${a.profileId}@${a.profileVersion}`],
    ['seed', a.log.seed],
    ['started_at', a.startedAt],
    ['passed', s.sheet.passed ? 1 : 0],
    ['points', `${s.sheet.earned}/${s.sheet.possible}`],
    ['score_pct', s.sheet.pct],
    ['pass_mark_pct', s.passPct],
    ['critical_errors', s.sheet.criticalErrors.map((c) => c.id).join('|')],
    ['actions', a.log.actions.length],
  ];
  const rows: Record<string, string | number>[] = [];
  s.sheet.items.forEach((i, n) => rows.push({ section: 'item', index: n + 1, id: i.id, status: i.status, points: i.points, earned: i.earned, value: '', unit: '', t_ms: '' }));
  s.sheet.criticalErrors.forEach((c, n) => rows.push({ section: 'critical', index: n + 1, id: c.id, status: '', points: '', earned: '', value: c.count, unit: '', t_ms: Math.round(c.firstT - a.log.startT) }));
  s.measures.forEach((m, n) => rows.push({ section: 'measure', index: n + 1, id: m.key, status: m.ok === null ? '' : m.ok ? 'ok' : 'out', points: '', earned: '', value: m.value, unit: m.unit, t_ms: '' }));
  const table = Papa.unparse(rows, { columns: ['section', 'index', 'id', 'status', 'points', 'earned', 'value', 'unit', 't_ms'] });
  return `${headerBlock(header)}\n${table}\n`;
}

/** The whole record (action log with the seed, sheet), so it can be replayed and re-scored. */
export function firstAidAttemptJson(a: FirstAidAttempt): string {
  return JSON.stringify({ format: 'rescuedrill.attempt', version: 1, attempt: a }, null, 2);
}

import type { AttemptRecord } from '../../core/attempt';

/**
 * The parts every attempt's CSV shares: a `# key: value` header block above one table, opening with
 * which app, attempt, learner, module and mode it is. Keys and values are stable identifiers.
 */
export type HeaderRow = [string, string | number];

export function attemptHeader(a: AttemptRecord): HeaderRow[] {
  return [
    ['app', 'RescueDrill'],
    ['attempt_id', a.id],
    ['learner_id', a.learnerId],
    ['module', a.module],
    ['mode', a.mode],
  ];
}

/** The header block; a value never breaks its line (a learner's name is typed text). */
export function headerBlock(header: readonly HeaderRow[]): string {
  return header.map(([k, v]) => `# ${k}: ${String(v).replace(/[\r\n]+/g, ' ')}`).join('\n');
}

/** Table rows where a missing value (null) is an empty cell. */
export function tableRows(): { rows: Record<string, string | number>[]; row(o: Record<string, string | number | null>): void } {
  const rows: Record<string, string | number>[] = [];
  return {
    rows,
    row: (o) => void rows.push(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? '' : v]))),
  };
}

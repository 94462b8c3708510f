import Papa from 'papaparse';
import type { AttemptRecord } from '../../core/attempt';
import type { CprAttemptLog, CprAttemptSummary } from '../../core/drill/cprResult';
import { attemptHeader, headerBlock, type HeaderRow } from './csvHeader';

export type CprAttempt = AttemptRecord<CprAttemptLog, CprAttemptSummary>;

const round = (v: number | null, d = 1): string => (v === null ? '' : String(Math.round(v * 10 ** d) / 10 ** d));

/**
 * One attempt as CSV: a `#`-prefixed header block (who, which profile and version, key metrics),
 * then one row per compression with times relative to the attempt's start. Column names are
 * stable identifiers, not translated, so other tools can read them.
 */
export function cprAttemptCsv(a: CprAttempt): string {
  const m = a.summary.metrics;
  const t0 = m.startT;
  const header: HeaderRow[] = [
    ...attemptHeader(a),
    ['profile', `${a.profileId}@${a.profileVersion}`],
    ['patient', a.patient],
    ['started_at', a.startedAt],
    ['score', a.score],
    ['compressions', m.compressionCount],
    ['rate_mean_cpm', round(m.rate.meanCpm)],
    ['rate_pct_in_range', round(m.rate.pctInRange)],
    ['depth_mean_mm', m.measured.depth.measured ? round(m.depth.meanMm) : 'not measured'],
    ['depth_pct_in_range', m.measured.depth.measured ? round(m.depth.pctInRange) : 'not measured'],
    ['recoil_pct_full', m.measured.recoil.measured ? round(m.recoil.pctFull) : 'not measured'],
    ['hands_pct_correct', m.measured.hands.measured ? round(m.hands.pctCorrect) : 'not measured'],
    ['compression_fraction_pct', round(m.fraction.pct)],
    ['longest_pause_ms', Math.round(m.longestPauseMs)],
    ['inputs', m.measured.rate.sources.join('+')],
    ['target_rate_cpm', `${m.targets.rateCpm.min}-${m.targets.rateCpm.max}`],
    ['target_depth_mm', `${m.targets.depthMm.min}-${m.targets.depthMm.max}`],
    ['recoil_tolerance_mm', m.targets.recoilToleranceMm.value],
  ];
  const block = headerBlock(header);
  const rows = m.compressions.map((c) => ({
    index: c.index + 1,
    onset_ms: round(c.onsetT - t0),
    peak_ms: round(c.peakT - t0),
    release_ms: round(c.releaseT - t0),
    depth_mm: round(c.depthMm),
    residual_mm: round(c.residualMm),
    interval_ms: round(c.intervalMs),
    rate_cpm: round(c.rateCpm),
    hand_ok: c.handOk === null ? '' : c.handOk ? 1 : 0,
    source: c.source,
    flags: c.flags.join('|'),
  }));
  const table = Papa.unparse(rows, {
    columns: ['index', 'onset_ms', 'peak_ms', 'release_ms', 'depth_mm', 'residual_mm', 'interval_ms', 'rate_cpm', 'hand_ok', 'source', 'flags'],
  });
  return `${block}\n${table}\n`;
}

/** The whole record: log, summary, profile and version, so it can be re-analysed or imported. */
export function cprAttemptJson(a: CprAttempt): string {
  return JSON.stringify({ format: 'rescuedrill.attempt', version: 1, attempt: a }, null, 2);
}

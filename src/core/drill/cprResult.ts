import { analyzeAttempt, type AttemptMetrics } from '../cpr/metrics';
import type { Sample } from '../cpr/sample';
import type { CprTargets } from '../cpr/targets';
import { tipsFor, type Tip } from '../cpr/tips';
import type { Breath, DrillLength } from './cprDrill';

/** What a CPR attempt stores: its input log, from which the summary can always be recomputed. */
export interface CprAttemptLog {
  samples: readonly Sample[];
  breaths: readonly Breath[];
  startT: number | null;
  endT: number | null;
  length: DrillLength;
}

export interface CprAttemptSummary {
  metrics: AttemptMetrics;
  tips: Tip[];
}

/** The same core analysis the live drill used, over the whole stored log. */
export function analyzeCprDrill(log: CprAttemptLog, targets: CprTargets): CprAttemptSummary {
  const metrics = analyzeAttempt(log.samples, targets, {
    breaths: log.breaths.map((b) => ({ startT: b.startT, endT: b.endT })),
    ...(log.startT !== null ? { startT: log.startT } : {}),
    ...(log.endT !== null ? { endT: log.endT } : {}),
  });
  return { metrics, tips: tipsFor(metrics) };
}

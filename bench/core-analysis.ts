/**
 * Benchmark: analysing a 10-minute pointer trace sampled at 1 kHz (600,000 samples, ~1,100
 * compressions with 30:2 breath pauses), the size of the longest attempt the app stores.
 * Run directly: `node --import tsx bench/core-analysis.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analyzeAttempt, synthesizeTrace, targetsFor } from '../src/core/cpr/index';
import { getProfile } from '../src/content/protocols/index';

export interface CoreAnalysisBench {
  name: string;
  traceMinutes: number;
  samples: number;
  compressions: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

const TRACE_MINUTES = 10;

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export async function benchCoreAnalysis(runs = 20, warmup = 3): Promise<CoreAnalysisBench> {
  const targets = targetsFor(getProfile('crc'), 'adult');
  const trace = synthesizeTrace({
    seed: 2024,
    durationMs: TRACE_MINUTES * 60000,
    sampleHz: 1000,
    rateCpm: 110,
    rateJitter: 0.04,
    depthMm: 55,
    depthJitterMm: 4,
    depthDriftMmPerMin: -1,
    jitterMm: 1.5,
    hand: { dxMm: 4, dyMm: -3 },
    source: 'pointer',
    cycle: { compressions: 30, breaths: 2, pauseMs: 5000 },
  });
  const options = { breaths: trace.breaths };
  let compressions = 0;
  for (let i = 0; i < warmup; i++) compressions = analyzeAttempt(trace.samples, targets, options).compressionCount;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeAttempt(trace.samples, targets, options);
    times.push(performance.now() - t0);
    // Yield between runs so a caller's event loop (a bench runner with timers) keeps running.
    await new Promise((resolve) => setImmediate(resolve));
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    name: 'core-analysis',
    traceMinutes: TRACE_MINUTES,
    samples: trace.samples.length,
    compressions,
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    runs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchCoreAnalysis()
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}

/**
 * `npm run bench`: the core analysis figure in Node, then the CPR drill of the production build
 * driven in Chromium (CDP-timestamped mouse compressions, 4× CPU throttle, busy main thread).
 * Writes bench/results.json and bench/RESULTS.md and prints a summary. See bench/README.md.
 *
 * Options: --rates 100,110,120  --depths 40,50,55,60,65  --compressions 30  --out bench
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { benchCoreAnalysis, type CoreAnalysisBench } from './core-analysis';
import { DEFAULT_SETTINGS, DRIVER_LATE_P95_LIMIT_MS, InputDriver, TARGETS, probeTimestamps, runCase, type CaseResult, type CaseSpec, type TimestampProbe } from './drill-bench';
import { INSTRUMENT_SCRIPT } from './page-probe';
import { renderMarkdown, summaryLines } from './report';
import { round } from './stats';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CORE_TARGET_MS = 50;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const numbers = (s: string) => s.split(',').map(Number).filter((n) => Number.isFinite(n) && n > 0);

export interface BenchResults {
  date: string;
  environment: {
    chromium: string;
    chromiumPath: string;
    node: string;
    platform: string;
    cpuCount: number;
    cpuModel: string;
    /** 1-minute load average before and after: anything else running on the machine shows here. */
    loadAverage1mBefore: number | null;
    loadAverage1mAfter: number | null;
  };
  targets: typeof TARGETS & { coreAnalysisMs: number };
  settings: typeof DEFAULT_SETTINGS & {
    compressionsPerCase: number;
    /** OS priority (nice) of the input-driver process; null when it could not be raised. */
    driverNice: number | null; pxPerMm: number | null; drill: string };
  coreAnalysis: CoreAnalysisBench & { met: boolean };
  timestampProbe: TimestampProbe;
  cases: CaseResult[];
  /** 110/min, 55 mm without CPU throttle or busy loop: for comparison only, not judged. */
  reference: CaseResult | null;
  failures: { rateCpm: number; depthMm: number; error: string }[];
  allMet: boolean;
  durationS: number;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('error', fail);
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopServer(server: ChildProcess | undefined): void {
  if (!server?.pid || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM'); // its own process group: npx and the vite it started
  } catch {
    server.kill('SIGTERM');
  }
}

/**
 * A run in which the input driver itself was late (another process took the CPUs) measured the
 * machine, not the app: it is repeated, up to MAX_RUNS in all and MAX_REPEATS repeats per bench,
 * and the run with the most punctual driver is kept. Every rejected run's driver lateness is kept in the result (harness.rejected).
 */
const MAX_RUNS = 3;
/** Repeats in the whole bench, so a machine that stays busy cannot stretch the run much past ~6 minutes. */
const MAX_REPEATS = 6;
let repeatsLeft = MAX_REPEATS;

async function measured(once: () => Promise<CaseResult>): Promise<CaseResult> {
  const runs: CaseResult[] = [];
  for (let i = 0; i < MAX_RUNS; i++) {
    const r = await once();
    runs.push(r);
    if ((r.latency.driverSendLagMs.p95 ?? Number.POSITIVE_INFINITY) <= DRIVER_LATE_P95_LIMIT_MS) break;
    if (i === MAX_RUNS - 1 || repeatsLeft === 0) break;
    repeatsLeft--;
    process.stdout.write(`(driver late: p95 ${r.latency.driverSendLagMs.p95} ms, again) … `);
  }
  const lag = (r: CaseResult) => r.latency.driverSendLagMs.p95 ?? Number.POSITIVE_INFINITY;
  const best = runs.reduce((b, r) => (lag(r) < lag(b) ? r : b));
  best.harness = {
    runs: runs.length,
    rejected: runs.filter((r) => r !== best).map((r) => ({ driverLateP95Ms: r.latency.driverSendLagMs.p95, metAll: r.met.all })),
    driverPunctual: lag(best) <= DRIVER_LATE_P95_LIMIT_MS,
  };
  return best;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const rates = numbers(option('rates', '100,110,120'));
  const depths = numbers(option('depths', '40,50,55,60,65'));
  const compressions = Math.max(3, Math.round(Number(option('compressions', '30'))));
  const outDir = resolve(ROOT, option('out', 'bench'));

  const executablePath = findChromium();
  if (!executablePath) {
    console.error('bench: no Chromium found (install Playwright\'s, the system package, or set CHROMIUM_PATH)');
    process.exitCode = 1;
    return;
  }

  const load = loadavg()[0] ?? 0;
  if (load > cpus().length) console.log(`note: load average ${load.toFixed(1)} on ${cpus().length} CPUs; latency figures will show it`);

  // 1. The core analysis figure, first, while nothing else is running.
  console.log('core analysis: 10-minute 1 kHz trace …');
  const core = await benchCoreAnalysis();
  console.log(`  median ${core.medianMs} ms, p95 ${core.p95Ms} ms (${core.samples} samples, ${core.compressions} compressions)`);

  // 2. A production build of its own (a temporary outDir, so dist/ of a parallel test run is untouched).
  const distDir = mkdtempSync(join(tmpdir(), 'rescuedrill-bench-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let driver: InputDriver | undefined;
  let driverNice: number | null = null;
  let reference: CaseResult | null = null;
  const loadBefore = loadavg();
  const cases: CaseResult[] = [];
  const failures: BenchResults['failures'] = [];
  let probe: TimestampProbe | undefined;
  let chromiumVersion = '';
  let pxPerMm: number | null = null;
  const stop = () => stopServer(server);
  process.once('exit', stop);
  try {
    console.log('building (vite build) …');
    await run('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn']);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', distDir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    await waitForHttp(`${baseUrl}/`, server);

    const devtoolsPort = await freePort();
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${devtoolsPort}`] });
    chromiumVersion = browser.version();
    const context = await browser.newContext({ viewport: DEFAULT_SETTINGS.viewport, serviceWorkers: 'block', deviceScaleFactor: 1 });
    await context.addInitScript({ content: INSTRUMENT_SCRIPT });

    const probePage = await context.newPage();
    probe = await probeTimestamps(probePage, await context.newCDPSession(probePage), `${baseUrl}/?lng=en#/about`);
    await probePage.close();
    console.log(
      `CDP timestamps: ${probe.seen}/${probe.sent} honoured, max error ${probe.maxAbsErrorMs} ms, gap error ${probe.maxGapErrorMs} ms`,
    );

    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
    driver = new InputDriver(ROOT);
    driverNice = await driver.connect(`ws://127.0.0.1:${devtoolsPort}/devtools/page/${targetInfo.targetId}`);
    let runId = 0;
    for (const rateCpm of rates) {
      for (const depthMm of depths) {
        const spec: CaseSpec = { rateCpm, depthMm, compressions };
        process.stdout.write(`case ${rateCpm}/min ${depthMm} mm … `);
        try {
          const r = await measured(() => runCase({ page, cdp, baseUrl, settings: DEFAULT_SETTINGS, driver: driver!, runId: ++runId }, spec));
          pxPerMm ??= r.dispatched.pxPerMm;
          cases.push(r);
          console.log(
            `rate ${r.measured.meanRateCpm} (${r.rateErrorCpm}), depth ${r.measured.meanDepthMm} (${r.depthErrorMm}), ` +
              `missed ${r.missed}, extra ${r.extra}, input→frame ${r.latency.fromTimestamp.ms.median}/${r.latency.fromTimestamp.ms.p95} ms, ` +
              `next frame ${((r.latency.fromSend.nextFrameShare ?? 0) * 100).toFixed(1)}% ${r.met.all ? 'OK' : 'MISSED TARGET'}`,
          );
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          failures.push({ rateCpm, depthMm, error });
          console.log(`FAILED: ${error}`);
        }
      }
    }
    // A reference without the load, to show how much of the latency the load adds (no verdict).
    process.stdout.write('reference 110/min 55 mm without throttle or busy loop … ');
    try {
      const unloaded = { ...DEFAULT_SETTINGS, cpuThrottle: 1, busy: { ...DEFAULT_SETTINGS.busy, periodMs: 0 } };
      reference = await measured(() =>
        runCase({ page, cdp, baseUrl, settings: unloaded, driver: driver!, runId: ++runId }, { rateCpm: 110, depthMm: 55, compressions }),
      );
      console.log(`input→frame ${reference.latency.fromTimestamp.ms.median}/${reference.latency.fromTimestamp.ms.p95} ms`);
    } catch (e) {
      console.log(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    }
  } finally {
    driver?.close();
    await browser?.close().catch(() => undefined);
    stop();
    rmSync(distDir, { recursive: true, force: true });
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    environment: {
      chromium: chromiumVersion,
      chromiumPath: executablePath,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpuCount: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage1mBefore: round(loadBefore[0], 2),
      loadAverage1mAfter: round(loadavg()[0], 2),
    },
    targets: { ...TARGETS, coreAnalysisMs: CORE_TARGET_MS },
    settings: {
      ...DEFAULT_SETTINGS,
      compressionsPerCase: compressions,
      driverNice,
      pxPerMm,
      drill: '#/cpr?patient=adult&mode=practice&length=120 (profile: default), Finish after the last compression',
    },
    coreAnalysis: { ...core, met: core.medianMs < CORE_TARGET_MS },
    timestampProbe: probe ?? { sent: 0, seen: 0, maxAbsErrorMs: null, maxGapErrorMs: null, timestampsBeforeSendMs: 0, withoutTimestampLagMs: null, beforeTimeOriginSeenAs: null },
    cases,
    reference,
    failures,
    allMet: failures.length === 0 && cases.length > 0 && cases.every((c) => c.met.all) && core.medianMs < CORE_TARGET_MS,
    durationS: Math.round((Date.now() - t0) / 1000),
  };
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'RESULTS.md'), renderMarkdown(results));
  console.log('');
  for (const line of summaryLines(results)) console.log(line);
  console.log(`\nwritten: ${join(outDir, 'results.json')}, ${join(outDir, 'RESULTS.md')} (${results.durationS} s)`);
  if (failures.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

/**
 * The drill benchmark: drives the production build's CPR drill in Chromium with synthetic mouse
 * compressions sent through the DevTools protocol, each event carrying its own `timestamp`, and
 * compares what the app stored and drew with what was sent.
 */
import type { CDPSession, Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { DriverEvent } from './input-driver';
import { READ_ATTEMPT_SCRIPT, type PageRecords, type StoredAttempt } from './page-probe';
import { distribution, maxAbs, round, type Distribution } from './stats';

/** One display frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;

export const TARGETS = {
  rateErrorCpm: 0.5,
  depthErrorMm: 1,
  missed: 0,
  extra: 0,
  /** Frames from input to the frame showing it: 1 = the next frame. */
  frames: 1,
} as const;

/** A run whose input driver's send lateness had a p95 above this is repeated (bench/run.ts). */
export const DRIVER_LATE_P95_LIMIT_MS = 4;

export interface DriveSettings {
  /** Pointer report rate: every event (down, moves, up) sits on this device clock. */
  pointerHz: number;
  /** Share of the period the stroke (down and back up) takes; the pointer is lifted for the rest. */
  dutyCycle: number;
  cpuThrottle: number;
  busy: { periodMs: number; minMs: number; maxMs: number; seed: number };
  viewport: { width: number; height: number };
}

export const DEFAULT_SETTINGS: DriveSettings = {
  pointerHz: 120,
  dutyCycle: 0.5,
  cpuThrottle: 4,
  busy: { periodMs: 50, minMs: 8, maxMs: 12, seed: 20240601 },
  viewport: { width: 800, height: 900 },
};

export interface CaseSpec {
  rateCpm: number;
  depthMm: number;
  compressions: number;
}

interface PlannedEvent {
  kind: 'hover' | 'down' | 'move' | 'up';
  /** Event timestamp, page timebase (performance.now() / event.timeStamp). */
  t: number;
  /** Vertical offset from the press point, CSS px. */
  dyPx: number;
  /** 0-based stroke number (−1 for the hover move before the first press). */
  stroke: number;
}

interface PlannedStroke {
  downT: number;
  upT: number;
  /** Deepest depth actually sent in this stroke (the profile's peak falls between reports). */
  peakMm: number;
}

/**
 * Compressions as a pointer reports them: stroke i should start at start + i·period; the press
 * lands on the first device-clock tick at or after that, then moves follow every tick along
 * depth(τ) = A·sin²(πτ/D) (D = duty × period), one move back at the press point, and the release
 * on the next tick. The pointer is then still (no events) until the next press.
 */
export function planStrokes(spec: CaseSpec, s: DriveSettings, pxPerMm: number, startT: number) {
  const dt = 1000 / s.pointerHz;
  const period = 60000 / spec.rateCpm;
  const stroke = period * s.dutyCycle;
  const events: PlannedEvent[] = [{ kind: 'hover', t: startT - 2 * dt, dyPx: 0, stroke: -1 }];
  const strokes: PlannedStroke[] = [];
  for (let i = 0; i < spec.compressions; i++) {
    const k0 = Math.ceil((i * period) / dt - 1e-9);
    const downT = startT + k0 * dt;
    events.push({ kind: 'down', t: downT, dyPx: 0, stroke: i });
    let k = k0 + 1;
    let peakMm = 0;
    for (; (k - k0) * dt < stroke; k++) {
      const tau = (k - k0) * dt;
      const depth = spec.depthMm * Math.sin((Math.PI * tau) / stroke) ** 2;
      peakMm = Math.max(peakMm, depth);
      events.push({ kind: 'move', t: startT + k * dt, dyPx: depth * pxPerMm, stroke: i });
    }
    events.push({ kind: 'move', t: startT + k * dt, dyPx: 0, stroke: i });
    const upT = startT + (k + 1) * dt;
    events.push({ kind: 'up', t: upT, dyPx: 0, stroke: i });
    strokes.push({ downT, upT, peakMm });
  }
  return { events, strokes };
}

const nodeEpoch = () => performance.timeOrigin + performance.now();

/** Maps Node's clock to the page's: pageT = nodeEpoch() + offset − pageTimeOrigin. */
interface ClockLink {
  pageTimeOrigin: number;
  offsetMs: number;
  rttMs: number;
}

async function clockLink(page: Page): Promise<ClockLink> {
  let best: ClockLink | undefined;
  for (let i = 0; i < 7; i++) {
    const t1 = nodeEpoch();
    const [origin, now] = (await page.evaluate('[performance.timeOrigin, performance.now()]')) as [number, number];
    const t2 = nodeEpoch();
    const link = { pageTimeOrigin: origin, offsetMs: origin + now - (t1 + t2) / 2, rttMs: t2 - t1 };
    if (!best || link.rttMs < best.rttMs) best = link;
  }
  return best!;
}

const toPage = (link: ClockLink, nodeT: number) => nodeT + link.offsetMs - link.pageTimeOrigin;

type DriverReply = { ok: true; baseT?: number; sendLagMs?: number[]; nice?: number | null } | { ok: false; error: string };

/** The parent's handle on bench/input-driver.ts (a child process with its own DevTools connection). */
export class InputDriver {
  private readonly child: ChildProcess;
  private queue: ((m: DriverReply) => void)[] = [];

  constructor(cwd: string) {
    const flags = typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : [];
    const script = fileURLToPath(new URL('./input-driver.ts', import.meta.url));
    this.child = spawn(process.execPath, [...flags, '--import', 'tsx', script], { cwd, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: DriverReply) => this.queue.shift()?.(m));
    this.child.on('exit', () => {
      for (const w of this.queue.splice(0)) w({ ok: false, error: 'input driver exited' });
    });
  }

  private request(msg: object): Promise<DriverReply & { ok: true }> {
    return new Promise((ok, fail) => {
      this.queue.push((m) => (m.ok ? ok(m) : fail(new Error(`input driver: ${m.error}`))));
      this.child.send(msg);
    });
  }

  /** Connects to the page's DevTools endpoint; returns the nice value the driver runs at (null: default). */
  async connect(wsUrl: string): Promise<number | null> {
    return (await this.request({ cmd: 'connect', wsUrl })).nice ?? null;
  }

  /** Ties the driver's clock to the (freshly loaded, not yet throttled) page's; returns the round trip. */
  async link(): Promise<number> {
    return ((await this.request({ cmd: 'link' })) as { rttMs?: number }).rttMs ?? Number.NaN;
  }

  async run(events: readonly DriverEvent[], leadMs: number): Promise<{ baseT: number; sendLagMs: number[] }> {
    const r = await this.request({ cmd: 'run', leadMs, events });
    return { baseT: r.baseT ?? Number.NaN, sendLagMs: r.sendLagMs ?? [] };
  }

  close(): void {
    if (this.child.connected) this.child.send({ cmd: 'close' });
    setTimeout(() => this.child.kill(), 1000).unref();
  }
}

function toDriverEvents(events: readonly PlannedEvent[], x: number, y: number): DriverEvent[] {
  return events.map((ev) => ({
    t: ev.t,
    type: ev.kind === 'down' ? 'mousePressed' : ev.kind === 'up' ? 'mouseReleased' : 'mouseMoved',
    x,
    y: y + ev.dyPx,
    button: ev.kind === 'hover' ? 'none' : 'left',
    buttons: ev.kind === 'down' || ev.kind === 'move' ? 1 : 0,
    clickCount: ev.kind === 'down' || ev.kind === 'up' ? 1 : 0,
  }));
}

export interface TimestampProbe {
  sent: number;
  seen: number;
  /** Largest |event.timeStamp − timestamp sent| (page timebase), ms. */
  maxAbsErrorMs: number | null;
  /** Largest error of the gaps between consecutive events (what rate depends on), ms. */
  maxGapErrorMs: number | null;
  /** How far before the moment of sending the timestamps were set (they were honoured anyway). */
  timestampsBeforeSendMs: number;
  /** Same events sent without `timestamp`: event.timeStamp − dispatch time, median ms. */
  withoutTimestampLagMs: number | null;
  /** event.timeStamp of an event stamped 100 ms before the page's timeOrigin (−100 if passed through). */
  beforeTimeOriginSeenAs: number | null;
}

/**
 * Checks, on the app's About page, whether Chromium gives `event.timeStamp` from the CDP `timestamp`:
 * 12 hover moves sent back to back, stamped 7.5 ms apart and one second in the past.
 */
export async function probeTimestamps(page: Page, cdp: CDPSession, url: string): Promise<TimestampProbe> {
  // A page of the app itself: getCoalescedEvents() exists only in a secure context (not about:blank).
  await page.goto(url);
  await page.evaluate(`(() => {
    window.__ts = [];
    addEventListener('pointermove', (e) => {
      const co = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
      const list = co.length ? co : [e];
      for (const c of list) window.__ts.push([c.timeStamp, performance.now()]);
    }, true);
  })()`);
  // Stamps before the page's timeOrigin come out as 0, so let the page be older than the offset.
  await page.waitForTimeout(1500);
  const link = await clockLink(page);
  const base = toPage(link, nodeEpoch()) - 1000;
  const gaps = [7.5, 8.3, 7.5, 9.1, 8.3, 7.5, 16.7, 8.3, 7.5, 8.3, 8.3];
  const sentT = [base];
  for (const g of gaps) sentT.push(sentT[sentT.length - 1]! + g);
  const pending = sentT.map((t, i) =>
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 10 + i * 3, y: 10 + i * 2, timestamp: (link.pageTimeOrigin + t) / 1000 }),
  );
  await Promise.all(pending);
  await page.waitForTimeout(100);
  const seen = ((await page.evaluate('window.__ts.splice(0)')) as [number, number][]).map(([ts]) => ts);
  const matched = sentT.map((t) => seen.reduce((b, s) => (Math.abs(s - t) < Math.abs(b - t) ? s : b), Number.POSITIVE_INFINITY));
  const absErr = matched.map((s, i) => s - sentT[i]!);
  const gapErr = matched.slice(1).map((s, i) => s - matched[i]! - (sentT[i + 1]! - sentT[i]!));
  // The same without `timestamp`: Chromium stamps the event when the browser receives it.
  const plain: number[] = [];
  for (let i = 0; i < 6; i++) {
    const sendAt = toPage(link, nodeEpoch());
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 100 + i * 5, y: 100 });
    const got = (await page.evaluate('window.__ts.splice(0)')) as [number, number][];
    for (const [ts] of got) plain.push(ts - sendAt);
  }
  // Stamped 100 ms before the page's timeOrigin.
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 200, y: 100, timestamp: (link.pageTimeOrigin - 100) / 1000 });
  await page.waitForTimeout(50);
  const early = (await page.evaluate('window.__ts.splice(0)')) as [number, number][];
  const seenCount = absErr.filter((e) => Math.abs(e) < 1).length;
  return {
    sent: sentT.length,
    seen: seenCount,
    maxAbsErrorMs: seenCount ? round(maxAbs(absErr.filter((e) => Math.abs(e) < 1)), 3) : null,
    maxGapErrorMs: seenCount === sentT.length ? round(maxAbs(gapErr), 3) : null,
    timestampsBeforeSendMs: 1000,
    withoutTimestampLagMs: distribution(plain).median,
    beforeTimeOriginSeenAs: early[0]?.[0] ?? null,
  };
}

export interface LatencyView {
  /** to the end of the render of the first frame showing the event, ms */
  ms: Distribution;
  /** the same in 60 Hz frame times (÷ 16.7 ms) */
  frames60Hz: Distribution;
  /** frames started after the event up to and including the one that showed it: 1 = the next frame */
  renderedFrames: Distribution;
  nextFrameShare: number | null;
}

export interface CaseResult {
  target: { rateCpm: number; depthMm: number };
  /** The load this case ran under. */
  load: { cpuThrottle: number; busyLoop: boolean };
  dispatched: {
    compressions: number;
    events: number;
    samplingEvents: number;
    pxPerMm: number;
    /** Mean of 60000 / (press − previous press) over the strokes sent: the target rate moved onto the pointer clock. */
    meanRateCpm: number | null;
    /** Mean of each stroke's deepest report sent. */
    meanPeakMm: number | null;
  };
  measured: {
    compressions: number;
    meanRateCpm: number | null;
    meanDepthMm: number | null;
    /** Logged samples vs events sent while pressed (down, moves, up). */
    samples: number;
    droppedSamples: number;
  };
  rateErrorCpm: number | null;
  depthErrorMm: number | null;
  /** Measured minus what was actually sent (isolates the app from the pointer-clock quantisation). */
  engineRateErrorCpm: number | null;
  engineDepthErrorMm: number | null;
  /** Largest per-compression errors (rate: against the target; depth: against the target). */
  maxCompressionRateErrorCpm: number | null;
  maxCompressionDepthErrorMm: number | null;
  missed: number;
  extra: number;
  timestamps: {
    /** Events whose event.timeStamp was found within 1 ms of the timestamp sent. */
    honoured: number;
    maxAbsErrorMs: number | null;
  };
  latency: {
    /** From each event's own timestamp (what a pointer would report). */
    fromTimestamp: LatencyView;
    /**
     * From the moment the driver actually sent it (never earlier than the timestamp): the same
     * minus the driver's own lateness on a loaded machine. The "next frame" verdict uses this one.
     */
    fromSend: LatencyView;
    /**
     * From the moment the page received the event (a capture listener on window): what the app
     * itself adds; 1 frame here means the app drew the sample in the first frame after it had it.
     */
    fromPage: LatencyView;
    /**
     * From the timestamp (frames counted from the send), strokes 2…n only: the first press of a
     * page also pays one-off costs (creating the AudioContext in the audio unlock, first draws).
     */
    afterFirstStroke: LatencyView;
    notShown: number;
    /** event timestamp → page's capture listener (driver + IPC + input queue + busy main thread), ms */
    deliveryMs: Distribution;
    /** the driver's lateness sending each event against its timestamp, ms */
    driverSendLagMs: Distribution;
  };
  frames: {
    count: number;
    /** render end to render end */
    intervalMs: Distribution;
    /** main-thread rAF work of a frame: first rAF callback start → end of the scene's render */
    workMs: Distribution;
    batchedRecords: number;
  };
  busyMainThread: { blocks: number; busyShare: number | null };
  pageErrors: string[];
  /** Round trip of the driver's clock link to this page (its offset is good to about half of it), ms. */
  clockLinkRttMs: number | null;
  /** Set by the runner: how many runs this case took (a run with a late driver is repeated). */
  harness?: { runs: number; rejected: { driverLateP95Ms: number | null; metAll: boolean }[]; driverPunctual: boolean };
  met: { rate: boolean; depth: boolean; count: boolean; nextFrame: boolean; all: boolean };
}

export interface CaseContext {
  page: Page;
  cdp: CDPSession;
  baseUrl: string;
  settings: DriveSettings;
  driver: InputDriver;
  /** Write the raw page records and sent events of this case to this file (debugging). */
  dumpTo?: string;
  runId: number;
}

/** Runs one case on a freshly loaded drill: 4× CPU throttle and the busy loop on, strokes, Finish. */
export async function runCase(ctx: CaseContext, spec: CaseSpec): Promise<CaseResult> {
  const { page, cdp, settings } = ctx;
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // A distinct query string makes every case a full page load (fresh drill, fresh page state).
    await page.goto(`${ctx.baseUrl}/?lng=en&benchRun=${ctx.runId}#/cpr?patient=adult&mode=practice&length=120`);
    await page.locator('[data-testid="cpr-drill"][data-phase="ready"]').waitFor({ timeout: 30_000 });
    await page.locator('.stage[data-ready="true"]').waitFor({ timeout: 30_000 });
    const chest = page.getByTestId('cpr-chest');
    const pxPerMm = Number(await chest.getAttribute('data-px-per-mm'));
    if (!(pxPerMm > 0)) throw new Error(`chest has no usable data-px-per-mm (${String(pxPerMm)})`);
    const box = await chest.boundingBox();
    if (!box) throw new Error('the chest has no box');
    const x = box.x + box.width * 0.5;
    const y = box.y + box.height * 0.55;
    if (y + spec.depthMm * pxPerMm >= settings.viewport.height) throw new Error('the stroke would leave the viewport');
    if (!(await page.evaluate('window.__bench.watch()'))) throw new Error('cannot observe the chest');
    const linkRttMs = await ctx.driver.link();

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuThrottle });
    const b = settings.busy;
    if (b.periodMs > 0) await page.evaluate(`window.__bench.startBusy(${b.periodMs}, ${b.minMs}, ${b.maxMs}, ${b.seed})`);
    await page.waitForTimeout(300);
    await page.evaluate('window.__bench.reset()');

    const plan = planStrokes(spec, settings, pxPerMm, 0);
    const { baseT, sendLagMs: sendLag } = await ctx.driver.run(toDriverEvents(plan.events, x, y), 250);
    const events = plan.events.map((e) => ({ ...e, t: e.t + baseT }));
    const strokes = plan.strokes.map((st) => ({ ...st, downT: st.downT + baseT, upT: st.upT + baseT }));
    await page.waitForTimeout(150);
    const records = (await page.evaluate('window.__bench.take()')) as PageRecords;
    const shownError = await page.getByTestId('cpr-error').textContent({ timeout: 100 }).catch(() => null);
    if (shownError) errors.push(`drill error shown: ${shownError}`);

    if (ctx.dumpTo) writeFileSync(ctx.dumpTo, JSON.stringify({ events, strokes, sendLag, records }));
    await page.getByTestId('cpr-finish').click();
    await page.waitForURL(/#\/results\//, { timeout: 30_000 });
    const attempt = (await page.evaluate(READ_ATTEMPT_SCRIPT)) as StoredAttempt;
    await page.evaluate('window.__bench.stopBusy()');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const result = analyse(spec, settings, pxPerMm, events, strokes, records, attempt, sendLag, errors);
    result.clockLinkRttMs = round(linkRttMs, 2);
    return result;
  } finally {
    page.off('pageerror', onError);
  }
}

function analyse(
  spec: CaseSpec,
  settings: DriveSettings,
  pxPerMm: number,
  events: readonly PlannedEvent[],
  strokes: readonly PlannedStroke[],
  rec: PageRecords,
  attempt: StoredAttempt,
  sendLag: readonly number[],
  pageErrors: string[],
): CaseResult {
  // Every timestamp the page saw, with when it saw it.
  const seen: { ts: number; at: number }[] = [];
  for (const r of rec.inputs) for (const ts of r.co.length ? r.co : [r.ts]) seen.push({ ts, at: r.at });
  seen.sort((a, b) => a.ts - b.ts);
  const nearest = (t: number) => {
    let lo = 0;
    let hi = seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seen[mid]!.ts < t) lo = mid + 1;
      else hi = mid;
    }
    const cands = [seen[lo - 1], seen[lo]].filter((c): c is { ts: number; at: number } => c !== undefined);
    return cands.sort((a, b) => Math.abs(a.ts - t) - Math.abs(b.ts - t))[0];
  };
  const frames = [...rec.frames].sort((a, b) => a.frameT - b.frameT);
  const tsErr: number[] = [];
  const fromTs = { ms: [] as number[], frames: [] as number[] };
  const fromSend = { ms: [] as number[], frames: [] as number[] };
  const fromPage = { ms: [] as number[], frames: [] as number[] };
  const steady = { ms: [] as number[], frames: [] as number[] };
  const delivery: number[] = [];
  let notShown = 0;
  let sampling = 0;
  events.forEach((ev, idx) => {
    if (ev.kind === 'hover') return;
    sampling++;
    const s = nearest(ev.t);
    if (!s || Math.abs(s.ts - ev.t) > 1) return;
    tsErr.push(s.ts - ev.t);
    delivery.push(s.at - s.ts);
    const j = frames.findIndex((f) => f.sampleT >= s.ts - 1e-6);
    if (j < 0) {
      notShown++;
      return;
    }
    const shown = frames[j]!;
    // When the driver actually sent it (it can be late on a loaded machine; a real pointer is not).
    const sentT = Math.max(s.ts, ev.t + (sendLag[idx] ?? 0));
    // performance.now() is coarsened to 0.1 ms, so a frame starting in the same tick counts as after.
    const count = (from: number) => frames.slice(0, j + 1).filter((f) => f.startT >= from).length;
    fromTs.ms.push(shown.frameT - s.ts);
    fromTs.frames.push(count(s.ts));
    fromSend.ms.push(shown.frameT - sentT);
    fromSend.frames.push(count(sentT));
    if (ev.stroke >= 1) {
      steady.ms.push(shown.frameT - s.ts);
      steady.frames.push(count(sentT));
    }
    fromPage.ms.push(shown.frameT - s.at);
    fromPage.frames.push(count(s.at));
  });
  const view = (x: { ms: number[]; frames: number[] }): LatencyView => ({
    ms: distribution(x.ms, 1),
    frames60Hz: distribution(
      x.ms.map((l) => l / FRAME_MS),
      2,
    ),
    renderedFrames: distribution(x.frames, 0),
    nextFrameShare: x.frames.length ? round(x.frames.filter((k) => k === 1).length / x.frames.length, 4) : null,
  });

  // Detected compressions against the strokes sent: each onset must fall inside one stroke.
  const hits = new Array<number>(strokes.length).fill(0);
  let unmatched = 0;
  const rateErr: number[] = [];
  const depthErr: number[] = [];
  for (const c of attempt.compressions) {
    const i = strokes.findIndex((st) => c.onsetT >= st.downT - 1 && c.onsetT <= st.upT + 1);
    if (i < 0) unmatched++;
    else hits[i]!++;
    if (c.rateCpm !== null) rateErr.push(c.rateCpm - spec.rateCpm);
    if (c.depthMm !== null) depthErr.push(c.depthMm - spec.depthMm);
  }
  const missed = hits.filter((h) => h === 0).length;
  const extra = unmatched + hits.reduce((s, h) => s + Math.max(0, h - 1), 0);
  const sentRates = strokes.slice(1).map((st, i) => 60000 / (st.downT - strokes[i]!.downT));
  const sentRate = sentRates.length ? sentRates.reduce((a, x) => a + x, 0) / sentRates.length : null;
  const sentPeak = strokes.length ? strokes.reduce((a, st) => a + st.peakMm, 0) / strokes.length : null;
  const rateError = attempt.meanCpm === null ? null : attempt.meanCpm - spec.rateCpm;
  const depthError = attempt.meanMm === null ? null : attempt.meanMm - spec.depthMm;
  const intervals = frames.slice(1).map((f, i) => f.frameT - frames[i]!.frameT);
  const span = frames.length > 1 ? frames[frames.length - 1]!.frameT - frames[0]!.frameT : 0;
  const busyMs = rec.busy.reduce((s, [a, b]) => s + (b - a), 0);
  const met = {
    rate: rateError !== null && Math.abs(rateError) <= TARGETS.rateErrorCpm,
    depth: depthError !== null && Math.abs(depthError) <= TARGETS.depthErrorMm,
    count: missed === TARGETS.missed && extra === TARGETS.extra,
    nextFrame: notShown === 0 && fromSend.frames.length === sampling && fromSend.frames.every((k) => k === TARGETS.frames),
    all: false,
  };
  met.all = met.rate && met.depth && met.count && met.nextFrame;
  return {
    target: { rateCpm: spec.rateCpm, depthMm: spec.depthMm },
    load: { cpuThrottle: settings.cpuThrottle, busyLoop: settings.busy.periodMs > 0 },
    dispatched: {
      compressions: strokes.length,
      events: events.length,
      samplingEvents: sampling,
      pxPerMm,
      meanRateCpm: round(sentRate, 3),
      meanPeakMm: round(sentPeak, 3),
    },
    measured: {
      compressions: attempt.compressionCount,
      meanRateCpm: round(attempt.meanCpm, 3),
      meanDepthMm: round(attempt.meanMm, 3),
      samples: attempt.logSamples,
      droppedSamples: attempt.dropped,
    },
    rateErrorCpm: round(rateError, 3),
    depthErrorMm: round(depthError, 3),
    engineRateErrorCpm: attempt.meanCpm !== null && sentRate !== null ? round(attempt.meanCpm - sentRate, 3) : null,
    engineDepthErrorMm: attempt.meanMm !== null && sentPeak !== null ? round(attempt.meanMm - sentPeak, 3) : null,
    maxCompressionRateErrorCpm: rateErr.length ? round(maxAbs(rateErr), 3) : null,
    maxCompressionDepthErrorMm: depthErr.length ? round(maxAbs(depthErr), 3) : null,
    missed,
    extra,
    timestamps: { honoured: tsErr.length, maxAbsErrorMs: tsErr.length ? round(maxAbs(tsErr), 3) : null },
    latency: {
      fromTimestamp: view(fromTs),
      fromSend: view(fromSend),
      fromPage: view(fromPage),
      afterFirstStroke: view(steady),
      notShown,
      deliveryMs: distribution(delivery, 1),
      driverSendLagMs: distribution(sendLag, 1),
    },
    frames: {
      count: frames.length,
      intervalMs: distribution(intervals, 1),
      workMs: distribution(frames.filter((f) => f.startT >= 0).map((f) => f.frameT - f.startT), 1),
      batchedRecords: rec.batchedFrameRecords,
    },
    busyMainThread: { blocks: rec.busy.length, busyShare: span > 0 ? round(busyMs / span, 3) : null },
    pageErrors,
    clockLinkRttMs: null,
    met,
  };
}

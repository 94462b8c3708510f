/**
 * The synthetic pointer: a separate Node process that sends `Input.dispatchMouseEvent` to one page
 * over its own DevTools WebSocket, each event at its own time and with its own `timestamp`.
 *
 * Why a separate process: sending through Playwright's client costs ~1 ms of CPU per event in the
 * bench's main process, and on a small machine (2 CPUs, Chromium's GPU process rendering WebGL in
 * software at a higher priority) that process was descheduled for up to ~300 ms, so events reached
 * the browser late and in bursts; the "input → frame" figure then measured the driver, not the app.
 * Here a send is one JSON write on a WebSocket and nothing else runs on this event loop.
 *
 * Protocol (IPC with the parent, bench/drill-bench.ts):
 *   → { cmd: 'connect', wsUrl }                        ← { ok: true, nice }  (the priority it got, or null)
 *   → { cmd: 'link' }                                  ← { ok: true, rttMs }  (ties this clock to the page's;
 *     once per page load, before the page is throttled, or the round trips skew the offset)
 *   → { cmd: 'run', leadMs, events: DriverEvent[] }    ← { ok: true, baseT, sendLagMs: number[] }
 *     (event `t` is relative; the driver picks baseT = page's performance.now() + leadMs and sends
 *     each event when the page clock reaches baseT + t, stamped (timeOrigin + baseT + t) / 1000 s)
 *   → { cmd: 'close' }
 * Any failure answers { ok: false, error }.
 */
import { setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * A pointer is hardware: it is never late. Ask the OS to schedule this process ahead of Chromium's
 * browser and GPU processes (which run at nice −8); without the right to do so it stays at 0 and
 * its lateness shows in the results (driverSendLagMs).
 */
export const DRIVER_NICE = -10;
let niceApplied: number | null = null;
try {
  setPriority(DRIVER_NICE);
  niceApplied = DRIVER_NICE;
} catch {
  niceApplied = null;
}

export interface DriverEvent {
  t: number;
  type: 'mouseMoved' | 'mousePressed' | 'mouseReleased';
  x: number;
  y: number;
  button: 'none' | 'left';
  buttons: number;
  clickCount: number;
}

type Msg =
  | { cmd: 'connect'; wsUrl: string }
  | { cmd: 'link' }
  | { cmd: 'run'; leadMs: number; events: DriverEvent[] }
  | { cmd: 'close' };

interface CdpReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

let ws: WebSocket | undefined;
let nextId = 1;
const waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();

function send(method: string, params: object): Promise<unknown> {
  const id = nextId++;
  const p = new Promise<unknown>((ok, fail) => waiting.set(id, { ok, fail }));
  ws!.send(JSON.stringify({ id, method, params }));
  return p;
}

async function connect(url: string): Promise<void> {
  const sock = new WebSocket(url);
  await new Promise<void>((ok, fail) => {
    sock.onopen = () => ok();
    sock.onerror = () => fail(new Error(`cannot connect to ${url}`));
  });
  sock.onmessage = (ev: MessageEvent) => {
    const m = JSON.parse(String(ev.data)) as CdpReply;
    if (m.id === undefined) return;
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error) w.fail(new Error(m.error.message));
    else w.ok(m.result);
  };
  sock.onclose = () => {
    for (const w of waiting.values()) w.fail(new Error('DevTools connection closed'));
    waiting.clear();
  };
  ws = sock;
}

const now = () => performance.timeOrigin + performance.now();

/** This process's clock against the page's: pageT = now() + offset − pageOrigin. */
let clock: { origin: number; offset: number; rtt: number } | null = null;

async function link(): Promise<{ origin: number; offset: number; rtt: number }> {
  let best = { origin: 0, offset: 0, rtt: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 7; i++) {
    const t1 = now();
    const r = (await send('Runtime.evaluate', { expression: '[performance.timeOrigin, performance.now()]', returnByValue: true })) as {
      result: { value: [number, number] };
    };
    const t2 = now();
    const [origin, pageNow] = r.result.value;
    if (t2 - t1 < best.rtt) best = { origin, offset: origin + pageNow - (t1 + t2) / 2, rtt: t2 - t1 };
  }
  return best;
}


async function until(at: number): Promise<void> {
  for (;;) {
    const left = at - now();
    if (left <= 0) return;
    if (left > 2) await new Promise((r) => setTimeout(r, left - 2));
    else await new Promise((r) => setImmediate(r));
  }
}

async function run(leadMs: number, events: readonly DriverEvent[]) {
  if (!clock) throw new Error('run before link');
  const { origin, offset } = clock;
  const baseT = now() + offset - origin + leadMs;
  const sendLagMs: number[] = [];
  const pending: Promise<unknown>[] = [];
  for (const e of events) {
    const at = baseT + e.t + origin - offset; // this process's clock
    await until(at);
    sendLagMs.push(now() - at);
    const { t, ...rest } = e;
    pending.push(send('Input.dispatchMouseEvent', { ...rest, timestamp: (origin + baseT + t) / 1000 }));
  }
  await Promise.all(pending);
  return { baseT, sendLagMs };
}

const reply = (m: object) => process.send?.(m);

process.on('message', (m: Msg) => {
  void (async () => {
    try {
      if (m.cmd === 'connect') {
        await connect(m.wsUrl);
        reply({ ok: true, nice: niceApplied });
      } else if (m.cmd === 'link') {
        clock = await link();
        reply({ ok: true, rttMs: clock.rtt });
      } else if (m.cmd === 'run') {
        reply({ ok: true, ...(await run(m.leadMs, m.events)) });
      } else {
        ws?.close();
        process.disconnect?.();
      }
    } catch (e) {
      reply({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  })();
});

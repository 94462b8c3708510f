/**
 * What the benchmark injects into the page (as plain script text, so no transpiler helper can leak
 * into the serialised code). It only observes, except for the busy-loop load it is asked to add:
 *
 * - a capture listener on window for pointerdown/move/up that records each event's `timeStamp`,
 *   its coalesced events' timestamps and `performance.now()` when the page received it (the
 *   capture listener runs before the app's own listener on the chest);
 * - a requestAnimationFrame loop that is always the first rAF callback of a frame and notes when
 *   the frame's rAF work started on the main thread, so a rendered frame can be tied to its start;
 * - a MutationObserver on the chest's `data-shown-sample-t` / `data-shown-frame-t`, which the
 *   scene sets after every rendered frame: one record per frame (sample shown, frame start, frame end);
 * - a busy loop on demand: every `periodMs` a timer blocks the main thread for a (seeded)
 *   random `minMs`–`maxMs` of wall-clock time.
 */

export interface InputRecord {
  type: 'pointerdown' | 'pointermove' | 'pointerup';
  /** event.timeStamp */
  ts: number;
  /** performance.now() when the capture listener ran */
  at: number;
  /** timeStamps of getCoalescedEvents() (pointermove only; empty otherwise) */
  co: number[];
}

export interface FrameRecord {
  /** data-shown-sample-t: event timestamp of the newest sample drawn */
  sampleT: number;
  /** data-shown-frame-t: performance.now() after the render */
  frameT: number;
  /** performance.now() when this frame's first rAF callback started */
  startT: number;
}

export interface PageRecords {
  inputs: InputRecord[];
  frames: FrameRecord[];
  busy: [number, number][];
  /** Observer callbacks that carried more than one frame (each is reconstructed from oldValue). */
  batchedFrameRecords: number;
}

export const INSTRUMENT_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const store = {
    inputs: [], frames: [], busy: [], batchedFrameRecords: 0,
    frameStart: -1, busyTimer: 0, observer: null,
  };
  window.__bench = store;
  for (const type of ['pointerdown', 'pointermove', 'pointerup']) {
    window.addEventListener(type, (e) => {
      const co = type === 'pointermove' && typeof e.getCoalescedEvents === 'function'
        ? e.getCoalescedEvents().map((c) => c.timeStamp) : [];
      store.inputs.push({ type, ts: e.timeStamp, at: performance.now(), co });
    }, { capture: true });
  }
  // Frame start: this loop registers its rAF before any page script does and re-registers first
  // thing in its callback, so it stays the first callback of every frame (callbacks run in
  // registration order); its start is when the frame's rAF work began on the main thread.
  const onFrame = () => {
    requestAnimationFrame(onFrame);
    store.frameStart = performance.now();
  };
  requestAnimationFrame(onFrame);
  store.watch = () => {
    const chest = document.querySelector('[data-testid="cpr-chest"]');
    if (!chest) return false;
    if (store.observer) store.observer.disconnect();
    store.observer = new MutationObserver((records) => {
      const fr = records.filter((r) => r.attributeName === 'data-shown-frame-t');
      const sr = records.filter((r) => r.attributeName === 'data-shown-sample-t');
      if (fr.length === 0) return;
      const frameVals = fr.slice(1).map((r) => Number(r.oldValue)).concat([Number(chest.dataset.shownFrameT)]);
      const sampleVals = sr.length === fr.length
        ? sr.slice(1).map((r) => Number(r.oldValue)).concat([Number(chest.dataset.shownSampleT)])
        : frameVals.map(() => Number(chest.dataset.shownSampleT));
      if (fr.length > 1) store.batchedFrameRecords++;
      for (let i = 0; i < frameVals.length; i++) {
        store.frames.push({ sampleT: sampleVals[i], frameT: frameVals[i], startT: store.frameStart });
      }
    });
    store.observer.observe(chest, {
      attributes: true, attributeOldValue: true,
      attributeFilter: ['data-shown-frame-t', 'data-shown-sample-t'],
    });
    return true;
  };
  store.startBusy = (periodMs, minMs, maxMs, seed) => {
    let s = seed >>> 0;
    clearInterval(store.busyTimer);
    store.busyTimer = setInterval(() => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const dur = minMs + (maxMs - minMs) * (s / 4294967296);
      const t0 = performance.now();
      while (performance.now() - t0 < dur) { /* block the main thread */ }
      store.busy.push([t0, performance.now()]);
    }, periodMs);
  };
  store.stopBusy = () => clearInterval(store.busyTimer);
  store.reset = () => { store.inputs = []; store.frames = []; store.busy = []; store.batchedFrameRecords = 0; };
  store.take = () => ({
    inputs: store.inputs, frames: store.frames, busy: store.busy,
    batchedFrameRecords: store.batchedFrameRecords,
  });
})();
`;

/** Reads the attempt the drill just stored (IndexedDB 'rescuedrill', store 'attempts'). */
export const READ_ATTEMPT_SCRIPT = String.raw`
new Promise((resolve, reject) => {
  const id = decodeURIComponent(location.hash.replace(/^#\/results\//, ''));
  const open = indexedDB.open('rescuedrill');
  open.onerror = () => reject(new Error('cannot open IndexedDB rescuedrill'));
  open.onsuccess = () => {
    const db = open.result;
    const get = db.transaction('attempts', 'readonly').objectStore('attempts').get(id);
    get.onerror = () => { db.close(); reject(new Error('cannot read attempt ' + id)); };
    get.onsuccess = () => {
      db.close();
      const a = get.result;
      if (!a) { reject(new Error('no attempt ' + id)); return; }
      const m = a.summary.metrics;
      resolve({
        id,
        logSamples: a.log.samples.length,
        samples: m.samples,
        dropped: m.dropped,
        compressionCount: m.compressionCount,
        meanCpm: m.rate.meanCpm,
        meanMm: m.depth.meanMm,
        compressions: m.compressions.map((c) => ({
          onsetT: c.onsetT, releaseT: c.releaseT, depthMm: c.depthMm, rateCpm: c.rateCpm, source: c.source,
        })),
      });
    };
  };
})
`;

export interface StoredAttempt {
  id: string;
  logSamples: number;
  samples: number;
  dropped: number;
  compressionCount: number;
  meanCpm: number | null;
  meanMm: number | null;
  compressions: { onsetT: number; releaseT: number; depthMm: number | null; rateCpm: number | null; source: string }[];
}

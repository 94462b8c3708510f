import type { Store } from '../adapters/storage';
import { createXapiRecords, parseLaunchParams, type KeyValue, type RecordSink, type XapiRecords } from '../adapters/records';
import type { AttemptRecord } from '../core/attempt';
import type { LearningEvent } from '../core/records';
import type { Language } from '../core/settings';
import type { AttemptRepository, RecordsPort } from '../ui/ports';

/** Browser storage that may be missing or refuse access (private mode, disabled site data). */
function webStorage(get: () => Storage): KeyValue {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return get().getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        get().setItem(key, value);
      } catch {
        // Kept in memory for this page.
      }
    },
  };
}

/**
 * Sends every learning event to every sink. Another reporter (e.g. SCORM) is one more entry in
 * `sinks`; a failing sink never affects the others or the screen that reported the event.
 */
export function fanOut(sinks: readonly RecordSink[]): (event: LearningEvent) => void {
  return (event) => {
    for (const sink of sinks) {
      try {
        void Promise.resolve(sink.handle(event)).catch(() => {});
      } catch {
        // A sink's own failure is its own to report.
      }
    }
  };
}

/** The attempts repository, reporting each successful save as `attemptSaved`. */
export function recordingAttempts(repo: AttemptRepository, record: (e: LearningEvent) => void): AttemptRepository {
  return {
    async putAttempt(a: AttemptRecord) {
      await repo.putAttempt(a);
      record({ type: 'attemptSaved', attempt: structuredClone(a) });
    },
    getAttempt: (id) => repo.getAttempt(id),
    listAttempts: (filter) => repo.listAttempts(filter),
  };
}

export interface AppRecords {
  port: RecordsPort;
  xapi: XapiRecords;
}

export function createRecords(opts: {
  store: Store;
  language: () => Language;
  learner: () => Promise<{ id: string; name: string }>;
  /** Other reporters beside xAPI/cmi5 (a SCORM launch). */
  sinks?: readonly RecordSink[];
}): AppRecords {
  const xapi = createXapiRecords({
    store: opts.store,
    fetch: (input, init) => fetch(input, init),
    local: webStorage(() => localStorage),
    session: webStorage(() => sessionStorage),
    homePage: new URL('./', location.href).href.split('?')[0] ?? location.origin,
    platform: `RescueDrill ${__APP_VERSION__}`,
    language: opts.language,
    learner: opts.learner,
    launch: parseLaunchParams(location.search, location.hash),
    online: () => navigator.onLine,
  });
  const record = fanOut([xapi.sink, ...(opts.sinks ?? [])]);

  window.addEventListener('online', () => void xapi.sendNow());
  window.addEventListener('pagehide', () => void xapi.terminate());

  return {
    xapi,
    port: {
      record,
      status: () => xapi.status(),
      onChange: (cb) => xapi.onChange(cb),
      config: () => xapi.config(),
      configure: (c) => xapi.configure(c),
      testConnection: () => xapi.testConnection(),
      sendNow: () => xapi.sendNow(),
      async exitLaunch() {
        const back = xapi.status().launch?.returnURL ?? null;
        await xapi.terminate();
        if (back) location.assign(back);
      },
    },
  };
}

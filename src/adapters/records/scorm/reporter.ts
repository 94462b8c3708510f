import type { AttemptRecord } from '../../../core/attempt';
import { findScormApi, type ApiHost, type FoundApi, type ScormVersion } from './api';
import { scorm12Time, scorm2004Time } from './time';

/**
 * A SCO's side of an LMS launch: reads who the learner is, reports the theory exam's outcome and
 * ends the session. Every LMS call is checked; a failure becomes a message key for the UI (never
 * an exception), and the app goes on working as if there were no LMS.
 */
export interface ScormReporter {
  readonly version: ScormVersion;
  /** The LMS's learner (1.2 `cmi.core.student_*`, 2004 `cmi.learner_*`), names as given. */
  learner(): { id: string; name: string } | undefined;
  /** Called after every save of an attempt; only a finished theory exam is reported. */
  attemptSaved(attempt: AttemptRecord): void;
  /** Writes the session time and exit, commits and ends the session. Safe to call twice. */
  finish(): void;
}

export const SCORM_NOTICES = {
  /** The LMS refused to start the session; nothing will be reported. */
  initFailed: 'scorm.notice.initFailed',
  /** The LMS returned an error code for a call (params: code, call). */
  error: 'scorm.notice.error',
  /** The result was reported to the LMS (params: score). */
  reported: 'scorm.notice.reported',
} as const;

export type ScormNotify = (key: string, params?: Record<string, unknown>) => void;

export interface ScormOptions {
  notify?: ScormNotify;
  /** Monotonic ms clock for the session time. */
  now?: () => number;
  /** Which API to look for first: from the launch URL's `scorm=` parameter. */
  prefer?: ScormVersion;
}

/** What a finished exam needs to look like for reporting; read defensively from the record. */
interface ExamOutcome {
  scorePct: number;
  passed: boolean;
}

function examOutcome(a: AttemptRecord): ExamOutcome | undefined {
  if (a.module !== 'theoryExam') return undefined;
  const log = a.log as { kind?: unknown } | null;
  const summary = a.summary as { status?: unknown; scorePct?: unknown; passed?: unknown } | null;
  if (!log || log.kind !== 'theoryExam' || !summary || summary.status !== 'finished') return undefined;
  if (typeof summary.scorePct !== 'number' || !Number.isFinite(summary.scorePct) || typeof summary.passed !== 'boolean') return undefined;
  return { scorePct: Math.max(0, Math.min(100, summary.scorePct)), passed: summary.passed };
}

/** A uniform face over the two APIs, checking every call. */
interface Calls {
  init(): boolean;
  get(el: string): string;
  set(el: string, value: string): boolean;
  commit(): boolean;
  end(): boolean;
}

function checkedCalls(found: FoundApi, notify: ScormNotify): Calls {
  const lastError = (): string => {
    try {
      return String(found.version === '1.2' ? found.api.LMSGetLastError() : found.api.GetLastError());
    } catch {
      return '101';
    }
  };
  let reported = false;
  const fail = (call: string): false => {
    const code = lastError();
    // One notice per session is enough for the learner; the rest would repeat it.
    if (!reported) {
      reported = true;
      notify(SCORM_NOTICES.error, { code, call });
    }
    return false;
  };
  const run = (call: string, f: () => unknown): boolean => {
    let r: unknown;
    try {
      r = f();
    } catch {
      return fail(call);
    }
    return String(r) === 'true' ? true : fail(call);
  };
  if (found.version === '1.2') {
    const api = found.api;
    return {
      init: () => run('LMSInitialize', () => api.LMSInitialize('')),
      get: (el) => {
        try {
          return String(api.LMSGetValue(el) ?? '');
        } catch {
          return '';
        }
      },
      set: (el, v) => run(`LMSSetValue ${el}`, () => api.LMSSetValue(el, v)),
      commit: () => run('LMSCommit', () => api.LMSCommit('')),
      end: () => run('LMSFinish', () => api.LMSFinish('')),
    };
  }
  const api = found.api;
  return {
    init: () => run('Initialize', () => api.Initialize('')),
    get: (el) => {
      try {
        return String(api.GetValue(el) ?? '');
      } catch {
        return '';
      }
    },
    set: (el, v) => run(`SetValue ${el}`, () => api.SetValue(el, v)),
    commit: () => run('Commit', () => api.Commit('')),
    end: () => run('Terminate', () => api.Terminate('')),
  };
}

/** The `scorm=` launch parameter: `1.2`/`12` or `2004`; anything else leaves the default order. */
export function preferredVersion(search: string): ScormVersion | undefined {
  const v = new URLSearchParams(search).get('scorm');
  if (v === '1.2' || v === '12') return '1.2';
  if (v === '2004') return '2004';
  return undefined;
}

/**
 * Looks for an LMS around `win` and starts a session with it. Undefined when there is no LMS or
 * it refused to initialise (then a notice says so and the app runs on its own).
 */
export function createScormReporter(win: ApiHost, opts: ScormOptions = {}): ScormReporter | undefined {
  const notify = opts.notify ?? (() => {});
  const now = opts.now ?? (() => performance.now());
  const found = findScormApi(win, opts.prefer);
  if (!found) return undefined;
  const calls = checkedCalls(found, notify);
  if (!calls.init()) {
    notify(SCORM_NOTICES.initFailed);
    return undefined;
  }
  const v12 = found.version === '1.2';
  const startedAt = now();
  const reportedIds = new Set<string>();
  let started = false;
  let anyReported = false;
  let finished = false;

  const id = calls.get(v12 ? 'cmi.core.student_id' : 'cmi.learner_id').trim();
  const name = calls.get(v12 ? 'cmi.core.student_name' : 'cmi.learner_name').trim();

  function markStarted(): void {
    if (started || anyReported) return;
    started = true;
    // An exam under way: the LMS shows the SCO as begun but not done.
    if (v12) {
      if (calls.get('cmi.core.lesson_status') === 'not attempted') calls.set('cmi.core.lesson_status', 'incomplete');
    } else if (calls.get('cmi.completion_status') !== 'completed') calls.set('cmi.completion_status', 'incomplete');
    calls.commit();
  }

  function report(o: ExamOutcome): void {
    const raw = String(Math.round(o.scorePct * 100) / 100);
    const status = o.passed ? 'passed' : 'failed';
    if (v12) {
      calls.set('cmi.core.score.min', '0');
      calls.set('cmi.core.score.max', '100');
      calls.set('cmi.core.score.raw', raw);
      calls.set('cmi.core.lesson_status', status);
      calls.set('cmi.core.session_time', scorm12Time(now() - startedAt));
    } else {
      calls.set('cmi.score.min', '0');
      calls.set('cmi.score.max', '100');
      calls.set('cmi.score.raw', raw);
      calls.set('cmi.score.scaled', String(Math.round(o.scorePct * 100) / 10_000));
      calls.set('cmi.completion_status', 'completed');
      calls.set('cmi.success_status', status);
      calls.set('cmi.session_time', scorm2004Time(now() - startedAt));
    }
    if (calls.commit()) notify(SCORM_NOTICES.reported, { score: raw });
  }

  return {
    version: found.version,
    learner: () => (id ? { id, name } : undefined),
    attemptSaved(a) {
      if (finished || a.module !== 'theoryExam') return;
      const o = examOutcome(a);
      if (!o) {
        if ((a.log as { kind?: unknown } | null)?.kind === 'theoryExam') markStarted();
        return;
      }
      if (reportedIds.has(a.id)) return;
      reportedIds.add(a.id);
      anyReported = true;
      report(o);
    },
    finish() {
      if (finished) return;
      finished = true;
      if (v12) {
        calls.set('cmi.core.session_time', scorm12Time(now() - startedAt));
        calls.set('cmi.core.exit', anyReported ? '' : 'suspend');
      } else {
        calls.set('cmi.session_time', scorm2004Time(now() - startedAt));
        calls.set('cmi.exit', anyReported ? 'normal' : 'suspend');
      }
      calls.commit();
      calls.end();
    },
  };
}

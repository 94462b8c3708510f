import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { AttemptRecord } from '../../../src/core/attempt';
import {
  createScormReporter,
  findScormApi,
  preferredVersion,
  scorm12Time,
  scorm2004Time,
  SCORM_NOTICES,
  type ApiHost,
} from '../../../src/adapters/records/scorm';
import { LOCALES } from '../../../src/content/locales/all';

function exam(id: string, status: 'inProgress' | 'finished', scorePct: number, passed: boolean): AttemptRecord {
  return {
    id,
    schemaVersion: 1,
    learnerId: 'scorm:s-1',
    module: 'theoryExam',
    mode: 'assessment',
    profileId: 'crc',
    profileVersion: '1',
    patient: 'adult',
    startedAt: '2026-01-01T08:00:00.000Z',
    score: scorePct,
    log: { kind: 'theoryExam' },
    summary: { status, scorePct, passed },
  };
}

/** A frame chain: the SCO's window inside `depth` frames, the top one holding `apis`. */
function frames(depth: number, apis: Record<string, unknown>): ApiHost {
  const top: ApiHost = { ...apis };
  top.parent = top;
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('finding the LMS API', () => {
  const api12 = new Scorm12API({ logLevel: 5 });
  const api2004 = new Scorm2004API({ logLevel: 5 });

  it('walks up the parents, then tries the opener', () => {
    expect(findScormApi(frames(0, { API: api12 }))?.version).toBe('1.2');
    expect(findScormApi(frames(3, { API_1484_11: api2004 }))?.version).toBe('2004');
    const popup: ApiHost = { opener: frames(2, { API: api12 }) };
    popup.parent = popup;
    expect(findScormApi(popup)?.version).toBe('1.2');
  });

  it('gives up after the hop limit and at a cross-origin parent', () => {
    expect(findScormApi(frames(40, { API: api12 }))).toBeUndefined();
    const guarded = new Proxy({} as ApiHost, {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScormApi({ parent: guarded })).toBeUndefined();
    expect(findScormApi(frames(2, {}))).toBeUndefined();
  });

  it('looks for the launch URL\'s version first when a window holds both', () => {
    const both = frames(1, { API: api12, API_1484_11: api2004 });
    expect(findScormApi(both, '1.2')?.version).toBe('1.2');
    expect(findScormApi(both, '2004')?.version).toBe('2004');
    expect(preferredVersion('?scorm=1.2')).toBe('1.2');
    expect(preferredVersion('?scorm=2004')).toBe('2004');
    expect(preferredVersion('?scorm=1')).toBeUndefined();
  });
});

describe('the SCORM 1.2 reporter against an LMS-side runtime', () => {
  function launch() {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 's-1', student_name: 'Doe, Jane <b>' } }, '');
    const notices: string[] = [];
    let t = 0;
    const r = createScormReporter(frames(1, { API: api }), { notify: (k) => notices.push(k), now: () => t });
    return { api, r, notices, advance: (ms: number) => (t += ms) };
  }

  it('reads the learner as given and reports a finished exam once', () => {
    const { api, r, notices, advance } = launch();
    expect(r?.version).toBe('1.2');
    expect(r?.learner()).toEqual({ id: 's-1', name: 'Doe, Jane <b>' });
    r?.attemptSaved(exam('e1', 'inProgress', 0, false));
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    advance(125_500);
    r?.attemptSaved(exam('e1', 'finished', 86.67, true));
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('86.67');
    expect(api.LMSGetValue('cmi.core.score.min')).toBe('0');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(notices).toEqual([SCORM_NOTICES.reported]);
    r?.finish();
    r?.finish();
    expect(api.isTerminated()).toBe(true);
  });

  it('reports a fail as failed and ignores other modules and practice', () => {
    const { api, r } = launch();
    r?.attemptSaved({ ...exam('c1', 'finished', 90, true), module: 'cpr' });
    r?.attemptSaved({ ...exam('p1', 'finished', 90, true), log: { kind: 'theoryPractice' } });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('not attempted');
    r?.attemptSaved(exam('e2', 'finished', 40, false));
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
  });

  it('turns an LMS error code into one notice, never an exception', () => {
    const { api, r, notices } = launch();
    // An LMS that refuses writes (read-only element, storage full on its side, …).
    api.LMSSetValue = () => 'false';
    api.LMSGetLastError = () => '405';
    api.LMSCommit = () => {
      throw new Error('network down');
    };
    expect(() => r?.attemptSaved(exam('e3', 'finished', 90, true))).not.toThrow();
    expect(() => r?.finish()).not.toThrow();
    expect(notices).toEqual([SCORM_NOTICES.error]);
  });

  it('says so when the LMS refuses to initialise', () => {
    const notices: string[] = [];
    const broken = { LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception' };
    expect(createScormReporter(frames(0, { API: broken }), { notify: (k) => notices.push(k) })).toBeUndefined();
    expect(notices).toContain(SCORM_NOTICES.initFailed);
  });

  it('finds nothing without an LMS', () => {
    expect(createScormReporter(frames(2, {}))).toBeUndefined();
  });
});

describe('the SCORM 2004 reporter against an LMS-side runtime', () => {
  it('reports raw, scaled, completion, success and session time', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ learner_id: 'L-9', learner_name: 'Li, Hua' }, '');
    let t = 0;
    const r = createScormReporter(frames(2, { API_1484_11: api }), { now: () => t });
    expect(r?.learner()).toEqual({ id: 'L-9', name: 'Li, Hua' });
    t = 61_000;
    r?.attemptSaved(exam('e1', 'finished', 80, true));
    expect(api.GetValue('cmi.score.raw')).toBe('80');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.8');
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    r?.finish();
    expect(api.isTerminated()).toBe(true);
  });
});

describe('session time formats', () => {
  it('writes CMITimespan and ISO 8601 durations', () => {
    expect(scorm12Time(0)).toBe('00:00:00.00');
    expect(scorm12Time(3_723_450)).toBe('01:02:03.45');
    expect(scorm2004Time(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Time(5_000)).toBe('PT5S');
  });
});

describe('SCORM notices', () => {
  it('are translated in both languages', () => {
    const has = (tree: unknown, key: string) =>
      typeof key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree) === 'string';
    for (const key of Object.values(SCORM_NOTICES)) {
      expect(has(LOCALES['zh-CN'], key), key).toBe(true);
      expect(has(LOCALES.en, key), key).toBe(true);
    }
  });
});

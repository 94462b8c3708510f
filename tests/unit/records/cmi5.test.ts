import { describe, expect, it } from 'vitest';
import { parseLaunchParams, verdictVerbs, type Cmi5Session, type LaunchMode } from '../../../src/adapters/records/cmi5';

function session(launchMode: LaunchMode, sent: Cmi5Session['sent'] = {}): Cmi5Session {
  return {
    params: {
      endpoint: 'https://lrs.example.org/xAPI/',
      fetch: 'https://lms.example.org/fetch/1',
      actor: { objectType: 'Agent', name: 'A', account: { homePage: 'https://lms.example.org', name: 'a1' } },
      registration: 'r',
      activityId: 'urn:rescuedrill:xapi:au:theory-exam',
    },
    authorization: 'Basic x',
    launchData: { contextTemplate: {}, launchMode },
    startedAt: 0,
    sent,
  };
}

describe('cmi5 rules', () => {
  it('passed or failed then completed, in Normal mode only', () => {
    expect(verdictVerbs(session('Normal'), true)).toEqual(['passed', 'completed']);
    expect(verdictVerbs(session('Normal'), false)).toEqual(['failed', 'completed']);
    expect(verdictVerbs(session('Normal'), null)).toEqual(['completed']);
    expect(verdictVerbs(session('Browse'), true)).toEqual([]);
    expect(verdictVerbs(session('Review'), false)).toEqual([]);
  });

  it('never a second passed or completed, never failed after passed; passed may follow failed', () => {
    expect(verdictVerbs(session('Normal', { passed: true, completed: true }), true)).toEqual([]);
    expect(verdictVerbs(session('Normal', { passed: true, completed: true }), false)).toEqual([]);
    expect(verdictVerbs(session('Normal', { failed: true, completed: true }), true)).toEqual(['passed']);
    expect(verdictVerbs(session('Normal', { failed: true, completed: true }), false)).toEqual([]);
  });

  it('reads the launch parameters and refuses a malformed actor', () => {
    const actor = JSON.stringify({ objectType: 'Agent', name: '王芳', account: { homePage: 'https://lms.example.org', name: 'wf' } });
    const q = (a: string) => `?endpoint=${encodeURIComponent('https://lrs.example.org/xAPI')}&fetch=f&actor=${encodeURIComponent(a)}&registration=r&activityId=x`;
    expect(parseLaunchParams(q(actor), '')).toMatchObject({ endpoint: 'https://lrs.example.org/xAPI/', actor: { name: '王芳' } });
    expect(parseLaunchParams(q('{"mbox":"mailto:a@b.c"}'), '')).toBeNull();
    expect(parseLaunchParams(q('not json'), '')).toBeNull();
    expect(parseLaunchParams('?lng=en', '#/theory/exam')).toBeNull();
  });
});

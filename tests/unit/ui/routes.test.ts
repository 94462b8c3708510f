import { describe, expect, it } from 'vitest';
import { cprDrillHash, parseLocation } from '../../../src/ui/routes';

describe('deep links', () => {
  it('opens home for an empty hash', () => {
    expect(parseLocation('', '')).toEqual({ route: { name: 'home' }, language: undefined, unknown: false });
  });

  it('selects the language from ?lng= in the query or in the hash', () => {
    expect(parseLocation('#/settings', '?lng=en').language).toBe('en');
    expect(parseLocation('#/about?lng=zh-CN', '').language).toBe('zh-CN');
  });

  it('ignores an unknown language without failing', () => {
    const p = parseLocation('#/settings', '?lng=klingon');
    expect(p.language).toBeUndefined();
    expect(p.route).toEqual({ name: 'settings' });
  });

  it('falls back to home and flags an unknown module', () => {
    expect(parseLocation('#/teleport', '')).toMatchObject({ route: { name: 'home' }, unknown: true });
  });

  it('opens a CPR drill directly when patient, mode and length are given', () => {
    expect(parseLocation('#/cpr?patient=adult&mode=practice&length=60', '').route).toEqual({
      name: 'cprDrill',
      params: { patient: 'adult', mode: 'practice', length: { kind: 'seconds', seconds: 60 } },
    });
  });

  it('opens the CPR set-up, keeping what was valid, when the link is incomplete or wrong', () => {
    expect(parseLocation('#/cpr?patient=dragon&mode=assessment&length=45', '').route).toEqual({
      name: 'cprSetup',
      preset: { mode: 'assessment' },
    });
  });

  it('round-trips a drill as a deep link', () => {
    const params = { patient: 'infant', mode: 'assessment', length: { kind: 'cycles', cycles: 5 } } as const;
    const hash = cprDrillHash(params);
    expect(parseLocation(hash, '').route).toEqual({ name: 'cprDrill', params });
  });

  it('opens one stored result by id', () => {
    expect(parseLocation('#/results/abc%20d', '').route).toEqual({ name: 'result', id: 'abc d' });
  });
});

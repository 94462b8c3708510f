import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../../src/ui/routes';
import { firstAidHash } from '../../../src/ui/screens/firstaidRoute';
import { firstAidAttemptCsv } from '../../../src/ui/export/firstaidExport';
import type { FirstAidAttempt } from '../../../src/ui/screens/firstaidView';

describe('first-aid deep links', () => {
  it('opens the picker, each kind with an id, and the assessment mode', () => {
    expect(parseLocation('#/firstaid', '').route).toEqual({ name: 'firstaid' });
    expect(parseLocation('#/bleeding/armTourniquet', '').route).toEqual({ name: 'firstaidRun', kind: 'bleeding', id: 'armTourniquet', mode: 'practice' });
    expect(parseLocation('#/bandage/spiral?mode=assessment', '').route).toEqual({ name: 'firstaidRun', kind: 'bandage', id: 'spiral', mode: 'assessment' });
    expect(parseLocation('#/splint/forearm?lng=en', '')).toMatchObject({ route: { kind: 'splint', id: 'forearm' }, language: 'en', unknown: false });
  });

  it('falls back to the picker for a missing or malformed id', () => {
    expect(parseLocation('#/bleeding', '')).toMatchObject({ route: { name: 'firstaid' }, unknown: false });
    expect(parseLocation('#/bandage/<x>', '')).toMatchObject({ route: { name: 'firstaid' }, unknown: true });
  });

  it('round-trips its own hashes', () => {
    expect(parseLocation(firstAidHash('bandage', 'figureEight', 'assessment'), '').route).toEqual({ name: 'firstaidRun', kind: 'bandage', id: 'figureEight', mode: 'assessment' });
  });
});

describe('first-aid export', () => {
  it('writes a header block and one row per item, critical error and measure', () => {
    const L = { 'zh-CN': '甲', en: 'A' };
    const a: FirstAidAttempt = {
      id: 'bleeding-1', schemaVersion: 1, learnerId: 'l', module: 'bleeding', mode: 'practice', profileId: 'crc', profileVersion: '2025.1', patient: 'adult', startedAt: '2026-01-01T00:00:00Z', score: 50,
      log: { kind: 'bleeding', id: 'armTourniquet', version: '1', seed: 7, startT: 100, actions: [] },
      summary: {
        kind: 'bleeding', id: 'armTourniquet', version: '1', title: L, passPct: 80,
        sheet: { items: [{ id: 'gloves', label: L, points: 2, earned: 2, status: 'earned' }], criticalErrors: [{ id: 'tourniquetLoose', label: L, firstT: 1100, count: 1 }], earned: 2, possible: 4, pct: 50, passed: false },
        measures: [{ key: 'tourniquetAbove', value: 60, unit: 'mm', ok: true }],
      },
    };
    const csv = firstAidAttemptCsv(a);
    expect(csv).toContain('# exercise: armTourniquet@1');
    expect(csv).toContain('# critical_errors: tourniquetLoose');
    expect(csv).toContain('item,1,gloves,earned,2,2,,,');
    expect(csv).toContain('critical,1,tourniquetLoose,,,,1,,1000');
    expect(csv).toContain('measure,1,tourniquetAbove,ok,,,60,mm,');
  });
});

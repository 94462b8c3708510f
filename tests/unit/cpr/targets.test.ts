import { describe, expect, it } from 'vitest';
import { TargetsError } from '../../../src/core/cpr/errors';
import { targetsFor } from '../../../src/core/cpr/targets';
import { PATIENTS, PROFILE_IDS } from '../../../src/core/protocol/profile';
import { PROFILES } from '../../../src/content/protocols/index';
import { TEST_PROFILE } from './fixtures';

describe('targetsFor', () => {
  it('flattens a profile into ms-based targets that carry their sources', () => {
    const t = targetsFor(TEST_PROFILE, 'adult');
    expect(t).toMatchObject({
      profileId: 'crc',
      profileVersion: 'test-1',
      patient: 'adult',
      rateCpm: { min: 100, max: 120, source: ['CRC'], productChoice: false },
      depthMm: { min: 50, max: 60, nominalMm: 50 },
      pauseThresholdMs: { value: 2000, source: ['PRODUCT'], productChoice: true },
      maxInterruptionMs: { value: 10000 },
      breathDurationMs: { value: 1000 },
      ratio: { value: { compressions: 30, breaths: 2 } },
      compressionFractionPct: { value: 60, source: ['AHA2020'] },
    });
  });

  it('uses the patient depth band and the two-rescuer ratio only for children and infants', () => {
    expect(targetsFor(TEST_PROFILE, 'infant').depthMm).toMatchObject({ min: 35, max: 45, productChoice: true });
    expect(targetsFor(TEST_PROFILE, 'infant', { rescuers: 2 }).ratio.value).toEqual({ compressions: 15, breaths: 2 });
    expect(targetsFor(TEST_PROFILE, 'adult', { rescuers: 2 }).ratio.value).toEqual({ compressions: 30, breaths: 2 });
  });

  it('does not share arrays with the profile', () => {
    const t = targetsFor(TEST_PROFILE, 'adult');
    t.rateCpm.source.push('ILCOR');
    expect(TEST_PROFILE.compression.ratePerMin.source).toEqual(['CRC']);
  });

  it('rejects broken profile data', () => {
    const broken = structuredClone(TEST_PROFILE);
    broken.compression.ratePerMin = { min: 120, max: 100, source: ['CRC'] };
    expect(() => targetsFor(broken, 'adult')).toThrow(TargetsError);
  });

  it('builds valid targets from every shipped profile and patient', () => {
    for (const id of PROFILE_IDS) {
      for (const p of PATIENTS) {
        const t = targetsFor(PROFILES[id], p);
        expect(t.profileId).toBe(id);
        expect(t.depthMm.min).toBeLessThanOrEqual(t.depthMm.max);
      }
    }
  });
});

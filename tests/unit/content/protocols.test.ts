import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../src/content/protocols';
import { protocolProfileSchema } from '../../../src/content/protocols/schema';
import { PROFILE_IDS } from '../../../src/core/protocol/profile';

describe('protocol profiles', () => {
  it.each(PROFILE_IDS)('%s passes the schema (every number sourced)', (id) => {
    const result = protocolProfileSchema.safeParse(PROFILES[id]);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('rejects a profile with an unsourced threshold', () => {
    const broken = structuredClone(PROFILES.crc) as unknown as { compression: { ratePerMin: { source: string[] } } };
    broken.compression.ratePerMin.source = [];
    expect(protocolProfileSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a source key that clinical.md does not define', () => {
    const broken = structuredClone(PROFILES.aha2025) as unknown as { breathDurationS: { source: string[] } };
    broken.breathDurationS.source = ['WIKIPEDIA'];
    expect(protocolProfileSchema.safeParse(broken).success).toBe(false);
  });

  it('keeps the emergency numbers of clinical.md', () => {
    expect(PROFILES.crc.emergencyNumber.value).toBe('120');
    expect(PROFILES.aha2025.emergencyNumber.value).toBe('911');
    expect(PROFILES.erc2025.emergencyNumber.value).toBe('112');
  });

  it('scores adult depth 50–60 mm and rate 100–120/min in every profile', () => {
    for (const id of PROFILE_IDS) {
      expect(PROFILES[id].compression.depth.adult.band).toMatchObject({ min: 50, max: 60 });
      expect(PROFILES[id].compression.ratePerMin).toMatchObject({ min: 100, max: 120 });
    }
  });

  it('marks every product-chosen band as such, so results can label it', () => {
    for (const id of PROFILE_IDS) {
      expect(PROFILES[id].compression.depth.child.band.productChoice).toBe(true);
      expect(PROFILES[id].compression.recoilToleranceMm.productChoice).toBe(true);
    }
  });
});

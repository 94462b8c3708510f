import type { ProtocolProfile } from '../../../src/core/protocol/profile';
import { targetsFor, type CprTargets } from '../../../src/core/cpr/targets';

/**
 * A self-contained profile so these tests do not move when the shipped protocol data changes. The
 * numbers mirror clinical.md (adult 50-60 mm, 100-120/min, 30:2, 2 s pause, 10 s interruption).
 */
export const TEST_PROFILE: ProtocolProfile = {
  id: 'crc',
  version: 'test-1',
  nameKey: 'profile.test',
  emergencyNumber: { value: '120', source: ['CRC'] },
  compression: {
    ratePerMin: { min: 100, max: 120, source: ['CRC'] },
    depth: {
      adult: { nominalMm: { value: 50, source: ['CRC'] }, band: { min: 50, max: 60, source: ['CRC'] }, thirdOfChest: false },
      child: {
        nominalMm: { value: 50, source: ['CRC'] },
        band: { min: 45, max: 55, source: ['PRODUCT'], productChoice: true },
        thirdOfChest: true,
      },
      infant: {
        nominalMm: { value: 40, source: ['CRC'] },
        band: { min: 35, max: 45, source: ['PRODUCT'], productChoice: true },
        thirdOfChest: true,
      },
    },
    recoilToleranceMm: { value: 5, source: ['PRODUCT'], productChoice: true },
    handLandmark: {
      adult: { value: 'nippleLineCentre', source: ['CRC'] },
      child: { value: 'nippleLineCentre', source: ['CRC'] },
      infant: { value: 'lowerHalfSternum', source: ['AHA2025'] },
    },
    handZoneRadiusMm: { value: 20, source: ['PRODUCT'], productChoice: true },
    infantTechnique: { value: 'twoFingers', source: ['CRC'] },
  },
  ratio: {
    singleRescuer: { value: { compressions: 30, breaths: 2 }, source: ['CRC'] },
    twoRescuerChildInfant: { value: { compressions: 15, breaths: 2 }, source: ['CRC'] },
  },
  breathDurationS: { value: 1, source: ['CRC'] },
  breathingCheckS: { min: 5, max: 10, source: ['CRC'] },
  maxInterruptionS: { value: 10, source: ['CRC'] },
  pauseThresholdS: { value: 2, source: ['PRODUCT'], productChoice: true },
  rescuerSwapS: { value: 120, source: ['CRC'] },
  aedReanalysisS: { value: 120, source: ['CRC'] },
  compressionFractionPct: { value: 60, source: ['AHA2020'] },
  arrestSteps: { value: ['sceneSafe', 'compressions'], source: ['CRC'] },
};

export const ADULT: CprTargets = targetsFor(TEST_PROFILE, 'adult');

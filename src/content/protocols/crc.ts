import type { ProtocolProfile } from '../../core/protocol/profile';
import { CCF_MIN, HAND_ZONE_RADIUS, PAUSE_THRESHOLD, RECOIL_TOLERANCE, aboutDepth, rangeDepth } from './shared';

/** Red Cross Society of China first-aider (救护员) teaching; the default profile. */
export const crc: ProtocolProfile = {
  id: 'crc',
  version: '2025.1',
  nameKey: 'profile.crc.name',
  emergencyNumber: { value: '120', source: ['CRC'] },
  compression: {
    ratePerMin: { min: 100, max: 120, source: ['CRC', 'CN-CPR2016'] },
    depth: {
      adult: rangeDepth(50, 60, ['CRC', 'CN-CPR2016']),
      child: aboutDepth(50, ['CRC']),
      infant: aboutDepth(40, ['CRC']),
    },
    recoilToleranceMm: RECOIL_TOLERANCE,
    handLandmark: {
      adult: { value: 'nippleLineCentre', source: ['CRC'] },
      // clinical.md names the adult landmark only; the same landmark for a child is the product's reading.
      child: { value: 'nippleLineCentre', source: ['CRC'], productChoice: true },
      infant: { value: 'lowerHalfSternum', source: ['AHA2025'], productChoice: true },
    },
    handZoneRadiusMm: HAND_ZONE_RADIUS,
    // Many CRC materials still teach two fingers for a lone rescuer (clinical.md, "Infant technique").
    infantTechnique: { value: 'twoFingers', source: ['CRC', 'AHA2020'], productChoice: true },
  },
  ratio: {
    singleRescuer: { value: { compressions: 30, breaths: 2 }, source: ['CRC'] },
    twoRescuerChildInfant: { value: { compressions: 15, breaths: 2 }, source: ['CRC'] },
  },
  breathDurationS: { value: 1, source: ['CRC'] },
  breathingCheckS: { min: 5, max: 10, source: ['CRC'] },
  maxInterruptionS: { value: 10, source: ['CRC'] },
  pauseThresholdS: PAUSE_THRESHOLD,
  rescuerSwapS: { value: 120, source: ['CRC'] },
  aedReanalysisS: { value: 120, source: ['CRC'] },
  compressionFractionPct: CCF_MIN,
  arrestSteps: {
    value: [
      'sceneSafe',
      'checkResponse',
      'callForHelp',
      'checkBreathing',
      'noteTime',
      'position',
      'compressions',
      'openAirway',
      'breaths',
      'useAed',
      'reassess',
    ],
    source: ['CRC'],
  },
  choking: {
    // CRC teaches the Heimlich manoeuvre for a conscious adult or child; back blows first are accepted.
    adultOrder: { value: 'abdominalThrusts', source: ['CRC'] },
    // Not used for crc's adult order (thrusts repeated until the object comes out); kept for the shape.
    setSize: { value: 5, source: ['CRC'], productChoice: true },
    infantSetSize: { value: 5, source: ['CRC'] },
  },
};

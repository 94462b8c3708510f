import type { ProtocolProfile } from '../../core/protocol/profile';
import { CCF_MIN, HAND_ZONE_RADIUS, PAUSE_THRESHOLD, RECOIL_TOLERANCE, aboutDepth, rangeDepth } from './shared';

/** American Heart Association 2025 Guidelines for CPR and ECC. */
export const aha2025: ProtocolProfile = {
  id: 'aha2025',
  version: '2025.1',
  nameKey: 'profile.aha2025.name',
  // clinical.md: 911, configurable.
  emergencyNumber: { value: '911', source: ['AHA2025'], productChoice: true },
  compression: {
    ratePerMin: { min: 100, max: 120, source: ['AHA2025'] },
    depth: {
      adult: rangeDepth(50, 60, ['AHA2025']),
      child: aboutDepth(50, ['AHA2025']),
      infant: aboutDepth(40, ['AHA2025']),
    },
    recoilToleranceMm: RECOIL_TOLERANCE,
    handLandmark: {
      adult: { value: 'lowerHalfSternum', source: ['AHA2025'] },
      child: { value: 'lowerHalfSternum', source: ['AHA2025'], productChoice: true },
      infant: { value: 'lowerHalfSternum', source: ['AHA2025'] },
    },
    handZoneRadiusMm: HAND_ZONE_RADIUS,
    infantTechnique: { value: 'twoThumbOrOneHand', source: ['AHA2025'] },
  },
  ratio: {
    singleRescuer: { value: { compressions: 30, breaths: 2 }, source: ['AHA2025'] },
    twoRescuerChildInfant: { value: { compressions: 15, breaths: 2 }, source: ['AHA2025'] },
  },
  breathDurationS: { value: 1, source: ['AHA2025'] },
  breathingCheckS: { min: 5, max: 10, source: ['AHA2025'] },
  maxInterruptionS: { value: 10, source: ['AHA2025'] },
  pauseThresholdS: PAUSE_THRESHOLD,
  rescuerSwapS: { value: 120, source: ['AHA2025'] },
  aedReanalysisS: { value: 120, source: ['AHA2025'] },
  compressionFractionPct: CCF_MIN,
  arrestSteps: {
    value: ['sceneSafe', 'checkResponse', 'callForHelp', 'checkBreathing', 'compressions', 'openAirway', 'breaths', 'useAed'],
    source: ['AHA2025'],
  },
  choking: {
    adultOrder: { value: 'backBlowsFirst', source: ['AHA2025'] },
    setSize: { value: 5, source: ['AHA2025'] },
    infantSetSize: { value: 5, source: ['AHA2025'] },
  },
};

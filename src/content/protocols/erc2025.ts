import type { ProtocolProfile } from '../../core/protocol/profile';
import { CCF_MIN, HAND_ZONE_RADIUS, PAUSE_THRESHOLD, RECOIL_TOLERANCE, aboutDepth, rangeDepth } from './shared';

/** European Resuscitation Council Guidelines 2025. */
export const erc2025: ProtocolProfile = {
  id: 'erc2025',
  version: '2025.1',
  nameKey: 'profile.erc2025.name',
  emergencyNumber: { value: '112', source: ['ERC2025'] },
  compression: {
    ratePerMin: { min: 100, max: 120, source: ['ERC2025'] },
    depth: {
      adult: rangeDepth(50, 60, ['ERC2025']),
      child: aboutDepth(50, ['ERC2025']),
      infant: aboutDepth(40, ['ERC2025']),
    },
    recoilToleranceMm: RECOIL_TOLERANCE,
    handLandmark: {
      adult: { value: 'centreOfChest', source: ['ERC2025'] },
      child: { value: 'centreOfChest', source: ['ERC2025'], productChoice: true },
      infant: { value: 'lowerHalfSternum', source: ['AHA2025'], productChoice: true },
    },
    handZoneRadiusMm: HAND_ZONE_RADIUS,
    // clinical.md does not state ERC's infant technique.
    infantTechnique: { value: 'notSpecified', source: ['ERC2025'], productChoice: true },
  },
  ratio: {
    singleRescuer: { value: { compressions: 30, breaths: 2 }, source: ['ERC2025'] },
    twoRescuerChildInfant: { value: { compressions: 15, breaths: 2 }, source: ['ERC2025'] },
  },
  breathDurationS: { value: 1, source: ['ERC2025'] },
  breathingCheckS: { min: 0, max: 10, source: ['ERC2025'] },
  maxInterruptionS: { value: 10, source: ['ERC2025'] },
  pauseThresholdS: PAUSE_THRESHOLD,
  rescuerSwapS: { value: 120, source: ['ERC2025'] },
  aedReanalysisS: { value: 120, source: ['ERC2025'] },
  compressionFractionPct: CCF_MIN,
  arrestSteps: {
    value: ['sceneSafe', 'checkResponse', 'openAirway', 'checkBreathing', 'callForHelp', 'compressions', 'openAirway', 'breaths', 'useAed'],
    source: ['ERC2025'],
  },
  choking: {
    adultOrder: { value: 'backBlowsFirst', source: ['ERC2025'] },
    setSize: { value: 5, source: ['ERC2025'] },
    infantSetSize: { value: 5, source: ['ERC2025'] },
  },
};

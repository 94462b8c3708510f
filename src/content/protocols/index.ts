import type { ProfileId, ProtocolProfile } from '../../core/protocol/profile';
import { aha2025 } from './aha2025';
import { crc } from './crc';
import { erc2025 } from './erc2025';

export const PROFILES: Readonly<Record<ProfileId, ProtocolProfile>> = { crc, aha2025, erc2025 };
export const DEFAULT_PROFILE_ID: ProfileId = 'crc';

export function getProfile(id: ProfileId): ProtocolProfile {
  return PROFILES[id];
}

import type { BleedingTeaching } from '../../core/firstaid';
import type { ProfileId } from '../../core/protocol/profile';

/**
 * What each profile teaches where the bodies disagree (clinical.md "Bleeding control"): current
 * AHA/ERC teaching never loosens a tourniquet once applied; older Chinese teaching loosens it
 * periodically. The disagreement is shown as the profile's own teaching and never scored
 * (`notLoosened` is `notScoredFor` every profile).
 */
export const BLEEDING_TEACHING: Readonly<Record<ProfileId, BleedingTeaching>> = {
  crc: { tourniquetLoosening: { value: 'periodic', source: ['CRC'], productChoice: true } },
  aha2025: { tourniquetLoosening: { value: 'never', source: ['AHA2025'] } },
  erc2025: { tourniquetLoosening: { value: 'never', source: ['ERC2025'] } },
};

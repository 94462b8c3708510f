import { z } from 'zod';
import { ARREST_STEP_IDS, PROFILE_IDS, SOURCE_KEYS } from '../../core/protocol/profile';

const source = z.array(z.enum(SOURCE_KEYS)).min(1);
const sourced = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, source, productChoice: z.boolean().optional() });
const range = z
  .strictObject({ min: z.number().nonnegative(), max: z.number().positive(), source, productChoice: z.boolean().optional() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
const depth = z.strictObject({ nominalMm: sourced(z.number().positive()), band: range, thirdOfChest: z.boolean() });
const landmark = sourced(z.enum(['nippleLineCentre', 'centreOfChest', 'lowerHalfSternum']));
const ratio = sourced(z.strictObject({ compressions: z.number().int().positive(), breaths: z.number().int().nonnegative() }));

/** Validates a protocol profile: every number has at least one source key from clinical.md. */
export const protocolProfileSchema = z.strictObject({
  id: z.enum(PROFILE_IDS),
  version: z.string().regex(/^\d{4}\.\d+$/),
  nameKey: z.string().startsWith('profile.'),
  emergencyNumber: sourced(z.string().regex(/^\d{3}$/)),
  compression: z.strictObject({
    ratePerMin: range,
    depth: z.strictObject({ adult: depth, child: depth, infant: depth }),
    recoilToleranceMm: sourced(z.number().positive()),
    handLandmark: z.strictObject({ adult: landmark, child: landmark, infant: landmark }),
    handZoneRadiusMm: sourced(z.number().positive()),
    infantTechnique: sourced(z.enum(['twoThumbOrOneHand', 'twoFingers', 'notSpecified'])),
  }),
  ratio: z.strictObject({ singleRescuer: ratio, twoRescuerChildInfant: ratio }),
  breathDurationS: sourced(z.number().positive()),
  breathingCheckS: range,
  maxInterruptionS: sourced(z.number().positive()),
  pauseThresholdS: sourced(z.number().positive()),
  rescuerSwapS: sourced(z.number().positive()),
  aedReanalysisS: sourced(z.number().positive()),
  compressionFractionPct: sourced(z.number().min(0).max(100)),
  arrestSteps: sourced(z.array(z.enum(ARREST_STEP_IDS)).min(1)),
  choking: z
    .strictObject({
      adultOrder: sourced(z.enum(['backBlowsFirst', 'abdominalThrusts'])),
      setSize: sourced(z.number().int().positive()),
      infantSetSize: sourced(z.number().int().positive()),
    })
    .optional(),
});

/**
 * Overall CPR score, modelled on Laerdal QCPR: a weighted mean of how much of the attempt met each
 * quality target, not a pass/fail per compression.
 *
 *   score = round(100 × Σ wᵢ·vᵢ / Σ wᵢ), summed over the components that were measured
 *
 *   component  value vᵢ (0..1)                                         weight wᵢ
 *   rate       share of compressions with a rate inside the band         0.25
 *   depth      share of compressions with a depth inside the band        0.25
 *   recoil     share of compressions with full recoil                    0.15
 *   hands      share of compressions with hands in the zone              0.15
 *   fraction   min(1, compression fraction / profile's target fraction)  0.20
 *
 * Components the input could not measure (a keyboard measures neither depth, recoil nor hands) are
 * left out and the remaining weights are re-normalised to sum to 1, so an attempt is never punished
 * for what its input cannot see; the result lists which components counted. With no compressions
 * the fraction is 0, so the score is 0; with nothing measured at all the score is 0.
 */

export const SCORE_COMPONENT_IDS = ['rate', 'depth', 'recoil', 'hands', 'fraction'] as const;
export type ScoreComponentId = (typeof SCORE_COMPONENT_IDS)[number];

export const SCORE_WEIGHTS: Readonly<Record<ScoreComponentId, number>> = Object.freeze({
  rate: 0.25,
  depth: 0.25,
  recoil: 0.15,
  hands: 0.15,
  fraction: 0.2,
});

/** The formula as data, for the About page: one row per component, in display order. */
export const SCORE_FORMULA = Object.freeze({
  /** i18n key of the sentence that explains the weighted mean and the re-normalisation. */
  descriptionKey: 'score.formula.description',
  modelledOn: 'QCPR' as const,
  renormalisesOverMeasured: true,
  components: Object.freeze(
    SCORE_COMPONENT_IDS.map((id) =>
      Object.freeze({
        id,
        weight: SCORE_WEIGHTS[id],
        labelKey: `score.component.${id}`,
        /** How the 0..1 value is obtained (i18n key). */
        valueKey: `score.value.${id}`,
      }),
    ),
  ),
});

/** Each component's 0..1 value, or null when the input did not measure it. */
export type ScoreInput = Record<ScoreComponentId, number | null>;

export interface ScoreComponent {
  id: ScoreComponentId;
  value: number | null;
  weight: number;
  /** Weight after re-normalising over the measured components (0 when not measured). */
  effectiveWeight: number;
  /** Contribution to the 0..100 score. */
  points: number;
}

export interface ScoreResult {
  /** 0..100, integer. */
  score: number;
  /** Unrounded. */
  exact: number;
  components: ScoreComponent[];
  /** Sum of the weights of the measured components, before re-normalising. */
  measuredWeight: number;
}

export function computeScore(input: ScoreInput, weights: Readonly<Record<ScoreComponentId, number>> = SCORE_WEIGHTS): ScoreResult {
  let measuredWeight = 0;
  for (const id of SCORE_COMPONENT_IDS) if (input[id] !== null) measuredWeight += weights[id];
  let exact = 0;
  const components: ScoreComponent[] = SCORE_COMPONENT_IDS.map((id) => {
    const raw = input[id];
    const value = raw === null ? null : Math.min(1, Math.max(0, raw));
    const effectiveWeight = value === null || measuredWeight === 0 ? 0 : weights[id] / measuredWeight;
    const points = value === null ? 0 : 100 * effectiveWeight * value;
    exact += points;
    return { id, value, weight: weights[id], effectiveWeight, points };
  });
  return { score: Math.round(exact), exact, components, measuredWeight };
}

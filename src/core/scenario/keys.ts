/**
 * Every message key the scenario engine can put in an effect. Effects carry keys only; the texts
 * are in the scenario locale files (`src/content/locales/scenario.*.json`; AED prompts under
 * `voice.`, spoken from the voice sprites). Keys are built from these tables so the set is closed
 * and testable.
 */

import type { CriticalErrorId } from './types';

/** Device voice prompts that already exist in src/adapters/audio/prompts.ts. */
export const EXISTING_AED_PROMPTS = {
  applyPads: 'aed.applyPads',
  plugIn: 'aed.plugIn',
  analysing: 'aed.analysing',
  shockAdvised: 'aed.shockAdvised',
  pressShock: 'aed.pressShock',
  shockDelivered: 'aed.shockDelivered',
  noShock: 'aed.noShock',
} as const;

/** Device voice prompts the scenario engine adds (caption, pinyin and audio in src/adapters/audio/prompts.ts). */
export const NEW_AED_PROMPTS = {
  /** Poor pad contact (hair): the device will not analyse. */
  checkPads: 'aed.checkPads',
  /** The shock button was not pressed in time; the device disarms and asks for CPR. */
  shockNotDelivered: 'aed.shockNotDelivered',
} as const;

export const AED_PROMPTS = { ...EXISTING_AED_PROMPTS, ...NEW_AED_PROMPTS } as const;
export type AedPromptKey = (typeof AED_PROMPTS)[keyof typeof AED_PROMPTS];
export const SCENARIO_PROMPT_KEYS: readonly AedPromptKey[] = Object.values(NEW_AED_PROMPTS);
export const AED_PROMPT_KEYS: readonly AedPromptKey[] = Object.values(AED_PROMPTS);

/** What the scene shows or a bystander says (captions; may later be voiced). */
export const NARRATION_IDS = [
  'collapse',
  'found',
  'sceneSafe',
  'hazardWater',
  'movedFromWater',
  'noResponse',
  'callPlaced',
  'bystanderCalls',
  'bystanderFetchesAed',
  'noNormalBreathing',
  'gasping',
  'timeNoted',
  'positioned',
  'airwayOpen',
  'mouthClear',
  'noChestRise',
  'aedArrived',
  'chestWet',
  'chestHairy',
  'chestPatch',
  'chestImplant',
  'chestDried',
  'chestShaved',
  'patchRemoved',
  'bystanderTouching',
  'bystanderStoodBack',
  'emsArrived',
  'reportGiven',
] as const;
export type NarrationId = (typeof NARRATION_IDS)[number];
export type NarrationKey = `scenario.narration.${NarrationId}`;
export const narrationKey = (id: NarrationId): NarrationKey => `scenario.narration.${id}`;

/** Guided-mode hints: one per kind of next action the ideal sequence can ask for. */
export const HINT_IDS = [
  'checkScene',
  'moveFromWater',
  'tapAndShout',
  'callForHelp',
  'askForAed',
  'checkBreathing',
  'noteTime',
  'positionPatient',
  'setHands',
  'compress',
  'openAirway',
  'giveBreath',
  'aedPowerOn',
  'openLid',
  'exposeChest',
  'dryChest',
  'shaveChest',
  'removePatch',
  'selectPads',
  'placePad',
  'removePads',
  'plugConnector',
  'standClear',
  'pressShock',
  'reassess',
  'waitForDevice',
] as const;
export type HintId = (typeof HINT_IDS)[number];
export type HintKey = `scenario.hint.${HintId}`;
export const hintKey = (id: HintId): HintKey => `scenario.hint.${id}`;

/** Practice and guided feedback on a single action. */
export const FEEDBACK_IDS = [
  'outOfOrder',
  'exposeChestFirst',
  'removePadsFirst',
  'standClearFirst',
  'shockButtonInactive',
  'openLidToPowerOn',
  'aedNotHere',
  'notNeeded',
  'notNow',
  'reassessAtHandover',
  'wrongNumber',
  'wrongPads',
  'padsOk',
] as const;
export type FeedbackId = (typeof FEEDBACK_IDS)[number];
export type FeedbackKey = `scenario.feedback.${FeedbackId}`;
export const feedbackKey = (id: FeedbackId): FeedbackKey => `scenario.feedback.${id}`;

/** Mistakes that cost points but do not fail the attempt on their own. */
export const ERROR_IDS = [
  'touchDuringAnalysis',
  'bystanderNotCleared',
  'padPosition',
  'poorPadContact',
  'breathIneffective',
  'wrongEmergencyNumber',
  'wrongPads',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];
export type ErrorKey = `scenario.error.${ErrorId}`;
export const errorKey = (id: ErrorId): ErrorKey => `scenario.error.${id}`;

export type CriticalKey = `scenario.critical.${CriticalErrorId}`;
export const criticalKey = (id: CriticalErrorId): CriticalKey => `scenario.critical.${id}`;

/** Why an action was not applied (the log keeps it, so replay rejects it the same way). */
export const REJECTION_IDS = ['timeBackwards', 'badAction', 'badSample', 'finished'] as const;
export type RejectionId = (typeof REJECTION_IDS)[number];
export type RejectionKey = `scenario.rejected.${RejectionId}`;
export const rejectionKey = (id: RejectionId): RejectionKey => `scenario.rejected.${id}`;

/**
 * Sounds. The first four exist in the SFX sprite (src/adapters/audio/prompts.ts SFX_NAMES); the
 * AED charging whine and the ready tone are new and need assets.
 */
export const SCENARIO_SOUNDS = ['click', 'good', 'warning', 'shock', 'aedCharging', 'aedShockReady'] as const;
export type ScenarioSound = (typeof SCENARIO_SOUNDS)[number];
export const NEW_SCENARIO_SOUNDS: readonly ScenarioSound[] = ['aedCharging', 'aedShockReady'];

/** Every text key the engine can emit, for a coverage test against the locale files. */
export function allScenarioMessageKeys(criticalIds: readonly CriticalErrorId[]): string[] {
  return [
    ...SCENARIO_PROMPT_KEYS,
    ...NARRATION_IDS.map(narrationKey),
    ...HINT_IDS.map(hintKey),
    ...FEEDBACK_IDS.map(feedbackKey),
    ...ERROR_IDS.map(errorKey),
    ...criticalIds.map(criticalKey),
    ...REJECTION_IDS.map(rejectionKey),
  ];
}

/** The scenario engine: pure, deterministic, no DOM and no clock. See README.md. */
export * from './types';
export * from './actions';
export * from './effects';
export * from './keys';
export * from './timings';
export * from './geometry';
export * from './sheet';
export {
  SCENARIO_MODES,
  isScenarioMode,
  createContext,
  type ScenarioMode,
  type ScenarioContext,
  type ScenarioState,
  type StartOptions,
  type AnalysisRecord,
  type BreathRecord,
  type PlannedTouch,
  type TimelineEvent,
  type Timer,
} from './state';
export { start, step, stepAll, type StepResult } from './engine';
export * from './policy';
export * from './autoplay';
export * from './result';
export * from './replay';
export * from './spots';
export { toArray, type PList } from './plist';

/** Choking relief (airway foreign-body obstruction): pure engine, gesture scoring, result, replay. See README.md. */
export * from './types';
export * from './gesture';
export type { ChokingState, StrikeRecord, AirwayOpening, BreathRecord } from './state';
export { start, step, chokingMachine, currentRun, postureOk, type ChokingMachineOptions } from './engine';
export * from './result';
export * from './replay';
export * from './policy';

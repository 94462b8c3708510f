import type { Patient, ProfileId } from './protocol/profile';

/** Which training module produced an attempt. Later modules add their ids here. */
export type ModuleId = 'cpr' | 'scenario' | 'theoryExam' | 'choking' | 'bleeding' | 'bandage' | 'splint';
/** The first-aid skill modules, which share one result view and one mode vocabulary. */
export const FIRST_AID_MODULES: readonly ModuleId[] = ['bleeding', 'bandage', 'splint'];
/** 'guided' (hints after a hesitation) exists for scenarios only; CPR drills are practice or assessment. */
export type AttemptMode = 'guided' | 'practice' | 'assessment';

/** A learner: without a launch, named once on the device; with a launch, from the launch. */
export interface Learner {
  id: string;
  name: string;
  studentNumber?: string;
  createdAt: string;
}

export const ATTEMPT_SCHEMA_VERSION = 1;

/**
 * One attempt: the append-only input log plus a summary derived from it by the core.
 * `summary` can always be recomputed from `log` with the profile of the same version.
 */
export interface AttemptRecord<Log = unknown, Summary = unknown> {
  id: string;
  schemaVersion: number;
  learnerId: string;
  module: ModuleId;
  mode: AttemptMode;
  profileId: ProfileId;
  profileVersion: string;
  patient: Patient;
  /** ISO 8601 wall-clock time the attempt started (for listing only; analysis uses log timestamps). */
  startedAt: string;
  score: number;
  log: Log;
  summary: Summary;
}

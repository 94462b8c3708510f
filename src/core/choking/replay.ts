import type { ProtocolProfile } from '../protocol/profile';
import { replaySkill, type SkillReplay } from '../skills/machine';
import { chokingMachine } from './engine';
import type { ChokingState } from './state';
import type { ChokingAction, ChokingEffect, ChokingScenarioDef, ChokingStartOptions } from './types';

/** What an attempt stores: enough to replay it exactly with the same scenario and profile versions. */
export interface ChokingLog {
  scenarioId: string;
  scenarioVersion: string;
  profileId: ProtocolProfile['id'];
  profileVersion: string;
  options: ChokingStartOptions;
  actions: ChokingAction[];
}

export function chokingLogFor(state: ChokingState, actions: readonly ChokingAction[]): ChokingLog {
  return {
    scenarioId: state.scenario.id,
    scenarioVersion: state.scenario.version,
    profileId: state.profile.id,
    profileVersion: state.profile.version,
    options: { ...state.options },
    actions: [...actions],
  };
}

/** Plays a stored log again from its options: the same states, effects and result. */
export function replayChoking(scenario: ChokingScenarioDef, profile: ProtocolProfile, log: Pick<ChokingLog, 'options' | 'actions'>): SkillReplay<ChokingState, ChokingEffect> {
  return replaySkill(chokingMachine, { ...log.options, scenario, profile }, log.actions);
}

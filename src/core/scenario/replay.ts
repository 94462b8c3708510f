/**
 * An attempt is stored as (scenario id and version, profile id and version, seed, mode, startT,
 * action log). Replaying the log through the same pure engine gives the same states, effects and
 * result, so a stored attempt can always be re-scored and audited.
 */

import type { ProtocolProfile } from '../protocol/profile';
import type { ScenarioAction } from './actions';
import type { ScenarioEffect } from './effects';
import { start, step } from './engine';
import { scenarioResult, type ScenarioResult } from './result';
import type { ScenarioState, StartOptions } from './state';
import type { ScenarioDef } from './types';

export interface ScenarioLog {
  scenarioId: string;
  scenarioVersion: string;
  profileId: ProtocolProfile['id'];
  profileVersion: string;
  options: StartOptions;
  actions: ScenarioAction[];
}

export interface Replay {
  state: ScenarioState;
  /** Effects of `start`, then of each action in order. */
  effects: ScenarioEffect[][];
  result: ScenarioResult;
}

export function replay(
  scenario: ScenarioDef,
  profile: ProtocolProfile,
  options: StartOptions,
  actions: readonly ScenarioAction[],
): Replay {
  const first = start(scenario, profile, options);
  let state = first.state;
  const effects: ScenarioEffect[][] = [first.effects];
  for (const a of actions) {
    const r = step(state, a);
    state = r.state;
    effects.push(r.effects);
  }
  return { state, effects, result: scenarioResult(state) };
}

/** A log that names the versions it was recorded with, so a later re-score can tell if they changed. */
export function logFor(state: ScenarioState, options: StartOptions, actions: readonly ScenarioAction[]): ScenarioLog {
  return {
    scenarioId: state.ctx.scenario.id,
    scenarioVersion: state.ctx.scenario.version,
    profileId: state.ctx.profile.id,
    profileVersion: state.ctx.profile.version,
    options: { ...options },
    actions: [...actions],
  };
}

/**
 * The model learner: the next right step for the current state under the active profile. Guided
 * mode shows it as a hint; tests and demonstrations play it.
 */

import { currentRun, postureOk } from './engine';
import type { ChokingState } from './state';
import type { Posture, Technique } from './types';

export type ChokingHintId =
  | 'askChoking'
  | 'encourageCough'
  | 'callForHelp'
  | 'posture'
  | 'setHands'
  | 'placeHand'
  | 'backBlow'
  | 'abdominalThrust'
  | 'chestThrust'
  | 'lowerToGround'
  | 'callEmergency'
  | 'compress'
  | 'openAirway'
  | 'lookInMouth'
  | 'removeObject'
  | 'giveBreath';

export interface NextStep {
  id: ChokingHintId;
  posture?: Posture;
  technique?: Technique;
}

/** The thrust this person needs. */
export function thrustFor(s: ChokingState): Technique {
  return s.scenario.kind === 'infant' || s.scenario.kind === 'chestThrusts' ? 'chestThrust' : 'abdominalThrust';
}

/** The technique the profile's order asks for next. */
export function nextTechnique(s: ChokingState): Technique {
  if (s.scenario.kind === 'selfRescue') return 'abdominalThrust';
  if (s.order === 'abdominalThrusts') return thrustFor(s);
  const run = currentRun(s.strikes);
  if (run.family === null) return 'backBlow';
  const switchNow = run.length >= s.setSize;
  const blows = run.family === 'b' ? !switchNow : switchNow;
  return blows ? 'backBlow' : thrustFor(s);
}

/** The posture a technique should be given in. */
export function postureFor(s: ChokingState, technique: Technique): Posture {
  if (s.scenario.kind === 'infant') return technique === 'backBlow' ? 'infantFaceDownHeadLow' : 'infantFaceUpHeadLow';
  return s.scenario.postures.right[0] as Posture;
}

const has = (s: ChokingState, id: string) => s.scenario.items.some((i) => i.id === id);

export function nextStep(s: ChokingState): NextStep | null {
  if (s.phase === 'done') return null;
  const kind = s.scenario.kind;
  if (s.phase === 'conscious') {
    if (kind === 'mild') return s.askedT === null ? { id: 'askChoking' } : { id: 'encourageCough' };
    if (has(s, 'askChoking') && s.askedT === null) return { id: 'askChoking' };
    if (has(s, 'callForHelp') && s.call === null) return { id: 'callForHelp' };
    const technique = nextTechnique(s);
    if (!postureOk(s.scenario, technique, s.posture)) return { id: 'posture', posture: postureFor(s, technique) };
    if (technique === 'chestThrust' && kind === 'infant' && has(s, 'infantHands') && s.hands === null) return { id: 'setHands' };
    if (technique !== 'backBlow') {
      const zone = s.scenario.zones[technique];
      const off = s.hand === null || (zone !== undefined && Math.hypot(s.hand.x - zone.at.x, s.hand.y - zone.at.y) > zone.radiusMm);
      if (off) return { id: 'placeHand', technique };
    }
    return { id: technique, technique };
  }
  if (s.loweredT === null) return { id: 'lowerToGround' };
  if (s.emergencyCall === null) return { id: 'callEmergency' };
  const ratio = s.profile.ratio.singleRescuer.value;
  if (!s.airwayOpen && s.cpr.sinceOpening < ratio.compressions) return { id: 'compress' };
  if (!s.airwayOpen) return { id: 'openAirway' };
  const last = s.openings[s.openings.length - 1];
  if (last && !last.looked) return { id: 'lookInMouth' };
  if (last?.seen) return { id: 'removeObject' };
  const breaths = s.breaths.filter((b) => last !== undefined && b.t >= last.t).length;
  if (breaths < ratio.breaths) return { id: 'giveBreath' };
  return { id: 'compress' };
}

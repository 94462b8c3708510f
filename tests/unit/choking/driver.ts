import type { Sample } from '../../../src/core/cpr/sample';
import {
  nextStep,
  start,
  step,
  type BodyPointMm,
  type ChokingAction,
  type ChokingMode,
  type ChokingScenarioDef,
  type ChokingState,
  type Stroke,
  type Technique,
} from '../../../src/core/choking';
import type { ProtocolProfile } from '../../../src/core/protocol/profile';

export type Input = 'pointer' | 'keyboard';

/** A brisk, well-placed stroke: a tap for blows and chest thrusts, a quick upward swipe for abdominal thrusts. */
export function goodStroke(technique: Technique, at: BodyPointMm, t0: number, input: Input = 'pointer'): Stroke {
  if (input === 'keyboard') return { input: 'keyboard', downT: t0, upT: t0 + 120 };
  if (technique === 'abdominalThrust') {
    const path = Array.from({ length: 10 }, (_, i) => ({ t: t0 + i * 16, x: at.x, y: at.y - i * 4 }));
    return { input: 'pointer', path };
  }
  return { input: 'pointer', path: [{ t: t0, x: at.x, y: at.y }, { t: t0 + 90, x: at.x + 1, y: at.y - 1 }] };
}

/** `n` compressions at 110/min, 55 mm deep, starting at t0. */
export function compressions(n: number, t0: number): Sample[] {
  const out: Sample[] = [];
  const period = 60000 / 110;
  for (let i = 0; i < n; i++) {
    const t = t0 + i * period;
    out.push({ t, source: 'pointer', depthMm: 0 }, { t: t + 120, source: 'pointer', depthMm: 55 }, { t: t + 260, source: 'pointer', depthMm: 0 });
  }
  return out;
}

export interface Played {
  state: ChokingState;
  actions: ChokingAction[];
}

/** Plays the model learner (`nextStep`) to the end, at 700 ms between steps. */
export function playIdeal(
  scenario: ChokingScenarioDef,
  profile: ProtocolProfile,
  o: { seed?: number; mode?: ChokingMode; input?: Input; maxSteps?: number } = {},
): Played {
  const mode = o.mode ?? 'practice';
  let state = start({ scenario, profile, seed: o.seed ?? 1, mode, startT: 1000 }).state;
  const actions: ChokingAction[] = [];
  let t = 1000;
  const act = (a: ChokingAction) => {
    actions.push(a);
    state = step(state, a).state;
  };
  for (let i = 0; i < (o.maxSteps ?? 500) && state.phase !== 'done'; i++) {
    const next = nextStep(state);
    if (!next) break;
    t += 700;
    switch (next.id) {
      case 'askChoking':
      case 'encourageCough':
      case 'lowerToGround':
      case 'openAirway':
      case 'lookInMouth':
      case 'removeObject':
        act({ type: next.id, t });
        break;
      case 'callForHelp':
      case 'callEmergency':
        act({ type: 'callForHelp', t, number: profile.emergencyNumber.value });
        break;
      case 'posture':
        act({ type: 'posture', t, posture: next.posture! });
        break;
      case 'setHands':
        act({ type: 'setHands', t, hands: profile.compression.infantTechnique.value === 'twoFingers' ? 'twoFingers' : 'oneHand' });
        break;
      case 'placeHand':
        act({ type: 'placeHand', t, at: { ...scenario.zones[next.technique!]!.at }, input: o.input ?? 'pointer' });
        break;
      case 'backBlow':
      case 'abdominalThrust':
      case 'chestThrust': {
        const tq = next.id;
        const at = tq === 'backBlow' ? scenario.zones.backBlow!.at : (state.hand ?? scenario.zones[tq]!.at);
        act({ type: 'strike', t: t + 200, technique: tq, stroke: goodStroke(tq, at, t, o.input) });
        t += 200;
        break;
      }
      case 'compress': {
        const samples = compressions(30, t);
        t = samples[samples.length - 1]!.t;
        act({ type: 'cprSamples', t, samples });
        break;
      }
      case 'giveBreath':
        act({ type: 'giveBreath', startT: t, t: t + 1000 });
        t += 1000;
        break;
    }
  }
  return { state, actions };
}

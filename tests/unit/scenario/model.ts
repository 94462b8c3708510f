import {
  autoplay,
  availableActions,
  idealAction,
  materialise,
  start,
  step,
  type ActionTemplate,
  type CriticalErrorId,
  type ScenarioDef,
  type ScenarioState,
  type TemplateType,
} from '../../../src/core/scenario';
import { createRng } from '../../../src/core/rng';
import type { ProtocolProfile } from '../../../src/core/protocol/profile';

/**
 * Model-based exploration of one scenario variant. From the ideal path it tries every action the
 * engine offers at each distinct decision state (and pairs of actions while the AED analyses, charges
 * or waits for the shock), then lets the ideal learner finish; it also runs "forgetful" learners that
 * never do one kind of action, and seeded random walks. It reports dead ends (a state with nothing to
 * do, or from which the ideal learner cannot finish) and every critical error it ran into.
 */

export interface Exploration {
  decisionStates: number;
  tried: number;
  critical: Set<CriticalErrorId>;
  deadEnds: string[];
}

const BUSY = new Set(['analysing', 'charging', 'shockReady']);
const FINISH_LIMIT = 4000;

/** What makes two decision states alike for the exploration (CPR counters left out on purpose). */
export function signature(s: ScenarioState): string {
  return JSON.stringify([
    s.phase,
    s.aed.mode,
    s.aed.analyses,
    Object.keys(s.performed).sort(),
    s.scene.inWater,
    s.chest,
    s.aed.poweredT !== null,
    s.aed.padKind,
    s.aed.pads.map((p) => [p.pad, p.zone, p.stuck]),
    s.aed.connector,
    s.touch.bystander,
    s.touch.clearT !== null,
    s.touch.learnerAfterClear,
    s.hands,
    s.call.aedRequestedT !== null,
    s.cpr.firstT !== null,
  ]);
}

function apply(s: ScenarioState, template: ActionTemplate, avoidAnalysis = false): ScenarioState {
  let out = s;
  for (const a of materialise(s, template, { avoidAnalysis })) out = step(out, a).state;
  return out;
}

function label(template: ActionTemplate): string {
  return JSON.stringify(template);
}

export function explore(scenario: ScenarioDef, profile: ProtocolProfile, seed = 1, walks = 4): Exploration {
  const sheet = new Set<string>();
  const critical = new Set<CriticalErrorId>();
  const deadEnds: string[] = [];
  let tried = 0;
  const note = (s: ScenarioState) => {
    for (const c of s.critical) critical.add(c.id);
  };
  const init = start(scenario, profile, { seed, mode: 'practice', startT: 0 }).state;

  /** From `s`, the ideal learner must reach the natural end. */
  const finishes = (s: ScenarioState, how: string): void => {
    if (s.phase !== 'done' && availableActions(s).length === 0) deadEnds.push(`nothing to do after ${how}`);
    const run = autoplay(s, { maxSteps: FINISH_LIMIT });
    note(run.state);
    const endedByLearner = s.phase === 'done' && !s.completed;
    if (!endedByLearner && !(run.state.phase === 'done' && run.state.completed)) deadEnds.push(`cannot finish after ${how}`);
  };

  // The ideal path, remembering each distinct decision state.
  const decisions: ScenarioState[] = [];
  let s = init;
  for (let i = 0; s.phase !== 'done' && i < FINISH_LIMIT; i++) {
    const key = signature(s);
    if (!sheet.has(key)) {
      sheet.add(key);
      decisions.push(s);
    }
    const next = idealAction(s);
    if (next === null) break;
    s = apply(s, next, true);
  }
  note(s);
  if (!(s.phase === 'done' && s.completed)) deadEnds.push('ideal path does not finish');

  for (const d of decisions) {
    const ideal = label(idealAction(d) ?? { type: 'wait' });
    for (const t of availableActions(d)) {
      if (label(t) === ideal) continue;
      tried++;
      const s1 = apply(d, t);
      note(s1);
      const how = `${t.type} at ${signature(d)}`;
      if (BUSY.has(d.aed.mode) && s1.phase !== 'done') {
        for (const t2 of availableActions(s1)) {
          tried++;
          const s2 = apply(s1, t2);
          note(s2);
          finishes(s2, `${how} then ${t2.type}`);
        }
      }
      finishes(s1, how);
    }
  }

  // Forgetful learners: each never does one kind of action the ideal path uses.
  const kinds = new Set<TemplateType>();
  for (const d of decisions) kinds.add((idealAction(d) ?? { type: 'wait' }).type);
  kinds.delete('wait');
  for (const kind of kinds) {
    tried++;
    const run = autoplay(init, { skip: new Set([kind]), maxSteps: 600 });
    let end = run.state;
    if (end.phase !== 'done') end = step(end, { type: 'finish', t: end.now + 1 }).state;
    note(end);
  }

  // Seeded random walks through the offered actions.
  const rng = createRng(seed * 7919);
  for (let w = 0; w < walks; w++) {
    let cur = init;
    for (let i = 0; i < 40 && cur.phase !== 'done'; i++) {
      const options = availableActions(cur).filter((a) => a.type !== 'finish');
      if (options.length === 0) {
        deadEnds.push(`walk ${w}: nothing to do at ${signature(cur)}`);
        break;
      }
      cur = apply(cur, options[rng.int(0, options.length - 1)] as ActionTemplate);
      note(cur);
    }
    tried++;
    finishes(cur, `random walk ${w}`);
  }
  return { decisionStates: decisions.length, tried, critical, deadEnds };
}

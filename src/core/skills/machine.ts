/**
 * The contract every skill step machine follows, as the cardiac-arrest engine does:
 * `step(state, action) → { state, effects }`, effects are data the adapters carry out, time enters
 * only as `t` on actions and randomness only through the seed given at start. So an attempt is
 * (options, actions) and replays exactly.
 */

export interface Stepped<S, E> {
  state: S;
  effects: E[];
}

export interface StepMachine<S, A extends { t: number }, E, O> {
  start(options: O): Stepped<S, E>;
  step(state: S, action: A): Stepped<S, E>;
}

export interface SkillReplay<S, E> {
  state: S;
  /** Effects of `start`, then of each action in order. */
  effects: E[][];
}

export function replaySkill<S, A extends { t: number }, E, O>(
  machine: StepMachine<S, A, E, O>,
  options: O,
  actions: readonly A[],
): SkillReplay<S, E> {
  const first = machine.start(options);
  let state = first.state;
  const effects: E[][] = [first.effects];
  for (const a of actions) {
    const r = machine.step(state, a);
    state = r.state;
    effects.push(r.effects);
  }
  return { state, effects };
}

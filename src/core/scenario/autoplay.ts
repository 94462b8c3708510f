/**
 * Turns proposed actions (templates) into timestamped actions, with chest input synthesised by the
 * CPR engine's seeded generator. Used for the guided demonstration and by the model-based tests.
 * The pace below is how the demonstration moves, not a standard anyone is scored against.
 */

import { synthesizePresses, synthesizeTrace } from '../cpr/synthetic';
import type { InputSource, Sample } from '../cpr/sample';
import type { ActionTemplate, ScenarioAction, TemplateType } from './actions';
import { step, type StepResult } from './engine';
import type { ScenarioEffect } from './effects';
import { idealAction, type IdealOptions } from './policy';
import type { ScenarioState } from './state';

export type CprStyle =
  | { input: 'keyboard'; rateCpm?: number }
  | {
      input: 'depth';
      rateCpm?: number;
      depthMm?: number;
      residualMm?: number;
      sampleHz?: number;
      handOk?: boolean;
      source?: InputSource;
      seed?: number;
    };

export interface MaterialiseOptions {
  cpr?: CprStyle;
  /** Time each discrete action takes in the demonstration (ms). */
  paceMs?: Partial<Record<TemplateType, number>>;
  /**
   * Stop compressions and hands-on actions before the AED's next analysis (what a good learner does
   * when the 2-minute cycle ends), instead of running into it.
   */
  avoidAnalysis?: boolean;
}

export const DEMO_PACE_MS: Readonly<Partial<Record<TemplateType, number>>> = Object.freeze({
  standClear: 400,
  pressShock: 300,
  touchPatient: 300,
  plugConnector: 700,
  finish: 1,
});
const DEFAULT_PACE_MS = 1000;
/** Hands back on the chest after breaths, a shock or "no shock advised". */
const RESUME_MS = 300;
/** Hands off before the analysis begins. */
const CLEAR_MARGIN_MS = 300;
const IDLE_WAIT_MS = 1000;

const BUSY = new Set(['analysing', 'charging', 'shockReady']);

/** The next device or scene timer (not hints). */
export function nextTimerAt(state: ScenarioState): number | null {
  let best: number | null = null;
  for (const tm of state.timers) if (best === null || tm.at < best) best = tm.at;
  return best;
}

/** When the running CPR cycle ends and the AED analyses again, if that is pending. */
function nextAnalysisAt(state: ScenarioState): number | null {
  if (state.aed.mode !== 'cpr') return null;
  const tm = state.timers.find((x) => x.id === 'cycleDone');
  return tm === undefined ? null : tm.at;
}

function chestSamples(state: ScenarioState, style: CprStyle, n: number, startT: number): Sample[] {
  const rateCpm = style.rateCpm ?? 110;
  if (style.input === 'keyboard') return synthesizePresses({ compressions: n, rateCpm, startT, holdMs: 100 });
  const band = state.ctx.targets.depthMm;
  const opts = {
    compressions: n,
    rateCpm,
    startT,
    depthMm: style.depthMm ?? (band.min + band.max) / 2,
    residualMm: style.residualMm ?? 0,
    sampleHz: style.sampleHz ?? 100,
    seed: (style.seed ?? 1) + Math.round(startT),
    source: style.source ?? ('pointer' as const),
  };
  const trace = synthesizeTrace(style.handOk === undefined ? opts : { ...opts, handOk: style.handOk });
  // A closing sample at rest so the last stroke's release lands inside this batch.
  const last = trace.samples[trace.samples.length - 1];
  const tail: Sample = { t: (last?.t ?? startT) + 1000 / (style.sampleHz ?? 100), source: opts.source, depthMm: 0 };
  if (style.handOk !== undefined) tail.handOk = style.handOk;
  return [...trace.samples, tail];
}

export function materialise(state: ScenarioState, template: ActionTemplate, options: MaterialiseOptions = {}): ScenarioAction[] {
  const now = state.now;
  const style = options.cpr ?? { input: 'keyboard' };
  const pace = (type: TemplateType) => options.paceMs?.[type] ?? DEMO_PACE_MS[type] ?? DEFAULT_PACE_MS;
  const analysisAt = options.avoidAnalysis === true ? nextAnalysisAt(state) : null;
  const period = 60000 / (style.rateCpm ?? 110);
  const fits = (end: number) => analysisAt === null || end <= analysisAt - CLEAR_MARGIN_MS;
  const compress = (wanted: number): ScenarioAction[] => {
    const last = state.cpr.lastOnsetT;
    const continuing = last !== null && last + period > now && last + period - now < period;
    const startT = continuing ? (last as number) + period : now + RESUME_MS;
    let n = wanted;
    if (analysisAt !== null) n = Math.min(n, Math.floor((analysisAt - CLEAR_MARGIN_MS - startT) / period));
    if (!(n > 0 && Number.isFinite(n))) return [{ type: 'tick', t: analysisAt ?? now + IDLE_WAIT_MS }];
    const samples = chestSamples(state, style, n, startT);
    const end = samples[samples.length - 1]?.t ?? startT;
    return [{ type: 'cprSamples', t: end, samples }];
  };
  // Work that would run into the analysis gives way to compressions until the AED takes over.
  const tickTo = (at: number): ScenarioAction[] =>
    analysisAt !== null && state.cpr.firstT !== null ? compress(Number.POSITIVE_INFINITY) : [{ type: 'tick', t: at }];

  switch (template.type) {
    case 'wait': {
      const at = nextTimerAt(state);
      return [{ type: 'tick', t: at !== null && at > now ? at : now + IDLE_WAIT_MS }];
    }
    case 'compress':
      return compress(template.compressions);
    case 'openAirway':
    case 'giveBreath': {
      if (analysisAt !== null && state.cpr.firstT !== null) {
        // The rest of the breath group and a couple of compressions must fit before the analysis;
        // otherwise keep compressing: the pause before the shock then stays short.
        const left = state.ctx.targets.ratio.value.breaths - state.cpr.breathsInGroup;
        const groupMs =
          (template.type === 'openAirway' ? pace('openAirway') : 0) + left * (RESUME_MS + state.ctx.targets.breathDurationMs.value);
        if (now + groupMs + 2 * period > analysisAt - CLEAR_MARGIN_MS) return compress(Number.POSITIVE_INFINITY);
      }
      if (template.type === 'openAirway') return [{ type: 'openAirway', t: now + pace('openAirway') }];
      const startT = now + RESUME_MS;
      const t = startT + state.ctx.targets.breathDurationMs.value;
      if (!fits(t)) return tickTo(analysisAt as number);
      return [{ type: 'giveBreath', startT, t }];
    }
    case 'checkBreathing': {
      const startT = now + 200;
      const t = startT + template.durationMs;
      if (!fits(t)) return tickTo(analysisAt as number);
      return [{ type: 'checkBreathing', startT, t }];
    }
    default: {
      const t = now + pace(template.type);
      // Hands-on work is postponed past the analysis; pressing buttons and talking are not hands-on.
      if (!fits(t) && !BUSY.has(state.aed.mode) && template.type !== 'standClear' && template.type !== 'finish') {
        return tickTo(analysisAt as number);
      }
      return [{ ...template, t } as ScenarioAction];
    }
  }
}

export interface RunOptions extends MaterialiseOptions, IdealOptions {
  /** Upper bound on steps, so a broken scenario fails a test instead of hanging it. */
  maxSteps?: number;
  /** Choose the next template; defaults to the ideal action. */
  choose?: (state: ScenarioState) => ActionTemplate | null;
}

export interface Run {
  state: ScenarioState;
  actions: ScenarioAction[];
  effects: ScenarioEffect[];
  steps: number;
}

/** Plays from `state` until the attempt is over (or `maxSteps`), ideal learner by default. */
export function autoplay(state: ScenarioState, options: RunOptions = {}): Run {
  const choose = options.choose ?? ((s: ScenarioState) => idealAction(s, options));
  const actions: ScenarioAction[] = [];
  const effects: ScenarioEffect[] = [];
  const maxSteps = options.maxSteps ?? 5000;
  let s = state;
  let steps = 0;
  while (s.phase !== 'done' && steps < maxSteps) {
    const template = choose(s);
    if (template === null) break;
    for (const a of materialise(s, template, { avoidAnalysis: true, ...options })) {
      const r: StepResult = step(s, a);
      s = r.state;
      actions.push(a);
      effects.push(...r.effects);
      steps++;
    }
  }
  return { state: s, actions, effects, steps };
}

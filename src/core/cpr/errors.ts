/**
 * Typed errors of the CPR engine. Core code never produces user-visible text: every error carries a
 * message key and parameters, and the UI (or the CLI) turns them into words.
 */

export type MessageParams = Readonly<Record<string, string | number | boolean>>;

/** A message key plus its parameters; what core hands to i18n instead of text. */
export interface Message<K extends string = string> {
  readonly key: K;
  readonly params?: MessageParams;
}

export const SAMPLE_ERROR_KEYS = [
  'error.sample.notObject',
  'error.sample.nan',
  'error.sample.notFinite',
  'error.sample.negativeDepth',
  'error.sample.tooDeep',
  'error.sample.timeBackwards',
  'error.sample.badSource',
  'error.sample.badKind',
] as const;
export type SampleErrorKey = (typeof SAMPLE_ERROR_KEYS)[number];

/** An input sample that cannot be real (NaN, negative or impossible depth, time running backwards). */
export class SampleError extends Error {
  override name = 'SampleError';
  readonly key: SampleErrorKey;
  readonly params: MessageParams;

  constructor(key: SampleErrorKey, params: MessageParams = {}) {
    // The Error message is for developers' stack traces only; UIs render `key` + `params`.
    super(`${key} ${JSON.stringify(params)}`);
    this.key = key;
    this.params = params;
  }
}

export const TRACE_ERROR_KEYS = [
  'error.trace.badJson',
  'error.trace.badShape',
  'error.trace.badHeader',
  'error.trace.missingField',
  'error.trace.badNumber',
  'error.trace.badHand',
] as const;
export type TraceErrorKey = (typeof TRACE_ERROR_KEYS)[number];

/**
 * A trace file that cannot be read. `line` is 1-based so it matches what an editor shows. Sample
 * values that are impossible keep their `error.sample.*` key so both paths share one message.
 */
export class TraceError extends Error {
  override name = 'TraceError';
  readonly key: TraceErrorKey | SampleErrorKey;
  readonly line: number;
  readonly params: MessageParams;

  constructor(key: TraceErrorKey | SampleErrorKey, line: number, params: MessageParams = {}) {
    super(`${key} at line ${line} ${JSON.stringify(params)}`);
    this.key = key;
    this.line = line;
    this.params = { ...params, line };
  }
}

/** Profile data that cannot be turned into scoring targets (a content bug, not a learner error). */
export class TargetsError extends Error {
  override name = 'TargetsError';
  readonly key = 'error.targets.invalid';
  readonly params: MessageParams;

  constructor(params: MessageParams) {
    super(`error.targets.invalid ${JSON.stringify(params)}`);
    this.params = params;
  }
}

/** Analysis options that cannot be right, e.g. a breath that ends before it starts. */
export class AnalysisOptionsError extends Error {
  override name = 'AnalysisOptionsError';
  readonly key = 'error.options.badSpan';
  readonly params: MessageParams;

  constructor(params: MessageParams) {
    super(`error.options.badSpan ${JSON.stringify(params)}`);
    this.params = params;
  }
}

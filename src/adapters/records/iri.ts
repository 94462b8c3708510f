import { sha256Hex } from '../../core/quiz/sha256';

/**
 * The project's own IRIs for activities and result/context extensions. They are URNs under
 * `urn:rescuedrill:xapi:` so that they do not depend on where the app is hosted: the same attempt
 * has the same activity ids on every device and every domain. (The NID "rescuedrill" is not
 * registered with IANA; the names are stable identifiers, not resolvable addresses.)
 */
export const XAPI_NS = 'urn:rescuedrill:xapi';

const seg = (s: string) => encodeURIComponent(s);

export const ACTIVITY_IDS = {
  course: `${XAPI_NS}:course:first-aider`,
  lesson: (topic: string) => `${XAPI_NS}:lesson:${seg(topic)}`,
  question: (questionId: string) => `${XAPI_NS}:question:${seg(questionId)}`,
  exam: (courseId: string) => `${XAPI_NS}:exam:${seg(courseId)}`,
  cprDrill: (patient: string) => `${XAPI_NS}:cpr-drill:${seg(patient)}`,
  scenario: (scenarioId: string) => `${XAPI_NS}:scenario:${seg(scenarioId)}`,
} as const;

/** Result and context extensions. Values are numbers (or null when not measured) unless noted. */
export const EXT = {
  // Context
  /** {id, version} of the protocol profile that scored the attempt. */
  profile: `${XAPI_NS}:ext:profile`,
  /** 'guided' | 'practice' | 'assessment'. */
  mode: `${XAPI_NS}:ext:mode`,
  /** 'adult' | 'child' | 'infant'. */
  patient: `${XAPI_NS}:ext:patient`,
  /** The attempt's id on the device. */
  attemptId: `${XAPI_NS}:ext:attempt-id`,
  // CPR quality (drill and scenario)
  compressions: `${XAPI_NS}:ext:compressions`,
  rateMeanPerMin: `${XAPI_NS}:ext:rate-mean-per-min`,
  rateInRangePct: `${XAPI_NS}:ext:rate-in-range-pct`,
  depthMeanMm: `${XAPI_NS}:ext:depth-mean-mm`,
  depthInRangePct: `${XAPI_NS}:ext:depth-in-range-pct`,
  recoilFullPct: `${XAPI_NS}:ext:recoil-full-pct`,
  handsCorrectPct: `${XAPI_NS}:ext:hands-correct-pct`,
  compressionFractionPct: `${XAPI_NS}:ext:compression-fraction-pct`,
  longestPauseMs: `${XAPI_NS}:ext:longest-pause-ms`,
  // Scenario
  /** {earned, possible}. */
  points: `${XAPI_NS}:ext:points`,
  /** Ids of the critical errors made (string array). */
  criticalErrors: `${XAPI_NS}:ext:critical-errors`,
  timeToFirstCompressionMs: `${XAPI_NS}:ext:time-to-first-compression-ms`,
  timeToFirstShockMs: `${XAPI_NS}:ext:time-to-first-shock-ms`,
  // Exam
  /** [{topic, correct, total}]. */
  byTopic: `${XAPI_NS}:ext:by-topic`,
} as const;

/** The profile of statements this app writes, recorded in every statement's context. */
export const STATEMENT_PROFILE = { id: `${XAPI_NS}:profile`, version: '1.0.0' } as const;

/**
 * A statement id that is the same every time it is computed for the same thing (an attempt's
 * result), so saving an attempt twice can never produce a second statement: the outbox and the LRS
 * both see the same id. RFC 9562 version 8 (name-based, SHA-256).
 */
export function stableUuid(name: string): string {
  const h = sha256Hex(`${XAPI_NS}|${name}`);
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

import type { AttemptRecord } from '../../core/attempt';
import type { AttemptMetrics } from '../../core/cpr/metrics';
import type { LearningEvent } from '../../core/records';
import type { ScenarioResult } from '../../core/scenario/result';
import type { Language } from '../../core/settings';
import type { LocalizedText } from '../../core/text';
import { DEFAULT_COURSE } from '../../content/questions/blueprint';
import { ACTIVITY_IDS, EXT, STATEMENT_PROFILE, stableUuid } from './iri';

/*
 * Pure xAPI 1.0.3 statement builders: no DOM, no clock, no randomness of their own (both are
 * passed in), so they run and are validated in Node.
 */

export interface Agent {
  objectType: 'Agent';
  name?: string;
  account?: { homePage: string; name: string };
  mbox?: string;
}

export type LanguageMap = Record<string, string>;

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: string;
    extensions?: Record<string, unknown>;
  };
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: {
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context?: {
    registration?: string;
    platform?: string;
    language?: string;
    contextActivities?: {
      parent?: Activity[];
      grouping?: Activity[];
      category?: Activity[];
      other?: Activity[];
    };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

export const verb = (name: VerbName) => ({ id: VERBS[name], display: { 'en-US': name } });

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

/** What every statement shares: who, in which language, on what, and (when launched) the launch. */
export interface StatementEnv {
  actor: Agent;
  language: Language;
  /** e.g. "RescueDrill 0.1.0". */
  platform: string;
  /** Set when launched through cmi5: statements then carry its registration and context template. */
  launch?: {
    registration: string;
    /** LMS.LaunchData's contextTemplate, merged into every statement's context. */
    contextTemplate: Statement['context'];
    /** The launched AU; results of the AU's own module are reported against it. */
    activityId: string;
  };
  now: () => Date;
  newId: () => string;
}

export function langMap(text: LocalizedText): LanguageMap {
  return { 'zh-CN': text['zh-CN'], en: text.en };
}

/**
 * The learner as an xAPI agent: an account on the app (`homePage`) or the launch's actor. The name
 * is data typed by the learner; it is sent as it is and never interpreted.
 */
export function learnerAgent(homePage: string, learnerId: string, name: string): Agent {
  const trimmed = name.trim();
  return { objectType: 'Agent', ...(trimmed ? { name: trimmed } : {}), account: { homePage, name: learnerId } };
}

/** ISO 8601 duration with centisecond precision (what xAPI keeps). */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s.toFixed(2).replace(/\.?0+$/, '') || '0'}S`;
}

export function baseContext(env: StatementEnv, extra: Record<string, unknown> = {}): NonNullable<Statement['context']> {
  const tpl = env.launch?.contextTemplate ?? {};
  return {
    ...tpl,
    ...(env.launch ? { registration: env.launch.registration } : {}),
    platform: env.platform,
    language: env.language,
    contextActivities: {
      ...(tpl.contextActivities ?? {}),
      grouping: [
        ...(tpl.contextActivities?.grouping ?? []),
        ...(env.launch ? [] : [{ objectType: 'Activity' as const, id: ACTIVITY_IDS.course }]),
      ],
    },
    extensions: { ...(tpl.extensions ?? {}), [EXT.profile]: STATEMENT_PROFILE, ...extra },
  };
}

function statement(env: StatementEnv, id: string, s: Omit<Statement, 'id' | 'actor' | 'timestamp'>, timestamp?: string): Statement {
  return { id, actor: env.actor, ...s, timestamp: timestamp ?? env.now().toISOString() };
}

const scaled = (pct: number) => Math.round(Math.min(100, Math.max(0, pct)) * 100) / 10000;
const num = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 10) / 10 : null);

export function lessonCompletedStatement(env: StatementEnv, e: Extract<LearningEvent, { type: 'lessonCompleted' }>): Statement {
  return statement(
    env,
    env.newId(),
    {
      verb: verb('completed'),
      object: {
        objectType: 'Activity',
        id: ACTIVITY_IDS.lesson(e.topic),
        definition: { type: ACTIVITY_TYPES.lesson, name: langMap(e.title) },
      },
      result: { completion: true },
      context: baseContext(env),
    },
    e.at,
  );
}

export function questionAnsweredStatement(env: StatementEnv, e: Extract<LearningEvent, { type: 'questionAnswered' }>): Statement {
  return statement(
    env,
    env.newId(),
    {
      verb: verb('answered'),
      object: {
        objectType: 'Activity',
        id: ACTIVITY_IDS.question(e.questionId),
        definition: { type: ACTIVITY_TYPES.interaction, interactionType: 'other', description: langMap(e.stem) },
      },
      result: { success: e.correct, response: e.response },
      context: baseContext(env, { [EXT.attemptId]: e.attemptId, [EXT.mode]: e.context === 'exam' ? 'assessment' : 'practice' }),
    },
    e.at,
  );
}

// Reading stored attempts. The records come from storage and other modules' screens, so they are
// read structurally and anything unexpected yields no statement rather than a wrong one.

interface ExamView {
  courseId: string;
  durationMs: number | null;
  correct: number;
  total: number;
  scorePct: number;
  passed: boolean;
  byTopic: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** A finished theory exam, or null (in progress, practice, or not an exam). */
export function finishedExam(a: AttemptRecord): ExamView | null {
  const log = a.log;
  const sum = a.summary;
  if (a.module !== 'theoryExam' || !isObj(log) || !isObj(sum) || log.kind !== 'theoryExam' || sum.status !== 'finished') return null;
  const { correct, total, scorePct, passed } = sum;
  if (typeof correct !== 'number' || typeof total !== 'number' || typeof scorePct !== 'number' || typeof passed !== 'boolean') return null;
  return {
    courseId: typeof log.courseId === 'string' ? log.courseId : 'theory',
    durationMs: typeof log.endedAtMs === 'number' ? log.endedAtMs : null,
    correct,
    total,
    scorePct,
    passed,
    byTopic: sum.byTopic ?? [],
  };
}

function attemptContext(a: AttemptRecord): Record<string, unknown> {
  return { [EXT.attemptId]: a.id, [EXT.mode]: a.mode, [EXT.patient]: a.patient, [EXT.profile]: { id: a.profileId, version: a.profileVersion } };
}

export function examStatement(env: StatementEnv, a: AttemptRecord, exam: ExamView, examTitle: LocalizedText): Statement {
  return statement(env, stableUuid(`${a.id}|exam`), {
    verb: verb(exam.passed ? 'passed' : 'failed'),
    object: {
      objectType: 'Activity',
      id: ACTIVITY_IDS.exam(exam.courseId),
      definition: { type: ACTIVITY_TYPES.assessment, name: langMap(examTitle) },
    },
    result: {
      score: { scaled: scaled(exam.scorePct), raw: exam.correct, min: 0, max: exam.total },
      success: exam.passed,
      completion: true,
      ...(exam.durationMs !== null ? { duration: isoDuration(exam.durationMs) } : {}),
      extensions: { [EXT.byTopic]: exam.byTopic },
    },
    context: { ...baseContext(env), extensions: { ...baseContext(env).extensions, ...attemptContext(a) } },
  });
}

/** The key CPR quality figures as result extensions; null where a figure was not measured. */
export function cprExtensions(m: AttemptMetrics): Record<string, unknown> {
  return {
    [EXT.compressions]: m.compressionCount,
    [EXT.rateMeanPerMin]: num(m.rate.meanCpm),
    [EXT.rateInRangePct]: num(m.rate.pctInRange),
    [EXT.depthMeanMm]: num(m.depth.meanMm),
    [EXT.depthInRangePct]: num(m.depth.pctInRange),
    [EXT.recoilFullPct]: num(m.recoil.pctFull),
    [EXT.handsCorrectPct]: num(m.hands.pctCorrect),
    [EXT.compressionFractionPct]: num(m.fraction.pct),
    [EXT.longestPauseMs]: Math.round(m.longestPauseMs),
  };
}

function cprMetricsOf(a: AttemptRecord): AttemptMetrics | null {
  const sum = a.summary;
  if (a.module !== 'cpr' || !isObj(sum) || !isObj(sum.metrics)) return null;
  const m = sum.metrics as unknown as AttemptMetrics;
  return isObj(m.rate) && isObj(m.depth) && isObj(m.fraction) && typeof m.compressionCount === 'number' ? m : null;
}

const CPR_TITLE: Record<string, LocalizedText> = {
  adult: { 'zh-CN': '成人心肺复苏训练', en: 'Adult CPR drill' },
  child: { 'zh-CN': '儿童心肺复苏训练', en: 'Child CPR drill' },
  infant: { 'zh-CN': '婴儿心肺复苏训练', en: 'Infant CPR drill' },
};

export function cprStatement(env: StatementEnv, a: AttemptRecord): Statement | null {
  const m = cprMetricsOf(a);
  if (!m) return null;
  const title = CPR_TITLE[a.patient] ?? (CPR_TITLE.adult as LocalizedText);
  return statement(env, stableUuid(`${a.id}|cpr`), {
    verb: verb('completed'),
    object: { objectType: 'Activity', id: ACTIVITY_IDS.cprDrill(a.patient), definition: { type: ACTIVITY_TYPES.simulation, name: langMap(title) } },
    result: {
      score: { scaled: scaled(a.score), raw: a.score, min: 0, max: 100 },
      completion: true,
      duration: isoDuration(m.totalMs),
      extensions: cprExtensions(m),
    },
    context: { ...baseContext(env), extensions: { ...baseContext(env).extensions, ...attemptContext(a) } },
  });
}

type ScenarioSummary = ScenarioResult & { title?: LocalizedText };

function scenarioOf(a: AttemptRecord): ScenarioSummary | null {
  const s = a.summary;
  if (a.module !== 'scenario' || !isObj(s) || typeof s.scenarioId !== 'string' || !isObj(s.points) || typeof s.passed !== 'boolean') return null;
  return s as unknown as ScenarioSummary;
}

/**
 * Assessments are passed or failed on the examiner's sheet; guided and practice runs are completed
 * (or attempted, when left before the end).
 */
export function scenarioStatement(env: StatementEnv, a: AttemptRecord): Statement | null {
  const r = scenarioOf(a);
  if (!r) return null;
  const judged = a.mode === 'assessment';
  const cpr = r.cpr ? cprExtensions(r.cpr) : {};
  return statement(env, stableUuid(`${a.id}|scenario`), {
    verb: verb(judged ? (r.passed ? 'passed' : 'failed') : r.completed ? 'completed' : 'attempted'),
    object: {
      objectType: 'Activity',
      id: ACTIVITY_IDS.scenario(r.scenarioId),
      definition: { type: ACTIVITY_TYPES.simulation, ...(r.title ? { name: langMap(r.title) } : {}) },
    },
    result: {
      score: { scaled: scaled(r.points.pct), raw: r.points.earned, min: 0, max: r.points.possible },
      ...(judged ? { success: r.passed } : {}),
      completion: r.completed,
      duration: isoDuration(Math.max(0, r.endT - r.startT)),
      extensions: {
        ...cpr,
        [EXT.points]: { earned: r.points.earned, possible: r.points.possible },
        [EXT.criticalErrors]: r.criticalErrors.map((c) => c.id),
        [EXT.timeToFirstCompressionMs]: num(r.timings.toFirstCompressionMs),
        [EXT.timeToFirstShockMs]: num(r.timings.toFirstShockMs),
      },
    },
    context: { ...baseContext(env), extensions: { ...baseContext(env).extensions, ...attemptContext(a) } },
  });
}

export const EXAM_TITLE: LocalizedText = DEFAULT_COURSE.title;

/** The statements one learning event stands for (none for intermediate saves and practice sets). */
export function statementsFor(env: StatementEnv, e: LearningEvent): Statement[] {
  switch (e.type) {
    case 'lessonCompleted':
      return [lessonCompletedStatement(env, e)];
    case 'questionAnswered':
      return [questionAnsweredStatement(env, e)];
    case 'attemptSaved': {
      const a = e.attempt;
      const exam = finishedExam(a);
      if (exam) return [examStatement(env, a, exam, EXAM_TITLE)];
      const s = a.module === 'cpr' ? cprStatement(env, a) : a.module === 'scenario' ? scenarioStatement(env, a) : null;
      return s ? [s] : [];
    }
  }
}

import type { AttemptRecord } from '../../../src/core/attempt';
import { PROFILES } from '../../../src/content/protocols';
import { SCENARIOS } from '../../../src/content/scenarios';
import { analyzeCprDrill } from '../../../src/core/drill/cprResult';
import { synthesizeTrace } from '../../../src/core/cpr/synthetic';
import { targetsFor } from '../../../src/core/cpr/targets';
import { answerExam, correctAnswer, drawPaper, submitExam } from '../../../src/core/quiz';
import { autoplay, scenarioResult, start } from '../../../src/core/scenario';
import type { StatementEnv } from '../../../src/adapters/records/statements';
import { learnerAgent } from '../../../src/adapters/records/statements';
import { BANK, COURSE, finishAttempt, newExamAttempt, questionById, startSession } from '../../../src/ui/screens/theoryData';

let n = 0;
/** Deterministic UUIDs for tests. */
export const testId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

export function env(overrides: Partial<StatementEnv> = {}): StatementEnv {
  return {
    actor: learnerAgent('https://rescuedrill.example/', 'local-1', '李华'),
    language: 'zh-CN',
    platform: 'RescueDrill test',
    now: () => new Date('2026-11-23T10:00:00.000Z'),
    newId: testId,
    ...overrides,
  };
}

/** A finished exam; `right` questions answered correctly, the rest left open. */
export function examAttempt(right: number, id = 'theory-exam-1'): AttemptRecord {
  const paper = drawPaper(BANK, COURSE.blueprint, 'crc', 42);
  let a = newExamAttempt({
    id,
    learnerId: 'local-1',
    profileId: 'crc',
    profileVersion: PROFILES.crc.version,
    paper,
    learnerName: '李华',
    startedAt: new Date('2026-11-23T09:30:00Z'),
  });
  let s = startSession(paper, 0);
  paper.items.slice(0, right).forEach((item, i) => {
    const q = questionById(item.questionId)!;
    s = answerExam(s, q.id, correctAnswer(q), 1000 * (i + 1)) as typeof s;
  });
  a = finishAttempt(a, submitExam(s, 600_000));
  return a as unknown as AttemptRecord;
}

export function cprAttempt(mode: 'practice' | 'assessment' = 'assessment'): AttemptRecord {
  const targets = targetsFor(PROFILES.crc, 'adult');
  const trace = synthesizeTrace({ seed: 3, compressions: 60, rateCpm: 110, depthMm: 55 });
  const log = { samples: trace.samples, breaths: [], startT: 0, endT: trace.endT, length: { kind: 'seconds' as const, seconds: 30 } };
  const summary = analyzeCprDrill(log, targets);
  return {
    id: 'cpr-1',
    schemaVersion: 1,
    learnerId: 'local-1',
    module: 'cpr',
    mode,
    profileId: 'crc',
    profileVersion: PROFILES.crc.version,
    patient: 'adult',
    startedAt: '2026-11-23T09:00:00.000Z',
    score: summary.metrics.score.score,
    log,
    summary,
  };
}

export function scenarioAttempt(): AttemptRecord {
  const s = start(SCENARIOS.adultShockable, PROFILES.crc, { seed: 2, mode: 'assessment', startT: 0 });
  const run = autoplay(s.state);
  const result = scenarioResult(run.state);
  return {
    id: 'scenario-1',
    schemaVersion: 1,
    learnerId: 'local-1',
    module: 'scenario',
    mode: 'assessment',
    profileId: 'crc',
    profileVersion: PROFILES.crc.version,
    patient: 'adult',
    startedAt: '2026-11-23T09:00:00.000Z',
    score: Math.round(result.points.pct),
    log: {},
    summary: { ...result, title: SCENARIOS.adultShockable.title },
  };
}

import type { Question, TopicId } from '../../core/quiz/types';
import { aedQuestions } from './aed';
import { bandagingQuestions } from './bandaging';
import { bleedingQuestions } from './bleeding';
import { finalise } from './build';
import { chokingQuestions } from './choking';
import { cprQuestions } from './cpr';
import { drowningQuestions } from './drowning';
import { fracturesQuestions } from './fractures';
import { recognitionQuestions } from './recognition';

/** Version of the bank's content; stored with papers so a re-shown paper can say which bank it used. */
export const BANK_VERSION = '2025.1';

/**
 * Topics the bank has no question for. Legal protection of rescuers: questions rest only on the
 * clinical reference, which states no law; the lesson teaches the statute itself (lessons/law.ts).
 */
export const UNSOURCED_TOPICS: readonly TopicId[] = ['legal'];

export const QUESTION_BANK: readonly Question[] = Object.freeze(
  finalise([
    ...recognitionQuestions,
    ...cprQuestions,
    ...aedQuestions,
    ...chokingQuestions,
    ...bleedingQuestions,
    ...bandagingQuestions,
    ...fracturesQuestions,
    ...drowningQuestions,
  ]),
);

export { DEFAULT_COURSE } from './blueprint';
export { FACTS, getFact, type Fact, type FactId } from './facts';

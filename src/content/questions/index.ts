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
 * Topics the bank cannot cover from clinical.md. Legal protection of rescuers: clinical.md states
 * no law or policy at all, so the bank has no question for it rather than invented law.
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

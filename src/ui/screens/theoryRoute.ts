import { TOPIC_IDS, type TopicId } from '../../core/quiz/types';

/**
 * The theory course's deep links:
 *   #/theory                          course home
 *   #/theory/lesson/<topic>           one lesson
 *   #/theory/practice[?topic=<topic>] spaced-repetition practice (all topics or one)
 *   #/theory/exam                     identity step, then the timed exam
 *   #/theory/exam/result/<id>         score, pass/fail, per-topic breakdown, review
 *   #/theory/certificate/<id>         printable certificate with verification
 * Parsing stays free of the bank and lessons; they load with the theory screens.
 */
export type TheoryRoute =
  | { name: 'theory' }
  | { name: 'theoryLesson'; topic: TopicId }
  | { name: 'theoryPractice'; topic?: TopicId }
  | { name: 'theoryExam' }
  | { name: 'theoryResult'; id: string }
  | { name: 'theoryCertificate'; id: string };

export function isTopicId(v: unknown): v is TopicId {
  return typeof v === 'string' && (TOPIC_IDS as readonly string[]).includes(v);
}

/** `segments` are the path parts after `theory`. */
export function parseTheoryRoute(segments: readonly string[], q: URLSearchParams): { route: TheoryRoute; unknown: boolean } {
  const home = (unknown: boolean) => ({ route: { name: 'theory' } as TheoryRoute, unknown });
  const [a, b, c, d] = segments;
  if (a === undefined) return home(false);
  if (a === 'lesson' && isTopicId(b) && c === undefined) return { route: { name: 'theoryLesson', topic: b }, unknown: false };
  if (a === 'practice' && b === undefined) {
    const topic = q.get('topic');
    if (topic === null) return { route: { name: 'theoryPractice' }, unknown: false };
    return isTopicId(topic) ? { route: { name: 'theoryPractice', topic }, unknown: false } : { route: { name: 'theoryPractice' }, unknown: true };
  }
  if (a === 'exam' && b === undefined) return { route: { name: 'theoryExam' }, unknown: false };
  if (a === 'exam' && b === 'result' && c && d === undefined) return { route: { name: 'theoryResult', id: c }, unknown: false };
  if (a === 'certificate' && b && c === undefined) return { route: { name: 'theoryCertificate', id: b }, unknown: false };
  return home(true);
}

export const theoryResultHash = (id: string) => `#/theory/exam/result/${encodeURIComponent(id)}`;
export const theoryCertificateHash = (id: string) => `#/theory/certificate/${encodeURIComponent(id)}`;
export const theoryLessonHash = (topic: TopicId) => `#/theory/lesson/${topic}`;

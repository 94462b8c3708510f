import type { AttemptRecord } from './attempt';
import type { LocalizedText } from './text';

/**
 * What happened in training that a learning-record system may want to know. Screens and the
 * composition root emit these; each record sink (xAPI/cmi5, SCORM, ...) turns them into its own
 * format. Times are ISO 8601 wall-clock instants.
 */
export type LearningEvent =
  | {
      type: 'lessonCompleted';
      topic: string;
      title: LocalizedText;
      at: string;
    }
  | {
      type: 'questionAnswered';
      /** Where it was answered: the practice quiz (checked at once) or an exam (graded on submit). */
      context: 'practice' | 'exam';
      /** The attempt the answer belongs to. */
      attemptId: string;
      questionId: string;
      topic: string;
      stem: LocalizedText;
      /** The answer as a short language-neutral string (option indices, order, a point). */
      response: string;
      correct: boolean;
      at: string;
    }
  | {
      /** Any attempt written to storage, including each intermediate save of one in progress. */
      type: 'attemptSaved';
      attempt: AttemptRecord;
    };

export type LearningEventType = LearningEvent['type'];

/** Where statements go when the app was not launched by an LMS. Stored on this device only. */
export interface RecordsConfig {
  /** The LRS endpoint, e.g. https://lrs.example.org/xAPI/ ('' when not configured). */
  endpoint: string;
  /** Basic authentication: key / username. */
  username: string;
  /** Basic authentication: secret / password. */
  password: string;
}

export const EMPTY_RECORDS_CONFIG: Readonly<RecordsConfig> = Object.freeze({ endpoint: '', username: '', password: '' });

export type RecordsConnection =
  /** No endpoint set and no launch: statements wait in the outbox. */
  | 'notConfigured'
  /** Launched by an LMS through cmi5; the launch's endpoint and token are used. */
  | 'launched'
  /** The last exchange with the LRS succeeded. */
  | 'connected'
  /** The device is offline or the LRS cannot be reached. */
  | 'offline'
  /** The LRS answered with an error (credentials, rejected statement, server error). */
  | 'error';

/** A translatable error: `key` is an i18n key, `params` its values. */
export interface RecordsError {
  key: string;
  params?: Record<string, string | number>;
  /** ISO 8601. */
  at: string;
}

export interface RecordsStatus {
  connection: RecordsConnection;
  /** Statements stored on the device and not yet acknowledged by the LRS. */
  waiting: number;
  sending: boolean;
  lastError: RecordsError | null;
  /** ISO 8601 of the last acknowledged statement. */
  lastSentAt: string | null;
  /** Present while launched through cmi5. */
  launch: {
    endpoint: string;
    activityId: string;
    registration: string;
    learnerName: string;
    /** Where the platform wants the learner to go after exiting; null when it gave none. */
    returnURL: string | null;
    /** True once the session was terminated (exit or leaving the page). */
    ended: boolean;
  } | null;
}

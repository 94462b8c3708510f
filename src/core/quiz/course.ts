import type { LocalizedText } from '../text';
import type { ExamBlueprint } from './draw';
import type { RetakeRules } from './retake';

/** A theory course's exam settings, as data: each course sets its own pass mark and rules. */
export interface ExamCourse {
  readonly id: string;
  /** Version of these settings; a changed blueprint or pass mark gets a new version. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly blueprint: ExamBlueprint;
  readonly timeLimitMs: number;
  /** Percentage of questions that must be right, 0..100. */
  readonly passMarkPct: number;
  readonly retake: RetakeRules;
}

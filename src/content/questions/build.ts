import { PROFILE_IDS, type ProfileId } from '../../core/protocol/profile';
import type { Question } from '../../core/quiz/types';
import type { LocalizedText } from '../../core/text';
import { sourcesOf, type FactId } from './facts';

/**
 * A question as authored: facts instead of source keys. The source keys are derived from the facts
 * table, so a question's citation cannot drift from the clinical.md lines it rests on.
 */
type Authored<Q> = Q extends Question ? Omit<Q, 'sourceKeys' | 'facts'> & { readonly facts: readonly FactId[] } : never;
export type QuestionDraft = Authored<Question>;

export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const ALL: readonly ProfileId[] = PROFILE_IDS;
export const CRC_ONLY: readonly ProfileId[] = ['crc'];
export const AHA_ONLY: readonly ProfileId[] = ['aha2025'];
export const ERC_ONLY: readonly ProfileId[] = ['erc2025'];

/** True/false options are fixed UI strings; these are the labels the bank's explanations assume. */
export const TRUE_FALSE_LABELS = Object.freeze({ true: t('正确', 'True'), false: t('错误', 'False') });

export function finalise(drafts: readonly QuestionDraft[]): Question[] {
  return drafts.map((d) => ({ ...d, sourceKeys: sourcesOf(d.facts) }) as Question);
}

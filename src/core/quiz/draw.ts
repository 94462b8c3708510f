import type { ProfileId } from '../protocol/profile';
import { createRng, type Rng } from '../rng';
import { choiceCount, QuizError, type Question, type QuestionType, type TopicId } from './types';

/** How many questions of each topic a paper holds, in the order the paper shows them. */
export interface ExamBlueprint {
  readonly id: string;
  readonly sections: readonly { readonly topic: TopicId; readonly count: number }[];
  /** Shuffle options and order-question steps (with the paper's seed). */
  readonly shuffleOptions: boolean;
}

export interface PaperItem {
  readonly questionId: string;
  readonly type: QuestionType;
  readonly topic: TopicId;
  /**
   * Display order of options (single, multiple) or the initial arrangement of steps (order), as
   * authored indices: position k on screen shows authored item `optionOrder[k]`. Empty for
   * true/false and spot questions.
   */
  readonly optionOrder: readonly number[];
}

/**
 * A drawn paper. Redrawing with the same bank, blueprint, profile and seed gives the same paper;
 * the items are stored too, so the paper can be re-shown even after the bank has grown.
 */
export interface Paper {
  readonly kind: 'exam' | 'practice';
  readonly blueprintId: string | null;
  readonly profileId: ProfileId;
  readonly seed: number;
  readonly items: readonly PaperItem[];
}

function byId(a: Question, b: Question): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Fisher–Yates on a copy: a uniform permutation driven only by `rng`. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** `count` distinct items, uniformly, in draw order (partial Fisher–Yates). */
function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const pool = items.slice();
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, pool.length - 1);
    const a = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = a;
  }
  return pool.slice(0, count);
}

function optionOrderFor(q: Question, rng: Rng, shuffle: boolean): number[] {
  const n = choiceCount(q);
  const identity = Array.from({ length: n }, (_, i) => i);
  if (!shuffle || n < 2) return identity;
  const order = shuffled(identity, rng);
  // Steps shown already in the right order would give the answer away; rotating keeps the result
  // a function of the seed alone.
  if (q.type === 'order' && order.every((v, i) => v === i)) return [...order.slice(1), order[0] as number];
  return order;
}

export function indexBank(bank: readonly Question[]): ReadonlyMap<string, Question> {
  const map = new Map<string, Question>();
  for (const q of bank) {
    if (map.has(q.id)) throw new QuizError(`duplicate question id ${q.id}`);
    map.set(q.id, q);
  }
  return map;
}

export function eligible(bank: readonly Question[], profileId: ProfileId, topic?: TopicId): Question[] {
  return bank
    .filter((q) => q.profiles.includes(profileId) && (topic === undefined || q.topic === topic))
    .sort(byId);
}

/** Topics for which the bank holds fewer questions for `profileId` than the blueprint asks. */
export function blueprintShortfalls(
  bank: readonly Question[],
  blueprint: ExamBlueprint,
  profileId: ProfileId,
): { topic: TopicId; needed: number; available: number }[] {
  const needed = new Map<TopicId, number>();
  for (const s of blueprint.sections) needed.set(s.topic, (needed.get(s.topic) ?? 0) + s.count);
  const out: { topic: TopicId; needed: number; available: number }[] = [];
  for (const [topic, n] of needed) {
    const available = eligible(bank, profileId, topic).length;
    if (available < n) out.push({ topic, needed: n, available });
  }
  return out;
}

/**
 * Draws a paper for one candidate: per section, `count` distinct questions of that topic that
 * hold for `profileId`, then an option order per item, all from one RNG seeded with `seed`.
 * Candidates are sorted by id first, so the paper depends on the bank's content, not its array
 * order. Throws if the bank cannot satisfy the blueprint for this profile.
 */
export function drawPaper(
  bank: readonly Question[],
  blueprint: ExamBlueprint,
  profileId: ProfileId,
  seed: number,
): Paper {
  indexBank(bank);
  const short = blueprintShortfalls(bank, blueprint, profileId);
  if (short.length > 0) {
    const s = short.map((x) => `${x.topic} ${x.available}/${x.needed}`).join(', ');
    throw new QuizError(`bank too small for blueprint ${blueprint.id} under ${profileId}: ${s}`);
  }
  const rng = createRng(seed);
  const used = new Set<string>();
  const picked: Question[] = [];
  for (const section of blueprint.sections) {
    if (!Number.isInteger(section.count) || section.count < 0) {
      throw new QuizError(`section ${section.topic} has an invalid count`);
    }
    const pool = eligible(bank, profileId, section.topic).filter((q) => !used.has(q.id));
    for (const q of sample(pool, section.count, rng)) {
      used.add(q.id);
      picked.push(q);
    }
  }
  const items = picked.map((q) => ({
    questionId: q.id,
    type: q.type,
    topic: q.topic,
    optionOrder: optionOrderFor(q, rng, blueprint.shuffleOptions),
  }));
  return { kind: 'exam', blueprintId: blueprint.id, profileId, seed: seed >>> 0, items };
}

/** Builds paper items for already chosen questions (practice), shuffling options with `rng`. */
export function paperItemsFor(questions: readonly Question[], rng: Rng, shuffleOptions = true): PaperItem[] {
  return questions.map((q) => ({
    questionId: q.id,
    type: q.type,
    topic: q.topic,
    optionOrder: optionOrderFor(q, rng, shuffleOptions),
  }));
}

/** The paper's questions, in paper order; throws if the bank no longer has one of them. */
export function resolvePaper(bank: readonly Question[], paper: Paper): Question[] {
  const index = indexBank(bank);
  return paper.items.map((item) => {
    const q = index.get(item.questionId);
    if (q === undefined) throw new QuizError(`question ${item.questionId} is not in the bank`);
    if (q.type !== item.type) throw new QuizError(`question ${item.questionId} changed type`);
    return q;
  });
}

import type { Store } from '../adapters/storage';
import type { Learner } from '../core/attempt';
import { normaliseName } from '../core/quiz/certificate';
import type { LearnerPort } from '../ui/ports';

/**
 * Every attempt belongs to a learner. Until a launch or a name is given, the device's own local
 * learner holds them, so they can be claimed by a named learner later.
 */
export async function ensureLearner(store: Store): Promise<string> {
  const current = await store.getCurrentLearnerId();
  if (current && (await store.getLearner(current))) return current;
  const learners = await store.listLearners();
  const id = learners[0]?.id ?? `local-${crypto.randomUUID()}`;
  if (!learners[0]) await store.putLearner({ id, name: '', createdAt: new Date().toISOString() });
  await store.setCurrentLearnerId(id);
  return id;
}

/** The UI's view of the current learner, backed by the store. */
export function createLearnerPort(store: Store, learnerId: string): LearnerPort {
  const get = async (): Promise<Learner> =>
    (await store.getLearner(learnerId)) ?? { id: learnerId, name: '', createdAt: new Date().toISOString() };
  return {
    get,
    async rename(name, studentNumber) {
      const { studentNumber: _old, ...current } = await get();
      const sn = (studentNumber ?? '').trim();
      await store.putLearner({ ...current, name: normaliseName(name), ...(sn ? { studentNumber: sn } : {}) });
    },
  };
}

/**
 * The learner of an LMS launch: identity comes from the launch (its account and name), kept
 * beside the device's own learners without becoming the device's current learner.
 */
export async function ensureLaunchedLearner(store: Store, launched: { id: string; name: string }): Promise<string> {
  const existing = await store.getLearner(launched.id).catch(() => undefined);
  if (!existing || existing.name !== launched.name) {
    await store.putLearner({ ...(existing ?? { createdAt: new Date().toISOString() }), id: launched.id, name: launched.name });
  }
  return launched.id;
}

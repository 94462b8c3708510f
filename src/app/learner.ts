import type { Store } from '../adapters/storage';

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

import { importAttemptsFile, type Store } from '../adapters/storage';
import type { ResultsFilePort } from '../ui/ports';

/** Export all and import, backed by the store. Imported attempts keep their learner ids. */
export function createResultsFilePort(store: Store): ResultsFilePort {
  return {
    async everything() {
      const [attempts, learners] = await Promise.all([store.listAttempts(), store.listLearners()]);
      return { attempts, learners };
    },
    importJson: (file) => importAttemptsFile(store, file),
  };
}

import type { Store } from '../adapters/storage';
import { createScormReporter, preferredVersion, type ScormNotify, type ScormReporter } from '../adapters/records/scorm';
import type { RecordSink } from '../adapters/records';

/**
 * The SCORM launch, when there is one: detected at start, the LMS's learner becomes the current
 * learner, and every saved attempt passes by the reporter (which reports the theory exam only).
 * The session ends on `pagehide`.
 */
export interface ScormLaunch {
  reporter: ScormReporter;
  /** The app's id for the LMS's learner, namespaced so it never meets a device's local id. */
  learnerId?: string;
}

export async function startScorm(win: Window, store: Store, notify: ScormNotify): Promise<ScormLaunch | undefined> {
  const prefer = preferredVersion(win.location.search);
  const reporter = createScormReporter(win as unknown as Parameters<typeof createScormReporter>[0], {
    notify,
    ...(prefer ? { prefer } : {}),
  });
  if (!reporter) return undefined;
  win.addEventListener('pagehide', () => reporter.finish());
  const who = reporter.learner();
  if (!who) return { reporter };
  const learnerId = `scorm:${who.id}`;
  try {
    // The LMS is the source of the name: it replaces whatever was stored for this id before.
    const existing = await store.getLearner(learnerId);
    await store.putLearner({ ...(existing ?? { createdAt: new Date().toISOString() }), id: learnerId, name: who.name });
    await store.setCurrentLearnerId(learnerId);
  } catch {
    notify('notice.storage.writeFailed');
  }
  return { reporter, learnerId };
}

/** The SCORM reporter as one more learning-record sink: it hears every saved attempt. */
export function scormSink(reporter: ScormReporter): RecordSink {
  return {
    handle(event) {
      if (event.type === 'attemptSaved') reporter.attemptSaved(event.attempt);
    },
  };
}

import { describe, expect, it, vi } from 'vitest';
import { fanOut, recordingAttempts } from '../../../src/app/records';
import type { RecordSink } from '../../../src/adapters/records';
import type { LearningEvent } from '../../../src/core/records';
import type { AttemptRepository } from '../../../src/ui/ports';
import { cprAttempt } from './fixtures';

describe('record sinks', () => {
  it('every sink receives every event; a failing sink does not stop the others', async () => {
    const got: LearningEvent[] = [];
    const throwing: RecordSink = {
      handle() {
        throw new Error('boom');
      },
    };
    const rejecting: RecordSink = { handle: () => Promise.reject(new Error('later')) };
    const collecting: RecordSink = { handle: (e) => void got.push(e) };
    const record = fanOut([throwing, rejecting, collecting]);
    const e: LearningEvent = { type: 'lessonCompleted', topic: 'cpr', title: { 'zh-CN': '心肺复苏', en: 'CPR' }, at: '2026-11-23T09:00:00.000Z' };
    expect(() => record(e)).not.toThrow();
    expect(got).toEqual([e]);
  });

  it('the attempts repository reports each saved attempt, and nothing when the save fails', async () => {
    const saved: string[] = [];
    const repo: AttemptRepository = {
      putAttempt: vi.fn(async (a) => {
        if (a.id === 'bad') throw new Error('quota');
        saved.push(a.id);
      }),
      getAttempt: vi.fn(async () => undefined),
      listAttempts: vi.fn(async () => []),
    };
    const events: LearningEvent[] = [];
    const attempts = recordingAttempts(repo, (e) => events.push(e));
    const a = cprAttempt();
    await attempts.putAttempt(a);
    await expect(attempts.putAttempt({ ...a, id: 'bad' })).rejects.toThrow('quota');
    expect(saved).toEqual([a.id]);
    expect(events).toEqual([{ type: 'attemptSaved', attempt: a }]);
  });
});

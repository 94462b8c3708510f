import { expect, test, type Page } from '@playwright/test';
import { answerWholeExam } from './theoryDriver';
import { startLmsHost, type LmsHost } from './lmsHost';

/**
 * The SCORM packages in a stand-in LMS: the LMS-side run-time (scorm-again) on the host page, the
 * package's launch URL in an iframe. The learner comes from the LMS, the exam is taken through the
 * UI inside the frame, and the run-time ends up holding the score and status.
 */
let lms: LmsHost;
// One server per file: these tests share it, so they run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lms = await startLmsHost();
});
test.afterAll(async () => lms?.close());

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function openHost(page: Page, v: '1.2' | '2004', learner: { id: string; name: string }) {
  const q = new URLSearchParams({ v, launch: lms.launch[v], learner: JSON.stringify(learner) });
  await page.goto(`${lms.origin}/host.html?${q}`);
  const frame = page.frameLocator('#sco');
  await expect(frame.getByTestId('theory-home')).toBeVisible();
  return frame;
}

test('SCORM 1.2: a passed exam reports score, lesson_status and session time', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  const learner = { id: 'stu-0042', name: 'Doe, Jane <b>x</b>' };
  const frame = await openHost(page, '1.2', learner);

  // The LMS named the learner: no identity form, the name shown as text.
  await frame.getByTestId('exam-start').click();
  await expect(frame.getByTestId('exam-candidate')).toHaveText(learner.name);
  await expect(frame.getByTestId('exam-ready').locator('b')).toHaveCount(0);
  await frame.getByTestId('exam-begin').click();
  await expect(frame.getByTestId('exam-running')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { API: { cmi: { core: { lesson_status: string } } } }).API.cmi.core.lesson_status)).toBe(
    'incomplete',
  );

  await answerWholeExam(page, undefined, frame);
  await frame.getByTestId('exam-submit').click();
  await frame.getByTestId('exam-confirm-submit').click();
  await expect(frame.getByTestId('exam-result')).toHaveAttribute('data-passed', 'true');
  await expect(frame.getByTestId('result-learner')).toHaveText(learner.name);
  // No service worker under the LMS's origin.
  const sco = page.frames().find((f) => f.url().includes('/lms/pkg12/'));
  expect(await sco?.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

  const core = () =>
    page.evaluate(() => {
      const w = window as unknown as {
        API: { cmi: { core: Record<string, unknown> & { score: Record<string, string> } }; isTerminated(): boolean };
        lmsSets: [string, string][];
      };
      const api = w.API;
      return {
        raw: api.cmi.core.score.raw,
        min: api.cmi.core.score.min,
        max: api.cmi.core.score.max,
        status: api.cmi.core.lesson_status,
        session: w.lmsSets.filter(([el]) => el === 'cmi.core.session_time').at(-1)?.[1],
        exit: w.lmsSets.filter(([el]) => el === 'cmi.core.exit').at(-1)?.[1],
        terminated: api.isTerminated(),
      };
    });
  await expect.poll(async () => (await core()).status).toBe('passed');
  expect(await core()).toMatchObject({ raw: '100', min: '0', max: '100', terminated: false });

  // Leaving the SCO (the LMS closes it) ends the session on pagehide.
  await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await expect.poll(async () => (await core()).terminated).toBe(true);
  expect((await core()).session).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect((await core()).session).not.toMatch(/^00:00:00/);
  expect((await core()).exit).toBe('');
  expect(errors).toEqual([]);
});

test('SCORM 2004: a failed exam reports raw, scaled, completion and success', async ({ page }) => {
  const errors = collectErrors(page);
  const learner = { id: 'L-7', name: 'Li, Hua' };
  const frame = await openHost(page, '2004', learner);
  await frame.getByTestId('exam-start').click();
  await expect(frame.getByTestId('exam-candidate')).toHaveText(learner.name);
  await frame.getByTestId('exam-begin').click();
  // Handed in blank: a fail, still a completed attempt.
  await frame.getByTestId('exam-submit').click();
  await frame.getByTestId('exam-confirm-submit').click();
  await expect(frame.getByTestId('exam-result')).toHaveAttribute('data-passed', 'false');
  await expect(frame.getByTestId('notices')).toContainText(/0 \/ 100/);

  const cmi = () =>
    page.evaluate(() => {
      const api = (window as unknown as { API_1484_11: { GetValue(e: string): string; isTerminated(): boolean } }).API_1484_11;
      return {
        raw: api.GetValue('cmi.score.raw'),
        scaled: api.GetValue('cmi.score.scaled'),
        completion: api.GetValue('cmi.completion_status'),
        success: api.GetValue('cmi.success_status'),
        learner: api.GetValue('cmi.learner_name'),
      };
    });
  await expect.poll(async () => (await cmi()).success).toBe('failed');
  expect(await cmi()).toEqual({ raw: '0', scaled: '0', completion: 'completed', success: 'failed', learner: 'Li, Hua' });
  expect(errors).toEqual([]);
});

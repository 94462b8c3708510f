import { expect, test, type Page } from '@playwright/test';
import { ASSIGNABLE_UNITS } from '../../src/adapters/records/course';
import { cmi5SequenceProblem } from '../support/cmi5Order';
import { startLrs, type StoredStatement, type TestLrs } from '../support/lrs';
import { expectNoAxeViolations, screenshotBoth, waitForShell } from './support';
import { answerWholeExam, smallTargets } from './theoryDriver';

/*
 * Learning records end to end, against a real LRS (npm xapi-statements, in memory) that this spec
 * starts on 127.0.0.1 with a small cmi5 LMS stand-in in front of it.
 */

const LRS_PORT = 18320;
let lrs: TestLrs;

// One server per file: these tests share it, so they run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  lrs = await startLrs(LRS_PORT);
});

test.afterAll(async () => {
  await lrs?.stop();
});

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const verbOf = (s: StoredStatement) => s.verb.id.split('/').pop();
const isCmi5 = (s: StoredStatement) => s.context?.contextActivities?.category?.some((c) => c.id === 'https://w3id.org/xapi/cmi5/context/categories/cmi5') ?? false;

async function submitExam(page: Page): Promise<void> {
  await page.getByTestId('exam-begin').click();
  await expect(page.getByTestId('exam-running')).toBeVisible();
  await answerWholeExam(page);
  await page.getByTestId('exam-submit').click();
  await page.getByTestId('exam-confirm-submit').click();
  await expect(page).toHaveURL(/#\/theory\/exam\/result\//);
  await expect(page.getByTestId('exam-result')).toHaveAttribute('data-passed', 'true');
}

test('Settings: an exam taken offline is sent once when the connection returns', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);

  await page.goto('./?lng=zh-CN#/settings');
  await waitForShell(page);
  const state = page.getByTestId('records-state');
  await expect(state).toHaveAttribute('data-state', 'notConfigured');

  // Configure by keyboard: labelled fields, Enter submits.
  await page.getByLabel('地址').fill(lrs.endpoint);
  await page.getByLabel('密钥（用户名）').fill('rescuedrill');
  await page.getByLabel('密钥口令（密码）').fill('secret');
  await page.getByLabel('密钥口令（密码）').press('Enter');
  await expect(state).toHaveAttribute('data-state', 'connected');
  await page.getByTestId('records-test').click();
  await expect(page.getByTestId('records-test-result')).toHaveText('记录库已响应并接受了密钥。');
  await expect(page.getByTestId('records-waiting')).toHaveAttribute('data-count', '0');
  expect(await smallTargets(page)).toEqual([]);
  await expectNoAxeViolations(page);

  // The app is installed (service worker active, so every screen works offline), the exam screen
  // is opened while online, then the device goes offline.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.goto('./?lng=zh-CN#/theory/exam');
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.getByTestId('identity-name').fill('李华');
  await page.getByTestId('identity-save').click();
  await expect(page.getByTestId('exam-ready')).toBeVisible();
  await context.setOffline(true);
  await submitExam(page);

  // Settings shows what waits and why.
  await page.evaluate(() => (location.hash = '#/settings'));
  await expect(state).toHaveAttribute('data-state', 'offline');
  const waiting = page.getByTestId('records-waiting');
  // 30 answers and the exam result.
  await expect(waiting).toHaveAttribute('data-count', '31');
  await expect(page.getByTestId('records-error')).toContainText('无法连接记录库');
  expect(await smallTargets(page)).toEqual([]);
  await expectNoAxeViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBoth(page, 'records-settings-offline-zh-CN');

  // Back online: the outbox empties by itself, and the LRS holds each statement once.
  await context.setOffline(false);
  await expect(waiting).toHaveAttribute('data-count', '0', { timeout: 20_000 });
  await expect(state).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('records-error')).toHaveText('无');
  // "Send now" with nothing to send is disabled; nothing is sent twice.
  await expect(page.getByTestId('records-send')).toBeDisabled();

  const all = await lrs.statements();
  const exams = all.filter((s) => s.object.id.startsWith('urn:rescuedrill:xapi:exam:') && s.actor.name === '李华');
  expect(exams).toHaveLength(1);
  expect(verbOf(exams[0]!)).toBe('passed');
  expect(exams[0]!.result?.score?.scaled).toBe(1);
  const attemptId = exams[0]!.context?.extensions?.['urn:rescuedrill:xapi:ext:attempt-id'];
  const answers = all.filter((s) => verbOf(s) === 'answered' && s.context?.extensions?.['urn:rescuedrill:xapi:ext:attempt-id'] === attemptId);
  expect(answers).toHaveLength(30);
  expect(new Set(all.map((s) => s.id)).size).toBe(all.length);

  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBoth(page, 'records-settings-zh-CN');
  await page.goto('./?lng=en#/settings');
  await expect(page.getByTestId('records-state')).toHaveAttribute('data-state', 'connected');
  await screenshotBoth(page, 'records-settings-en');
  expect(errors).toEqual([]);
});

test('cmi5 launch: the launched learner takes the exam; initialized to terminated reach the LRS', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const au = ASSIGNABLE_UNITS.find((u) => u.module === 'theoryExam')!;
  const actor = { objectType: 'Agent', name: '王芳 <b>芳</b>', account: { homePage: 'https://lms.example.org', name: 'wf-0042' } };
  const l = await lrs.launch({ activityId: au.id, actor, masteryScore: 0.8, returnURL: `${lrs.base}/lms/return` });
  const q = new URLSearchParams({ endpoint: l.endpoint, fetch: l.fetch, actor: JSON.stringify(actor), registration: l.registration, activityId: au.id });
  const hash = au.url.slice(au.url.indexOf('#'));

  await page.goto(`./index.html?${q.toString()}&lng=zh-CN${hash}`);
  await waitForShell(page);
  // Identity comes from the launch: no name to enter, and the name is text, not HTML.
  await expect(page.getByTestId('exam-ready')).toBeVisible();
  await expect(page.getByTestId('exam-candidate')).toHaveText('王芳 <b>芳</b>');
  await expect(page.getByTestId('exam-ready').locator('b')).toHaveCount(0);
  await submitExam(page);

  await page.evaluate(() => (location.hash = '#/settings'));
  await expect(page.getByTestId('records-state')).toHaveAttribute('data-state', 'launched');
  await expect(page.getByTestId('records-launch-learner')).toHaveText('王芳 <b>芳</b>');
  await expect(page.getByTestId('records-waiting')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
  await expectNoAxeViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBoth(page, 'records-settings-launched-zh-CN');
  expect(errors).toEqual([]);

  // "Finish and return to the course" terminates the session and goes to the platform's returnURL.
  await page.getByTestId('records-exit').click();
  await expect(page).toHaveURL(`${lrs.base}/lms/return`);
  await expect
    .poll(async () => cmi5SequenceProblem((await lrs.statements()).filter((s) => s.context?.registration === l.registration && isCmi5(s))), {
      timeout: 15_000,
    })
    .toBeNull();
  const mine = (await lrs.statements()).filter((s) => s.context?.registration === l.registration);
  for (const s of mine) expect(s.actor.account).toEqual(actor.account);
  expect(mine.filter((s) => verbOf(s) === 'answered')).toHaveLength(30);
});

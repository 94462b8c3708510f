import { expect, test, type Page } from '@playwright/test';
import { MOVE_GAME } from '../../src/content/firstaid/moveGame';
import { expectNoAxeViolations, screenshotBoth, waitForShell } from './support';

const shot = (page: Page, name: string) => screenshotBoth(page, `movegame-${name}`);
const rightOf = (round: string) => MOVE_GAME.rounds.find((r) => r.id === round)?.options.find((o) => o.correct)?.id;

/** The right option of the round on screen and its number key (its place in the shuffled list). */
async function rightHere(page: Page): Promise<{ round: string; option: string; key: string }> {
  const round = (await page.getByTestId('mg-round').getAttribute('data-round')) as string;
  const ids = await page.getByTestId('mg-round').locator('[data-testid^="mg-option-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  const option = rightOf(round) as string;
  return { round, option, key: String(ids.indexOf(`mg-option-${option}`) + 1) };
}

test('move or not: every round answered right by keyboard and mouse in practice, then the result is saved and listed', async ({ page }) => {
  test.setTimeout(45_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // zh-CN first: the picker lists the game among the moving exercises; one round on screen.
  await page.goto('./?lng=zh-CN#/firstaid');
  await waitForShell(page);
  await expect(page.getByTestId('fa-section-splint').getByTestId('fa-open-moveGame')).toContainText('问答游戏');
  await page.getByTestId('fa-open-moveGame').click();
  await expect(page).toHaveURL(/#\/splint\/moveGame$/);
  await page.getByTestId('mg-start').click();
  await expect(page.getByTestId('mg-round')).toBeVisible();
  await shot(page, '01-round-zh');

  await page.goto('./?lng=en#/splint/moveGame');
  await expect(page.getByTestId('mg-intro')).toContainText('20 s each');
  await page.getByTestId('mg-start').click();
  const total = MOVE_GAME.rounds.length;
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) {
    await expect(page.getByTestId('mg-round')).toHaveAttribute('data-open', 'true');
    await expect(page.getByTestId('mg-count')).toHaveText(`Round ${i + 1} / ${total}`);
    await expect(page.getByTestId('mg-timer').getByRole('timer')).toHaveText(/^\d+ s$/);
    const { round, option, key } = await rightHere(page);
    seen.add(round);
    if (i === 0) await shot(page, '02-round');
    // Even rounds by their number key, odd ones by mouse; "Next" likewise.
    if (i % 2 === 0) await page.keyboard.press(key);
    else await page.getByTestId(`mg-option-${option}`).click();
    await expect(page.getByTestId('mg-feedback')).toHaveAttribute('data-outcome', 'right');
    await expect(page.getByTestId('mg-streak')).toHaveAttribute('data-streak', String(i + 1));
    if (i === 0) {
      await expectNoAxeViolations(page);
      await shot(page, '03-feedback');
    }
    if (i % 2 === 0) {
      await expect(page.getByTestId('mg-next')).toBeFocused();
      await page.keyboard.press('Enter');
    } else await page.getByTestId('mg-next').click();
  }
  expect(seen.size).toBe(total);

  await expect(page).toHaveURL(/#\/results\/splint-/);
  const v = page.getByTestId('fa-verdict');
  await expect(v).toHaveAttribute('data-passed', 'true');
  await expect(v).toHaveAttribute('data-score', '100');
  await expect(page.getByTestId('fa-sheet').locator('tbody tr[data-status="earned"]')).toHaveCount(total);
  await expect(page.getByTestId('fa-measures')).toContainText('Best streak of right answers: 7');
  await expect(page.getByTestId('fa-measures')).toContainText('Mean answer time');
  await shot(page, '04-result');

  await page.goto('./?lng=en#/results');
  await expect(page.locator('[data-testid="result-row"][data-module="splint"]')).toHaveCount(1);
  await expect(page.getByTestId('results-table')).toContainText('Move or not, and how');
  expect(errors).toEqual([]);
});

test('move or not, assessed: a round left to time out, a critical wrong answer, no feedback on the way; the result fails on the critical error', async ({ page }) => {
  test.setTimeout(45_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The page's clock is faked so that a round's 20 s can pass at once.
  await page.clock.install();
  await page.goto('./?lng=en#/splint/moveGame?mode=assessment');
  await waitForShell(page);
  await page.getByTestId('mg-start').click();
  const total = MOVE_GAME.rounds.length;
  await expect(page.getByTestId('mg-count')).toHaveText(`Round 1 / ${total}`);
  await expect(page.getByTestId('mg-streak')).toHaveCount(0);

  // Round 1: nobody answers; when its time is up the next round opens by itself.
  await page.clock.runFor(20_500);
  await expect(page.getByTestId('mg-count')).toHaveText(`Round 2 / ${total}`);
  await expect(page.getByTestId('mg-feedback')).toHaveText('');

  let criticalLabel = '';
  for (let i = 1; i < total; i++) {
    await expect(page.getByTestId('mg-round')).toHaveAttribute('data-open', 'true');
    const { round, option } = await rightHere(page);
    const critical = MOVE_GAME.rounds.find((r) => r.id === round)?.options.find((o) => o.critical);
    // The first round that has a critical wrong answer gets it.
    const pickWrong = !criticalLabel && !!critical;
    if (pickWrong && critical?.critical) criticalLabel = MOVE_GAME.criticalErrors.find((c) => c.id === critical.critical)?.label.en ?? '';
    await page.getByTestId(`mg-option-${pickWrong ? critical?.id : option}`).click();
    // After the last answer the result opens at once.
    if (i === total - 1) break;
    await expect(page.getByTestId('mg-count')).toHaveText(`Round ${i + 2} / ${total}`);
    await expect(page.getByTestId('mg-feedback')).toHaveText('');
    await expect(page.getByTestId('mg-next')).toHaveCount(0);
  }
  expect(criticalLabel).not.toBe('');

  await expect(page).toHaveURL(/#\/results\/splint-/);
  const v = page.getByTestId('fa-verdict');
  await expect(v).toHaveAttribute('data-passed', 'false');
  // Two of seven rounds lost: the timed-out one and the wrong one.
  await expect(page.getByTestId('fa-sheet').locator('tbody tr[data-status="earned"]')).toHaveCount(total - 2);
  await expect(page.getByTestId('fa-critical')).toContainText(criticalLabel);
  expect(errors).toEqual([]);
});

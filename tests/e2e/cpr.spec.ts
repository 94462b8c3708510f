import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth, waitForShell } from './support';
import {
  dragCompressions,
  exportFile,
  firstNumber,
  holdBreathByKey,
  holdBreathByPointer,
  keyCompressions,
  parseExportCsv,
  tabTo,
  waitForDrill,
} from './cprDriver';

const DEPTH_MM = 55;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('a 30:2 practice cycle by mouse shows live feedback, measures depth, and its result is saved, survives a reload and exports', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);

  // Home lists the module; the set-up is chosen by pointer.
  await page.goto('./?lng=en');
  await waitForShell(page);
  await page.getByTestId('module-cpr').click();
  await expect(page).toHaveURL(/#\/cpr$/);
  await page.getByTestId('cpr-patient-adult').click();
  await page.getByTestId('cpr-length-c2').click();
  await page.getByTestId('cpr-mode-practice').click();
  await expect(page.getByTestId('cpr-length-c2')).toBeChecked();
  await page.getByTestId('cpr-start').click();
  await expect(page).toHaveURL(/#\/cpr\?patient=adult&mode=practice&cycles=2$/);
  await waitForDrill(page);
  await expect(page.getByRole('button', { name: /Manikin chest/ })).toBeVisible();

  const live = page.getByTestId('cpr-live');
  await dragCompressions(page, 30, {
    depthMm: DEPTH_MM,
    after: async (n) => {
      if (n === 1) await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-phase', 'compressions');
      if (n === 5) {
        // Practice feedback while compressing: the count, the live figures (depth ≈ what was dragged).
        await expect(page.getByTestId('cpr-count')).toHaveText(/^[3-5] compressions$/);
        await expect(live).toBeVisible();
        await expect(live.locator('dd').nth(0)).toHaveText(/^1(09|10|11)\/min$/);
        expect(Math.abs(firstNumber(await live.locator('dd').nth(1).textContent()) - DEPTH_MM)).toBeLessThanOrEqual(3);
      }
      if (n === 20) {
        // Fifteen flawless compressions in a row earn the praise cue.
        await expect(page.getByTestId('cpr-cue')).toHaveAttribute('data-key', 'cue.goodStreak');
        await expect(page.getByTestId('cpr-cue')).toBeVisible();
      }
    },
  });
  // The 30th compression is complete once its recoil is known: then the drill asks for two breaths.
  await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-phase', 'breaths');
  await expect(page.getByTestId('cpr-count')).toHaveText('30 compressions');
  await expect(page.getByTestId('cpr-cue')).toHaveAttribute('data-key', 'drill.giveBreaths');
  await expect(page.getByTestId('cpr-cue')).toHaveText('Give two breaths');
  await holdBreathByPointer(page);
  await expect(page.getByTestId('breath-short')).toHaveCount(0);
  await holdBreathByPointer(page);
  // Cycle complete: back to compressions for the second cycle; the learner stops here.
  await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-phase', 'compressions');
  await expect(page.getByTestId('cpr-cue')).toHaveAttribute('data-key', 'drill.resume');
  await page.getByTestId('cpr-finish').click();

  // The result.
  await expect(page).toHaveURL(/#\/results\/cpr-/);
  const id = decodeURIComponent(page.url().split('#/results/')[1]!);
  const score = page.getByTestId('cpr-score');
  await expect(score).toBeVisible();
  const scoreValue = await score.getAttribute('data-score');
  expect(Number(scoreValue)).toBeGreaterThanOrEqual(0);
  expect(Number(scoreValue)).toBeLessThanOrEqual(100);
  await expect(page.getByTestId('cpr-metrics')).toBeVisible();
  await expect(page.getByTestId('m-count')).toContainText('30');
  const meanDepth = firstNumber(await page.getByTestId('m-depth-mean').locator('td').first().textContent());
  expect(Math.abs(meanDepth - DEPTH_MM)).toBeLessThanOrEqual(3);
  const meanRate = firstNumber(await page.getByTestId('m-rate-mean').locator('td').first().textContent());
  expect(meanRate).toBeGreaterThanOrEqual(102);
  expect(meanRate).toBeLessThanOrEqual(118);
  await expect(page.getByTestId('m-cycles')).toContainText('1 of 1 cycles right');
  for (const b of ['rate', 'depth', 'recoil']) {
    await expect(page.getByTestId(`bar-${b}`)).toBeVisible();
    await expect(page.getByTestId(`bar-${b}`)).toContainText('%');
  }
  await expect(page.getByTestId('bar-depth')).toContainText('Measured by');
  await expect(page.getByTestId('cpr-tips').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('plot-depth')).toBeVisible();
  await expect(page.getByTestId('plot-depth').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('plot-depth-none')).toHaveCount(0);

  // Saved, listed, and still there after a reload.
  await page.reload();
  await expect(page.getByTestId('cpr-score')).toHaveAttribute('data-score', scoreValue!);
  await page.goto('./?lng=en#/results');
  await expect(page.getByTestId('result-row')).toHaveCount(1);
  await page.reload();
  const row = page.getByTestId('result-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Practice');
  await expect(row).toContainText('Adult');
  await expect(row.locator('td').last()).toHaveText(scoreValue!);
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/results/${id}$`));
  await expect(page.getByTestId('cpr-score')).toHaveAttribute('data-score', scoreValue!);

  // Exports: CSV with its header block and one row per compression; JSON with the whole attempt.
  const csv = await exportFile(page, 'export-csv');
  expect(csv.name).toBe(`${id}.csv`);
  const { header, rows } = parseExportCsv(csv.text);
  expect(header.attempt_id).toBe(id);
  expect(header.mode).toBe('practice');
  expect(header.patient).toBe('adult');
  expect(header.profile).toMatch(/^crc@/);
  expect(header.compressions).toBe('30');
  expect(header.inputs).toBe('pointer');
  expect(rows).toHaveLength(30);
  expect(rows.map((r) => r.index)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  for (const r of rows) {
    expect(r.source).toBe('pointer');
    expect(Math.abs(Number(r.depth_mm) - DEPTH_MM)).toBeLessThanOrEqual(3);
  }
  const json = await exportFile(page, 'export-json');
  expect(json.name).toBe(`${id}.json`);
  const doc = JSON.parse(json.text) as { format: string; attempt: { id: string; mode: string; module: string; score: number; log: { samples: unknown[]; breaths: unknown[] }; summary: { metrics: { compressionCount: number } } } };
  expect(doc.format).toBe('rescuedrill.attempt');
  expect(doc.attempt.id).toBe(id);
  expect(doc.attempt.module).toBe('cpr');
  expect(doc.attempt.mode).toBe('practice');
  expect(String(doc.attempt.score)).toBe(scoreValue);
  expect(doc.attempt.summary.metrics.compressionCount).toBe(30);
  expect(doc.attempt.log.breaths).toHaveLength(2);
  expect(doc.attempt.log.samples.length).toBeGreaterThan(30 * 10);
  expect(errors).toEqual([]);
});

test('a 30:2 practice drill by keyboard alone ends by itself and reports rate with depth not measured', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  await page.goto('./?lng=en#/cpr?patient=adult&mode=practice&cycles=1');
  await waitForDrill(page);
  await tabTo(page, 'cpr-chest');
  await expect(page.getByTestId('cpr-chest')).toHaveAttribute('role', 'button');
  await keyCompressions(page, 30);
  // Keyboard compressions complete on key-up, so the prompt comes at once.
  await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-phase', 'breaths');
  await expect(page.getByTestId('cpr-count')).toHaveText('30 compressions');
  const live = page.getByTestId('cpr-live');
  await expect(live.locator('dd').nth(0)).toHaveText(/^\d+\/min$/);
  await expect(live.locator('dd').nth(1)).toHaveText('not measured');
  await tabTo(page, 'cpr-airway', 3);
  await holdBreathByKey(page);
  await expect(page.getByTestId('cpr-airway')).toBeFocused();
  await holdBreathByKey(page);

  // One cycle was asked for: the drill ends after the second breath and shows the result.
  await expect(page).toHaveURL(/#\/results\/cpr-/);
  await expect(page.getByTestId('cpr-score')).toBeVisible();
  await expect(page.getByTestId('m-count')).toContainText('30');
  await expect(page.getByTestId('m-depth-mean')).toContainText('not measured');
  await expect(page.getByTestId('m-recoil')).toContainText('not measured');
  await expect(page.getByTestId('m-cycles')).toContainText('1 of 1 cycles right');
  const meanRate = firstNumber(await page.getByTestId('m-rate-mean').locator('td').first().textContent());
  expect(meanRate).toBeGreaterThanOrEqual(102);
  expect(meanRate).toBeLessThanOrEqual(118);
  await expect(page.getByTestId('bar-rate')).toContainText('%');
  await expect(page.getByTestId('bar-depth')).toHaveAttribute('data-level', 'none');
  await expect(page.getByTestId('bar-depth')).toContainText('not measured');
  await expect(page.getByTestId('plot-depth-none')).toBeVisible();
  await expect(page.getByTestId('plot-depth')).toHaveCount(0);
  await expect(page.getByTestId('plot-rate')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('m-depth-mean')).toContainText('not measured');
  expect(errors).toEqual([]);
});

test('an assessment chosen in the set-up by keyboard shows no feedback during the drill and is stored as an assessment', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  await page.goto('./?lng=en#/cpr');
  await waitForShell(page);
  // Radio groups: Tab reaches the checked option, arrows change it.
  await tabTo(page, 'cpr-length-60');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('cpr-length-c2')).toBeChecked();
  await tabTo(page, 'cpr-mode-practice');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('cpr-mode-assessment')).toBeChecked();
  await tabTo(page, 'cpr-start');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/cpr\?patient=adult&mode=assessment&cycles=2$/);
  await waitForDrill(page);
  await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-mode', 'assessment');
  await expect(page.getByTestId('cpr-blind')).toBeVisible();

  await tabTo(page, 'cpr-chest');
  await keyCompressions(page, 12);
  await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-phase', 'compressions');
  await expect(page.getByTestId('cpr-phase')).toHaveText('Assessment in progress');
  // A too-short breath is not commented on either.
  await tabTo(page, 'cpr-airway', 3);
  await holdBreathByKey(page, 150);
  await page.waitForTimeout(100);
  for (const id of ['cpr-cue', 'cpr-live', 'cpr-count', 'breath-short']) await expect(page.getByTestId(id)).toHaveCount(0);
  await expect(page.locator('.beat')).toHaveCount(0);
  await expect(page.getByTestId('cpr-blind')).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, 'cpr-finish', 3);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/results\/cpr-/);
  await expect(page.getByTestId('m-count')).toContainText('12');
  await expect(page.locator('main')).toContainText('Assessment');
  const json = await exportFile(page, 'export-json');
  expect((JSON.parse(json.text) as { attempt: { mode: string } }).attempt.mode).toBe('assessment');
  await page.goto('./?lng=en#/results');
  await page.reload();
  await expect(page.getByTestId('result-row')).toHaveCount(1);
  await expect(page.getByTestId('result-row').locator('td').nth(2)).toHaveText('Assessment');
  expect(errors).toEqual([]);
});

test('a timed practice drill keeps its count, live figures and countdown current', async ({ page }) => {
  test.setTimeout(30_000);
  const errors = collectErrors(page);
  await page.goto('./?lng=en#/cpr?patient=adult&mode=practice&length=30');
  await waitForDrill(page);
  await expect(page.getByTestId('cpr-remaining')).toHaveText('30 s left');
  await tabTo(page, 'cpr-chest');
  await keyCompressions(page, 8);
  await expect(page.getByTestId('cpr-count')).toHaveText('8 compressions');
  await expect(page.getByTestId('cpr-live').locator('dd').nth(0)).toHaveText(/^\d+\/min$/);
  await expect(page.getByTestId('cpr-remaining')).toHaveText(/^[12]\d s left$/);
  await page.getByTestId('cpr-finish').click();
  await expect(page.getByTestId('m-count')).toContainText('8');
  expect(errors).toEqual([]);
});

for (const lng of ['zh-CN', 'en'] as const) {
  test(`set-up, drill and result pass axe and are captured at both sizes (${lng})`, async ({ page }) => {
    test.setTimeout(60_000);
    const errors = collectErrors(page);
    await page.goto(`./?lng=${lng}#/cpr`);
    await waitForShell(page);
    await expect(page.getByTestId('cpr-start')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBoth(page, `cpr-setup-${lng}`);

    await page.goto(`./?lng=${lng}#/cpr?patient=adult&mode=practice&cycles=1`);
    await waitForDrill(page);
    await dragCompressions(page, 6, { depthMm: DEPTH_MM });
    await expect(page.getByTestId('cpr-count')).toContainText('6');
    await expectNoAxeViolations(page);
    await screenshotBoth(page, `cpr-drill-${lng}`);

    await page.getByTestId('cpr-finish').click();
    await expect(page).toHaveURL(/#\/results\/cpr-/);
    await expect(page.getByTestId('plot-depth').locator('canvas').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBoth(page, `cpr-result-${lng}`);
    expect(errors).toEqual([]);
  });
}

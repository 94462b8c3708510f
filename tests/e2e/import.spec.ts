import { expect, test, type Page } from '@playwright/test';
import { exportFile, parseExportCsv } from './cprDriver';
import { expectNoAxeViolations, screenshotBoth, waitForShell } from './support';

/**
 * Results files end to end: export everything from one browser (one device), import it into a
 * fresh one, import it again (all skipped), and refuse a broken file with the reason on screen.
 */

const NAME = 'Ada <i>Lovelace</i>';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A theory exam handed in blank: the quickest finished result there is. */
async function blankExam(page: Page): Promise<void> {
  await page.goto('./?lng=en#/theory/exam');
  await waitForShell(page);
  await page.getByTestId('identity-name').fill(NAME);
  await page.getByTestId('identity-save').click();
  await page.getByTestId('exam-begin').click();
  await page.getByTestId('exam-submit').click();
  await page.getByTestId('exam-confirm-submit').click();
  await expect(page.getByTestId('exam-result')).toHaveAttribute('data-passed', 'false');
}

const importFile = (page: Page, name: string, text: string, mimeType = 'application/json') =>
  page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });

test('results move from one device to another by file; a broken file is refused with its reason', async ({ browser }) => {
  test.setTimeout(60_000);

  // Device A: one exam, then "export all" as JSON and CSV; the exam's own CSV and JSON too.
  const a = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const pa = await a.newPage();
  const errorsA = collectErrors(pa);
  await blankExam(pa);
  const single = await exportFile(pa, 'export-json');
  expect(JSON.parse(single.text)).toMatchObject({ format: 'rescuedrill.attempt', attempt: { module: 'theoryExam' } });
  const examCsv = parseExportCsv((await exportFile(pa, 'export-csv')).text);
  expect(examCsv.header.learner_name).toBe(NAME);
  expect(examCsv.rows).toHaveLength(30);

  await pa.goto('./?lng=en#/results');
  await expect(pa.getByTestId('result-row')).toHaveCount(1);
  const all = await exportFile(pa, 'export-all-json');
  expect(all.name).toMatch(/^rescuedrill-results-\d{8}-\d{4}\.json$/);
  const file = JSON.parse(all.text) as { format: string; attempts: { id: string; learnerId: string }[]; learners: { name: string }[] };
  expect(file.format).toBe('rescuedrill.attempts');
  expect(file.attempts).toHaveLength(1);
  expect(file.learners.map((l) => l.name)).toEqual([NAME]);
  const csv = (await exportFile(pa, 'export-all-csv')).text.split(/\r?\n/).filter(Boolean);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(file.attempts[0]!.id);
  expect(errorsA).toEqual([]);
  await a.close();

  // Device B, fresh: nothing yet; import the file.
  const b = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await b.newPage();
  const errors = collectErrors(page);
  await page.goto('./?lng=en#/results');
  await waitForShell(page);
  await expect(page.getByTestId('results-empty')).toBeVisible();
  // The import control is reached by keyboard (the export buttons are disabled with nothing to export).
  const input = page.getByLabel('Import results (JSON)');
  await page.locator('main').focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await expect(page.locator('label[for="results-import"]')).toHaveCSS('outline-style', 'solid');

  await importFile(page, 'results.json', all.text);
  const message = page.getByTestId('import-message');
  await expect(message).toHaveAttribute('data-kind', 'ok');
  await expect(message).toContainText('Imported 1 result(s); skipped 0');
  // The attempt keeps its learner (device A's), so it shows under "every learner", with the name as text.
  await expect(page.getByTestId('results-all')).toBeChecked();
  await expect(page.getByTestId('result-row')).toHaveCount(1);
  await expect(page.getByTestId('result-row')).toHaveAttribute('data-learner', file.attempts[0]!.learnerId);
  await expect(page.getByTestId('result-learner-cell')).toHaveText(NAME);
  await expect(page.getByTestId('results-table').locator('i')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'results-import-ok');
  await page.getByTestId('results-all').uncheck();
  await expect(page.getByTestId('results-empty')).toBeVisible();
  await page.getByTestId('results-all').check();

  // The imported exam opens like any other.
  await page.getByTestId('result-row').getByRole('link').click();
  await expect(page.getByTestId('exam-result')).toBeVisible();
  await expect(page.getByTestId('result-learner')).toHaveText(NAME);
  await page.goBack();

  // The same file again: nothing new, one skipped.
  await page.getByTestId('results-all').check();
  await importFile(page, 'results.json', all.text);
  await expect(message).toContainText('Imported 0 result(s); skipped 1');

  // A broken file (one impossible score) is refused whole, with the record and field named.
  const broken = JSON.parse(all.text);
  broken.attempts.push({ ...broken.attempts[0], id: 'other-1', score: 140 });
  await importFile(page, 'broken.json', JSON.stringify(broken));
  await expect(message).toHaveAttribute('data-kind', 'error');
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('import-reason')).toHaveText(/Result 2 \(id “other-1”\): the field “score”/);
  await expect(page.getByTestId('result-row')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'results-import-refused');

  // Not JSON at all, and in Chinese.
  await page.goto('./?lng=zh-CN#/results');
  await expect(page.getByTestId('results-all')).toBeVisible();
  await importFile(page, 'notes.csv', 'a,b\n1,2', 'text/csv');
  await expect(page.getByTestId('import-reason')).toContainText('“notes.csv”不是 JSON 文件');
  await screenshotBoth(page, 'results-import-refused-zh');
  expect(errors).toEqual([]);
  await b.close();
});

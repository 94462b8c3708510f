import { expect, test, type Page } from '@playwright/test';
import { exportFile, parseExportCsv } from './cprDriver';
import {
  advance,
  advanceUntil,
  attr,
  clickDevice,
  collectErrors,
  cprLeftMs,
  device,
  dragPad,
  expectCaption,
  expectTranscript,
  keyAct,
  keyBreath,
  keyCompressions,
  keyPlacePad,
  mouseBreath,
  mouseCompressions,
  PERIOD_MS,
  paused,
  run,
  shooter,
  tabTo,
  waitForScenario,
} from './scenarioDriver';
import { expectNoAxeViolations, waitForShell } from './support';

/** The steps between the key screens are captured at the phone size only (see `screenshotBoth`). */
const PHONE = ['phone'] as const;
const click = (page: Page, testId: string) => page.getByTestId(testId).click();
/** Lets the device's own timers run (in small steps) until it reaches `mode`. */
const until = (page: Page, mode: string) => advanceUntil(page, async () => (await device(page)) === mode, 100, 20_000);

test('adult shockable scenario by pointer (practice): pads dragged in the scene, every step shown, result saved, listed, reloaded and exported', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'pointer');
  await page.clock.install();

  // Home lists the module; the picker names every scenario and offers the three modes.
  await page.goto('./?lng=en');
  await waitForShell(page);
  await click(page, 'module-scenario');
  await expect(page).toHaveURL(/#\/scenario$/);
  await expect(page.getByTestId('scenario-list').locator('li')).toHaveCount(10);
  await expect(page.getByTestId('scenario-item-adultShockable')).toContainText('Adult witnessed collapse: shockable rhythm');
  await expect(page.getByTestId('scenario-mode-practice')).toBeChecked();
  await expectNoAxeViolations(page);
  await shot('picker');
  await click(page, 'scenario-mode-guided');
  await expect(page.getByTestId('scenario-start-adultShockable')).toHaveAttribute('href', '#/scenario/adultShockable?mode=guided');
  await click(page, 'scenario-mode-practice');
  await click(page, 'scenario-start-adultShockable');
  await expect(page).toHaveURL(/#\/scenario\/adultShockable\?mode=practice$/);
  await waitForScenario(page);
  await expectNoAxeViolations(page);
  await shot('intro');

  await click(page, 'scenario-begin');
  await expect(run(page)).toHaveAttribute('data-phase', 'running');
  await expectCaption(page, 'scenario.narration.collapse');
  await shot('collapse', PHONE);

  await click(page, 'act-checkScene');
  await expectCaption(page, 'scenario.narration.sceneSafe');
  await click(page, 'act-tapAndShout');
  await expectCaption(page, 'scenario.narration.noResponse');
  await shot('response-checked', PHONE);

  await click(page, 'call-who-redJacket');
  await click(page, 'call-number-120');
  await click(page, 'call-askAed');
  await expect(page.getByTestId('act-callForHelp')).toHaveText('Call 120');
  await click(page, 'act-callForHelp');
  await expectTranscript(page, 'scenario.narration.bystanderFetchesAed');
  await shot('called', PHONE);

  await click(page, 'act-checkBreathing');
  await expect(page.getByTestId('act-checkBreathing')).toHaveAttribute('aria-pressed', 'true');
  await advance(page, 7000);
  await expect(page.getByTestId('act-checkBreathing')).toContainText('7 s');
  await click(page, 'act-checkBreathing');
  await expectCaption(page, 'scenario.narration.gasping');
  await click(page, 'act-noteTime');
  await click(page, 'act-positionPatient');
  await expectCaption(page, 'scenario.narration.positioned');
  await shot('breathing-checked', PHONE);

  // From the first compression to the handover the clock moves only as the learner's actions do.
  await paused(page, async () => {
    // CPR by mouse on the manikin's chest, 30:2, with live figures (practice).
    await mouseCompressions(page, 30);
    await expect(page.getByTestId('scenario-count')).toHaveText('30/30');
    await expect(page.getByTestId('scenario-live')).toContainText('55 mm');
    await shot('compressions', PHONE);
    await click(page, 'act-openAirway');
    await mouseBreath(page);
    await mouseBreath(page);
    await expect(page.getByTestId('scenario-feedback')).toHaveCount(0);
    await mouseCompressions(page, 30);

    // The AED arrives 40 s after it was asked for.
    await advanceUntil(page, async () => (await device(page)) !== 'absent');
    await expectCaption(page, 'scenario.narration.aedArrived');
    await expect(page.getByTestId('scenario-aed-controls')).toBeVisible();
    await shot('aed-arrived');
    await click(page, 'act-aedPowerOn');
    await expectCaption(page, 'aed.applyPads');
    await expect(page.getByTestId('scenario-caption')).toHaveText("Apply pads to patient's bare chest");
    await click(page, 'act-exposeChest');
    await shot('powered-chest-bared', PHONE);

    // One pad dragged onto the chest in the Phaser scene, the other taken with its button and stuck on a named place.
    await dragPad(page, 'right');
    await expect(run(page)).toHaveAttribute('data-pads', '1');
    await shot('pad-dragged', PHONE);
    await page.getByTestId('act-placePad-left').click();
    await expect(page.getByTestId('scenario-spots')).toBeVisible();
    await shot('pad-place-choice');
    await page.getByTestId('spot-leftSide').click();
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    await expectCaption(page, 'aed.analysing');
    await shot('analysing');
    // Touching the patient during the analysis is an error, and practice says so.
    await click(page, 'act-touchPatient');
    await expect(page.getByTestId('scenario-feedback')).toHaveAttribute('data-key', 'scenario.error.touchDuringAnalysis');
    await shot('touched-during-analysis', PHONE);

    await until(page, 'charging');
    await expectCaption(page, 'aed.shockAdvised');
    await shot('shock-advised', PHONE);
    await until(page, 'shockReady');
    await expectCaption(page, 'aed.pressShock');
    // The flashing button does nothing until "stand clear" has been called.
    await click(page, 'act-pressShock');
    await expect(page.getByTestId('scenario-feedback')).toHaveAttribute('data-key', 'scenario.feedback.standClearFirst');
    await expect(run(page)).toHaveAttribute('data-device', 'shockReady');
    await shot('shock-ready');
    await click(page, 'act-standClear');
    await clickDevice(page, 'shock');
    await expect(run(page)).toHaveAttribute('data-device', 'cpr');
    await expectCaption(page, 'aed.shockDelivered');
    await shot('shock-delivered', PHONE);

    // Resume CPR at once; the AED re-analyses after its 2-minute cycle (the rest is skipped).
    await mouseCompressions(page, 30);
    await click(page, 'act-openAirway');
    await mouseBreath(page);
    await mouseBreath(page);
    await mouseCompressions(page, 30);
    await shot('cpr-cycle', PHONE);
    await advanceUntil(page, async () => (await attr(page, 'data-analyses')) === '2');
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    await shot('re-analysis', PHONE);
    await until(page, 'charging');
    await click(page, 'act-standClear');
    await until(page, 'shockReady');
    await click(page, 'act-pressShock');
    await expect(run(page)).toHaveAttribute('data-device', 'cpr');
    await mouseCompressions(page, 30);
    await advanceUntil(page, async () => (await attr(page, 'data-phase')) === 'handover');
    await expectCaption(page, 'scenario.narration.emsArrived');
    await expect(page.getByTestId('scenario-handover')).toBeVisible();
    await shot('handover');
  });
  await click(page, 'act-reassess');

  // The result: the examiner's sheet, saved under the attempt's id.
  await expect(page).toHaveURL(/#\/results\/scenario-/);
  const id = decodeURIComponent(page.url().split('#/results/')[1]!);
  const verdict = page.getByTestId('scn-verdict');
  await expect(verdict).toBeVisible({ timeout: 20_000 });
  await expect(verdict).toHaveAttribute('data-completed', 'true');
  const score = await verdict.getAttribute('data-score');
  expect(Number(score)).toBeGreaterThan(50);
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  await expect(page.getByTestId('item-deliverShock')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('item-padPlacement')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('item-clearDuringAnalysis')).toHaveAttribute('data-status', 'missed');
  await expect(page.getByTestId('item-reassess')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('scn-errors')).toContainText('Touched the patient during analysis');
  await expect(page.getByTestId('scn-timeline').locator('tr[data-type="shock"]')).toHaveCount(2);
  await expect(page.getByTestId('scn-ideal').locator('tr')).toHaveCount(12);
  await expect(page.getByTestId('scn-cpr')).toBeVisible();
  await expect(page.getByTestId('m-count')).toContainText('150');
  // Depth and rate over time, as in the CPR result.
  await expect(page.getByTestId('plot-depth').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('plot-rate').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('scn-history-empty')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('result');

  // Exports: a CSV of the checklist and timeline, and the whole attempt as JSON.
  const csv = await exportFile(page, 'export-csv');
  expect(csv.name).toBe(`${id}.csv`);
  const { header, rows } = parseExportCsv(csv.text);
  expect(header.attempt_id).toBe(id);
  expect(header.module).toBe('scenario');
  expect(header.mode).toBe('practice');
  expect(header.scenario).toMatch(/^adultShockable@/);
  expect(header.completed).toBe('1');
  expect(rows.filter((r) => r.section === 'checklist').length).toBeGreaterThan(20);
  expect(rows.filter((r) => r.section === 'timeline' && r.id === 'shock')).toHaveLength(2);
  const json = await exportFile(page, 'export-json');
  const doc = JSON.parse(json.text) as { attempt: { id: string; module: string; log: { actions: { type: string }[]; options: { seed: number } }; summary: { scenarioId: string } } };
  expect(doc.attempt.id).toBe(id);
  expect(doc.attempt.module).toBe('scenario');
  expect(doc.attempt.summary.scenarioId).toBe('adultShockable');
  expect(doc.attempt.log.actions.some((a) => a.type === 'placePad')).toBe(true);
  expect(typeof doc.attempt.log.options.seed).toBe('number');

  // Saved: it survives a reload and is listed with the CPR drills' results.
  await page.reload();
  await expect(page.getByTestId('scn-verdict')).toHaveAttribute('data-score', score!);
  await page.goto('./?lng=en#/results');
  await page.reload();
  const row = page.getByTestId('result-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-module', 'scenario');
  await expect(row).toContainText('Adult witnessed collapse');
  await expect(row).toContainText('Practice');
  await expect(row.locator('td').last()).toHaveText(score!);
  await row.getByRole('link').click();
  await expect(page.getByTestId('scn-verdict')).toHaveAttribute('data-score', score!);
  expect(errors).toEqual([]);
});

/** 30:2 by keyboard for the rest of the AED's CPR cycle, hands off just before it analyses again. */
async function keyboardCycle(page: Page): Promise<void> {
  // The device's countdown appears with its next frame.
  await advanceUntil(page, async () => (await cprLeftMs(page)) !== null, 20, 2000);
  for (;;) {
    const left = await cprLeftMs(page);
    if (left === null) return;
    const fit = Math.floor((left - 400) / PERIOD_MS);
    if (fit <= 0) {
      await advanceUntil(page, async () => (await cprLeftMs(page)) === null, 250);
      return;
    }
    await tabTo(page, 'cpr-chest', { back: true });
    await keyCompressions(page, Math.min(30, fit));
    const after = await cprLeftMs(page);
    if (fit > 30 && after !== null && after > 6000) {
      await keyAct(page, 'act-openAirway');
      await tabTo(page, 'act-giveBreath');
      await keyBreath(page);
      await keyBreath(page);
    }
  }
}

test('adult shockable scenario by keyboard only (assessment, 简体中文): blinded, played to the end, result shown and saved', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'keyboard');
  await page.clock.install();

  // The deep link opens the scenario in assessment mode.
  await page.goto('./?lng=zh-CN#/scenario/adultShockable?mode=assessment');
  await waitForScenario(page);
  await expect(run(page)).toHaveAttribute('data-mode', 'assessment');
  await expect(page.locator('h1')).toHaveText('成人目击倒地：可电击心律');
  await expectNoAxeViolations(page);
  await shot('intro');

  await keyAct(page, 'scenario-begin');
  await expect(run(page)).toHaveAttribute('data-phase', 'running');
  await expect(page.getByTestId('act-checkScene')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectCaption(page, 'scenario.narration.sceneSafe');
  await keyAct(page, 'act-tapAndShout');
  // Call: the bystander in the red jacket, 120, and an AED (radio groups move with the arrow keys).
  await tabTo(page, 'call-who-me');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('call-who-redJacket')).toBeChecked();
  await tabTo(page, 'call-number-110');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('call-number-120')).toBeChecked();
  await tabTo(page, 'call-askAed');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('call-askAed')).toBeChecked();
  await keyAct(page, 'act-callForHelp');
  await expectTranscript(page, 'scenario.narration.bystanderFetchesAed');
  await expectNoAxeViolations(page);
  await shot('called', PHONE);
  await keyAct(page, 'act-checkBreathing');
  await advance(page, 7000);
  await page.keyboard.press('Enter');
  await expectCaption(page, 'scenario.narration.gasping');
  await keyAct(page, 'act-noteTime');
  await keyAct(page, 'act-positionPatient');
  // Blinded: no feedback, hints or live figures.
  await expect(page.getByTestId('scenario-live')).toHaveCount(0);
  await expect(page.getByTestId('scenario-feedback')).toHaveCount(0);

  // From the first compression to the handover the clock moves only as the learner's hands do.
  await paused(page, async () => {
    // 30:2 on the focused chest until the AED is here.
    while ((await device(page)) === 'absent') {
      await tabTo(page, 'cpr-chest', { back: true });
      await keyCompressions(page, 30);
      await keyAct(page, 'act-openAirway');
      await tabTo(page, 'act-giveBreath');
      await keyBreath(page);
      await keyBreath(page);
    }
    await expectTranscript(page, 'scenario.narration.aedArrived');
    await shot('cpr-aed-arrived', PHONE);
    await keyAct(page, 'act-aedPowerOn');
    await expectCaption(page, 'aed.applyPads');
    await expect(page.getByTestId('scenario-caption')).toHaveText('请贴电极片');
    await keyAct(page, 'act-exposeChest');
    await keyPlacePad(page, 'right', 'rightCollarbone');
    await keyPlacePad(page, 'left', 'leftSide');
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    await expectCaption(page, 'aed.analysing');
    await shot('analysing');

    for (let analysis = 1; analysis <= 2; analysis++) {
      await until(page, 'charging');
      await expectCaption(page, 'aed.shockAdvised');
      await keyAct(page, 'act-standClear');
      await until(page, 'shockReady');
      if (analysis === 1) await shot('shock-ready');
      await keyAct(page, 'act-pressShock');
      await expect(run(page)).toHaveAttribute('data-device', 'cpr');
      await expectCaption(page, 'aed.shockDelivered');
      await keyboardCycle(page);
      if (analysis === 1) {
        await expect(run(page)).toHaveAttribute('data-analyses', '2');
        await shot('re-analysis', PHONE);
      }
    }
    await expect(run(page)).toHaveAttribute('data-phase', 'handover');
    await shot('handover');
  });
  await keyAct(page, 'act-reassess');

  await expect(page).toHaveURL(/#\/results\/scenario-/);
  const verdict = page.getByTestId('scn-verdict');
  await expect(verdict).toBeVisible({ timeout: 20_000 });
  await expect(verdict).toHaveAttribute('data-completed', 'true');
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  await expect(page.getByTestId('item-compressionDepth')).toHaveAttribute('data-status', 'notMeasured');
  await expect(page.getByTestId('plot-depth-none')).toBeVisible();
  await expect(page.getByTestId('plot-rate').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('item-clearDuringAnalysis')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('item-standClearBeforeShock')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('item-preShockPause')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('item-postShockPause')).toHaveAttribute('data-status', 'earned');
  await expect(verdict).toHaveAttribute('data-passed', 'true');
  await expectNoAxeViolations(page);
  await shot('result');
  const score = await verdict.getAttribute('data-score');

  // Saved: listed under Results (reached by keyboard), and still there after a reload.
  await keyAct(page, 'nav-results', { back: true });
  await expect(page).toHaveURL(/#\/results$/);
  await page.reload();
  const row = page.getByTestId('result-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('考核');
  await expect(row.locator('td').last()).toHaveText(score!);
  expect(errors).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';
import {
  advance,
  advanceUntil,
  attr,
  clickPlacePad,
  collectErrors,
  device,
  expectCaption,
  expectTranscript,
  keyCompressions,
  keyPlacePad,
  mouseBreath,
  paused,
  run,
  shooter,
  waitForScenario,
} from './scenarioDriver';

/**
 * The scenarios beyond the adult shockable one, each played through the UI to its result: the
 * non-shockable rhythm on a lid-type AED with a connector, and the safety faults clinical.md lists
 * (wet ground, medication patch, hairy chest, implanted device, a bystander touching during the
 * analysis). The page's clock is Playwright's fake clock, as in scenario.spec.ts: the AED's fetch,
 * its analysis and charge and the 2-minute CPR cycle are fast-forwarded.
 */

const click = (page: Page, testId: string) => page.getByTestId(testId).click();
const until = (page: Page, mode: string) => advanceUntil(page, async () => (await device(page)) === mode, 100, 20_000);

async function open(page: Page, id: string, mode = 'practice'): Promise<void> {
  await page.clock.install();
  await page.goto(`./?lng=en#/scenario/${id}?mode=${mode}`);
  await waitForScenario(page);
  await click(page, 'scenario-begin');
  await expect(run(page)).toHaveAttribute('data-phase', 'running');
}

/** Scene check (and, on wet ground, moving the patient), response, call for an AED, breathing, position. */
async function assessAndCall(page: Page, opts: { water?: boolean } = {}): Promise<void> {
  await click(page, 'act-checkScene');
  if (opts.water) {
    await expectCaption(page, 'scenario.narration.hazardWater');
    await click(page, 'act-moveFromWater');
    await expectCaption(page, 'scenario.narration.movedFromWater');
  }
  await click(page, 'act-tapAndShout');
  await click(page, 'call-number-120');
  await click(page, 'call-askAed');
  await click(page, 'act-callForHelp');
  await expectTranscript(page, 'scenario.narration.bystanderFetchesAed');
  await click(page, 'act-checkBreathing');
  await advance(page, 7000);
  await click(page, 'act-checkBreathing');
  await click(page, 'act-noteTime');
  await click(page, 'act-positionPatient');
}

/** `n` compressions on the chest (Space on the focused chest: quick, rate only). */
async function compress(page: Page, n: number): Promise<void> {
  await page.getByTestId('cpr-chest').focus();
  await keyCompressions(page, n);
}

/** 30:2 until the AED is here. Call inside `paused`. */
async function cprUntilAed(page: Page): Promise<void> {
  while ((await device(page)) === 'absent') {
    await compress(page, 30);
    await click(page, 'act-openAirway');
    await mouseBreath(page);
    await mouseBreath(page);
  }
  await expectTranscript(page, 'scenario.narration.aedArrived');
}

/** "Stand clear" once the shock is advised, then the shock at once; CPR resumes. Call inside `paused`. */
async function clearAndShock(page: Page): Promise<void> {
  await until(page, 'charging');
  await expectCaption(page, 'aed.shockAdvised');
  await click(page, 'act-standClear');
  await until(page, 'shockReady');
  await click(page, 'act-pressShock');
  await expect(run(page)).toHaveAttribute('data-device', 'cpr');
  await compress(page, 30);
}

/** Lets the CPR cycle run out until the crew arrives, then re-assesses and opens the result. */
async function toResult(page: Page): Promise<void> {
  await advanceUntil(page, async () => (await attr(page, 'data-phase')) === 'handover', 2000, 400_000);
  await expect(page.getByTestId('scenario-handover')).toBeVisible();
  await click(page, 'act-reassess');
  await expect(page).toHaveURL(/#\/results\/scenario-/);
  await expect(page.getByTestId('scn-verdict')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('scn-verdict')).toHaveAttribute('data-completed', 'true');
}

const item = (page: Page, id: string) => page.getByTestId(`item-${id}`);

test('adult non-shockable on a lid-type AED with a connector: "no shock advised", resume CPR, twice', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'nonShockable');
  await open(page, 'adultNonShockable');
  await assessAndCall(page);
  await paused(page, async () => {
    await cprUntilAed(page);
    // This AED turns on with its lid, not a power button.
    await click(page, 'act-aedPowerOn');
    await expect(page.getByTestId('scenario-feedback')).toHaveAttribute('data-key', 'scenario.feedback.openLidToPowerOn');
    await shot('lid-closed');
    await click(page, 'act-openLid');
    await expectCaption(page, 'aed.applyPads');
    await click(page, 'act-exposeChest');
    await clickPlacePad(page, 'right', 'rightCollarbone');
    await clickPlacePad(page, 'left', 'leftSide');
    // Pads on, but the cable is not plugged in yet.
    await expect(run(page)).toHaveAttribute('data-device', 'awaitingConnector');
    await expectCaption(page, 'aed.plugIn');
    await shot('plug-in');
    await click(page, 'act-plugConnector');
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    for (let analysis = 1; analysis <= 2; analysis++) {
      await until(page, 'cpr');
      await expectCaption(page, 'aed.noShock');
      if (analysis === 1) await shot('no-shock');
      // No shock: back on the chest at once.
      await compress(page, 30);
      if (analysis === 1) await advanceUntil(page, async () => (await attr(page, 'data-analyses')) === '2', 2000, 200_000);
    }
    await toResult(page);
  });
  await expect(item(page, 'plugConnector')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'resumeAfterNoShock')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'padPlacement')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'deliverShock')).toHaveCount(0);
  await expect(page.getByTestId('scn-timeline').locator('tr[data-type="noShock"]')).toHaveCount(2);
  await expect(page.getByTestId('scn-timeline').locator('tr[data-type="shock"]')).toHaveCount(0);
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  await shot('result');
  expect(errors).toEqual([]);
});

test('wet ground: the scene check finds the water, the patient is moved and the chest dried first', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  await open(page, 'wetGround');
  await assessAndCall(page, { water: true });
  await paused(page, async () => {
    await cprUntilAed(page);
    await click(page, 'act-aedPowerOn');
    await click(page, 'act-exposeChest');
    await expectTranscript(page, 'scenario.narration.chestWet');
    await click(page, 'act-dryChest');
    await expectCaption(page, 'scenario.narration.chestDried');
    await clickPlacePad(page, 'right', 'rightCollarbone');
    await clickPlacePad(page, 'left', 'leftSide');
    await clearAndShock(page);
    await toResult(page);
  });
  await expect(item(page, 'checkScene')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'moveFromHazard')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'prepareChest')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  expect(errors).toEqual([]);
});

test('medication patch: it is offered as a place for a pad, and removing it first keeps the chest ready', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'patch');
  await open(page, 'medicationPatch');
  await assessAndCall(page);
  await paused(page, async () => {
    await cprUntilAed(page);
    await click(page, 'act-aedPowerOn');
    await click(page, 'act-exposeChest');
    await expectCaption(page, 'scenario.narration.chestPatch');
    await page.getByTestId('act-placePad-left').click();
    await expect(page.getByTestId('spot-overPatch')).toBeVisible();
    await page.getByTestId('spot-overPatch').focus();
    await shot('patch-offered');
    await click(page, 'spot-cancel');
    await click(page, 'act-removePatch');
    await expectCaption(page, 'scenario.narration.patchRemoved');
    await clickPlacePad(page, 'right', 'rightCollarbone');
    await clickPlacePad(page, 'left', 'leftSide');
    await clearAndShock(page);
    await toResult(page);
  });
  await expect(item(page, 'prepareChest')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'padPlacement')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  expect(errors).toEqual([]);
});

test('hairy chest: pads on hair give "check pads" until they come off, the chest is shaved and new pads go on', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'hairy');
  await open(page, 'hairyChest');
  await assessAndCall(page);
  await paused(page, async () => {
    await cprUntilAed(page);
    await click(page, 'act-aedPowerOn');
    await click(page, 'act-exposeChest');
    await expectCaption(page, 'scenario.narration.chestHairy');
    await clickPlacePad(page, 'right', 'rightCollarbone');
    await clickPlacePad(page, 'left', 'leftSide');
    await expect(run(page)).toHaveAttribute('data-device', 'checkPads');
    await expectCaption(page, 'aed.checkPads');
    await expect(page.getByTestId('scenario-feedback')).toHaveAttribute('data-key', 'scenario.error.poorPadContact');
    await shot('check-pads');
    await click(page, 'act-removePads');
    await click(page, 'act-shaveChest');
    await expectCaption(page, 'scenario.narration.chestShaved');
    await clickPlacePad(page, 'right', 'rightCollarbone');
    await clickPlacePad(page, 'left', 'leftSide');
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    await clearAndShock(page);
    await toResult(page);
  });
  // The first pads went on an unshaved chest: the preparation item is lost, no critical error.
  await expect(item(page, 'prepareChest')).toHaveAttribute('data-status', 'missed');
  await expect(page.getByTestId('scn-errors').locator('li[data-id="poorPadContact"]')).toBeVisible();
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  expect(errors).toEqual([]);
});

test('implanted device, by keyboard: a pad put on the lump is a critical error on the result', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'implant');
  await open(page, 'implantedDevice', 'assessment');
  await assessAndCall(page);
  await paused(page, async () => {
    await cprUntilAed(page);
    await click(page, 'act-aedPowerOn');
    await click(page, 'act-exposeChest');
    await expectCaption(page, 'scenario.narration.chestImplant');
    // Keyboard only from here: the right pad goes on the lump, the left one where it belongs.
    await page.getByTestId('act-exposeChest').focus();
    await keyPlacePad(page, 'right', 'overImplant');
    await keyPlacePad(page, 'left', 'leftSide');
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    // Assessment is blinded: the mistake is not announced.
    await expect(page.getByTestId('scenario-feedback')).toHaveCount(0);
    await shot('pad-on-lump');
    await clearAndShock(page);
    await toResult(page);
  });
  await expect(page.getByTestId('scn-verdict')).toHaveAttribute('data-passed', 'false');
  await expect(page.getByTestId('scn-critical').locator('li[data-id="padOverImplant"]')).toBeVisible();
  await expect(item(page, 'padPlacement')).toHaveAttribute('data-status', 'missed');
  await shot('result');
  expect(errors).toEqual([]);
});

test('bystander touching during the analysis: the learner calls "stand clear" and the analysis stays clean', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'bystander');
  await open(page, 'bystanderTouchesDuringAnalysis');
  await assessAndCall(page);
  await paused(page, async () => {
    await cprUntilAed(page);
    await click(page, 'act-aedPowerOn');
    await click(page, 'act-exposeChest');
    await clickPlacePad(page, 'right', 'rightCollarbone');
    await clickPlacePad(page, 'left', 'leftSide');
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    // The friend reaches for the patient a few seconds into the analysis.
    await advanceUntil(page, async () => (await page.getByTestId('scenario-caption').getAttribute('data-key')) === 'scenario.narration.bystanderTouching', 100, 4000);
    await expect(run(page)).toHaveAttribute('data-device', 'analysing');
    await shot('bystander-touching');
    await click(page, 'act-standClear');
    await expectCaption(page, 'scenario.narration.bystanderStoodBack');
    await clearAndShock(page);
    await toResult(page);
  });
  await expect(item(page, 'clearDuringAnalysis')).toHaveAttribute('data-status', 'earned');
  await expect(item(page, 'standClearBeforeShock')).toHaveAttribute('data-status', 'earned');
  await expect(page.getByTestId('scn-timeline').locator('tr[data-type="bystanderTouch"]')).not.toHaveCount(0);
  await expect(page.getByTestId('scn-critical-none')).toBeVisible();
  expect(errors).toEqual([]);
});

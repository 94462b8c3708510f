import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth, waitForShell, type SizeName } from './support';

interface StageLayout {
  side: string;
  pointer: string;
  pxPerMm: number;
  targets: Record<string, [number, number]>;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The steps between the key screens are captured at the phone size only (see `screenshotBoth`). */
const PHONE = ['phone'] as const;

function shooter(page: Page, which: string): (name: string, sizes?: readonly SizeName[]) => Promise<void> {
  let n = 0;
  return async (name, sizes) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotBoth(page, `choking-${which}-${String(++n).padStart(2, '0')}-${name}`, () => page.waitForTimeout(250), sizes);
  };
}

async function stage(page: Page): Promise<{ x: number; y: number; layout: StageLayout }> {
  const el = page.getByTestId('choking-stage');
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  const layout = JSON.parse((await el.getAttribute('data-layout')) ?? '{}') as StageLayout;
  if (!box) throw new Error('no stage');
  return { x: box.x, y: box.y, layout };
}

/** The page point of a technique's target on the current view. */
async function target(page: Page, technique: string): Promise<{ x: number; y: number; pxPerMm: number }> {
  const s = await stage(page);
  const t = s.layout.targets[technique];
  if (!t) throw new Error(`no target for ${technique}`);
  return { x: s.x + t[0], y: s.y + t[1], pxPerMm: s.layout.pxPerMm };
}

/** The run's phase ('done' once it ended or the result has replaced it). */
const phase = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid="choking-run"]')?.getAttribute('data-phase') ?? 'done');
const strikes = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('[data-testid="choking-run"]')?.getAttribute('data-strikes') ?? Number.NaN));

/**
 * A pointer stroke whose events carry the times given, not the times the test happened to send
 * them: Chromium takes the DevTools event `timestamp` as the event's own time, and the scene reads
 * only `event.timeStamp`. So a quick blow stays quick however busy the machine is.
 */
async function stroke(page: Page, points: readonly { x: number; y: number }[], durationMs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const start = Date.now() / 1000;
  const at = (i: number) => start + (durationMs / 1000) * (i / Math.max(1, points.length - 1));
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: first.x, y: first.y, timestamp: start - 0.005 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: first.x, y: first.y, button: 'left', buttons: 1, clickCount: 1, timestamp: at(0) });
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: p.x, y: p.y, button: 'left', buttons: 1, timestamp: at(i) });
  }
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: last.x, y: last.y, button: 'left', buttons: 0, clickCount: 1, timestamp: at(points.length - 1) });
  await cdp.detach();
  // Nothing else may arrive stamped before the stroke's end.
  const left = (at(points.length - 1) - Date.now() / 1000) * 1000;
  if (left > 0) await page.waitForTimeout(left + 5);
}

/** A quick tap (pointer down and up 20 ms apart) at a page point. */
async function tap(page: Page, p: { x: number; y: number }): Promise<void> {
  await stroke(page, [p, p], 20);
}

/** A quick swipe of `mm` towards the head starting at a page point, over 80 ms. */
async function swipeUp(page: Page, p: { x: number; y: number; pxPerMm: number }, mm: number): Promise<void> {
  const d = mm * p.pxPerMm;
  await stroke(page, [p, { x: p.x, y: p.y - d / 2 }, { x: p.x, y: p.y - d }], 80);
}

/** Space pressed and released `ms` apart on the focused control, stamped like `stroke`. */
async function keyPress(page: Page, ms = 30): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const key = { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, nativeVirtualKeyCode: 32 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: ' ', timestamp: start });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, timestamp: start + ms / 1000 });
  await cdp.detach();
  const left = start * 1000 + ms - Date.now();
  if (left > 0) await page.waitForTimeout(left + 5);
}

test('adult severe choking by pointer: back blows tapped, fist dragged, thrusts swiped, result saved and listed', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'adult');
  await page.goto('./?lng=en');
  await waitForShell(page);
  await page.getByTestId('module-choking').click();
  await expect(page).toHaveURL(/#\/choking$/);
  await expect(page.getByTestId('choking-list').locator('li')).toHaveCount(8);
  await shot('picker');
  await expectNoAxeViolations(page);

  await page.getByTestId('choking-mode-guided').check();
  await page.getByTestId('choking-start-adultSevere').click();
  await expect(page).toHaveURL(/#\/choking\/adultSevere\?mode=guided$/);
  await expect(page.getByTestId('choking-stage')).toHaveAttribute('data-ready', 'true');
  await shot('intro');
  await page.getByTestId('choking-begin').click();
  await expect(page.getByTestId('choking-hint')).toHaveAttribute('data-hint', 'askChoking');
  await page.getByTestId('act-askChoking').click();
  await page.getByTestId('call-number-120').check();
  await page.getByTestId('act-callForHelp').click();
  await page.getByTestId('posture-behindFootBetween').check();
  await shot('position', PHONE);
  await expectNoAxeViolations(page);

  // Two back blows, tapped between the shoulder blades (accepted, not required, under crc).
  for (let i = 0; i < 2; i++) {
    await tap(page, await target(page, 'backBlow'));
    await expect.poll(() => strikes(page)).toBe(i + 1);
  }
  // Practice feedback on each blow.
  await expect(page.getByTestId('choking-feedback')).toHaveAttribute('data-key', 'choking.fb.good');
  await shot('back-blows', PHONE);

  // The fist is dragged to the spot, then thrusts are quick upward swipes until the object comes out.
  await page.getByTestId('tool-abdominalThrust').check();
  await expect(page.getByTestId('choking-stage')).toHaveAttribute('data-layout', /"pointer":"place"/);
  const spot = await target(page, 'abdominalThrust');
  await page.mouse.move(spot.x + 60, spot.y + 80);
  await page.mouse.down();
  await page.mouse.move(spot.x, spot.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('choking-stage')).toHaveAttribute('data-layout', /"pointer":"strike"/);
  await shot('fist-placed', PHONE);
  for (let i = 0; i < 25 && (await phase(page)) === 'conscious'; i++) {
    const before = await strikes(page);
    await swipeUp(page, await target(page, 'abdominalThrust'), 60);
    await expect.poll(async () => (await phase(page)) === 'done' || (await strikes(page)) > before).toBe(true);
    if (i === 1) await shot('thrusts', PHONE);
  }
  // The run says the object is out and hands over to the result a moment later (how long the run
  // stays on screen is not what this test pins, so the outcome is read from the saved result).
  // The result: passed, every action's figures, the order judged by the profile.
  await expect(page).toHaveURL(/#\/results\/choking-/);
  await expect(page.getByTestId('chk-verdict')).toHaveAttribute('data-outcome', 'expelled');
  await expect(page.getByTestId('chk-verdict')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('chk-order')).toHaveAttribute('data-judgement', 'profile');
  const rows = page.getByTestId('chk-action');
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator('[data-testid="chk-action"][data-effective="true"]').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('chk-critical-none')).toBeVisible();
  await shot('result');
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^choking-.*\.csv$/);

  await page.goto('./?lng=en#/results');
  await expect(page.locator('[data-testid="result-row"][data-module="choking"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('infant choking by keyboard: position, timed key presses, hands, arrow-key placement, result', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'infant');
  await page.goto('./?lng=zh-CN#/choking/infantSevere?mode=practice');
  await waitForShell(page);
  await expect(page.getByTestId('choking-stage')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('choking-begin').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('choking-run')).toHaveAttribute('data-phase', 'conscious');

  const press = async (testId: string) => {
    await page.getByTestId(testId).focus();
    await page.keyboard.press('Space');
  };
  const blows = async () => {
    await press('posture-infantFaceDownHeadLow');
    await press('tool-backBlow');
    await page.getByTestId('chk-strike').focus();
    for (let i = 0; i < 5 && (await phase(page)) === 'conscious'; i++) {
      const before = await strikes(page);
      await keyPress(page);
      await expect.poll(async () => (await phase(page)) === 'done' || (await strikes(page)) === before + 1).toBe(true);
    }
  };
  const thrusts = async (first: boolean) => {
    await press('posture-infantFaceUpHeadLow');
    await press('tool-chestThrust');
    if (first) {
      await press('hands-twoFingers');
      // 85 mm above the navel: 17 steps of 5 mm, then Enter places the fingers.
      await page.getByTestId('chk-hand').focus();
      for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await shot('fingers-placed', PHONE);
    }
    await page.getByTestId('chk-strike').focus();
    for (let i = 0; i < 5 && (await phase(page)) === 'conscious'; i++) {
      const before = await strikes(page);
      await keyPress(page);
      await expect.poll(async () => (await phase(page)) === 'done' || (await strikes(page)) === before + 1).toBe(true);
    }
  };
  await press('posture-infantFaceDownHeadLow');
  await shot('face-down', PHONE);
  await blows();
  await shot('back-blows', PHONE);
  for (let round = 0; round < 4 && (await phase(page)) === 'conscious'; round++) {
    await thrusts(round === 0);
    if ((await phase(page)) !== 'conscious') break;
    await blows();
  }
  await expect(page).toHaveURL(/#\/results\/choking-/);
  await expect(page.getByTestId('chk-verdict')).toHaveAttribute('data-outcome', 'expelled');
  await expect(page.getByTestId('chk-verdict')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('chk-critical-none')).toBeVisible();
  await expect(page.getByTestId('item-setCounts')).toHaveAttribute('data-status', 'earned');
  await shot('result');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('choking, then unresponsive: lowered, called, CPR on the chest control, mouth checked, visible object removed', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const shot = shooter(page, 'unresponsive');
  await page.goto('./?lng=en#/choking/adultUnresponsive?mode=practice');
  await waitForShell(page);
  await expect(page.getByTestId('choking-stage')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('choking-begin').click();
  await page.getByTestId('act-askChoking').click();
  await page.getByTestId('posture-behindFootBetween').check();
  await page.getByTestId('tool-abdominalThrust').check();
  await page.getByTestId('chk-hand').focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.getByTestId('chk-strike').focus();
  for (let i = 0; i < 10 && (await phase(page)) === 'conscious'; i++) {
    await keyPress(page);
    await page.waitForTimeout(100);
  }
  await expect(page.getByTestId('choking-run')).toHaveAttribute('data-phase', 'collapsed');
  await expect(page.getByTestId('choking-caption')).toHaveAttribute('data-key', 'choking.say.collapse');
  await page.getByTestId('act-lowerToGround').click();
  await page.getByTestId('call-number-120').check();
  await page.getByTestId('act-callForHelp').click();
  await shot('collapsed');

  const compress = async () => {
    await page.getByTestId('cpr-chest').focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('Space');
    await expect.poll(async () => Number(await page.getByTestId('choking-compressions').textContent()) % 30).toBe(0);
  };
  for (let cycle = 0; cycle < 3 && (await phase(page)) !== 'done'; cycle++) {
    await compress();
    await page.getByTestId('act-openAirway').click();
    await page.getByTestId('act-lookInMouth').click();
    const key = await page.getByTestId('choking-caption').getAttribute('data-key');
    if (key === 'choking.say.objectSeen') {
      await shot('object-seen', PHONE);
      await page.getByTestId('act-removeObject').click();
      break;
    }
    for (let b = 0; b < 2; b++) {
      await page.getByTestId('act-giveBreath').focus();
      await page.keyboard.down('Space');
      await page.waitForTimeout(1000);
      await page.keyboard.up('Space');
    }
  }
  await expect(page).toHaveURL(/#\/results\/choking-/);
  await expect(page.getByTestId('chk-verdict')).toHaveAttribute('data-outcome', 'removedFromMouth');
  await expect(page.getByTestId('chk-verdict')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('chk-cpr')).toBeVisible();
  await shot('result');
  expect(errors).toEqual([]);
});

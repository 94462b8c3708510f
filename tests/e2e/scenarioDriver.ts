import { expect, type CDPSession, type Page } from '@playwright/test';
import { screenshotBoth, type SizeName } from './support';

/**
 * Drives the cardiac-arrest scenario the way a learner does, by pointer or by keyboard, on a page
 * whose clock Playwright controls (`page.clock.install()` before the page loads). The app reads
 * time only from event timestamps and `performance.now()`, both of which the fake clock provides,
 * so the two minutes of a CPR cycle or the AED's 40 s fetch can be skipped with `fastForward`
 * while the engine still sees every action at its proper time. Between calls the clock also runs
 * at the wall clock's pace, like a learner's hesitations.
 */

/** One compression every 545 ms is 110/min, in every profile's 100–120/min band. */
export const PERIOD_MS = 545;

export const run = (page: Page) => page.getByTestId('scenario-run');

export async function advance(page: Page, ms: number): Promise<void> {
  await page.clock.fastForward(Math.max(1, Math.round(ms)));
}

/**
 * Runs `fn` with the page's clock paused, so that only `advance` moves time: strokes and breaths
 * then have exactly the timing asked for, whatever the round trips to the browser cost.
 */
const pausedPages = new WeakSet<Page>();

async function pauseNow(page: Page): Promise<void> {
  // pauseAt takes a wall time ahead of the page's; while the page is busy drawing, time can pass it.
  for (const margin of [150, 600, 2000]) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + margin);
      break;
    } catch (e) {
      if (margin === 2000) throw e;
    }
  }
  pausedPages.add(page);
}

async function resumeNow(page: Page): Promise<void> {
  pausedPages.delete(page);
  await page.clock.resume();
}

export async function paused<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  if (pausedPages.has(page)) return fn();
  await pauseNow(page);
  try {
    return await fn();
  } finally {
    await resumeNow(page);
  }
}

/** Fast-forwards in steps until `done` holds (device timers fire at their own times meanwhile). */
export async function advanceUntil(page: Page, done: () => Promise<boolean>, stepMs = 1000, maxMs = 200_000): Promise<void> {
  for (let spent = 0; spent <= maxMs; spent += stepMs) {
    if (await done()) return;
    await advance(page, stepMs);
  }
  throw new Error('condition not reached while fast-forwarding');
}

export async function attr(page: Page, name: string): Promise<string | null> {
  return run(page).getAttribute(name);
}

export const device = (page: Page) => attr(page, 'data-device');

/** Milliseconds left in the AED's CPR cycle (its screen counts them down), or null outside one. */
export async function cprLeftMs(page: Page): Promise<number | null> {
  const v = await attr(page, 'data-cpr-left-ms');
  return v === null || v === '' ? null : Number(v);
}

export async function waitForScenario(page: Page): Promise<void> {
  await expect(run(page)).toHaveAttribute('data-phase', 'intro');
  await expect(page.locator('.scn-stage[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
}

export interface StageLayout {
  tray: Record<string, [number, number]>;
  targets: Record<string, [number, number]>;
  power: [number, number];
  shock: [number, number];
  plug: [number, number];
}

/** The stage's published geometry, in page coordinates. */
export async function stageLayout(page: Page): Promise<StageLayout & { origin: { x: number; y: number } }> {
  const stage = page.locator('.scn-stage');
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  if (!box) throw new Error('stage has no box');
  const layout = JSON.parse((await stage.getAttribute('data-layout')) ?? '{}') as StageLayout;
  return { ...layout, origin: { x: box.x, y: box.y } };
}

/** Drags a pad from the AED's tray onto its target on the chest, with the mouse, in the Phaser scene. */
export async function dragPad(page: Page, label: string): Promise<void> {
  const L = await stageLayout(page);
  const from = L.tray[label];
  const to = L.targets[label];
  if (!from || !to) throw new Error(`no tray slot or target for the ${label} pad`);
  const [fx, fy] = [L.origin.x + from[0], L.origin.y + from[1]];
  const [tx, ty] = [L.origin.x + to[0], L.origin.y + to[1]];
  // Phaser handles pointer input in its frame, so each move is followed by one (the clock may be paused).
  await page.mouse.move(fx, fy);
  await advance(page, 20);
  await page.mouse.down();
  await advance(page, 20);
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(fx + ((tx - fx) * i) / 6, fy + ((ty - fy) * i) / 6);
    await advance(page, 20);
  }
  await expect(run(page)).toHaveAttribute('data-dragging', 'true');
  await page.mouse.up();
  await advance(page, 20);
  await expect(run(page)).toHaveAttribute('data-dragging', 'false');
}

/** Clicks a part of the AED drawn in the scene (its shock or power button). */
export async function clickDevice(page: Page, part: 'shock' | 'power'): Promise<void> {
  const L = await stageLayout(page);
  const [x, y] = L[part];
  await page.mouse.move(L.origin.x + x, L.origin.y + y);
  await advance(page, 20);
  await page.mouse.down();
  await advance(page, 20);
  await page.mouse.up();
  await advance(page, 20);
}

async function chestPoint(page: Page): Promise<{ x: number; y: number; pxPerMm: number }> {
  const chest = page.getByTestId('cpr-chest');
  await chest.scrollIntoViewIfNeeded();
  const box = await chest.boundingBox();
  if (!box) throw new Error('chest has no box');
  return { x: box.x + box.width * 0.5, y: box.y + box.height * 0.55, pxPerMm: Number(await chest.getAttribute('data-px-per-mm')) };
}

/**
 * `n` compressions with the mouse on the chest: press at the landmark, push `depthMm` down, come
 * back up, release. Real browser mouse events (CDP), each at its moment on the fake clock.
 */
export async function mouseCompressions(page: Page, n: number, depthMm = 55, periodMs = PERIOD_MS): Promise<void> {
  const { x, y, pxPerMm } = await chestPoint(page);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const send = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', py: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y: py, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: type === 'mouseMoved' ? 0 : 1 });
  // Press and push half-way, reach the bottom, come back up and release: three moments per stroke
  // (each time step costs a rendered frame, so the stroke is coarse but its timing exact).
  const stroke: [Parameters<typeof send>[0], number, number][] = [
    ['mousePressed', 0, 0],
    ['mouseMoved', 0.6, 100],
    ['mouseMoved', 1, 140],
    ['mouseMoved', 0.02, 0],
    ['mouseReleased', 0, periodMs - 240],
  ];
  try {
    await paused(page, async () => {
      for (let i = 0; i < n; i++) {
        for (const [type, f, wait] of stroke) {
          await send(type, y + f * depthMm * pxPerMm);
          if (wait > 0) await advance(page, wait);
        }
      }
    });
  } finally {
    await cdp.detach();
  }
}

/**
 * `n` compressions with Space on the focused chest (rate only; depth is not measured by a key).
 * Each is a quick tap (press and release in one moment): the time between taps is the rate.
 */
export async function keyCompressions(page: Page, n: number, periodMs = PERIOD_MS): Promise<void> {
  await expect(page.getByTestId('cpr-chest')).toBeFocused();
  await paused(page, async () => {
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Space');
      await advance(page, periodMs);
    }
  });
}

/** Holds the focused Breath button down with Space for about a second (by the fake clock). */
export async function keyBreath(page: Page): Promise<void> {
  await expect(page.getByTestId('act-giveBreath')).toBeFocused();
  await paused(page, async () => {
    await page.keyboard.down('Space');
    await advance(page, 1000);
    await page.keyboard.up('Space');
    await advance(page, 300);
  });
}

/** Holds the Breath button with the mouse for about a second. */
export async function mouseBreath(page: Page): Promise<void> {
  const b = page.getByTestId('act-giveBreath');
  await b.scrollIntoViewIfNeeded();
  const box = await b.boundingBox();
  if (!box) throw new Error('breath button has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await paused(page, async () => {
    await page.mouse.down();
    await advance(page, 1000);
    await page.mouse.up();
    await advance(page, 300);
  });
}

async function isFocused(page: Page, testId: string): Promise<boolean> {
  // page.evaluate, not a locator: a locator waits for a rendered frame each time, which is slow here.
  return page.evaluate((id) => (document.activeElement as HTMLElement | null)?.dataset.testid === id, testId);
}

/** Moves focus with Tab (or Shift+Tab) until the element with `testId` has it: keyboard only. */
export async function tabTo(page: Page, testId: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const key = opts.back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (opts.max ?? 120); i++) {
    if (await isFocused(page, testId)) return;
    await page.keyboard.press(key);
  }
  await expect(page.getByTestId(testId)).toBeFocused();
}

/** Tab to a control and press Enter. */
export async function keyAct(page: Page, testId: string, opts: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, testId, opts);
  await page.keyboard.press('Enter');
}

/** The caption (newest device prompt or scene line) has this message key. */
export async function expectCaption(page: Page, key: string): Promise<void> {
  await expect(page.getByTestId('scenario-caption')).toHaveAttribute('data-key', key);
}

/** A line with this key is in the transcript. */
export async function expectTranscript(page: Page, key: string): Promise<void> {
  await expect(page.getByTestId('scenario-transcript').locator(`li[data-key="${key}"]`).first()).toBeVisible();
}

/** Takes a pad with its button and sticks it on a named place (`spot-<id>`), by pointer or touch. */
export async function clickPlacePad(page: Page, label: string, spot: string): Promise<void> {
  await page.getByTestId(`act-placePad-${label}`).click();
  await expect(page.getByTestId('scenario-spots')).toHaveAttribute('data-pad', label);
  await page.getByTestId(`spot-${spot}`).click();
  await expect(page.getByTestId('scenario-spots')).toHaveCount(0);
}

/** The same by keyboard only: Tab to the pad's button, Enter, Tab to the named place, Enter. */
export async function keyPlacePad(page: Page, label: string, spot: string): Promise<void> {
  await keyAct(page, `act-placePad-${label}`);
  await expect(page.getByTestId('scenario-spots')).toHaveAttribute('data-pad', label);
  // The first place takes the focus with the next frame (the clock may be paused).
  await advance(page, 20);
  await keyAct(page, `spot-${spot}`);
  await expect(page.getByTestId('scenario-spots')).toHaveCount(0);
  // Focus goes back to the pad's button with the next frame.
  await advance(page, 20);
  await expect(page.getByTestId(`act-placePad-${label}`)).toBeFocused();
}

/** Errors the page throws, to expect none at the end. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Screenshots of each step at both sizes, numbered in order (`scenario-<which>-NN-<name>`). */
export function shooter(page: Page, which: string): (name: string, sizes?: readonly SizeName[]) => Promise<void> {
  let n = 0;
  return async (name, sizes) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotBoth(page, `scenario-${which}-${String(++n).padStart(2, '0')}-${name}`, async () => {
      await advance(page, 17);
      await advance(page, 17);
      // A control focused with those frames may have scrolled the page: shoot it from the top. At the
      // top the phone's sticky picture is where it would be unstuck; Chromium leaves a sticky WebGL
      // canvas blank in a capture beyond the viewport, so it is unstuck for the shot.
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector<HTMLElement>('.scn-view')?.style.setProperty('position', 'static');
      });
    }, sizes);
    await page.evaluate(() => document.querySelector<HTMLElement>('.scn-view')?.style.removeProperty('position'));
  };
}

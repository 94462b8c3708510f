import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * Drives the CPR drill the way a learner does: real mouse drags or real key presses on the chest,
 * paced on the wall clock (the app times everything from event timestamps, so pacing is the rate).
 */

/** One stroke every 545 ms is 110/min, in the middle of every profile's 100–120/min band. */
export const PERIOD_110 = 545;

export interface DragOptions {
  /** Depth of every stroke, mm (converted with the chest's own `data-px-per-mm`). */
  depthMm: number;
  /** Stroke-to-stroke time, ms. */
  periodMs?: number;
  /** Called after each stroke with its 1-based number (for checks mid-run). */
  after?: (n: number) => Promise<void> | void;
}

/** The chest's scale and the point to press: the target landmark (a little below its centre). */
export async function chestGeometry(page: Page): Promise<{ x: number; y: number; pxPerMm: number }> {
  const chest = page.getByTestId('cpr-chest');
  await expect(chest).toBeVisible();
  const pxPerMm = Number(await chest.getAttribute('data-px-per-mm'));
  expect(pxPerMm).toBeGreaterThan(0);
  const box = await chest.boundingBox();
  if (!box) throw new Error('chest has no box');
  return { x: box.x + box.width * 0.5, y: box.y + box.height * 0.55, pxPerMm };
}

const sleepUntil = async (at: number) => {
  const left = at - Date.now();
  if (left > 0) await new Promise((r) => setTimeout(r, left));
};

/** Sample period of the synthetic hand: 60 Hz, like a phone's touch events. */
const STEP_MS = 16;

/**
 * One stroke as (time offset ms, depth fraction): a half-cosine down in 192 ms, a 48 ms hold at the
 * bottom, a half-cosine back up in 144 ms, release at 400 ms. Ends well within a 545 ms period.
 */
function strokeShape(): { dt: number; f: number }[] {
  const out: { dt: number; f: number }[] = [];
  for (let t = STEP_MS; t <= 192; t += STEP_MS) out.push({ dt: t, f: (1 - Math.cos((Math.PI * t) / 192)) / 2 });
  for (let t = 208; t <= 240; t += STEP_MS) out.push({ dt: t, f: 1 });
  for (let t = 256; t <= 384; t += STEP_MS) out.push({ dt: t, f: (1 + Math.cos((Math.PI * (t - 240)) / 144)) / 2 });
  return out;
}

/**
 * `n` compressions by mouse on the chest: press at the landmark, push down `depthMm` (through the
 * chest's own `data-px-per-mm`), come back up, release where it started.
 *
 * The events are real browser mouse events (CDP `Input.dispatchMouseEvent`, so pointer capture,
 * coalescing and `event.timeStamp` all behave as for a person), each sent when its time comes and
 * stamped with that scheduled time. Playwright's `page.mouse` would also work, but each call waits
 * for a rendered frame (~50–90 ms here with the software-rendered Phaser stage), which makes a
 * stroke's shape and timing depend on the machine; the explicit timestamp does not. It is verified
 * to reach the page unchanged (`event.timeStamp` equals it on the performance timebase).
 */
export async function dragCompressions(page: Page, n: number, opts: DragOptions): Promise<void> {
  const period = opts.periodMs ?? PERIOD_110;
  const { x, y, pxPerMm } = await chestGeometry(page);
  const travel = opts.depthMm * pxPerMm;
  const viewport = page.viewportSize();
  if (viewport) expect(y + travel, 'the whole stroke must stay inside the viewport').toBeLessThan(viewport.height);
  const cdp = await page.context().newCDPSession(page);
  const shape = strokeShape();
  const t0 = Date.now() + 50;
  try {
    for (let i = 0; i < n; i++) {
      const start = t0 + i * period;
      const sent: Promise<unknown>[] = [];
      const send = async (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', at: number, py: number) => {
        await sleepUntil(at);
        sent.push(
          cdp.send('Input.dispatchMouseEvent', {
            type,
            x,
            y: py,
            button: 'left',
            buttons: type === 'mouseReleased' ? 0 : 1,
            clickCount: type === 'mouseMoved' ? 0 : 1,
            timestamp: at / 1000,
          }),
        );
      };
      await send('mousePressed', start, y);
      for (const { dt, f } of shape) await send('mouseMoved', start + dt, y + travel * f);
      await send('mouseReleased', start + 400, y);
      await Promise.all(sent);
      await opts.after?.(i + 1);
    }
  } finally {
    await cdp.detach();
  }
}

const KEYS: Record<string, { key: string; code: string; windowsVirtualKeyCode: number; text?: string }> = {
  Space: { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ' },
};

/**
 * Key down at `at`, up `holdMs` later, as real key events stamped with those times (like
 * `dragCompressions`), so a busy machine delays the sending but not the times the app reads.
 */
async function stampedKey(page: Page, key: string, at: number, holdMs: number): Promise<void> {
  const k = KEYS[key];
  if (!k) throw new Error(`no key description for ${key}`);
  const { text, ...desc } = k;
  const cdp = await page.context().newCDPSession(page);
  try {
    await sleepUntil(at);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...desc, ...(text ? { text } : {}), timestamp: at / 1000 });
    await sleepUntil(at + holdMs);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...desc, timestamp: (at + holdMs) / 1000 });
  } finally {
    await cdp.detach();
  }
}

/** `n` compressions with a key on the focused chest (rate only), on the same fixed schedule. */
export async function keyCompressions(page: Page, n: number, periodMs = PERIOD_110, key = 'Space'): Promise<void> {
  const t0 = Date.now() + 50;
  for (let i = 0; i < n; i++) await stampedKey(page, key, t0 + i * periodMs, 120);
}

/** Presses Tab until the element with `testId` has focus (keyboard navigation only). */
export async function tabTo(page: Page, testId: string, maxTabs = 30): Promise<void> {
  const target = page.getByTestId(testId);
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Holds the Breath button with the mouse for `ms`. On a phone the button is below the fold during
 * the drill, so it is scrolled into view first (as a learner would have to).
 */
export async function holdBreathByPointer(page: Page, ms = 1100): Promise<void> {
  const airway = page.getByTestId('cpr-airway');
  await airway.scrollIntoViewIfNeeded();
  const box = await airway.boundingBox();
  if (!box) throw new Error('airway button has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

/** Holds Space on the (already focused) Breath button for `ms`. */
export async function holdBreathByKey(page: Page, ms = 1100): Promise<void> {
  await expect(page.getByTestId('cpr-airway')).toBeFocused();
  await stampedKey(page, 'Space', Date.now() + 20, ms);
}

/** The drill has mounted its input and its Phaser stage. */
export async function waitForDrill(page: Page): Promise<void> {
  await expect(page.getByTestId('cpr-drill')).toHaveAttribute('data-phase', 'ready');
  await expect(page.locator('.stage[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function exportFile(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** First number in a text ("55 mm", "110/min"). */
export function firstNumber(text: string | null): number {
  const m = /-?\d+(?:\.\d+)?/.exec(text ?? '');
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(m[0]);
}

/** Splits an exported CSV into its `# key: value` header block and its table rows (as objects). */
export function parseExportCsv(text: string): { header: Record<string, string>; rows: Record<string, string>[] } {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const m = /^#\s*([^:]+):\s?(.*)$/.exec(lines[i]!);
    if (m) header[m[1]!.trim()] = m[2]!;
  }
  const [cols, ...body] = lines.slice(i);
  const names = (cols ?? '').split(',');
  const rows = body.map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(names.map((n, k) => [n, cells[k] ?? '']));
  });
  return { header, rows };
}

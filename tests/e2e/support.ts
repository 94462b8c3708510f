import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SIZES = {
  phone: { width: 390, height: 844 },
  kiosk: { width: 1920, height: 1080 },
} as const;
export type SizeName = keyof typeof SIZES;

const SHOTS = 'tests/e2e/screenshots';

/**
 * Saves a full-page screenshot at both sizes (artefacts for people to look at; git ignores them).
 * A long walk-through may take its in-between steps at the phone size only (`sizes`): each kiosk
 * resize re-lays the page and redraws the stage, about a second on a software-rendered CI browser.
 * `settle` runs after each resize, e.g. to let a page on a paused fake clock draw a frame.
 */
export async function screenshotBoth(page: Page, name: string, settle?: () => Promise<void>, sizes: readonly SizeName[] = ['phone', 'kiosk']): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize();
  let current = original;
  for (const size of sizes) {
    const vp = SIZES[size];
    // A resize costs a re-layout and a redrawn stage: only when the page is not at that size already.
    if (current?.width !== vp.width || current?.height !== vp.height) {
      await page.setViewportSize(vp);
      current = vp;
      await page.waitForTimeout(150);
    }
    await settle?.();
    // A full-page capture draws a sticky header where the page is scrolled to: pin it to the top.
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true, style: '.app-header { position: static !important; }' });
  }
  if (original && (current?.width !== original.width || current?.height !== original.height)) await page.setViewportSize(original);
}

/** Zero axe-core violations (WCAG 2.x A/AA rules) on what the page shows now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Waits for the translated shell (not the static splash) to be on screen. */
export async function waitForShell(page: Page): Promise<void> {
  await expect(page.getByTestId('lang-switch')).toBeVisible();
}

import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { waitForShell } from './support';

test('after a first visit the app reloads and runs with the network off', async ({ page, context }) => {
  await page.goto('./?lng=en');
  await waitForShell(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A second load is served through the now-active worker, so every precached asset is in place.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await waitForShell(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  // The module chunks, the Phaser chunk and the audio sprites are precached too.
  await page.goto('./#/cpr?patient=adult&mode=practice&length=30');
  await expect(page.locator('.stage[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
  const audioCached = await page.evaluate(async () => {
    const names = ['audio/voice-en.ogg', 'audio/voice-zh-CN.json', 'audio/sfx.ogg'];
    const hits = await Promise.all(names.map((n) => caches.match(new URL(n, location.href).href, { ignoreSearch: true })));
    return hits.map((h) => !!h);
  });
  expect(audioCached).toEqual([true, true, true]);
  // Only English was loaded online; the Chinese strings are their own chunk, precached as well.
  await page.goto('./#/settings');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
  await context.setOffline(false);
});

test('Chromium reports no installability errors and the manifest is bilingual', async ({ baseURL }) => {
  // Installability is not judged in incognito contexts, which Playwright's default contexts are:
  // use a persistent profile in a fresh temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'rescuedrill-pwa-'));
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(dir, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(baseURL ?? '/');
    await waitForShell(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(manifestUrl ?? '', page.url()).toString())).json();
    expect(manifest.name).toMatch(/RescueDrill/);
    expect(manifest.name).toMatch(/急救/);
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes}:${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']),
    );
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the first screen loads without the game engine, and with the strings of its language only', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('./?lng=en');
  await waitForShell(page);
  expect(scripts.some((u) => /phaser/i.test(u))).toBe(false);
  expect(scripts.filter((u) => /bundle\.en-/.test(u))).toHaveLength(1);
  expect(scripts.some((u) => /bundle\.zh-CN-/.test(u))).toBe(false);
});

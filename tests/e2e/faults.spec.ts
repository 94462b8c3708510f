import { expect, test } from '@playwright/test';
import { waitForShell } from './support';

test('without IndexedDB the app keeps working in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  await page.goto('./?lng=en');
  await waitForShell(page);
  await expect(page.locator('[data-key="notice.storage.unavailable"]')).toBeVisible();
  await expect(page.locator('[data-key="notice.storage.unavailable"]')).toContainText('browser storage');
  await page.goto('./?lng=en#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('corrupt stored settings are reset to defaults with a notice, other data kept', async ({ page }) => {
  await page.goto('./?lng=en#/settings');
  await page.getByTestId('setting-profile').selectOption('aha2025');
  await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const r = indexedDB.open('rescuedrill');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    const store = tx.objectStore('settings');
    const key = (await new Promise<IDBValidKey[]>((res) => {
      const k = store.getAllKeys();
      k.onsuccess = () => res(k.result);
    }))[0];
    const current = await new Promise<Record<string, unknown>>((res) => {
      const g = store.get(key as IDBValidKey);
      g.onsuccess = () => res(g.result as Record<string, unknown>);
    });
    store.put({ ...current, language: 42, volume: 'loud', highContrast: 'maybe' }, key as IDBValidKey);
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  });
  await page.reload();
  await waitForShell(page);
  await expect(page.locator('[data-key="notice.settings.reset"]')).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByTestId('setting-profile')).toHaveValue('aha2025');
});

test('a failing service worker registration never blocks the app', async ({ page }) => {
  await page.route('**/sw.js', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto('./?lng=en');
  await waitForShell(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
});

test.describe('with the service worker out of the way', () => {
  test.use({ serviceWorkers: 'block' });

  test('a language whose strings cannot be loaded keeps the screen in its language, with a notice', async ({ page }) => {
    await page.route(/bundle\.zh-CN-[^/]*\.js$/, (r) => r.abort());
    await page.goto('./?lng=en');
    await waitForShell(page);
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('[data-key="notice.language.unavailable"]')).toContainText('could not be loaded');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
    // The setting was not changed either: a reload comes back in English.
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
  });
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth, waitForShell } from './support';

test.describe('first visit language', () => {
  test.use({ locale: 'zh-CN' });
  test('a Chinese browser gets the Chinese home screen', async ({ page }) => {
    await page.goto('./');
    await waitForShell(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('首页');
  });
});

test.describe('english browser', () => {
  test.use({ locale: 'en-GB' });

  test('an English browser gets English, and the header switch changes language and <html lang>', async ({ page }) => {
    await page.goto('./');
    await waitForShell(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
    // The switch names the other language in that language, before its strings are loaded.
    await expect(page.getByTestId('lang-switch').locator('[lang="zh-CN"]')).toHaveText('中文');
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('首页');
    await expect(page.getByTestId('lang-switch').locator('[lang="en"]')).toHaveText('EN');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('首页');
  });
});

test('a deep link selects language and screen', async ({ page }) => {
  await page.goto('./?lng=en#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./#/about?lng=zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于');
});

test('an unknown module or language in a deep link falls back without a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?lng=xx#/no-such-module');
  await waitForShell(page);
  await expect(page.getByTestId('notice').first()).toHaveAttribute('data-key', 'notice.route.unknown');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('settings persist across a reload and show what the profile applies', async ({ page }) => {
  await page.goto('./?lng=en#/settings');
  await page.getByTestId('setting-profile').selectOption('erc2025');
  await expect(page.getByTestId('profile-summary')).toContainText('112');
  await page.getByTestId('setting-highContrast').check();
  await page.getByTestId('setting-metronome').uncheck();
  await page.getByTestId('setting-volume').fill('40');
  await page.getByTestId('setting-volume').dispatchEvent('change');
  await page.reload();
  await expect(page.getByTestId('setting-profile')).toHaveValue('erc2025');
  await expect(page.getByTestId('setting-highContrast')).toBeChecked();
  await expect(page.getByTestId('setting-metronome')).not.toBeChecked();
  await expect(page.getByTestId('setting-volume')).toHaveValue('40');
  await expect(page.locator('html')).toHaveClass(/high-contrast/);
  await page.getByTestId('setting-profile').selectOption('crc');
  const summary = page.getByTestId('profile-summary');
  await expect(summary).toContainText('120');
  await expect(summary).toContainText('100–120/min');
  await expect(summary).toContainText('5–6 cm');
  await expect(summary).toContainText('30:2');
});

test('the whole shell works by keyboard alone', async ({ page }) => {
  await page.goto('./?lng=en');
  await waitForShell(page);
  const settingsLink = page.getByTestId('nav-settings');
  // Home's module cards come first in the tab order; the bound leaves room for more modules.
  for (let i = 0; i < 30 && !(await settingsLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  const contrast = page.getByTestId('setting-highContrast');
  for (let i = 0; i < 20 && !(await contrast.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveClass(/high-contrast/);
  const langSwitch = page.getByTestId('lang-switch');
  await langSwitch.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
});

for (const lng of ['zh-CN', 'en'] as const) {
  test(`every shell screen passes axe and is captured at both sizes (${lng})`, async ({ page }) => {
    for (const screen of ['', 'settings', 'results', 'about']) {
      await page.goto(`./?lng=${lng}#/${screen}`);
      await waitForShell(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshotBoth(page, `shell-${screen || 'home'}-${lng}`);
    }
  });
}

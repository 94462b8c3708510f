import { expect, test } from '@playwright/test';

test('with no audio at all the drill still prompts by text and beats visually', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['AudioContext', 'webkitAudioContext']) {
      Object.defineProperty(window, name, { configurable: true, value: undefined });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?lng=en#/cpr?patient=adult&mode=practice&cycles=1');
  const chest = page.getByTestId('cpr-chest');
  await chest.focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.down('Space');
    await page.keyboard.up('Space');
    await page.waitForTimeout(60);
  }
  await expect(page.getByTestId('cpr-phase')).toHaveText('Give two breaths');
  await expect(page.getByTestId('cpr-cue')).toHaveAttribute('data-key', 'drill.giveBreaths');
  await expect(page.getByTestId('cpr-cue')).toHaveText('Give two breaths');
  // The metronome falls back to a timer-driven visual beat.
  await expect(page.locator('.beat.on')).toHaveCount(1, { timeout: 3000 });
  expect(errors).toEqual([]);
});

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
  // The metronome falls back to a timer-driven visual beat: count the flashes rather than
  // polling for a 100 ms state, which a loaded machine can miss.
  await page.evaluate(() => {
    const dot = document.querySelector('.beat');
    const w = window as unknown as { beats: number };
    w.beats = 0;
    if (dot) {
      new MutationObserver(() => {
        if (dot.classList.contains('on')) w.beats++;
      }).observe(dot, { attributes: true, attributeFilter: ['class'] });
    }
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { beats: number }).beats), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
  expect(errors).toEqual([]);
});

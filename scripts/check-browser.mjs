// Stops the e2e step with one clear line when no Chromium can be found.
import { findChromium } from './find-chromium.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found: run "npx playwright install chromium", or install the system package (Debian: "apt-get install -y chromium"), or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

/**
 * Debian's Chromium for the browser tests (never a downloaded browser):
 * where it is, whether the test must have it, and how it is started. Without
 * it a browser test is skipped with a message, unless OMSIM_REQUIRE_BROWSER=1
 * (set by .ci/run), where its absence is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const executablePath = process.env.OMSIM_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(executablePath);
export const browserRequired = process.env.OMSIM_REQUIRE_BROWSER === '1';
export const installHint = `Chromium was not found at ${executablePath}. Install it with: sudo apt-get install chromium (or set OMSIM_CHROMIUM to its path).`;

/** Headless Chromium with nothing of its own going to the network (this machine has none, and CI may not). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

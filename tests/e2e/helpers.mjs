// Shared set-up for the browser tests: one browser, the built site, fixtures.
// ENGINE=chromium (the default, Playwright), firefox or webkit (the same
// Playwright calls on other drivers: engines/).
import { chromium } from 'playwright-core';
import { afterEach } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, '../../dist');
/** The same build with `--public-url /any/sub/path/`. */
export const DIST_SUB = path.resolve(here, '../../target/dist-sub');
export const SUB = '/any/sub/path/';
/** The site address the test build is published for (SITE_URL in .ci/test). */
export const SITE_URL = 'https://answers.example.org';
export const FIXTURES = path.resolve(here, '../fixtures/site');
/** The library's search pieces for the fixtures' index.json (made by .ci/test). */
export const FIXTURE_PIECES = path.resolve(here, '../../target/fixture-pieces');

/** The engine these tests drive. */
export const ENGINE = process.env.ENGINE || 'chromium';

/**
 * For `test(name, { skip: skipIn('webkit', why) }, ...)`: a test that needs
 * something an engine's driver cannot do says what, and is skipped there.
 */
export function skipIn(engine, why) {
  return ENGINE === engine ? `${engine}: ${why}` : false;
}

// Other engines' pages are windows or tabs in one long-lived browser: each
// test closes the ones it opened, as a fresh Playwright context would be.
const opened = [];
if (ENGINE !== 'chromium') afterEach(async () => { for (const c of opened.splice(0)) await c.close().catch(() => {}); });

/**
 * Headless Chromium. Debian's build now and then dies with SIGSEGV while
 * starting, before any page exists; a start that fails is tried again (up
 * to three times in all), so that does not fail a whole test file.
 */
export async function launch() {
  if (ENGINE === 'firefox') return (await import('./engines/firefox.mjs')).launchFirefox();
  if (ENGINE === 'webkit') return (await import('./engines/webkit.mjs')).launchWebKit();
  const options = {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch(options);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`Chromium did not start (attempt ${attempt}): ${String(error.message).split('\n')[0]}`);
    }
  }
}

/**
 * A server with our content plus the test fixtures overlaid. The fixtures'
 * articles have no prerendered pages, so other addresses get the app shell
 * (`app.html`), as from a host that rewrites unknown paths to it.
 */
export function serve(hooks = {}) {
  return startServer({ root: DIST, overlay: [FIXTURES, FIXTURE_PIECES], hooks, fallback: 'app.html' });
}

/** The sub-path build, hosted only under SUB. */
export function serveSub() {
  return startServer({ root: DIST_SUB, overlay: [FIXTURES, FIXTURE_PIECES], prefix: SUB, fallback: 'app.html' });
}

/**
 * A fresh page that fails the test on any console error it did not expect
 * and on any dialog (a script we did not ship running).
 */
export async function openPage(browser, { width = 1280, height = 900, bypassCSP = false, touch = false, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP, hasTouch: touch, isMobile: touch, colorScheme });
  if (ENGINE !== 'chromium') opened.push(context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('dialog', (d) => { page.errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  return page;
}

/** Waits until the live app (not a prerendered page) shows an h1. */
export async function ready(page) {
  await page.locator('html[data-app-live] main h1').first().waitFor({ timeout: 15000 });
}

/** Sums layout shifts not caused by input into `window.__cls`, from the start. */
export async function watchLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
}

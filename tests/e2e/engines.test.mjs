// What the engine running these tests lacks of what the app uses, and that
// the app still works there. Runs in every engine (ENGINE=…); the features
// found are printed as test diagnostics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, ready, ENGINE } from './helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const ARTICLE = '/articles/spinraza-gene-therapy';

/** Features the app's code or style relies on, as this engine has them. */
function features() {
  return {
    trustedTypes: typeof window.trustedTypes === 'object',
    has: CSS.supports('selector(:has(a))'),
    contentVisibility: CSS.supports('content-visibility', 'hidden'),
    checkVisibility: 'checkVisibility' in Element.prototype,
    // The wasm build uses reference types, multi-value and bulk memory (Rust's
    // defaults for wasm32); the app starting at all is their test.
    wasm: typeof WebAssembly === 'object',
  };
}

test('the features this engine has, and the article works without the others', async (t) => {
  const page = await openPage(browser);
  await page.goto(server.url + ARTICLE);
  await ready(page);
  const has = await page.evaluate(features);
  t.diagnostic(`${ENGINE}: ${Object.entries(has).map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`).join(', ')}`);
  if (ENGINE === 'chromium') assert.ok(Object.values(has).every(Boolean), 'Chromium has every feature');

  // Trusted Types: the renderers' HTML is on screen either way.
  assert.ok(await page.locator('.article__body h2').count() > 0);
  assert.ok(await page.locator('.refs ol > li').count() > 0);

  // :has() only tints the chosen audience's box; the radio says the choice.
  const student = page.getByRole('radio', { name: /Student/ });
  await student.check();
  assert.ok(await student.isChecked());
  assert.ok(await student.isVisible());

  // content-visibility keeps a version switched away from laid out; where it
  // is missing the version is not displayed. Either way the reader sees one.
  await page.locator('.article__version[data-audience="student"] h2').first().waitFor();
  assert.equal(await page.locator('.article__version[data-audience="patient"] h2').first().isVisible(), false);
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /What does Spinraza do\?/, 'the patient version is not read out');
  assert.deepEqual(page.errors, []);
});

test('the library and follow-up box work in this engine', async () => {
  const page = await openPage(browser);
  await page.goto(server.url + '/');
  await ready(page);
  await page.getByRole('searchbox', { name: /Search/ }).fill('spinraza');
  // Results arrive from the library's pieces a moment after the keystroke.
  await page.waitForFunction(() => document.querySelectorAll('#app .card').length === 1);
  await page.getByRole('link', { name: /Spinraza/ }).click();
  await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  await page.getByRole('textbox', { name: /follow-up/i }).fill('tetanus booster');
  await page.locator('.followup__related').getByRole('link', { name: /tetanus booster/ }).waitFor();
  assert.deepEqual(page.errors, []);
});

// Screenshots of every page at phone and desktop widths, light and dark, for
// people to look at (tests/artifacts/<engine>/), so that differences between
// engines show. Fails only if a page does not render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve, openPage, ready, ENGINE } from './helpers.mjs';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts', ENGINE);
let browser, server;
before(async () => { browser = await launch(); server = await serve(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const ROUTES = {
  article: '/articles/spinraza-gene-therapy',
  clinician: '/articles/spinraza-gene-therapy?audience=clinician',
  approved: '/articles/approved-example',
  policy: '/pages/editorial-policy',
  library: '/',
  missing: '/articles/no-such-article',
};

for (const [name, route] of Object.entries(ROUTES)) {
  test(`screenshots: ${name}`, async () => {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const page = await openPage(browser, { width, height: 900, colorScheme: scheme });
        await page.goto(server.url + route);
        await ready(page);
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark', 'colour scheme');
        await page.screenshot({ path: path.join(OUT, `${name}-${width}-${scheme}.png`), fullPage: true });
        await page.context().close();
      }
    }
  });
}

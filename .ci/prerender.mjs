// Renders each article of a built site to static HTML, so the answer is on
// screen before the app has loaded: dist/articles/<slug>/index.html, which
// hosts serve for /articles/<slug>. The app renders the same page out of
// sight and swaps it in without a shift. Run after `trunk build --release`,
// and again whenever content changes:  node .ci/prerender.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(here, '../tests/package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import(path.join(here, '../tests/e2e/server.mjs'));

const dist = path.resolve(process.argv[2] || 'dist');
const index = JSON.parse(fs.readFileSync(path.join(dist, 'content/index.json'), 'utf8'));
const shell = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const base = shell.match(/<base href="([^"]+)"/)?.[1] || '/';
const server = await startServer({ root: dist, prefix: base });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await (await browser.newContext({ viewport: { width: 412, height: 823 } })).newPage();
let count = 0;
for (const { slug } of index.articles ?? []) {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) continue;
  await page.goto(`${server.url}${base}articles/${slug}`);
  await page.waitForSelector('html[data-app-live] main h1', { timeout: 20000 });
  if (await page.locator('main [role=alert]').count()) {
    console.log(`prerender: skipped articles/${slug} (it does not load: ${await page.locator('main [role=alert]').innerText()})`);
    continue;
  }
  let html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    root.removeAttribute('data-app-started');
    root.removeAttribute('data-app-live');
    root.querySelector('#app')?.setAttribute('data-prerendered', '');
    root.querySelector('#route-announcer')?.replaceChildren();
    // Leptos leaves marker comments in a textarea; as HTML they would become its text.
    for (const t of root.querySelectorAll('textarea')) t.textContent = '';
    return '<!DOCTYPE html>\n' + root.outerHTML;
  });
  const preload = (file) => `<link rel="preload" href="content/${file}" as="fetch" crossorigin="anonymous">`;
  html = html.replace('</head>', `${preload(`articles/${slug}.json`)}</head>`);
  fs.mkdirSync(path.join(dist, 'articles', slug), { recursive: true });
  fs.writeFileSync(path.join(dist, 'articles', slug, 'index.html'), html);
  count += 1;
}
await browser.close();
await server.close();
console.log(`prerender: ${count} article(s) written under ${path.relative(process.cwd(), dist) || '.'}/articles/`);

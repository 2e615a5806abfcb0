// Renders each article of a built site to static HTML, so the answer is on
// screen before the app has loaded: dist/articles/<slug>/index.html, which
// hosts serve for /articles/<slug>. The app renders the same page out of
// sight and swaps it in without a shift. Run after `trunk build --release`,
// and again whenever content changes:  node .ci/prerender.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
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
// boot.js goes inline in prerendered pages (one request fewer before the
// first paint); its hash joins script-src in their CSP and in _headers.
const boot = fs.readFileSync(path.join(dist, 'boot.js'), 'utf8');
const bootHash = `'sha256-${crypto.createHash('sha256').update(boot, 'utf8').digest('base64')}'`;
const withBootHash = (text) => text.replace(/script-src 'self'/g, (m) => (text.includes(bootHash) ? m : `${m} ${bootHash}`));
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
  // The answer is in the HTML: content is fetched by the app, after the paint.
  html = html.replace(/<link rel="preload" href="content\/[^"]*"[^>]*>/g, '');
  // The answer is already in the HTML: start the app only after it is on
  // screen, so the app's download never competes with the first paint.
  // boot.js reads these and loads the app (with the same integrity hashes).
  const js = html.match(/<link rel="modulepreload" href="([^"]+)"[^>]*integrity="([^"]+)"/);
  const wasm = html.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*integrity="([^"]+)"/);
  if (js && wasm) {
    html = html
      .replace(/<script type="module">[\s\S]*?<\/script>/, '')
      .replace(/<link rel="modulepreload"[^>]*>/, '')
      .replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>/, '')
      .replace('</head>', `<meta name="app-module" content="${js[1]}" data-integrity="${js[2]}"><meta name="app-wasm" content="${wasm[1]}" data-integrity="${wasm[2]}"></head>`);
  }
  html = withBootHash(html)
    .replace(/<script src="boot\.js"[^>]*><\/script>/, '')
    .replace('</body>', `<script>${boot}</script></body>`);
  fs.mkdirSync(path.join(dist, 'articles', slug), { recursive: true });
  fs.writeFileSync(path.join(dist, 'articles', slug, 'index.html'), html);
  count += 1;
}
await browser.close();
await server.close();
const headersPath = path.join(dist, '_headers');
if (count && fs.existsSync(headersPath)) fs.writeFileSync(headersPath, withBootHash(fs.readFileSync(headersPath, 'utf8')));
console.log(`prerender: ${count} article(s) written under ${path.relative(process.cwd(), dist) || '.'}/articles/`);

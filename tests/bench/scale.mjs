// The library at scale (a benchmark, not a test): for a generated library of
// N articles (gen-library), publishes it into a copy of a release build and
// measures in headless Chromium with the CPU slowed 4×:
// - `/`: first contentful paint and largest contentful paint (the first
//   results are in the prerendered HTML), when the app has taken over, and
//   DOM nodes;
// - bytes for the first library page, and for one search typed a key at a
//   time (as sent, and brotli as a CDN would send them);
// - each keystroke: Event Timing's duration (what INP counts: input to the
//   next paint) and the time until the results for it are on screen.
// Usage: node tests/bench/scale.mjs <dist> <n> [<n> …]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { launch, openPage } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/server.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const sizes = process.argv.slice(3).map(Number).filter(Boolean);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const run = (args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('cargo', ['run', '--release', '-q', '--bin', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr || r.stdout}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))]; };
const brotli = (file) => zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

for (const n of sizes) {
  const work = path.join(root, 'target', `scale-${n}`);
  fs.rmSync(work, { recursive: true, force: true });
  run(['gen-library', '--', String(n), path.join(work, 'src')]);
  // A release build's app files, then every page and piece for this library.
  const site = path.join(work, 'site');
  fs.mkdirSync(site, { recursive: true });
  for (const f of fs.readdirSync(dist)) {
    if (/\.(wasm|js|css|svg|txt)$|^app\.html$|^_headers$/.test(f)) fs.copyFileSync(path.join(dist, f), path.join(site, f));
  }
  const publish = run(['publish', '--', path.join(work, 'src'), site]);
  const server = await startServer({ root: site });
  const browser = await launch();
  try {
    const page = await openPage(browser, { width: 412, height: 823 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__events = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'keydown' || e.name === 'keyup' || e.name === 'keypress' || e.name === 'input') window.__events.push(e.duration); })
        .observe({ type: 'event', durationThreshold: 16, buffered: true });
      window.__lcp = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const first = server.urls.length;
    await page.goto(`${server.url}/`);
    await page.locator('html[data-app-live]').waitFor({ timeout: 60000 });
    await page.waitForTimeout(500);
    const load = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      lcp: window.__lcp,
      live: performance.now(),
      nodes: document.getElementsByTagName('*').length,
      cards: document.querySelectorAll('#app .card').length,
    }));
    const bytes = (urls) => {
      let sent = 0, br = 0;
      for (const u of urls) {
        const rel = decodeURIComponent(u.split('?')[0]).replace(/^\//, '') || 'index.html';
        const file = path.join(site, rel);
        if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
        sent += fs.statSync(file).size;
        br += brotli(file);
      }
      return { sent, br, files: urls.length };
    };
    const pageBytes = bytes(server.urls.slice(first));

    // One search, typed a key at a time: two common words.
    const query = 'fever child';
    const box = page.getByRole('searchbox', { name: /Search/ });
    await box.focus();
    const before = server.urls.length;
    const shown = [];
    for (const key of query) {
      const t = await page.evaluate(() => {
        window.__t0 = performance.now();
        window.__count = document.querySelector('.finder__count')?.textContent;
        return window.__t0;
      });
      await page.keyboard.type(key);
      // Results for this keystroke are on screen when the count or the list changes (or nothing changes).
      const dt = await page.evaluate(async () => {
        const list = document.querySelector('#app .library .cards, #app .library .empty');
        const start = window.__t0;
        for (let i = 0; i < 400; i++) {
          await new Promise((r) => setTimeout(r, 5));
          const now = document.querySelector('#app .library .cards, #app .library .empty');
          if (now !== list || document.querySelector('.finder__count')?.textContent !== window.__count) return performance.now() - start;
        }
        return null;
      });
      if (dt !== null && key !== ' ') shown.push(dt);
      void t;
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(500);
    const searchBytes = bytes(server.urls.slice(before).filter((u) => u.startsWith('/search/')));
    const result = await page.evaluate(() => ({ count: document.querySelector('.finder__count')?.textContent, events: window.__events }));
    console.log(`\n-- ${n.toLocaleString('en-US')} articles`);
    console.log(`publish (Markdown → content, pages, pieces): ${publish.toFixed(1)} s`);
    console.log(`/: first contentful paint ${load.fcp?.toFixed(0)} ms, largest ${load.lcp?.toFixed(0)} ms (first results are in the HTML); app live at ${load.live.toFixed(0)} ms; ${load.cards} cards; DOM nodes ${load.nodes}`);
    console.log(`/: transferred ${kb(pageBytes.sent)} as sent by the test host, ${kb(pageBytes.br)} brotli, ${pageBytes.files} requests (HTML, app, content and pieces)`);
    console.log(`search "${query}" typed a key at a time → "${result.count}": ${kb(searchBytes.sent)} as sent, ${kb(searchBytes.br)} brotli, ${searchBytes.files} files`);
    console.log(`keystroke → new results on screen (keys that changed what shows): p50 ${pct(shown, 0.5)?.toFixed(0)} ms, p95 ${pct(shown, 0.95)?.toFixed(0)} ms (n=${shown.length})`);
    const ev = result.events;
    console.log(`Event Timing (keydown, keypress, keyup and input: input → next paint, as INP counts it; entries under 16 ms are not reported): ${ev.length} entries for ${query.length} keys; p50 ${ev.length ? pct(ev, 0.5) : '<16'} ms, p95 ${ev.length ? pct(ev, 0.95) : '<16'} ms, worst ${ev.length ? Math.max(...ev) : '<16'} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

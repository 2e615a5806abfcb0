// Lighthouse, mobile preset (simulated Slow 4G, 4× CPU), on the library
// (`/`), an article and a plain page of the app and, in the same run, on a
// static HTML rendering of each page with the same stylesheet and no script.
// Median of N runs each.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launch, openPage, ready } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/server.mjs';

const dist = process.argv[2] || 'dist';
const runs = Number(process.argv[3] || 3);
const ROUTES = [['library', '/'], ['article', '/articles/spinraza-gene-therapy'], ['plain page', '/pages/editorial-policy']];

// The static pages: what the app shows, frozen, with every script removed.
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
{
  const server = await startServer({ root: dist });
  const browser = await launch();
  fs.mkdirSync(path.join(staticDir, 'static'), { recursive: true });
  for (const [i, [, route]] of ROUTES.entries()) {
    const page = await openPage(browser, { width: 412, height: 823 });
    await page.goto(server.url + route);
    await ready(page);
    let html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
    html = html
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, '')
      .replace(/ data-app-started=""/, '')
      .replace(/ data-app-live=""/, '');
    fs.writeFileSync(path.join(staticDir, 'static', `${i}.html`), html);
    await page.close();
  }
  await browser.close();
  await server.close();
}

const server = await startServer({ root: dist, overlay: staticDir });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`Lighthouse mobile (Slow 4G, 4× CPU), median of ${runs} runs each`);
console.log('page                | perf |    LCP |    FCP |   CLS |  TBT | a11y | best pr. | SEO');
for (const [i, [label, route]] of ROUTES.entries()) {
  const results = { app: [], static: [] };
  for (let k = 0; k < runs; k++) {
    for (const [name, url] of [['app', server.url + route], ['static', `${server.url}/static/${i}.html`]]) {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const a = r.lhr.audits;
      const c = r.lhr.categories;
      results[name].push({
        perf: c.performance.score * 100,
        a11y: c.accessibility.score * 100,
        bp: c['best-practices'].score * 100,
        seo: c.seo.score * 100,
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        failed: Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
      });
    }
  }
  const row = (name) => {
    const rs = results[name];
    const m = (key) => median(rs.map((r) => r[key]));
    return { name, perf: m('perf'), lcp: m('lcp'), fcp: m('fcp'), cls: m('cls'), tbt: m('tbt'), a11y: m('a11y'), bp: m('bp'), seo: m('seo'), failed: [...new Set(rs.flatMap((r) => r.failed))] };
  };
  const app = row('app');
  const stat = row('static');
  for (const r of [app, stat]) {
    console.log(`${`${label}, ${r.name}`.padEnd(19)} | ${String(r.perf).padStart(4)} | ${(r.lcp / 1000).toFixed(2).padStart(5)}s | ${(r.fcp / 1000).toFixed(2).padStart(5)}s | ${r.cls.toFixed(3)} | ${String(Math.round(r.tbt)).padStart(3)}ms | ${String(r.a11y).padStart(4)} | ${String(r.bp).padStart(8)} | ${r.seo}`);
  }
  console.log(`${label}: LCP app ÷ static ${(app.lcp / stat.lcp).toFixed(2)} (target ≤ 1.1); each run, app: ${results.app.map((r) => (r.lcp / 1000).toFixed(2)).join(', ')} s; static: ${results.static.map((r) => (r.lcp / 1000).toFixed(2)).join(', ')} s`);
  if (app.failed.length) console.log(`${label}: app audits not passed: ${app.failed.join(', ')}`);
}
await chrome.kill();
await server.close();

// Runs the ranking benchmark's wasm build in headless Chromium and prints
// its lines: unthrottled, then with the CPU slowed 4× (a mid-range phone).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/helpers.mjs';

const dir = process.argv[2];
const page = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="module">import init from './bench-rank.js'; await init();</script>`;
const server = http.createServer((req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  if (p === '/') { res.writeHead(200, { 'content-type': 'text/html' }); return res.end(page); }
  const file = path.join(dir, path.basename(p));
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': p.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
  res.end(fs.readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await launch();
for (const rate of [1, 4]) {
  const ctx = await browser.newContext();
  const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.locator('pre', { hasText: 'done' }).waitFor({ timeout: 120000 });
  for (const line of await tab.locator('pre').allInnerTexts()) {
    if (line !== 'done') console.log(line.replace('wasm (browser)', rate === 1 ? 'wasm, Chromium' : 'wasm, 4× CPU'));
  }
  await ctx.close();
}
await browser.close();
server.close();

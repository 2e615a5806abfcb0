// Live preview: with `bash .ci/serve` running, how long from saving an
// article's Markdown to the new words on screen in the browser.
//   node tests/bench/preview.mjs   (prints the median of 5 saves)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(root, 'public/content/articles/spinraza-gene-therapy.md');
const url = process.env.PREVIEW_URL || 'http://127.0.0.1:8080/articles/spinraza-gene-therapy';
const original = fs.readFileSync(file, 'utf8');
const browser = await launch();
const page = await browser.newPage();
const times = [];
try {
  await page.goto(url);
  await page.waitForSelector('main h1');
  for (let i = 1; i <= 5; i++) {
    const marker = `Preview check ${i} ${Date.now()}`;
    const started = Date.now();
    fs.writeFileSync(file, original.replace(/^question = ".*"$/m, `question = "${marker}"`));
    await page.waitForFunction((m) => document.querySelector('main h1')?.textContent.includes(m), marker, { timeout: 20000 });
    times.push(Date.now() - started);
  }
} finally {
  fs.writeFileSync(file, original);
  await browser.close();
}
times.sort((a, b) => a - b);
console.log(`live preview, save → new heading on screen: median ${times[2]} ms (runs: ${times.join(', ')} ms; target ≤ 2000 ms)`);

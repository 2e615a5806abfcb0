// Times the re-render after an audience switch in headless Chromium with the
// CPU slowed 4×, with the Performance API around the switch: from the click
// on a radio to the end of the task that updated the DOM, and to the next
// frame (style and layout included). As with a real click, a pointer-down
// arrives first (while the button is still pressed) and is not timed.
// Median of 21 switches, after each version has been shown once.
import { launch, openPage, ready } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/server.mjs';

const dist = process.argv[2] || 'dist';
const server = await startServer({ root: dist });
const browser = await launch();
const page = await openPage(browser, { width: 412, height: 823 });
await page.goto(server.url + '/articles/spinraza-gene-therapy');
await ready(page);
await page.locator('#audience-picker').scrollIntoViewIfNeeded();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const times = await page.evaluate(async () => {
  const ids = ['clinician', 'student', 'patient'];
  const afterTask = () => new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = resolve;
    ch.port2.postMessage(0);
  });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const out = { js: [], frame: [] };
  for (let i = 0; i < 24; i++) {
    await frame(); await frame();
    await new Promise((r) => setTimeout(r, 150));
    const radio = document.getElementById(`audience-${ids[i % 3]}`);
    radio.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await frame();
    const t0 = performance.now();
    radio.click();
    await afterTask();
    const t1 = performance.now();
    await frame();
    await afterTask();
    const t2 = performance.now();
    if (i >= 3) { out.js.push(t1 - t0); out.frame.push(t2 - t0); }
  }
  return out;
});
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1), n: s.length }; };
const js = stats(times.js);
const fr = stats(times.frame);
console.log(`audience switch, 4× CPU, ${js.n} switches after each version was shown once:`);
console.log(`  re-render (click until the DOM is updated): median ${js.median.toFixed(1)} ms, min ${js.min.toFixed(1)}, max ${js.max.toFixed(1)} (target ≤ 16 ms)`);
console.log(`  to the next frame (style and layout too):   median ${fr.median.toFixed(1)} ms, min ${fr.min.toFixed(1)}, max ${fr.max.toFixed(1)}`);
await browser.close();
await server.close();

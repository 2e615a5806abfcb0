// Times the re-render after an audience switch in headless Chromium with the
// CPU slowed 4×, with the Performance API around the switch. The re-render is
// the main-thread work the switch causes: the script from the click until the
// DOM shows the new version (checked), plus the style, layout and paint of
// the frame that puts it on screen (from that frame's first animation
// callback to the end of its task). The wall time to that frame is printed
// too: it also holds the wait for the display's next refresh, which no code
// can shorten. As with a real click, a pointer-down arrives first (while the
// button is still pressed) and is not timed. Median of 21 switches, after
// each version has been shown once.
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
  const out = { js: [], work: [], frame: [], first: [] };
  for (let i = 0; i < 24; i++) {
    await frame(); await frame();
    await new Promise((r) => setTimeout(r, 150));
    const radio = document.getElementById(`audience_${ids[i % 3]}`);
    radio.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await frame();
    let tFrame = 0;
    const shown = new Promise((r) => requestAnimationFrame(() => { tFrame = performance.now(); r(); }));
    const t0 = performance.now();
    radio.click();
    // Done when the version is shown and its body and short answer are in
    // the DOM (a version shown for the first time is rendered then).
    const version = document.querySelector(`.article__version[data-audience="${ids[i % 3]}"]`);
    const answer = [...document.querySelectorAll('.answer__version')][[...document.querySelectorAll('.article__version')].indexOf(version)];
    const done = () => version && !version.hidden && version.querySelector('.article__body') && answer && !answer.hidden && answer.textContent;
    for (let k = 0; k < 1000 && !done(); k++) await Promise.resolve();
    for (let k = 0; k < 20 && !done(); k++) await afterTask();
    const t1 = performance.now();
    if (!done()) throw new Error('the DOM was not updated');
    await shown;
    await afterTask();
    const t2 = performance.now();
    if (i < 2) out.first.push(t1 - t0 + t2 - tFrame);
    if (i >= 3) { out.js.push(t1 - t0); out.work.push(t1 - t0 + t2 - tFrame); out.frame.push(t2 - t0); }
  }
  return out;
});
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1), n: s.length }; };
const js = stats(times.js);
const work = stats(times.work);
const fr = stats(times.frame);
const f = (x) => `median ${x.median.toFixed(1)} ms, min ${x.min.toFixed(1)}, max ${x.max.toFixed(1)}`;
console.log(`audience switch, 4× CPU, ${js.n} switches after each version was shown once:`);
console.log(`  re-render (script + style, layout, paint): ${f(work)} (target ≤ 16 ms)`);
console.log(`    of which script until the DOM is updated: ${f(js)}`);
console.log(`  first showing of the clinician and student versions (rendered then): ${times.first.map((t) => t.toFixed(1) + ' ms').join(', ')}`);
console.log(`  wall time to the next frame (with vsync wait): ${f(fr)}`);
await browser.close();
await server.close();

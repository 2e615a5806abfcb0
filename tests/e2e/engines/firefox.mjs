// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi.
// Dark mode is a Firefox preference, not an emulated media feature (puppeteer's
// emulateMediaFeatures does nothing there), so a dark context gets its own
// Firefox, started when first asked for.
import puppeteer from 'puppeteer-core';
import { addShimPage, shimPages } from '../server.mjs';
import { Browser } from './page.mjs';

const EXECUTABLE = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

async function start(dark) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLE,
    headless: true,
    extraPrefsFirefox: {
      // 0 dark, 1 light: what prefers-color-scheme reports to pages.
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
    },
  });
}

class FirefoxPage {
  constructor(page) {
    this.page = page;
    this.onEvent = () => {};
    this.lastUrl = 'about:blank';
    this.noScript = null;
    page.on('pageerror', (e) => this.onEvent('pageerror', e));
    page.on('console', (m) => this.onEvent('console', { type: () => m.type(), text: () => m.text() }));
    page.on('dialog', (d) => { this.onEvent('dialog', { message: () => d.message(), dismiss: () => d.dismiss().catch(() => {}) }); });
  }
  run(src) { return this.page.evaluate(src); }
  async element(src) { return (await this.page.evaluateHandle(src)).asElement(); }
  /** The address as the page has it (history.replaceState included). */
  async sync() { this.lastUrl = await this.page.evaluate('location.href').catch(() => this.page.url()); }
  /**
   * No script, for a page that asks (puppeteer cannot switch it off over
   * BiDi): the test host serves this page's documents with `script-src 'none'`.
   */
  async withoutScript() {
    this.noScript = addShimPage({ init: [], noScript: true });
  }
  click(h) { return h.click(); }
  hover(h) { return h.hover(); }
  tap(h) { return h.tap(); }
  press(key) { return this.page.keyboard.press(key); }
  type(text) { return this.page.keyboard.type(text); }
  mouseMove(x, y) { return this.page.mouse.move(x, y); }
  addInitScript(src) { return this.page.evaluateOnNewDocument(src); }
  async goto(url) {
    if (this.noScript) await this.page.setCookie({ name: '__shim', value: this.noScript, url });
    return this.page.goto(url);
  }
  reload() { return this.page.reload(); }
  // puppeteer's goBack waits for a new document, which an in-app history
  // step never brings: step through history as a reader's Back does.
  back() { return this.step('history.back()'); }
  forward() { return this.step('history.forward()'); }
  async step(src) {
    const before = await this.page.evaluate('location.href');
    await this.page.evaluate(src);
    for (let i = 0; i < 200; i++) {
      const now = await this.page.evaluate('document.readyState === "complete" ? location.href : ""').catch(() => '');
      if (now && now !== before) return;
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  url() { return this.lastUrl; }
  title() { return this.page.title(); }
  screenshot({ path, fullPage = false } = {}) { return this.page.screenshot({ path, fullPage }); }
  setViewport(width, height, touch = false) { return this.page.setViewport({ width, height, hasTouch: touch, isMobile: touch }); }
  close() { if (this.noScript) shimPages.delete(this.noScript); return this.page.close().catch(() => {}); }
}

export async function launchFirefox() {
  const browsers = { light: await start(false) };
  const engine = {
    name: 'firefox',
    async newState({ colorScheme = 'light' } = {}) {
      browsers[colorScheme] ||= await start(colorScheme === 'dark');
      return browsers[colorScheme].createBrowserContext();
    },
    async newPage({ viewport = { width: 1280, height: 900 }, javaScriptEnabled = true, hasTouch = false } = {}, state) {
      const page = await (await state).newPage();
      const driver = new FirefoxPage(page);
      await driver.setViewport(viewport.width, viewport.height, hasTouch);
      if (!javaScriptEnabled) await driver.withoutScript();
      return driver;
    },
    async closeState(state) { await (await state).close().catch(() => {}); },
    async close() { for (const b of Object.values(browsers)) await b.close().catch(() => {}); },
  };
  return new Browser(engine);
}

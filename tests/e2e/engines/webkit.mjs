// WebKit (WebKitGTK's MiniBrowser) through selenium-webdriver and
// WebKitWebDriver under xvfb. WebKitWebDriver has no BiDi, so what Playwright
// gets from the protocol comes from the test host instead (server.mjs, by the
// `__shim` cookie): the page's init scripts, a no-script mode, and a first
// init script that records errors, console lines and dialogs for sync() to
// collect. One WebDriver session per colour scheme; a page is a window in it;
// a new context starts with the origin's storage and cookies cleared.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { Builder, Key, Origin } from 'selenium-webdriver';
import { Pointer } from 'selenium-webdriver/lib/input.js';
import { addShimPage, shimPages } from '../server.mjs';
import { Browser } from './page.mjs';

const BINARY = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Runs first in every page: what Playwright would report as events. */
function recorder() {
  const log = (window.__shimLog = []);
  addEventListener('error', (e) => log.push({ kind: 'pageerror', text: String(e.error?.stack || e.message) }));
  addEventListener('unhandledrejection', (e) => log.push({ kind: 'pageerror', text: String(e.reason?.stack || e.reason) }));
  for (const [name, type] of [['error', 'error'], ['warn', 'warning'], ['log', 'log'], ['info', 'info']]) {
    const original = console[name];
    console[name] = function (...args) { log.push({ kind: 'console', type, text: args.map(String).join(' ') }); return original.apply(this, args); };
  }
  const dialog = (m) => { log.push({ kind: 'dialog', text: String(m) }); return null; };
  window.alert = window.confirm = window.prompt = dialog;
  document.addEventListener('securitypolicyviolation', (e) => log.push({ kind: 'console', type: 'error', text: `Content Security Policy: ${e.violatedDirective} ${e.blockedURI}` }));
}

const KEYS = { Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP,
  ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Home: Key.HOME, End: Key.END, Backspace: Key.BACK_SPACE, Space: Key.SPACE };

async function freePort() {
  return new Promise((ok) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }); });
}

async function startSession(dark) {
  const port = await freePort();
  const env = { ...process.env, ...(dark ? { GTK_THEME: 'Adwaita:dark' } : {}) };
  const proc = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true, env });
  const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: BINARY, args: ['--automation'] } };
  for (let attempt = 0; ; attempt++) {
    try {
      const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
      // Long, and known to the fake clock (page.mjs), which leaves it real.
      await driver.manage().setTimeouts({ script: 600_000 });
      return { driver, proc, current: await driver.getWindowHandle(), spare: true, cookieFor: {} };
    } catch (error) {
      if (attempt > 40) { try { process.kill(-proc.pid); } catch {} throw error; }
      await sleep(250);
    }
  }
}

class WebKitPage {
  constructor(session, handle, state, noScript) {
    this.s = session;
    this.handle = handle;
    this.state = state;
    this.id = addShimPage({ init: [`(${recorder})()`], noScript });
    this.onEvent = () => {};
    this.lastUrl = 'about:blank';
    this.chrome = null;
  }
  get d() { return this.s.driver; }
  async focus() {
    if (this.s.current !== this.handle) { await this.d.switchTo().window(this.handle); this.s.current = this.handle; }
  }
  async run(src) {
    await this.focus();
    const r = await this.d.executeAsyncScript(`const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${src})).then((v) => done(v === undefined ? { u: 1 } : { v }), (e) => done({ e: String(e && e.stack || e) }));`);
    if (r && r.e !== undefined) throw new Error(r.e);
    return r && !r.u ? r.v : undefined;
  }
  async element(src) { await this.focus(); return this.d.executeScript(`return (${src});`); }
  async sync() {
    await this.focus();
    const [url, log] = await this.d.executeScript('return [location.href, (window.__shimLog || []).splice(0)];');
    this.lastUrl = url;
    for (const entry of log) {
      if (entry.kind === 'pageerror') this.onEvent('pageerror', new Error(entry.text));
      else if (entry.kind === 'console') this.onEvent('console', { type: () => entry.type, text: () => entry.text });
      else this.onEvent('dialog', { message: () => entry.text, dismiss: async () => {} });
    }
  }
  /** Scrolls an element to the middle of the window, where pointer actions aim. */
  reveal(h) { return this.d.executeScript('arguments[0].scrollIntoView({ block: "center" });', h); }
  async click(h) {
    await this.focus();
    try { await h.click(); } catch (error) {
      // A control drawn over by its label (custom radios): click where the reader would.
      if (!/not interactable|intercept/i.test(error.message)) throw error;
      await this.reveal(h);
      await this.d.actions({ async: true }).move({ origin: h }).click().perform();
    }
  }
  async hover(h) {
    await this.focus();
    await this.reveal(h);
    await this.d.actions({ async: true }).move({ origin: h }).perform();
  }
  async tap(h) {
    await this.focus();
    await this.reveal(h);
    const finger = new Pointer('finger', Pointer.Type.TOUCH);
    await this.d.actions({ async: true }).insert(finger, finger.move({ origin: h }), finger.press(), finger.release()).perform();
  }
  async press(key) { await this.focus(); await this.d.actions({ async: true }).sendKeys(KEYS[key] ?? key).perform(); }
  async type(text) { await this.focus(); await this.d.actions({ async: true }).sendKeys(text).perform(); }
  async mouseMove(x, y) { await this.focus(); await this.d.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform(); }
  addInitScript(src) { shimPages.get(this.id).init.push(src); }
  /** The origin's cookie names this page; a new context's first visit clears its storage. */
  async prepare(url) {
    const origin = new URL(url).origin;
    await this.focus();
    const here = await this.d.getCurrentUrl().catch(() => 'about:blank');
    if (here.startsWith('http') && new URL(here).origin === origin && this.state.cleared.has(origin) && this.s.cookieFor[origin] === this.id) return;
    if (!here.startsWith('http') || new URL(here).origin !== origin) await this.d.get(`${origin}/__shim/blank`);
    if (!this.state.cleared.has(origin)) {
      await this.d.executeScript('localStorage.clear(); sessionStorage.clear();');
      await this.d.manage().deleteAllCookies();
      this.state.cleared.add(origin);
    }
    await this.d.manage().addCookie({ name: '__shim', value: this.id, path: '/' });
    this.s.cookieFor[origin] = this.id;
  }
  async goto(url) { await this.prepare(url); await this.d.get(url); }
  async reload() { await this.prepare(this.lastUrl); await this.d.navigate().refresh(); }
  async back() { await this.focus(); await this.d.navigate().back(); }
  async forward() { await this.focus(); await this.d.navigate().forward(); }
  url() { return this.lastUrl; }
  async title() { await this.focus(); return this.d.getTitle(); }
  async screenshot({ path, fullPage = false } = {}) {
    await this.focus();
    let restore = null;
    if (fullPage) {
      const [w, h, full] = await this.d.executeScript('return [innerWidth, innerHeight, document.documentElement.scrollHeight];');
      if (full > h) { restore = [w, h]; await this.setViewport(w, full); }
    }
    const png = Buffer.from(await this.d.takeScreenshot(), 'base64');
    if (restore) await this.setViewport(...restore);
    if (path) (await import('node:fs')).writeFileSync(path, png);
    return png;
  }
  /** Sizes the window so that the page's viewport is width × height. */
  async setViewport(width, height) {
    await this.focus();
    if (!this.chrome) {
      await this.d.manage().window().setRect({ width, height });
      const [iw, ih] = await this.d.executeScript('return [innerWidth, innerHeight];');
      this.chrome = [width - iw, height - ih];
    }
    await this.d.manage().window().setRect({ width: width + this.chrome[0], height: height + this.chrome[1] });
  }
  async close() {
    shimPages.delete(this.id);
    const handles = await this.d.getAllWindowHandles();
    if (handles.length > 1) {
      await this.focus();
      await this.d.close();
      this.s.current = (await this.d.getAllWindowHandles())[0];
      await this.d.switchTo().window(this.s.current);
    } else {
      this.s.spare = true;
      await this.d.get('about:blank').catch(() => {});
    }
  }
}

export async function launchWebKit() {
  const sessions = {};
  const session = async (scheme) => (sessions[scheme] ||= await startSession(scheme === 'dark'));
  await session('light');
  const engine = {
    name: 'webkit',
    newState: () => ({ cleared: new Set() }),
    async newPage({ viewport = { width: 1280, height: 900 }, javaScriptEnabled = true, colorScheme = 'light' } = {}, state) {
      const s = await session(colorScheme);
      // A new window each time, so that its history starts empty; the
      // window kept only to hold the session open then goes.
      const spare = s.spare ? s.current : null;
      await s.driver.switchTo().newWindow('window');
      const handle = await s.driver.getWindowHandle();
      if (spare) {
        await s.driver.switchTo().window(spare);
        await s.driver.close();
        await s.driver.switchTo().window(handle);
        s.spare = false;
      }
      s.current = handle;
      const page = new WebKitPage(s, handle, state, !javaScriptEnabled);
      await page.setViewport(viewport.width, viewport.height);
      return page;
    },
    async close() {
      for (const s of Object.values(sessions)) {
        await s.driver.quit().catch(() => {});
        try { process.kill(-s.proc.pid); } catch {}
      }
    },
  };
  return new Browser(engine);
}

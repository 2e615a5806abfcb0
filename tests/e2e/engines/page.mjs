// The part of Playwright's page and locator API the browser tests use, on top
// of a small engine driver (firefox.mjs, webkit.mjs). Locators are resolved
// inside the page by locate.js; actions that need real input (click, hover,
// tap, keys) go through the engine's own driver.
import { locate } from './locate.js';

const LOCATE = locate.toString();
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A string or RegExp as locate.js takes it. */
function wanted(v) {
  return v instanceof RegExp ? { re: v.source, flags: v.flags } : v;
}

/** A function (or its source) called with JSON arguments, as page source. */
function call(fn, ...args) {
  return `(${typeof fn === 'function' ? fn.toString() : fn})(${args.map((a) => JSON.stringify(a ?? null)).join(', ')})`;
}

async function poll(what, check, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * A fake clock for the timers the app arms (1 s up to 10 minutes), moved on
 * by runFor. Longer ones stay real: WebKit's WebDriver arms its own script
 * timeout with the page's setTimeout, and webkit.mjs sets that to 10 minutes.
 */
function fakeTimers() {
  const realSet = window.setTimeout.bind(window);
  const realClear = window.clearTimeout.bind(window);
  const queue = new Map();
  let now = 0;
  let next = 1e9;
  window.setTimeout = (fn, ms = 0, ...args) => {
    if (ms < 1000 || ms >= 600_000) return realSet(fn, ms, ...args);
    const id = next++;
    queue.set(id, { at: now + ms, fn: () => fn(...args) });
    return id;
  };
  window.clearTimeout = (id) => (queue.has(id) ? queue.delete(id) : realClear(id));
  window.__shimClock = {
    runFor(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...queue].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        queue.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

export class Locator {
  constructor(page, steps) { this.page = page; this.steps = steps; }
  #with(step) { return new Locator(this.page, [...this.steps, step]); }
  locator(css) { return this.#with({ css }); }
  getByRole(role, { name, exact, level } = {}) { return this.#with({ role, name: wanted(name), exact, level }); }
  getByText(text, { exact } = {}) { return this.#with({ text: wanted(text), exact }); }
  filter({ hasText }) { return this.#with({ hasText: wanted(hasText) }); }
  nth(i) { return this.#with({ nth: i }); }
  first() { return this.nth(0); }
  last() { return this.nth(-1); }

  /** Page source that finds the elements and hands them to `body(els, arg)`. */
  source(body, arg) {
    return `(() => { const els = (${LOCATE})(${JSON.stringify(this.steps)}); return ${call(body, '__ELS__', arg).replace('"__ELS__"', 'els')}; })()`;
  }
  query(body, arg) { return this.page.run(this.source(body, arg)); }

  /** The first element, if a reader can see it. */
  seen() { return this.#with({ nth: 0 }).#with({ visible: true }); }
  /** Waits until the first element is attached (and visible, when asked), up to `timeout`. */
  async settle({ visible = false, timeout = 10000 } = {}) {
    const which = visible ? this.seen() : this;
    await poll(`${JSON.stringify(this.steps)}${visible ? ' to be visible' : ''}`, () => which.count(), timeout);
  }
  /** `body(first element, arg)`, once there is a first element. */
  async one(body, arg) { await this.settle(); return this.query(`(els, arg) => (${body})(els[0], arg)`, arg); }
  async handle(visible = true) {
    await this.settle({ visible });
    return this.page.driver.element(this.source((els) => els[0]));
  }

  count() { return this.query((els) => els.length); }
  innerText() { return this.one((e) => e.innerText); }
  textContent() { return this.one((e) => e.textContent); }
  inputValue() { return this.one((e) => e.value); }
  getAttribute(name) { return this.one((e, n) => e.getAttribute(n), name); }
  isChecked() { return this.one((e) => (e.checked !== undefined ? e.checked : e.getAttribute('aria-checked') === 'true')); }
  allInnerTexts() { return this.query((els) => els.map((e) => e.innerText)); }
  async isVisible() { return (await this.seen().count()) > 0; }
  async isDisabled() { return this.one((e) => e.disabled === true || e.getAttribute('aria-disabled') === 'true'); }
  async isEnabled() { return !(await this.isDisabled()); }
  evaluate(fn, arg) { return this.one(fn, arg); }
  evaluateAll(fn, arg) { return this.query(fn, arg); }
  async boundingBox() {
    return this.one((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
  }

  async waitFor({ state = 'visible', timeout = 30000 } = {}) {
    const checks = {
      attached: async () => (await this.count()) > 0,
      detached: async () => (await this.count()) === 0,
      visible: () => this.isVisible(),
      hidden: async () => !(await this.isVisible()),
    };
    await poll(`${JSON.stringify(this.steps)} to be ${state}`, checks[state], timeout);
  }

  async click() { await this.page.driver.click(await this.handle()); await this.page.sync(); }
  async hover() { await this.page.driver.hover(await this.handle()); await this.page.sync(); }
  async tap() { await this.page.driver.tap(await this.handle()); await this.page.sync(); }
  async focus() { await this.one((e) => e.focus()); await this.page.sync(); }
  async check() {
    if (await this.isChecked()) return;
    await this.click();
    if (!(await this.isChecked())) throw new Error(`${JSON.stringify(this.steps)} did not become checked`);
  }
  async press(key) { await this.focus(); await this.page.keyboard.press(key); }
  async type(text) { await this.focus(); await this.page.driver.type(text); await this.page.sync(); }
  pressSequentially(text) { return this.type(text); }
  /** As Playwright fills a field: focus, replace the value, one input event. */
  async fill(value) {
    await this.settle({ visible: true });
    await this.one((e, v) => {
      e.focus();
      // As typing would: a maxlength cuts what is inserted.
      e.value = e.maxLength > 0 ? v.slice(0, e.maxLength) : v;
      e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
      e.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
    await this.page.sync();
  }
}

export class Page {
  constructor(driver, context) {
    this.driver = driver;
    this._context = context;
    this.listeners = { pageerror: [], console: [], dialog: [] };
    this.keyboard = {
      press: async (key) => { await driver.press(key); await this.sync(); },
      type: async (text) => { await driver.type(text); await this.sync(); },
    };
    this.mouse = { move: async (x, y) => { await driver.mouseMove(x, y); await this.sync(); } };
    this.clock = {
      install: () => this.addInitScript(fakeTimers),
      runFor: async (ms) => { await this.run(`window.__shimClock.runFor(${Number(ms)})`); await this.sync(); },
    };
    driver.onEvent = (kind, payload) => this.emit(kind, payload);
  }
  on(kind, fn) { (this.listeners[kind] ||= []).push(fn); }
  emit(kind, payload) { for (const fn of this.listeners[kind] || []) fn(payload); }
  /** Evaluates page source, then picks up what the page logged meanwhile. */
  async run(src) { const v = await this.driver.run(src); await this.sync(); return v; }
  sync() { return this.driver.sync(); }

  locator(css) { return new Locator(this, [{ css }]); }
  getByRole(role, opts) { return new Locator(this, []).getByRole(role, opts); }
  getByText(text, opts) { return new Locator(this, []).getByText(text, opts); }

  evaluate(fn, arg) { return this.run(call(fn, arg)); }
  $$eval(css, fn, arg) { return this.locator(css).evaluateAll(fn, arg); }
  $eval(css, fn, arg) { return this.locator(css).first().evaluate(fn, arg); }
  async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
    await poll('a function to hold', () => this.run(call(fn, arg)), timeout);
  }
  waitForTimeout(ms) { return sleep(ms); }
  addInitScript(fn, arg) { return this.driver.addInitScript(typeof fn === 'function' ? call(fn, arg) : fn); }
  async goto(url) { await this.driver.goto(url); await this.sync(); }
  async reload() { await this.driver.reload(); await this.sync(); }
  async goBack() { await this.driver.back(); await this.sync(); }
  async goForward() { await this.driver.forward(); await this.sync(); }
  url() { return this.driver.url(); }
  title() { return this.driver.title(); }
  context() { return this._context; }
  screenshot(opts) { return this.driver.screenshot(opts); }
  setViewportSize({ width, height }) { return this.driver.setViewport(width, height); }
  close() { return this.driver.close(); }
}

/** Playwright's browser context: pages that share storage, closed together. */
export class Context {
  constructor(engine, options) { this.engine = engine; this.options = options; this.pages = []; this.state = engine.newState?.(options); }
  async newPage() {
    const driver = await this.engine.newPage(this.options, this.state);
    const page = new Page(driver, this);
    this.pages.push(page);
    return page;
  }
  async close() { for (const p of this.pages.splice(0)) await p.close(); await this.engine.closeState?.(this.state); }
}

/** Playwright's browser: contexts, and pages in a context of their own. */
export class Browser {
  constructor(engine) { this.engine = engine; }
  async newContext(options = {}) { return new Context(this.engine, options); }
  async newPage(options = {}) { return (await this.newContext(options)).newPage(); }
  close() { return this.engine.close(); }
}

// The pages publish writes without a browser (src/publish/prerender.rs) are
// the app's own DOM: for every route, the prerendered page (script off) and
// the page the app renders when it runs are compared element by element,
// attribute by attribute. Any difference would shift the page at take-over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, DIST, DIST_SUB, SUB } from './helpers.mjs';
import { startServer } from './server.mjs';

let browser, site, sub;
before(async () => {
  browser = await launch();
  // The build as published: no fixture content laid over it.
  site = await startServer({ root: DIST });
  sub = await startServer({ root: DIST_SUB, prefix: SUB });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await sub?.close();
});

/** `#app`'s tree as text: comments dropped, attributes sorted. */
function tree(selector) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = [...node.attributes]
      .filter((a) => !(node.id === 'app' && ['data-prerendered', 'hidden', 'id'].includes(a.name)))
      .map((a) => `${a.name}="${a.value}"`)
      .sort();
    const tag = node.localName;
    // A textarea's text is its starting value; the app sets it as a property.
    const inner = tag === 'textarea' ? '' : [...node.childNodes].map(walk).join('');
    return `<${[tag, ...attrs].join(' ')}>${inner}</${tag}>`;
  };
  return walk(document.querySelector(selector));
}

const head = () => ({
  title: document.title,
  description: document.querySelector('meta[name=description]')?.content,
  ogTitle: document.querySelector('meta[property="og:title"]')?.content,
  jsonLd: !!document.querySelector('script[type="application/ld+json"]'),
});

async function compare(server, path) {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(server.url + path);
  const prerendered = await still.evaluate(tree, '#app[data-prerendered]');
  const prerenderedHead = await still.evaluate(head);
  await off.close();

  const page = await openPage(browser, { width: 412, height: 823 });
  await page.goto(server.url + path);
  await page.locator('html[data-app-live]').waitFor({ timeout: 15000 });
  await page.locator('#app main h1').waitFor();
  const live = await page.evaluate(tree, '#app');
  const liveHead = await page.evaluate(head);
  assert.deepEqual(page.errors, []);
  // What the host answers (asked directly: not every engine's driver says).
  const status = (await fetch(server.url + path)).status;
  return { status, prerendered, live, prerenderedHead, liveHead };
}

for (const [name, server, path, status] of [
  ['the library', () => site, '/', 200],
  ['an article', () => site, '/articles/spinraza-gene-therapy', 200],
  ['a plain page', () => site, '/pages/editorial-policy', 200],
  ['an address the site does not know (404.html)', () => site, '/no/such/page', 404],
  ['the library under a sub-path', () => sub, SUB, 200],
  ['an article under a sub-path', () => sub, `${SUB}articles/spinraza-gene-therapy`, 200],
]) {
  test(`prerendered without a browser, the same DOM as the app: ${name}`, async () => {
    const r = await compare(server(), path);
    assert.equal(r.status, status, 'a plain static server answers with the file for the route');
    assert.ok(r.prerendered.includes('<h1'), 'the page is in the HTML');
    assert.equal(r.prerendered, r.live);
    assert.deepEqual(r.prerenderedHead, r.liveHead);
  });
}

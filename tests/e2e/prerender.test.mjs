// The pages publish writes without a browser (src/publish/prerender.rs) are
// the app's own DOM: for every route, the prerendered page (the file the
// host sends, parsed by the engine's own HTML parser with scripting off, as
// DOMParser does) and the page the app renders when it runs are compared
// element by element, attribute by attribute. Any difference would shift
// the page at take-over. Runs in every engine.
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

/** `#app`'s tree as text: comments dropped, attributes sorted; in `html`
 * (parsed, never run) when given, else in the page. */
function tree([html, selector]) {
  const doc = html ? new DOMParser().parseFromString(html, 'text/html') : document;
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
  return walk(doc.querySelector(selector));
}

/** What `<head>` says; in `html` (parsed) when given, else in the page. */
function head(html) {
  const doc = html ? new DOMParser().parseFromString(html, 'text/html') : document;
  return {
    title: doc.title,
    description: doc.querySelector('meta[name=description]')?.content,
    ogTitle: doc.querySelector('meta[property="og:title"]')?.content,
    jsonLd: !!doc.querySelector('script[type="application/ld+json"]'),
  };
}

async function compare(server, path) {
  // What the host sends (asked directly: not every engine's driver says).
  const response = await fetch(server.url + path);
  const html = await response.text();
  const page = await openPage(browser, { width: 412, height: 823 });
  // Parsed on a blank page: the site's Trusted Types policy would refuse
  // DOMParser a plain string.
  const prerendered = await page.evaluate(tree, [html, '#app[data-prerendered]']);
  const prerenderedHead = await page.evaluate(head, html);

  await page.goto(server.url + path);
  await page.locator('html[data-app-live]').waitFor({ timeout: 15000 });
  await page.locator('#app main h1').waitFor();
  const live = await page.evaluate(tree, [null, '#app']);
  const liveHead = await page.evaluate(head, null);
  assert.deepEqual(page.errors, []);
  return { status: response.status, prerendered, live, prerenderedHead, liveHead };
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

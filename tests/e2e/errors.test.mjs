// Bad input, as a reader meets it: each gives a clear message in the page
// with a way back to the library, and "Try again" where it may help.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function problem(server, path) {
  const page = await openPage(browser);
  await page.goto(server.url + path);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20000 });
  const text = await alert.innerText();
  const library = alert.getByRole('link', { name: 'Go to the library' });
  assert.equal(await library.getAttribute('href'), '/');
  assert.equal(await page.locator('h1').count(), 1, 'the problem is the page\'s h1');
  assert.deepEqual(page.errors, []);
  return { page, text };
}

test('a missing article (404) is "not found"', async () => {
  const server = await serve({ '/content/articles/gone.json': (req, res) => { res.writeHead(404); res.end('nope'); return true; } });
  try {
    const { text, page } = await problem(server, '/articles/gone');
    assert.match(text, /couldn't find that page/);
    assert.match(text, /articles\/gone\.json/);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0);
    assert.equal(await page.getByRole('textbox', { name: /follow-up/i }).count(), 0);
  } finally { await server.close(); }
});

test('a missing file served as index.html by the host\'s rewrite is "not found", not a parser message', async () => {
  const server = await serve();
  try {
    const { text } = await problem(server, '/articles/no-such-article');
    assert.match(text, /couldn't find that page/);
    assert.doesNotMatch(text, /JSON/);
  } finally { await server.close(); }
});

test('an address that cannot be a slug is refused before any fetch', async () => {
  const server = await serve();
  try {
    const { text } = await problem(server, '/articles/Not_A_Slug');
    assert.match(text, /doesn't name an article/);
    assert.ok(!server.requests.some((r) => r.includes('Not_A_Slug.json')), server.requests.join(' '));
  } finally { await server.close(); }
});

test('a body that is not JSON says so', async () => {
  const server = await serve();
  try {
    const { text } = await problem(server, '/articles/not-json');
    assert.match(text, /could not be displayed/);
    assert.match(text, /articles\/not-json\.json can't be read: it is not valid JSON/);
  } finally { await server.close(); }
});

test('JSON that breaks the contract names the field', async () => {
  const server = await serve();
  try {
    const { text } = await problem(server, '/articles/bad-contract');
    assert.match(text, /updated: "2025-13-45" is not a real date/);
  } finally { await server.close(); }
});

test('an unsupported format names the format', async () => {
  const server = await serve();
  try {
    const { text } = await problem(server, '/articles/format-two');
    assert.match(text, /newer version of the site/);
    assert.match(text, /format 2, and this app reads format 1/);
  } finally { await server.close(); }
});

test('a broken site.json is reported, not a blank page', async () => {
  const server = await serve({ '/content/site.json': (req, res) => { res.writeHead(200); res.end('{"format": 1, "name": "x"}'); return true; } });
  try {
    const { text } = await problem(server, '/articles/spinraza-gene-therapy');
    assert.match(text, /site\.json can't be read: board: is required but missing/);
  } finally { await server.close(); }
});

test('a server error offers "Try again", which recovers', async () => {
  let fail = true;
  const server = await serve({
    '/content/articles/spinraza-gene-therapy.json': (req, res) => {
      if (!fail) return false;
      res.writeHead(503); res.end('busy'); return true;
    },
  });
  try {
    const { text, page } = await problem(server, '/articles/spinraza-gene-therapy');
    assert.match(text, /status 503/);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  } finally { await server.close(); }
});

test('a network failure offers "Try again", which recovers', async () => {
  let fail = true;
  const server = await serve({
    '/content/articles/spinraza-gene-therapy.json': (req, res) => {
      if (!fail) return false;
      req.socket.destroy(); return true;
    },
  });
  try {
    const { text, page } = await problem(server, '/articles/spinraza-gene-therapy');
    assert.match(text, /couldn't reach the server/);
    assert.match(text, /Check your connection/);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  } finally { await server.close(); }
});

test('an unknown address shows a not-found page in the site frame', async () => {
  const server = await serve();
  try {
    const page = await openPage(browser);
    await page.goto(server.url + '/no/such/place');
    await page.getByRole('heading', { level: 1, name: "We couldn't find that page" }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Go to the library' }).getAttribute('href'), '/');
    assert.ok(await page.locator('.site-header').isVisible());
  } finally { await server.close(); }
});

test('a content file over 8 MB is refused by its size, with or without a declared length', async () => {
  const big = 'x'.repeat(9 * 1024 * 1024);
  const server = await serve({
    '/content/articles/huge.json': (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(`{"format": 1, "slug": "${big}"}`); return true; },
    '/content/articles/huge-chunked.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.write('{"format": 1, "slug": "');
      for (let i = 0; i < 9; i++) res.write('y'.repeat(1024 * 1024));
      res.end('"}');
      return true;
    },
  });
  try {
    for (const slug of ['huge', 'huge-chunked']) {
      const { text, page } = await problem(server, `/articles/${slug}`);
      assert.match(text, /too large to show/, slug);
      assert.match(text, new RegExp(`articles/${slug}\\.json is larger than 8 MB`), slug);
      await page.context().close();
    }
  } finally { await server.close(); }
});

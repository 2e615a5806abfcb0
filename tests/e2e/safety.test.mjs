// Trust and faults: the Content-Security-Policy holds with zero violations,
// the build carries security headers and integrity hashes, and each fault is
// made to happen for real (bad files, stalled server, missing wasm, panic).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, openPage, ready, DIST, ENGINE } from './helpers.mjs';
import { startServer } from './server.mjs';

const PANIC_DIST = path.resolve(DIST, '../target/dist-panic');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page that records CSP violations and console errors. */
async function watched(server, route) {
  const page = await openPage(browser);
  page.csp = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) page.csp.push(m.text()); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url + route);
  await ready(page);
  return page;
}

test('the CSP: strict, in index.html, and the app runs under it with zero violations', async () => {
  const html = fs.readFileSync(`${DIST}/index.html`, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.doesNotMatch(scriptSrc, /unsafe-inline|'unsafe-eval'/);
  assert.match(scriptSrc, /'wasm-unsafe-eval'/);
  for (const d of ["object-src 'none'", "base-uri 'self'", "connect-src 'self'", "default-src 'self'", "require-trusted-types-for 'script'", 'trusted-types medanswers default']) assert.ok(csp.includes(d), d);
  const server = await serve();
  try {
    for (const route of ['/', '/articles/spinraza-gene-therapy?audience=clinician', '/articles/hostile', '/pages/editorial-policy', '/nowhere']) {
      const page = await watched(server, route);
      const box = page.getByRole('textbox', { name: /follow-up/i });
      if (await box.count()) {
        await box.fill('gene therapy');
        await page.getByRole('button', { name: 'Ask' }).click();
        await page.locator('.followup__noservice').waitFor();
        // Every other state that sets markup: another audience, a refusal.
        await page.getByRole('radio', { name: /Student/ }).check();
        await box.fill('');
        await page.getByRole('button', { name: 'Ask' }).click();
        await page.locator('.followup__note').waitFor();
      }
      if (route === '/') {
        await page.getByRole('searchbox').fill('zzzz nothing matches');
        await page.locator('.empty').waitFor();
        await page.getByRole('button', { name: 'Clear search' }).click();
      }
      await page.waitForTimeout(100);
      assert.deepEqual([...page.csp, ...(await page.evaluate(() => window.__csp))], [], route);
      assert.deepEqual(page.errors, [], route);
      await page.context().close();
    }
  } finally { await server.close(); }
});

test('_headers: the same policy plus frame-ancestors, HSTS, nosniff, referrer and permissions policies', () => {
  const headers = fs.readFileSync(`${DIST}/_headers`, 'utf8');
  for (const want of [
    /Content-Security-Policy: default-src 'self'.*frame-ancestors 'none'/,
    /Strict-Transport-Security: max-age=\d+/,
    /X-Content-Type-Options: nosniff/,
    /Referrer-Policy: /,
    /Permissions-Policy: /,
    /\/\*\.wasm\n\s+Cache-Control: public, max-age=31536000, immutable/,
    /\/content\/\*\n\s+Cache-Control: no-cache\n\s+Content-Security-Policy: default-src 'none'; sandbox\n\s+X-Content-Type-Options: nosniff/,
    /Content-Security-Policy: default-src 'self'.*require-trusted-types-for 'script'; trusted-types medanswers default/,
  ]) assert.match(headers, want);
});

test('Trusted Types: the app\'s HTML goes through its one policy, and any other HTML sink is refused (where the engine has them)', async () => {
  const server = await serve();
  try {
    const page = await watched(server, '/articles/spinraza-gene-therapy');
    assert.deepEqual([...page.csp, ...(await page.evaluate(() => window.__csp))], [], 'the app ran without a violation');
    assert.deepEqual(page.errors, [], 'the app ran without an error');
    const result = await page.evaluate(() => {
      let refused = false;
      try { document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'; } catch { refused = true; }
      return { refused, policies: typeof trustedTypes === 'object' };
    });
    if (ENGINE === 'chromium' || result.policies) {
      assert.deepEqual(result, { refused: true, policies: true });
    } else {
      // An engine without Trusted Types (Firefox 140) ignores the CSP's
      // require-trusted-types-for; the app then sets its renderers' HTML
      // directly, and still runs and shows everything.
      // The probe's own handler is still stopped, by script-src (Firefox
      // reports that as a page error).
      assert.deepEqual(result, { refused: false, policies: false });
      assert.ok(page.errors.every((e) => /script-src-attr/.test(String(e))), page.errors.join('\n'));
    }
    assert.ok(await page.locator('.article__body h2').count() > 0, 'the article rendered');
    assert.ok(await page.locator('.refs ol > li').count() > 0, 'references rendered');
    await page.context().close();
  } finally { await server.close(); }
});

test('subresource integrity on the app\'s own assets', () => {
  const html = fs.readFileSync(`${DIST}/app.html`, 'utf8');
  for (const re of [/<link rel="stylesheet" href="[^"]+\.css" integrity="sha384-/, /<link rel="modulepreload" href="[^"]+\.js"[^>]*integrity="sha384-/, /<link rel="preload" href="[^"]+\.wasm"[^>]*integrity="sha384-/]) {
    assert.match(html, re);
  }
});

for (const [what, hook] of [
  ['the wasm is missing (a deploy removed it)', (p) => p.endsWith('.wasm')],
  ['the JS glue is missing', (p) => /medanswers-[0-9a-f]+\.js$/.test(p)],
  ['the JS glue is blocked', (p) => /medanswers-[0-9a-f]+\.js$/.test(p) && 'block'],
]) {
  test(`when ${what}, index.html itself says so, not a blank page`, async () => {
    const server = await startServer({
      root: DIST,
      hooks: new Proxy({}, {
        get: (_, p) => (typeof p === 'string' && hook(p) ? (req, res) => {
          if (hook(p) === 'block') { req.socket.destroy(); return true; }
          res.writeHead(404); res.end(); return true;
        } : undefined),
      }),
    });
    try {
      const page = await openPage(browser);
      await page.goto(server.url + '/articles/spinraza-gene-therapy');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 25000 });
      assert.match(await alert.innerText(), /This page could not start/);
      assert.equal(await alert.getByRole('link', { name: 'Reload the page' }).getAttribute('href'), server.url + '/articles/spinraza-gene-therapy');
    } finally { await server.close(); }
  });
}

test('a panic shows "Something went wrong" with a reload link, and is logged', async () => {
  const server = await startServer({ root: PANIC_DIST });
  try {
    const page = await openPage(browser);
    const logged = [];
    page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
    await page.goto(server.url + '/pages/editorial-policy?panic-test');
    const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await crash.waitFor({ timeout: 15000 });
    assert.ok(await crash.isVisible());
    assert.equal(await page.locator('#app').isVisible(), false);
    assert.equal(await crash.getByRole('link', { name: 'Reload the page' }).getAttribute('href'), server.url + '/pages/editorial-policy?panic-test');
    assert.ok(logged.some((l) => l.includes('panic requested by the test build')), logged.join('\n'));
  } finally { await server.close(); }
});

test('a stalled content fetch times out with a message and a working "Try again"', async () => {
  let stall = true;
  const server = await serve({ '/content/articles/approved-example.json': () => stall });
  try {
    const page = await openPage(browser);
    await page.clock.install();
    await page.goto(server.url + '/articles/approved-example');
    await page.locator('.skeleton').waitFor();
    await page.clock.runFor(15_500);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /took too long/);
    assert.match(await alert.innerText(), /longer than 15 seconds/);
    stall = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /tetanus/ }).waitFor();
  } finally { await server.close(); }
});

test('network failures are retried with backoff before any error shows', async () => {
  let failures = 0;
  const server = await serve({
    '/content/articles/spinraza-gene-therapy.json': (req, res) => {
      if (failures < 2) { failures += 1; req.socket.destroy(); return true; }
      return false;
    },
  });
  try {
    const page = await openPage(browser);
    await page.goto(server.url + '/articles/spinraza-gene-therapy');
    await ready(page);
    assert.match(await page.locator('h1').innerText(), /Spinraza/);
    assert.equal(failures, 2);
    assert.equal(await page.getByRole('alert').count(), 0);
  } finally { await server.close(); }
});

const good = JSON.parse(fs.readFileSync(`${DIST}/content/articles/spinraza-gene-therapy.json`, 'utf8'));
const edit = (f) => { const v = structuredClone(good); f(v); return JSON.stringify(v); };
const MALFORMED = [
  ['truncated', JSON.stringify(good).slice(0, 500), /not valid JSON \(the file ends inside/],
  ['empty body', '', /not valid JSON/],
  ['a bare string', '"hello"', /the file must be an object, found text/],
  ['a top-level list', '[1, 2, 3]', /the file must be an object, found a list/],
  ['format missing', edit((v) => { delete v.format; }), /format \(missing\)/],
  ['format 2', edit((v) => { v.format = 2; }), /written in format 2, and this app reads format 1/],
  ['format as text', edit((v) => { v.format = '1'; }), /format "1"/],
  ['question of the wrong type', edit((v) => { v.question = 42; }), /question: expected text, found a number/],
  ['versions null', edit((v) => { v.versions = null; }), /versions: expected an object, found null/],
  ['empty versions', edit((v) => { v.versions = {}; }), /versions: needs at least one version/],
  ['unknown status', edit((v) => { v.review.status = 'published'; }), /review\.status: unknown status "published"/],
  ['impossible date', edit((v) => { v.updated = '2025-02-30'; }), /updated: "2025-02-30" is not a real date/],
  ['date in another shape', edit((v) => { v.review.history[0].date = '12/11/2025'; }), /review\.history\[0\]\.date: "12\/11\/2025" is not a date in the form YYYY-MM-DD/],
  ['20,000-deep nesting', `{"format":1,"x":${'['.repeat(20000)}${']'.repeat(20000)}}`, /not valid JSON \(lists and objects nest more than 128 levels deep/],
  ['a multi-megabyte string', edit((v) => { v.question = 'x'.repeat(3_000_000); }), /question: is too long \(3000000 characters; the limit is 100000\)/],
  ['an HTML page instead of JSON', '<!DOCTYPE html><html><body>Welcome</body></html>', /couldn't find that page/],
  ['a block with two keys', edit((v) => { v.versions.patient.sections[0].blocks[0] = { p: 'a', ul: ['b'] }; }), /versions\.patient\.sections\[0\]\.blocks\[0\]: a block has exactly one key, found 2 \(p, ul\)/],
  ['an unknown block', edit((v) => { v.versions.patient.sections[0].blocks[0] = { table: [] }; }), /unknown block "table"/],
  ['a citation that is not a number', edit((v) => { v.versions.patient.answer[1] = { cite: ['one'] }; }), /versions\.patient\.answer\[1\]\.cite\[0\]: expected a reference number \(1 or more\), found "one"/],
  ['a link without href', edit((v) => { v.versions.patient.answer[1] = { link: 'x' }; }), /unknown span with keys \(link\)/],
  ['a note of unknown tone', edit((v) => { v.versions.patient.sections[2].blocks[3].note.tone = 'loud'; }), /note\.tone: unknown tone "loud"; expected info, warning or danger/],
  ['a section without heading', edit((v) => { delete v.versions.patient.sections[0].heading; }), /versions\.patient\.sections\[0\]\.heading: is required but missing/],
  ['a duplicated key', JSON.stringify(good).replace('"question":', '"question":"a","question":'), /the key "question" appears twice/],
  ['a year written as text', edit((v) => { v.references[0].year = '2020'; }), /references\[0\]\.year: expected a four-digit year, found "2020"/],
  ['a slug that is not this address', edit((v) => { v.slug = 'something-else'; }), /slug: "something-else" does not match the address/],
  ['a version that is not an object', edit((v) => { v.versions.patient = 'hello'; }), /versions\.patient: expected an object, found text/],
];

test(`${MALFORMED.length} malformed content files: each a specific message, and the app keeps working`, async () => {
  const hooks = {};
  MALFORMED.forEach(([, body], i) => {
    hooks[`/content/articles/malformed-${i}.json`] = (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); return true; };
  });
  const server = await serve(hooks);
  try {
    const page = await openPage(browser);
    for (const [i, [what, , want]] of MALFORMED.entries()) {
      await page.goto(`${server.url}/articles/malformed-${i}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), want, what);
      if (i % 6 === 0) {
        await alert.getByRole('link', { name: 'Go to the library' }).click();
        await page.getByRole('heading', { level: 1, name: 'Clear Answers in Medicine' }).waitFor();
      }
    }
    assert.deepEqual(page.errors, []);
  } finally { await server.close(); }
});

test('a file with a byte-order mark is read normally', async () => {
  const server = await serve({
    '/content/articles/spinraza-gene-therapy.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('\ufeff' + JSON.stringify(good));
      return true;
    },
  });
  try {
    const page = await openPage(browser);
    await page.goto(server.url + '/articles/spinraza-gene-therapy');
    await ready(page);
    assert.match(await page.locator('h1').innerText(), /Spinraza/);
  } finally { await server.close(); }
});

// The library, routes, metadata and hosting under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, serveSub, openPage, ready, SUB, ENGINE, SITE_URL, DIST, FIXTURES } from './helpers.mjs';
import { startServer } from './server.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(path, base = server) {
  const page = await openPage(browser);
  await page.goto(base.url + path);
  await ready(page);
  return page;
}

const questions = (page) => page.locator('.card__title').allInnerTexts();

/**
 * Waits until the library shows these questions (or this many cards):
 * results arrive from the library's pieces a moment after a keystroke.
 */
async function shows(page, want) {
  await page.waitForFunction((w) => {
    if (!document.documentElement.hasAttribute('data-app-live')) return false;
    const q = [...document.querySelectorAll('#app .card__title')].map((e) => e.innerText.trim());
    return typeof w === 'number' ? q.length === w : JSON.stringify(q) === JSON.stringify(w);
  }, want);
}

test('library: site name, every entry, newest first, with status and date', async () => {
  const page = await open('/');
  assert.equal(await page.locator('h1').innerText(), 'Clear Answers in Medicine');
  assert.deepEqual(await questions(page), [
    "Quand faut-il s'inquiéter d'une fièvre chez l'enfant ?",
    'Is Spinraza (nusinersen) considered a gene therapy?',
    'A fixture written only for clinicians?',
    'How long should a tetanus booster protect an adult?',
  ]);
  const card = page.locator('.card').nth(1);
  assert.match(await card.innerText(), /Under review/);
  assert.match(await card.innerText(), /Updated November 19, 2025/);
  assert.match(await card.innerText(), /antisense oligonucleotide/);
  assert.match(await card.innerText(), /spinal muscular atrophy/);
  assert.match(await page.locator('.card').nth(3).innerText(), /Approved/);
  assert.equal(await page.title(), 'Clear Answers in Medicine');
  assert.equal(await page.getByRole('status').filter({ hasText: 'articles' }).innerText(), '4 articles');
});

test('library: search filters as you type, ignoring case and accents, and announces the count', async () => {
  const page = await open('/');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('GENE');
  await shows(page, ['Is Spinraza (nusinersen) considered a gene therapy?']);
  assert.equal(await page.locator('.finder__count').innerText(), 'Showing 1 of 4 articles');
  assert.equal(await page.locator('.finder__count').getAttribute('role'), 'status');
  await box.fill('fievre');
  await shows(page, ["Quand faut-il s'inquiéter d'une fièvre chez l'enfant ?"]);
  await box.fill('pediatrie');
  await shows(page, 1); // topics are searched, accents ignored
  await box.fill('xylophone');
  await page.locator('.empty').waitFor();
  assert.equal(await page.locator('.card').count(), 0);
  assert.match(await page.locator('.empty').innerText(), /No articles match “xylophone”/);
  assert.match(await page.locator('.empty').innerText(), /Try fewer/);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'xylophone');
  await page.getByRole('button', { name: 'Clear search' }).click();
  await shows(page, 4);
  assert.equal(await box.inputValue(), '');
});

test('library: topic filters', async () => {
  const page = await open('/');
  const topics = page.getByRole('group', { name: 'Topic' });
  await topics.getByRole('radio', { name: 'neurology' }).check();
  await shows(page, ['Is Spinraza (nusinersen) considered a gene therapy?', 'A fixture written only for clinicians?']);
  await page.getByRole('searchbox', { name: /Search/ }).fill('spinraza');
  await shows(page, 1);
  await topics.getByRole('radio', { name: 'All topics' }).check();
  await page.getByRole('searchbox', { name: /Search/ }).fill('');
  await shows(page, 4);
});

test('library: Clear search also clears the topic, in the radios and the address', async () => {
  const page = await open('/?topic=neurology');
  const topics = page.getByRole('group', { name: 'Topic' });
  assert.ok(await topics.getByRole('radio', { name: 'neurology' }).isChecked(), 'topic from the address');
  await page.getByRole('searchbox', { name: /Search/ }).fill('tetanus');
  await page.locator('.empty').waitFor();
  assert.match(await page.locator('.empty').innerText(), /No articles match “tetanus”/);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await shows(page, 4);
  assert.ok(await topics.getByRole('radio', { name: 'All topics' }).isChecked());
  const address = new URL(page.url()).searchParams;
  assert.equal(address.get('q') ?? '', '');
  assert.equal(address.get('topic') ?? '', '');
});

test('routes: in-app navigation without reload, back and forward, focus and announcement', async () => {
  const page = await open('/');
  await page.evaluate(() => { window.__noReload = true; });
  await page.getByRole('link', { name: 'Is Spinraza (nusinersen) considered a gene therapy?' }).click();
  await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => window.__noReload), true);
  assert.match(await page.locator('#route-announcer').innerText(), /Spinraza/);
  await page.getByRole('link', { name: 'View editorial policy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Editorial policy' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Clear Answers in Medicine' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  assert.equal(await page.evaluate(() => window.__noReload), true);
  await page.getByRole('link', { name: 'Clear Answers in Medicine' }).click();
  await page.getByRole('heading', { level: 1, name: 'Clear Answers in Medicine' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('routes: from one article to another, one page is on screen', async () => {
  const page = await open('/articles/spinraza-gene-therapy');
  await page.evaluate(() => { window.__noReload = true; });
  // A link from inside an article to another article, clicked as a reader
  // would (WebKit's Back skips history entries a script made without one).
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '/articles/approved-example';
    a.textContent = 'next';
    a.id = 'test-next';
    document.querySelector('main article').append(a);
  });
  await page.locator('#test-next').click();
  await page.getByRole('heading', { level: 1, name: /tetanus booster/ }).waitFor();
  assert.equal(await page.locator('main article').count(), 1);
  assert.equal(await page.locator('main h1').count(), 1);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
  assert.equal(await page.locator('main article').count(), 1);
  assert.equal(await page.evaluate(() => window.__noReload), true);
  assert.deepEqual(page.errors, []);
});

test('every route deep-links and reloads', async () => {
  for (const [path, h1] of [
    ['/', 'Clear Answers in Medicine'],
    ['/articles/spinraza-gene-therapy?audience=student', 'Is Spinraza (nusinersen) considered a gene therapy?'],
    ['/pages/editorial-policy', 'Editorial policy'],
    ['/nowhere/at/all', "We couldn't find that page"],
  ]) {
    const page = await open(path);
    assert.equal(await page.locator('h1').innerText(), h1, path);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), h1, `${path} after reload`);
  }
});

async function head(page) {
  return page.evaluate(() => {
    const attr = (sel, a) => document.querySelector(sel)?.getAttribute(a) ?? null;
    const ld = document.querySelector('script[type="application/ld+json"]');
    return {
      title: document.title,
      description: attr('meta[name="description"]', 'content'),
      canonical: attr('link[rel="canonical"]', 'href'),
      ogTitle: attr('meta[property="og:title"]', 'content'),
      ogDescription: attr('meta[property="og:description"]', 'content'),
      ld: ld ? JSON.parse(ld.textContent) : null,
    };
  });
}

test('metadata: article (written at publish into its page, for crawlers and link previews)', async () => {
  const page = await open('/articles/spinraza-gene-therapy?audience=clinician');
  const h = await head(page);
  assert.equal(h.title, 'Is Spinraza (nusinersen) considered a gene therapy? — Clear Answers in Medicine');
  assert.match(h.description, /^No\. Nusinersen is an antisense oligonucleotide/);
  // The build's SITE_URL (.ci/test) gives every page its canonical address.
  assert.equal(h.canonical, `${SITE_URL}/articles/spinraza-gene-therapy`);
  assert.equal(h.ogTitle, 'Is Spinraza (nusinersen) considered a gene therapy?');
  assert.equal(h.ogDescription, h.description);
  assert.equal(h.ld['@type'], 'MedicalWebPage');
  assert.equal(h.ld.name, 'Is Spinraza (nusinersen) considered a gene therapy?');
  assert.equal(h.ld.url, `${SITE_URL}/articles/spinraza-gene-therapy`);
  assert.equal(h.ld.dateModified, '2025-11-19');
  assert.equal(h.ld.lastReviewed, undefined, 'not approved yet');
  // The version a reader sees without a choice: what a crawler reads.
  assert.equal(h.ld.audience.audienceType, 'Patient or caregiver');
  assert.equal(h.ld.citation.length, 5);
  assert.equal(h.ld.citation[1].url, 'https://doi.org/10.1056/NEJMoa1702752');
});

test('metadata: library, page, not found, and none left behind', async () => {
  const page = await open('/pages/editorial-policy');
  let h = await head(page);
  assert.equal(h.title, 'Editorial policy — Clear Answers in Medicine');
  assert.match(h.description, /^Each article answers one clinical question/);
  assert.equal(h.canonical, `${SITE_URL}/pages/editorial-policy`);
  assert.equal(h.ld, null);
  h = await head(await open('/'));
  assert.equal(h.title, 'Clear Answers in Medicine');
  assert.equal(h.canonical, `${SITE_URL}/`);
  h = await head(await open('/nowhere'));
  assert.match(h.title, /^Page not found/);
  // In-app navigation from an article to the library drops the article's
  // metadata (the library's own is in its page, for crawlers).
  const nav = await open('/articles/spinraza-gene-therapy');
  await nav.getByRole('link', { name: 'Clear Answers in Medicine' }).click();
  await nav.getByRole('heading', { level: 1, name: 'Clear Answers in Medicine' }).waitFor();
  h = await head(nav);
  assert.equal(h.ld, null);
  assert.equal(h.canonical, null);
  assert.equal(h.title, 'Clear Answers in Medicine');
});

test('hosted under a sub-path: assets, content, links and router follow it', async () => {
  const sub = await serveSub();
  try {
    const page = await open(`${SUB}`, sub);
    assert.equal(await page.locator('h1').innerText(), 'Clear Answers in Medicine');
    await page.getByRole('link', { name: /Spinraza/ }).click();
    await page.getByRole('heading', { level: 1, name: /Spinraza/ }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${SUB}articles/spinraza-gene-therapy`);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    const outside = hrefs.filter((h) => h.startsWith(sub.url) && !new URL(h).pathname.startsWith(SUB));
    assert.deepEqual(outside, [], 'no link escapes the sub-path');
    await page.getByRole('link', { name: 'View editorial policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Editorial policy' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${SUB}pages/editorial-policy`);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), 'Editorial policy');
    const deep = await open(`${SUB}articles/approved-example?audience=clinician`, sub);
    assert.match(await deep.locator('.answer').innerText(), /Fixture answer for clinicians/);
    assert.equal(await deep.getByRole('link', { name: 'site policy' }).count(), 0, 'patient-only link not in clinician version');
    const patient = await open(`${SUB}articles/approved-example?audience=patient`, sub);
    assert.equal(await patient.getByRole('link', { name: 'site policy' }).getAttribute('href'), `${SUB}pages/editorial-policy`);
    // WebKit itself asks the host's root for /favicon.ico; the page names its own icon.
    const escaped = sub.requests.filter((r) => !r.startsWith(SUB) && !(ENGINE === 'webkit' && r === '/favicon.ico'));
    assert.deepEqual(escaped, [], escaped.join(' '));
    assert.deepEqual(page.errors, []);
  } finally {
    await sub.close();
  }
});

test('the build is ready for static hosts: hashed assets, plain content names, a page for every route', async () => {
  const fs = await import('node:fs');
  const { DIST } = await import('./helpers.mjs');
  const files = fs.readdirSync(DIST);
  assert.ok(files.some((f) => /^medanswers-[0-9a-f]+_bg\.wasm$/.test(f)), files.join(' '));
  assert.ok(files.some((f) => /^medanswers-[0-9a-f]+\.js$/.test(f)));
  assert.ok(files.some((f) => /^main-[0-9a-f]+\.css$/.test(f)));
  assert.ok(fs.existsSync(`${DIST}/content/site.json`));
  assert.ok(fs.existsSync(`${DIST}/content/articles/spinraza-gene-therapy.json`));
  for (const page of ['index.html', '404.html', 'articles/spinraza-gene-therapy/index.html', 'pages/editorial-policy/index.html']) {
    assert.match(fs.readFileSync(`${DIST}/${page}`, 'utf8'), /<div id="app" data-prerendered=""><a class="skip-link"/, page);
  }
  assert.match(fs.readFileSync(`${DIST}/404.html`, 'utf8'), /<h1 class="problem__title"[^>]*>We couldn't find that page<\/h1>/);
  assert.match(fs.readFileSync(`${DIST}/app.html`, 'utf8'), /<div id="app">\s*<div class="boot"/, 'the app shell');
});

test('an address starting with // is set right before routing, so in-page links stay on this site', async () => {
  const page = await open('//articles/spinraza-gene-therapy?audience=clinician');
  assert.equal(await page.evaluate(() => location.pathname), '/articles/spinraza-gene-therapy');
  assert.equal(await page.evaluate(() => location.search), '?audience=clinician');
  assert.equal(await page.locator('h1').innerText(), 'Is Spinraza (nusinersen) considered a gene therapy?');
  const hosts = await page.locator('main a[href]').evaluateAll((as) => [...new Set(as.map((a) => new URL(a.href).host))]);
  assert.deepEqual(hosts.filter((h) => h !== new URL(server.url).host && !/doi\.org|pubmed|example|nih\.gov|fda\.gov|biogen|nejm/.test(h)), []);
  const cite = page.locator('a.cite__link').first();
  assert.equal(new URL(await cite.evaluate((a) => a.href)).host, new URL(server.url).host);
});

test('library: an index entry that breaks the contract is left out, and the rest still shows', async () => {
  const page = await open('/');
  assert.equal(await page.locator('.card').count(), 4);
  assert.equal(await page.getByText('An index entry that breaks the contract').count(), 0);
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('what changed: the latest review note on the library card and in the article\'s JSON-LD', async () => {
  const page = await open('/');
  const card = page.locator('.card').filter({ hasText: 'Is Spinraza (nusinersen) considered a gene therapy?' });
  assert.match(await card.innerText(), /What changed: With a pediatric neurologist for a check of the dosing and safety sections\./);
  const article = await open('/articles/spinraza-gene-therapy');
  const ld = JSON.parse(await article.locator('script[type="application/ld+json"]').textContent());
  assert.deepEqual(ld.correction, { '@type': 'CorrectionComment', text: 'With a pediatric neurologist for a check of the dosing and safety sections.', datePublished: '2025-11-14' });
  const steps = await article.locator('.steps').innerText();
  assert.match(steps, /First draft, written from the prescribing information/);
});

test('content is read once per visit: going back to a page reads memory, with no cache-busting address', async () => {
  const own = await serve();
  try {
    const page = await open('/articles/spinraza-gene-therapy', own);
    // WebKit does not answer the app's fetch from the prerendered page's
    // <link rel=preload> and downloads the article twice on the first visit;
    // what counts here is what the app asks for after that.
    const first = own.urls.length;
    await page.getByRole('link', { name: 'Clear Answers in Medicine' }).first().click();
    await page.locator('.card').first().waitFor();
    await page.getByRole('link', { name: 'Is Spinraza (nusinersen) considered a gene therapy?' }).click();
    await page.locator('html[data-app-live] main h1').waitFor();
    await page.getByRole('link', { name: 'Clear Answers in Medicine' }).first().click();
    await page.locator('.card').first().waitFor();
    const later = own.urls.slice(first);
    assert.equal(later.filter((u) => u.startsWith('/content/articles/spinraza-gene-therapy.json')).length, 0, own.urls.join(' '));
    assert.equal(later.filter((u) => u.startsWith('/search/catalog.txt')).length, 1, own.urls.join(' '));
    assert.ok(!own.urls.some((u) => u.includes('?r=')), own.urls.join(' '));
  } finally { await own.close(); }
});

test('library: with no articles at all, a friendly empty state', async () => {
  const own = await serve({ '/search/catalog.txt': (req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('0'); return true; } });
  try {
    const page = await open('/', own);
    await page.locator('.empty').waitFor();
    assert.match(await page.locator('.empty').innerText(), /There are no answers here yet/);
    assert.equal(await page.getByRole('button', { name: 'Clear search' }).count(), 0);
    assert.equal(await page.getByRole('status').filter({ hasText: 'articles' }).innerText(), 'No articles yet');
    assert.equal(await page.getByRole('alert').count(), 0);
  } finally { await own.close(); }
});

test('library: pages of 50 at ?page=, topic counts, and the page survives reload, back and forward', async () => {
  const articles = Array.from({ length: 120 }, (_, i) => ({
    slug: `generated-${i}`, question: `Generated question ${i}?`, summary: 'A generated summary.',
    topics: [i % 3 === 0 ? 'Thirds' : 'Others'], status: 'approved', updated: '2025-01-01',
  }));
  // The library in pieces, as publish writes them.
  const { spawnSync } = await import('node:child_process');
  const fs = await import('node:fs');
  const dir = fs.mkdtempSync('/tmp/medanswers-library-');
  fs.writeFileSync(`${dir}/index.json`, JSON.stringify({ format: 1, articles }));
  const made = spawnSync('cargo', ['run', '--release', '-q', '--bin', 'publish', '--', 'pieces', `${dir}/index.json`, dir], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stdout + made.stderr);
  const big = await startServer({ root: DIST, overlay: [FIXTURES, dir], fallback: 'app.html' });
  try {
    const page = await open('/', big);
    const count = page.locator('.finder__count');
    assert.equal(await page.locator('.card').count(), 50);
    assert.equal(await count.innerText(), 'Showing 1–50 of 120 articles');
    assert.match(await page.getByRole('navigation', { name: 'Library pages' }).innerText(), /Page 1 of 3/);
    assert.match(await page.locator('.chip').filter({ hasText: 'Thirds' }).innerText(), /Thirds\s*40/);
    assert.match(await page.locator('.chip').filter({ hasText: 'All topics' }).innerText(), /All topics\s*120/);

    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForFunction(() => document.querySelector('.finder__count')?.textContent === 'Showing 51–100 of 120 articles');
    assert.equal(await page.evaluate(() => location.search), '?page=2');
    assert.equal(await page.locator('.card__title').first().innerText(), 'Generated question 50?');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.finder__count')?.textContent === 'Showing 1–50 of 120 articles');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('.finder__count')?.textContent === 'Showing 51–100 of 120 articles');

    await page.goto(`${big.url}/?page=3`);
    await ready(page);
    assert.equal(await page.locator('.card').count(), 20);
    assert.equal(await page.getByRole('link', { name: 'Next page' }).count(), 0);
    // A new search starts again at the first page.
    await page.getByRole('searchbox', { name: /Search/ }).fill('generated');
    await page.waitForFunction(() => !location.search.includes('page='));
    await page.waitForFunction(() => document.querySelector('.finder__count')?.textContent === 'Showing 1–50 of 120 articles');
    await page.locator('.chip').filter({ hasText: 'Thirds' }).click();
    await page.waitForFunction(() => document.querySelector('.finder__count')?.textContent === 'Showing 40 of 120 articles');
    assert.deepEqual(page.errors, []);
  } finally {
    await big.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('library search reads the index in pieces; a piece that fails to load gives a message and Try again, and the query stays typed', async () => {
  let fail = true;
  // "fièvre" folds to "fievre": its words file is named by "fie" in hex.
  const own = await serve({ '/search/words/666965.txt': (req, res) => { if (!fail) return false; res.writeHead(500); res.end('boom'); return true; } });
  try {
    const page = await open('/', own);
    const box = page.getByRole('searchbox', { name: /Search/ });
    await box.fill('fièvre');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /The search could not finish/);
    assert.equal(await box.inputValue(), 'fièvre');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.querySelector('.finder__count')?.textContent === 'Showing 1 of 4 articles');
    assert.match(await page.locator('.card__title').first().innerText(), /fièvre/);
    assert.equal(await box.inputValue(), 'fièvre');
    assert.ok(!own.urls.some((u) => u.startsWith('/content/index.json')), 'the library never reads the whole index');
  } finally { await own.close(); }
});

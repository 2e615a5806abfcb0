// Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practice)
// reports zero violations on every route, audience, colour scheme, error
// page and follow-up state; keyboard use; narrow screens and zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { launch, serve, openPage, ready, DIST } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser, server, serviceSite;
let serviceMode = 'answer';
let feedbackStatus = 500;
before(async () => {
  browser = await launch();
  const site = JSON.parse(fs.readFileSync(`${DIST}/content/site.json`, 'utf8'));
  server = await serve({
    '/content/articles/server-error.json': (req, res) => { res.writeHead(500); res.end(); return true; },
  });
  // The same site with an answer service, for the follow-up states.
  serviceSite = await serve({
    '/content/site.json': (req, res) => { res.writeHead(200); res.end(JSON.stringify({ ...site, ask: { endpoint: '/api/ask' }, feedback: { endpoint: '/api/feedback' } })); return true; },
    '/api/feedback': (req, res) => { req.resume(); req.on('end', () => { res.writeHead(feedbackStatus); res.end(); }); return true; },
    '/api/ask': (req, res) => {
      req.resume();
      req.on('end', () => {
        if (serviceMode === 'fail') { res.writeHead(500); res.end(); return; }
        if (serviceMode === 'stall') return;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(serviceMode === 'queued'
          ? { status: 'queued', message: 'A clinician will answer this.' }
          : { answer: [{ p: ['An answer.', { cite: [1] }] }, { ul: ['One', 'Two'] }], references: [{ title: 'A source', url: 'https://example.org/', kind: 'guideline' }] }));
      });
      return true;
    },
  });
});
after(async () => { await browser?.close(); await server?.close(); await serviceSite?.close(); });

async function axe(page, label) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, TAGS);
  assert.deepEqual(result, [], `${label}:\n${result.join('\n')}`);
}

async function open(path, scheme, site = server) {
  // axe is injected as an inline script, which our CSP rightly refuses.
  const page = await openPage(browser, { bypassCSP: true });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(site.url + path);
  await ready(page);
  return page;
}

const ROUTES = [
  '/',
  '/articles/spinraza-gene-therapy?audience=patient',
  '/articles/spinraza-gene-therapy?audience=clinician',
  '/articles/spinraza-gene-therapy?audience=student',
  '/articles/approved-example?audience=patient',
  '/articles/approved-example?audience=clinician',
  '/articles/only-clinician?audience=student',
  '/articles/hostile',
  '/pages/editorial-policy',
  '/articles/no-such-article',
  '/articles/not-json',
  '/articles/bad-contract',
  '/articles/server-error',
  '/nowhere',
];

for (const scheme of ['light', 'dark']) {
  test(`axe: every route, ${scheme}`, async () => {
    for (const route of ROUTES) {
      const page = await open(route, scheme);
      await axe(page, `${route} (${scheme})`);
      await page.context().close();
    }
  });

  test(`axe: library with a search that matches nothing, ${scheme}`, async () => {
    const page = await open('/?q=xylophone', scheme);
    await page.locator('.empty').waitFor();
    await axe(page, `empty library (${scheme})`);
  });

  test(`axe: "Cite this answer" open and related answers, ${scheme}`, async () => {
    const page = await open('/articles/only-clinician', scheme);
    await page.getByText('Cite this answer').click();
    await page.locator('#cite-ama').waitFor();
    await page.getByRole('button', { name: 'Copy APA citation' }).focus();
    await axe(page, `cite open, related (${scheme})`);
  });

  test(`axe: "Was this helpful?" asked, refused, thanked, ${scheme}`, async () => {
    const page = await open('/articles/approved-example', scheme, serviceSite);
    const box = page.getByRole('region', { name: 'Was this helpful?' });
    await axe(page, `feedback: asked (${scheme})`);
    await box.getByRole('radio', { name: 'Yes' }).check();
    feedbackStatus = 500;
    await box.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Your feedback was not sent/).waitFor();
    await axe(page, `feedback: refused (${scheme})`);
    feedbackStatus = 204;
    await box.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Thank you for telling us/).waitFor();
    await axe(page, `feedback: thanked (${scheme})`);
  });

  test(`axe: follow-up box in each state, ${scheme}`, async () => {
    const page = await open('/articles/approved-example', scheme);
    const box = page.getByRole('textbox', { name: /follow-up/i });
    await box.focus();
    await box.fill('gene therapy for spinal muscular atrophy');
    await page.locator('.followup__related').waitFor();
    await axe(page, `follow-up: related (${scheme})`);
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.locator('.followup__noservice').waitFor();
    await axe(page, `follow-up: no service (${scheme})`);
    await box.fill('');
    await page.getByRole('button', { name: 'Ask' }).click();
    await axe(page, `follow-up: empty (${scheme})`);
  });

  test(`axe: follow-up with an answer service: sending, answered, queued, failed, ${scheme}`, async () => {
    const page = await open('/articles/approved-example', scheme, serviceSite);
    const box = page.getByRole('textbox', { name: /follow-up/i });
    serviceMode = 'stall';
    await box.fill('A question');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    await axe(page, `follow-up: sending (${scheme})`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.followup__problem').waitFor();
    await axe(page, `follow-up: cancelled (${scheme})`);
    serviceMode = 'fail';
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.followup__problem', { hasText: 'error 500' }).waitFor();
    await axe(page, `follow-up: failed (${scheme})`);
    serviceMode = 'answer';
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.followup__answer').waitFor();
    await axe(page, `follow-up: answered (${scheme})`);
    serviceMode = 'queued';
    await box.fill('Another question');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByText('A clinician will answer this.').waitFor();
    await axe(page, `follow-up: queued (${scheme})`);
  });
}

test('keyboard: skip link, arrow keys in the audience radios, visible focus ring', async () => {
  const page = await open('/articles/spinraza-gene-therapy', 'light');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  assert.ok(await skip.isVisible(), 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Reach the audience radios by Tab, then move with the arrow keys.
  const radio = page.getByRole('radio', { name: /Patient/ });
  await radio.focus();
  const ring = await radio.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(ring, 'none', 'focus ring visible');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.getByRole('radio', { name: /Healthcare/ }).isChecked());
  await page.getByRole('heading', { name: 'Mechanism of action' }).waitFor();
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.getByRole('radio', { name: /Student/ }).isChecked());
  assert.equal(new URL(page.url()).searchParams.get('audience'), 'student');
  // A citation by keyboard: Tab until one is focused, preview shows, Escape hides.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.classList.contains('cite__link'))) break;
  }
  const id = await page.evaluate(() => document.activeElement.getAttribute('aria-describedby'));
  assert.ok(id, 'a citation took focus');
  assert.ok(await page.locator(`#${id}`).isVisible());
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator(`#${id}`).isVisible(), false);
  // Ask is reachable and usable by keyboard.
  await page.getByRole('textbox', { name: /follow-up/i }).focus();
  await page.keyboard.type('Keyboard question');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ask');
  await page.keyboard.press('Enter');
  await page.locator('.followup__noservice').waitFor();
});

for (const [label, width, fontSize] of [['320 px wide', 320, null], ['text zoomed to 200%', 640, '200%']]) {
  test(`no horizontal scrolling: ${label}`, async () => {
    for (const route of ['/', '/articles/spinraza-gene-therapy?audience=clinician', '/articles/approved-example', '/pages/editorial-policy']) {
      const page = await openPage(browser, { width, height: 800 });
      await page.goto(server.url + route);
      await ready(page);
      if (fontSize) await page.evaluate((f) => { document.documentElement.style.fontSize = f; }, fontSize);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route}: ${overflow}px of horizontal scroll`);
      await page.context().close();
    }
  });
}

test('print: article, review status, dates and references with full URLs; no picker, no follow-up box', async () => {
  const page = await open('/articles/approved-example', 'light');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.picker').isVisible(), false);
  assert.equal(await page.locator('.followup').isVisible(), false);
  assert.ok(await page.locator('.review').isVisible());
  assert.ok(await page.locator('.dates').isVisible());
  assert.ok(await page.locator('.refs').isVisible());
  const after = await page.locator('.refs a[href^="https://doi.org"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https:\/\/doi\.org\/10\.1000\/fixture\.1/);
});

// "Have a follow-up question?": related articles as you type, the answer
// service in every mode, and a draft that survives reloads but not the tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, serve, openPage, ready, DIST } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ANSWER = {
  answer: [
    { p: ['Yes: the loading doses are given over about two months.', { cite: [1] }] },
    { ul: ['First item of the answer', ['Second, with a source', { cite: [2] }]] },
  ],
  references: [
    { title: 'Answer source one', source: 'Answer Journal', year: 2021, doi: '10.1000/answer.1', kind: 'guideline' },
    { title: 'Answer source two', url: 'https://example.org/two' },
  ],
};

/**
 * A site whose site.json names an answer service at /api/ask, which does
 * what `mode.value` says: answer, queued, 500, html, notcontract, stall, drop.
 */
async function serviceSite(mode, { delay = 0, withEndpoint = true } = {}) {
  const bodies = [];
  const site = JSON.parse(fs.readFileSync(`${DIST}/content/site.json`, 'utf8'));
  if (withEndpoint) site.ask = { endpoint: '/api/ask' };
  const server = await serve({
    '/content/site.json': (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(site)); return true; },
    '/api/ask': (req, res) => {
      let raw = '';
      req.on('data', (c) => { raw += c; });
      req.on('end', () => {
        bodies.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(raw) });
        const reply = () => {
          switch (mode.value) {
            case 'answer': res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify(ANSWER));
            case 'queued': res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify({ status: 'queued', message: 'A clinician will look at your question this week.' }));
            case '500': res.writeHead(500); return res.end('boom');
            case 'html': res.writeHead(200, { 'content-type': 'text/html' }); return res.end('<!doctype html><p>hello</p>');
            case 'notcontract': res.writeHead(200, { 'content-type': 'application/json' }); return res.end('{"reply": "hi"}');
            case 'drop': return req.socket.destroy();
            case 'hostile': res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify(HOSTILE));
            case 'huge': res.writeHead(200, { 'content-type': 'application/json' }); return res.end(JSON.stringify({ answer: [{ p: 'x'.repeat(5 * 1024 * 1024) }] }));
            case 'huge-chunked': {
              // No content-length: the body is refused by its size once read.
              res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
              res.write('{"answer": [{"p": "');
              for (let i = 0; i < 5; i++) res.write('y'.repeat(1024 * 1024));
              return res.end('"}]}');
            }
            case 'keys': {
              const many = {};
              // Short keys, so the body (about 0.9 MB) is under the 1 MB cap and is read.
              for (let i = 0; i < 100000; i++) many[i.toString(36)] = 0;
              res.writeHead(200, { 'content-type': 'application/json' });
              return res.end(JSON.stringify({ answer: [{ p: 'Still an answer, among many keys.' }], ...many }));
            }
            case 'stall': return; // never answers
          }
        };
        setTimeout(reply, delay);
      });
      return true;
    },
  });
  return { server, bodies };
}

const ARTICLE = '/articles/spinraza-gene-therapy';

/** An answer-service reply written to do harm: markup in text, script links. */
const HOSTILE = {
  answer: [
    { p: ['<img src=x onerror="window.__pwned=1">', { link: 'click me', href: 'javascript:window.__pwned=2' }, { link: 'data link', href: 'data:text/html,<script>window.__pwned=3</script>' }, { cite: [1] }] },
    { note: { tone: 'danger', title: '<script>window.__pwned=4</script>', blocks: [{ p: '</div><script>window.__pwned=5</script>' }] } },
  ],
  references: [
    { title: '<b onmouseover="window.__pwned=6">ref</b>', url: 'javascript:window.__pwned=7' },
    { title: 'data ref', url: 'data:text/html,x' },
  ],
};

async function open(server, path = ARTICLE, init) {
  const page = await openPage(browser);
  if (init) await page.addInitScript(init);
  await page.goto(server.url + path);
  await ready(page);
  return page;
}

const box = (page) => page.getByRole('textbox', { name: /follow-up/i });
const live = (page) => page.locator('.followup__live');

test('related articles appear as you type, without the one being read, from the library in pieces (each read once)', async () => {
  const { server } = await serviceSite({ value: 'answer' }, { withEndpoint: false });
  try {
    const page = await open(server, '/articles/approved-example');
    await box(page).pressSequentially('Is nusinersen a gene theraphy', { delay: 15 });
    const related = page.locator('.followup__related');
    await related.waitFor();
    const links = related.getByRole('link');
    assert.equal(await links.first().innerText(), 'Is Spinraza (nusinersen) considered a gene therapy?');
    assert.ok((await links.count()) <= 5);
    assert.ok(!(await links.allInnerTexts()).includes('How long should a tetanus booster protect an adult?'), 'not the article being read');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'followup-question', 'focus stays in the box');
    assert.equal(server.requests.filter((r) => r === '/content/index.json').length, 0, 'never the whole index');
    const pieces = server.requests.filter((r) => r.startsWith('/search/'));
    assert.ok(pieces.length > 0);
    assert.equal(new Set(pieces).size, pieces.length, `each piece read once: ${pieces.join(' ')}`);
    await box(page).fill('');
    await related.waitFor({ state: 'detached' });
  } finally { await server.close(); }
});

test('Ask sends the contract request and renders the answer with its own references in a live region', async () => {
  const mode = { value: 'answer' };
  const { server, bodies } = await serviceSite(mode, { delay: 600 });
  try {
    const page = await open(server, `${ARTICLE}?audience=clinician`);
    await box(page).fill('  How often are the loading doses given?  ');
    const ask = page.getByRole('button', { name: 'Ask' });
    await ask.click();
    const busy = page.getByRole('button', { name: 'Asking…' });
    assert.ok(await busy.isDisabled(), 'cannot be pressed twice');
    assert.ok(await page.getByRole('button', { name: 'Cancel' }).isVisible());
    assert.match(await live(page).innerText(), /Sending your question/);
    await page.locator('.followup__answer').waitFor();
    assert.equal(bodies.length, 1);
    assert.equal(bodies[0].method, 'POST');
    assert.match(bodies[0].type, /^application\/json/);
    assert.deepEqual(bodies[0].body, { question: 'How often are the loading doses given?', article: 'spinraza-gene-therapy', audience: 'clinician' });
    assert.equal(await live(page).getAttribute('aria-live'), 'polite');
    const answer = page.locator('.followup__answer');
    assert.match(await answer.innerText(), /You asked: How often are the loading doses given\?/);
    assert.equal(await answer.locator('q').innerText(), 'How often are the loading doses given?');
    assert.match(await answer.innerText(), /loading doses are given over about two months/);
    assert.equal(await answer.locator('li').filter({ hasText: 'Second, with a source' }).count(), 1);
    assert.equal(await answer.getByRole('heading', { name: 'Sources for this answer' }).count(), 1);
    const cite = answer.locator('a.cite__link').first();
    assert.match(await cite.getAttribute('href'), /#reply-ref-1$/);
    assert.equal(await page.locator('#reply-ref-1').count(), 1);
    assert.match(await page.locator('#reply-ref-1').innerText(), /Answer source one/);
    assert.equal(await page.locator('#clinician_ref-1').count(), 1, 'the article\'s own references are untouched');
    assert.equal(await box(page).inputValue(), '', 'draft cleared once answered');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('followup-draft:spinraza-gene-therapy')), null);
    assert.deepEqual(page.errors, []);
  } finally { await server.close(); }
});

test('a queued acknowledgement shows its message', async () => {
  const { server } = await serviceSite({ value: 'queued' });
  try {
    const page = await open(server);
    await box(page).fill('Can adults receive it?');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByText('A clinician will look at your question this week.').waitFor();
    assert.equal(await box(page).inputValue(), '');
  } finally { await server.close(); }
});

for (const [mode, words] of [
  ['500', /having trouble right now \(error 500\)/],
  ['html', /reply we could not read/],
  ['notcontract', /reply we could not read/],
  ['drop', /could not reach the answer service/],
]) {
  test(`service failure "${mode}": plain words, question kept, Try again resends`, async () => {
    const m = { value: mode };
    const { server, bodies } = await serviceSite(m);
    try {
      const page = await open(server);
      await box(page).fill('Is it safe in pregnancy?');
      await page.getByRole('button', { name: 'Ask' }).click();
      await page.locator('.followup__problem').waitFor();
      assert.match(await page.locator('.followup__problem').innerText(), words);
      assert.equal(await box(page).inputValue(), 'Is it safe in pregnancy?');
      m.value = 'answer';
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.followup__answer').waitFor();
      // (Chromium itself may retry a POST whose connection was dropped.)
      assert.ok(bodies.length >= 2, `${bodies.length}`);
      assert.equal(bodies.at(-1).body.question, 'Is it safe in pregnancy?');
    } finally { await server.close(); }
  });
}

test('a stalled service can be cancelled, and times out after 30 seconds', async () => {
  const { server } = await serviceSite({ value: 'stall' });
  try {
    const page = await openPage(browser);
    await page.clock.install();
    await page.goto(server.url + ARTICLE);
    await ready(page);
    await box(page).fill('What if a dose is missed?');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.followup__problem').waitFor();
    assert.match(await page.locator('.followup__problem').innerText(), /You cancelled the question/);
    assert.equal(await box(page).inputValue(), 'What if a dose is missed?');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Asking…' }).waitFor();
    await page.clock.runFor(30_500);
    await page.locator('.followup__problem').waitFor();
    assert.match(await page.locator('.followup__problem').innerText(), /No answer arrived within 30 seconds/);
    assert.equal(await box(page).inputValue(), 'What if a dose is missed?');
  } finally { await server.close(); }
});

test('without an answer service: library matches, and it says plainly nothing was sent', async () => {
  const { server, bodies } = await serviceSite({ value: 'answer' }, { withEndpoint: false });
  try {
    const page = await open(server, '/articles/approved-example');
    await box(page).fill('spinraza gene therapy');
    await page.getByRole('button', { name: 'Ask' }).click();
    const note = page.locator('.followup__noservice');
    await note.waitFor();
    assert.match(await note.innerText(), /no answer service, so your question was not sent anywhere/);
    await note.getByRole('link', { name: /Spinraza/ }).waitFor();
    assert.equal(bodies.length, 0);
    assert.equal(await box(page).inputValue(), 'spinraza gene therapy');
  } finally { await server.close(); }
});

test('empty and whitespace questions are not sent; the length limit is visible', async () => {
  const { server, bodies } = await serviceSite({ value: 'answer' });
  try {
    const page = await open(server);
    await box(page).fill('   \n  ');
    await page.getByRole('button', { name: 'Ask' }).click();
    assert.match(await live(page).innerText(), /Type your question first/);
    assert.equal(bodies.length, 0);
    assert.equal(await box(page).getAttribute('maxlength'), '1000');
    await box(page).fill('x'.repeat(1200));
    assert.equal((await box(page).inputValue()).length, 1000);
    assert.equal(await page.locator('#followup-count').innerText(), '1000 of 1000 characters');
  } finally { await server.close(); }
});

test('the draft survives a reload and an audience switch, in this tab only, until answered', async () => {
  const { server } = await serviceSite({ value: 'answer' });
  try {
    const page = await open(server);
    await box(page).fill('Draft that must not be lost');
    await page.reload();
    await ready(page);
    assert.equal(await box(page).inputValue(), 'Draft that must not be lost');
    await page.getByRole('radio', { name: /Student/ }).check();
    assert.equal(await box(page).inputValue(), 'Draft that must not be lost');
    assert.equal(await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('must not be lost'))), false, 'never in localStorage');
    const other = await open(server, '/articles/approved-example');
    assert.equal(await box(other).inputValue(), '', 'per article, and a new tab starts empty');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.locator('.followup__answer').waitFor();
    await page.reload();
    await ready(page);
    assert.equal(await box(page).inputValue(), '');
  } finally { await server.close(); }
});

test('with storage unavailable everything still works', async () => {
  const { server } = await serviceSite({ value: 'answer' });
  try {
    const page = await open(server, ARTICLE, () => {
      for (const name of ['sessionStorage', 'localStorage']) {
        Object.defineProperty(window, name, { get() { throw new DOMException('denied', 'SecurityError'); } });
      }
    });
    await page.getByRole('radio', { name: /Healthcare/ }).check();
    await page.getByRole('heading', { name: 'Mechanism of action' }).waitFor();
    await box(page).fill('Works without storage?');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.locator('.followup__answer').waitFor();
    assert.deepEqual(page.errors, []);
  } finally { await server.close(); }
});

test('a hostile reply: markup stays text, script and data links never become links, nothing runs', async () => {
  const mode = { value: 'hostile' };
  const { server } = await serviceSite(mode);
  try {
    const page = await open(server);
    await box(page).fill('Is this safe?');
    await page.getByRole('button', { name: 'Ask' }).click();
    // References with refused addresses make the reply unreadable: the reader is told.
    await page.locator('.followup__problem').waitFor();
    assert.match(await live(page).innerText(), /could not read/);
    // Without the references, the answer itself renders, all as text.
    delete HOSTILE.references;
    HOSTILE.answer[0].p[3] = 'and no citation';
    await page.getByRole('button', { name: 'Try again' }).click();
    const answer = page.locator('.followup__answer');
    await answer.waitFor();
    assert.match(await answer.innerText(), /<img src=x onerror="window.__pwned=1">/);
    assert.match(await answer.innerText(), /<\/div><script>window.__pwned=5<\/script>/);
    assert.equal(await answer.locator('img, script, b').count(), 0);
    for (const href of await answer.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.doesNotMatch(href, /^(javascript|data):/i);
    }
    assert.equal(await answer.getByRole('link', { name: 'click me' }).count(), 0, 'a javascript: link is words');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(page.errors, []);
  } finally { await server.close(); }
});

test('a 5 MB reply is refused by its size, with or without a length, and the question is kept', async () => {
  for (const value of ['huge', 'huge-chunked']) {
    const { server } = await serviceSite({ value });
    try {
      const page = await open(server);
      await box(page).fill('How big can an answer be?');
      const started = Date.now();
      await page.getByRole('button', { name: 'Ask' }).click();
      await page.locator('.followup__problem').waitFor();
      assert.match(await live(page).innerText(), /larger than 1 MB/, value);
      assert.equal(await box(page).inputValue(), 'How big can an answer be?');
      assert.ok(Date.now() - started < 10000, `${value}: refused in ${Date.now() - started} ms`);
    } finally { await server.close(); }
  }
});

test('a reply with 100,000 keys is read without freezing the page', async () => {
  const { server } = await serviceSite({ value: 'keys' });
  try {
    const page = await open(server);
    await box(page).fill('Many keys?');
    const started = Date.now();
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.locator('.followup__answer').waitFor({ timeout: 10000 });
    assert.match(await page.locator('.followup__answer').innerText(), /Still an answer, among many keys/);
    console.log(`100,000 keys: answer shown ${Date.now() - started} ms after Ask`);
  } finally { await server.close(); }
});

test('the 1,000-character limit holds in code: a longer restored draft is kept but not sent', async () => {
  const { server, bodies } = await serviceSite({ value: 'answer' });
  try {
    const long = 'word '.repeat(300).trim();
    const page = await open(server, ARTICLE, `sessionStorage.setItem('followup-draft:spinraza-gene-therapy', ${JSON.stringify(long)})`);
    assert.equal(await box(page).inputValue(), long, 'nothing the reader typed is lost');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.locator('.followup__note').waitFor();
    assert.match(await live(page).innerText(), /1499 characters long; the limit is 1000/);
    assert.equal(bodies.length, 0, 'not sent');
  } finally { await server.close(); }
});

test('the placeholder is the article\'s own example question, or a generic one', async () => {
  const { server } = await serviceSite({ value: 'answer' }, { withEndpoint: false });
  try {
    let page = await open(server);
    assert.equal(await box(page).getAttribute('placeholder'), 'For example: how often are the injections given?');
    page = await open(server, '/articles/approved-example');
    assert.equal(await box(page).getAttribute('placeholder'), 'Type your question in your own words');
  } finally { await server.close(); }
});

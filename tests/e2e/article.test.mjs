// The article page as a reader sees it, in headless Chromium against the
// release build served on loopback with an SPA rewrite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, ready, watchLayoutShifts, skipIn } from './helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const ARTICLE = '/articles/spinraza-gene-therapy';

async function open(path, opts) {
  const page = await openPage(browser, opts);
  await page.goto(server.url + path);
  await ready(page);
  return page;
}

test('question is the only h1, with the short answer right under it', async () => {
  const page = await open(ARTICLE);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('h1').innerText(), 'Is Spinraza (nusinersen) considered a gene therapy?');
  const answer = page.locator('.answer');
  assert.match(await answer.innerText(), /Spinraza is not gene therapy/);
  const order = await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    const ans = document.querySelector('.answer');
    return h1.compareDocumentPosition(ans) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'answer follows the h1');
  assert.equal(await page.title(), 'Is Spinraza (nusinersen) considered a gene therapy? — Clear Answers in Medicine');
  assert.deepEqual(page.errors, []);
});

test('trust line, caution while under review, and dates', async () => {
  const page = await open(ARTICLE);
  const trust = await page.locator('.trust').innerText();
  assert.match(trust, /Medical Advisory Board/);
  assert.match(trust, /checked for accuracy/);
  const caution = page.getByRole('note', { name: 'Review notice' });
  assert.ok(await caution.isVisible());
  assert.match(await caution.innerText(), /education/i);
  assert.match(await caution.innerText(), /not finished checking/);
  const dates = await page.locator('.dates').innerText();
  assert.match(dates, /Last updated: November 19, 2025/);
  assert.match(dates, /Next review due: November 19, 2026/);
  const policy = page.getByRole('link', { name: 'View editorial policy' });
  assert.equal(await policy.getAttribute('href'), '/pages/editorial-policy');
  await policy.click();
  await page.getByRole('heading', { level: 1, name: 'Editorial policy' }).waitFor();
  assert.match(await page.locator('main').innerText(), /How articles are reviewed/);
});

test('review stepper: ordered list, current step, dates on steps', async () => {
  const page = await open(ARTICLE);
  const list = page.getByRole('list', { name: 'Article review status' });
  assert.equal(await list.evaluate((el) => el.tagName), 'OL');
  const steps = list.locator('> li');
  assert.equal(await steps.count(), 3);
  const labels = await steps.locator('.steps__label').evaluateAll((els) => els.map((e) => e.firstChild.textContent));
  assert.deepEqual(labels, ['Submitted', 'Under review', 'Approved']);
  assert.equal(await steps.nth(1).getAttribute('aria-current'), 'step');
  assert.equal(await steps.nth(0).getAttribute('aria-current'), null);
  assert.match(await steps.nth(0).getAttribute('class'), /done/);
  assert.match(await steps.nth(0).innerText(), /November 12, 2025/);
  assert.match(await steps.nth(1).innerText(), /November 14, 2025/);
  assert.equal(await page.locator('.reviewers').count(), 0, 'no reviewers before approval');
});

test('approved article: no caution, reviewers shown, approval date on its step', async () => {
  const page = await open('/articles/approved-example');
  assert.equal(await page.locator('.caution').count(), 0);
  const steps = page.getByRole('list', { name: 'Article review status' }).locator('> li');
  assert.equal(await steps.nth(2).getAttribute('aria-current'), 'step');
  assert.match(await steps.nth(2).innerText(), /February 28, 2024/);
  assert.match(await steps.nth(1).getAttribute('class'), /done/);
  const reviewers = await page.locator('.reviewers').innerText();
  assert.match(reviewers, /Dana Okafor, MD, MPH/);
  assert.match(reviewers, /Infectious diseases/);
  assert.match(reviewers, /Lee Park/);
  assert.doesNotMatch(await page.locator('.dates').innerText(), /Next review/);
});

test('audience selector: fieldset of radios with a reason', async () => {
  const page = await open(ARTICLE);
  const group = page.getByRole('group', { name: 'Which best describes you?' });
  assert.equal(await group.evaluate((el) => el.tagName), 'FIELDSET');
  const radios = group.getByRole('radio');
  assert.equal(await radios.count(), 3);
  assert.ok(await group.getByRole('radio', { name: /Patient or caregiver/ }).isChecked(), 'default audience');
  assert.ok(await group.getByRole('radio', { name: /Healthcare professional/ }).isVisible());
  assert.ok(await group.getByRole('radio', { name: /Student/ }).isVisible());
  assert.match(await group.innerText(), /Everyday words, no jargon/);
  assert.match(await group.locator('.picker__why').innerText(), /We ask so/);
});

test('choosing an audience re-renders in place, keeps the draft, writes the address and remembers', async () => {
  const page = await open(ARTICLE);
  await page.evaluate(() => { window.__noReload = true; });
  const box = page.getByRole('textbox', { name: /follow-up/i });
  await box.fill('Does it change my DNA?');
  // Engines start a page's history differently (1, 2 or 3 entries here).
  const entries = await page.evaluate(() => history.length);
  const picker = page.locator('#audience-picker');
  await picker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const before = await picker.evaluate((el) => el.getBoundingClientRect().top);
  await page.getByRole('radio', { name: /Healthcare professional/ }).check();
  await page.getByRole('heading', { name: 'Mechanism of action' }).waitFor();
  await page.waitForTimeout(100);
  const afterTop = await picker.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(afterTop - before) <= 2, `picker stayed in place (${before} → ${afterTop})`);
  assert.match(await page.locator('.answer').innerText(), /antisense oligonucleotide \(ASO\)/);
  assert.equal(await page.evaluate(() => window.__noReload), true, 'no reload');
  assert.equal(new URL(page.url()).searchParams.get('audience'), 'clinician');
  assert.equal(await page.evaluate(() => history.length), entries, 'replace, not push');
  assert.equal(await box.inputValue(), 'Does it change my DNA?');
  assert.equal(await page.evaluate(() => localStorage.getItem('audience')), 'clinician');
  assert.match(await page.locator('.disclaimer:visible').innerText(), /Professional medical disclaimer/);
  // Subsections are h3 under their h2.
  assert.equal(await page.getByRole('heading', { level: 3, name: 'Dosing and reversibility' }).count(), 1);

  // Memory: a plain visit now opens the remembered audience.
  await page.goto(server.url + ARTICLE);
  await ready(page);
  assert.ok(await page.getByRole('radio', { name: /Healthcare professional/ }).isChecked());
  // The address wins over storage.
  await page.goto(server.url + ARTICLE + '?audience=student');
  await ready(page);
  assert.ok(await page.getByRole('radio', { name: /Student/ }).isChecked());
  assert.match(await page.locator('.answer').innerText(), /changes how SMN2 RNA is spliced/);
  // An unknown id in the address quietly falls back (to storage, then the default).
  await page.evaluate(() => localStorage.clear());
  await page.goto(server.url + ARTICLE + '?audience=martian');
  await ready(page);
  assert.ok(await page.getByRole('radio', { name: /Patient or caregiver/ }).isChecked());
  assert.equal(await page.locator('.picker__fallback').innerText(), '');
  assert.deepEqual(page.errors, []);
});

test('an article without the reader\'s version says so, naming both audiences', async () => {
  const page = await open('/articles/only-clinician?audience=student');
  assert.match(await page.locator('.answer').innerText(), /Clinician-only fixture answer/);
  const note = await page.locator('.picker__fallback').innerText();
  assert.match(note, /Student/);
  assert.match(note, /Healthcare professional/);
});

test('an article whose only version is for an undeclared audience still shows it, and says so', async () => {
  const page = await open('/articles/undeclared-only');
  assert.match(await page.locator('.answer').innerText(), /Undeclared-audience answer/);
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Robot section' }).count(), 1);
  assert.match(await page.locator('.picker__fallback').innerText(), /no version for “Patient or caregiver”/);
});

test('body: headings, lists, quote, notes with tone and title, links', async () => {
  const page = await open('/articles/approved-example');
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Fixture heading one' }).count(), 1);
  assert.equal(await page.getByRole('heading', { level: 3, name: 'Fixture subheading' }).count(), 1);
  assert.equal((await page.locator('.article__body blockquote').innerText()).trim(), 'A quoted fixture sentence.', 'WebKit ends a quote’s innerText with blank lines');
  assert.equal(await page.locator('.article__body ol > li').count(), 2);
  const danger = page.locator('aside.note--danger');
  assert.match(await danger.innerText(), /Fixture danger note/);
  assert.equal(await danger.getAttribute('aria-label'), 'Warning: Fixture danger note');
  assert.equal(await page.locator('aside.note--info').getAttribute('aria-label'), 'Note');
  const site = page.getByRole('link', { name: 'site policy' });
  assert.equal(await site.getAttribute('href'), '/pages/editorial-policy');
  const out = page.getByRole('link', { name: /outside source/ });
  assert.equal(await out.getAttribute('href'), 'https://example.org/source');
  assert.equal(await out.getAttribute('target'), '_blank');
  assert.match(await out.getAttribute('rel'), /noopener/);
  assert.match(await out.getAttribute('rel'), /noreferrer/);
  assert.equal(await page.getByRole('link', { name: 'write to us' }).getAttribute('href'), 'mailto:team@example.org');
});

test('citations link to references and preview them on hover and focus', async () => {
  const page = await open(ARTICLE);
  const cite = page.locator('.answer a.cite__link').first();
  assert.equal(await cite.innerText(), '1');
  assert.match(await cite.getAttribute('href'), /#patient_ref-1$/);
  const preview = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
  assert.equal(await preview.isVisible(), false);
  await cite.hover();
  assert.ok(await preview.isVisible(), 'preview on hover');
  assert.match(await preview.innerText(), /Advances in oligonucleotide drug delivery/);
  await page.mouse.move(0, 0);
  await cite.focus();
  assert.ok(await preview.isVisible(), 'preview on focus');
  await page.keyboard.press('Escape');
  assert.equal(await preview.isVisible(), false, 'Escape closes the preview');
  await page.evaluate(() => { window.__noReload = true; });
  await cite.click();
  await page.waitForFunction(() => location.hash === '#patient_ref-1');
  assert.equal(await page.evaluate(() => window.__noReload), true);
  assert.equal(new URL(page.url()).pathname, '/articles/spinraza-gene-therapy');
});

test('after an audience switch, a citation still jumps within the page and keeps the address', async () => {
  const page = await open(ARTICLE);
  await page.evaluate(() => { window.__noReload = true; });
  await page.getByRole('radio', { name: /Student/ }).check();
  const cite = page.locator('.article__version[data-audience="student"] a.cite__link').first();
  const target = (await cite.getAttribute('href')).split('#')[1];
  await cite.click();
  await page.waitForFunction((t) => location.hash === '#' + t, target);
  assert.equal(await page.evaluate(() => window.__noReload), true);
  assert.equal(new URL(page.url()).searchParams.get('audience'), 'student');
  assert.ok(await page.locator('#' + target).isVisible());
  assert.deepEqual(page.errors, []);
});

test('references: numbered list with details, evidence kind, links out and back-links', async () => {
  const page = await open('/articles/approved-example');
  assert.equal(await page.getByRole('heading', { level: 2, name: 'References' }).count(), 1);
  const items = page.locator('.refs ol > li');
  assert.equal(await items.count(), 2);
  const first = items.nth(0);
  const text = await first.innerText();
  for (const want of ['Fixture A, Fixture B', 'A fixture guideline', 'Fixture Journal', '2020', 'Guideline']) {
    assert.ok(text.includes(want), `${want} in ${text}`);
  }
  assert.equal(await first.getByRole('link', { name: /doi/ }).getAttribute('href'), 'https://doi.org/10.1000/fixture.1');
  assert.equal(await first.getByRole('link', { name: 'PubMed' }).getAttribute('href'), 'https://pubmed.ncbi.nlm.nih.gov/12345678/');
  assert.equal(await items.nth(1).getByRole('link', { name: /Source/ }).getAttribute('href'), 'https://example.org/ref');
  // Reference 1 is cited twice in the patient version: answer, then the list.
  const back = first.locator('a.refs__back');
  assert.deepEqual(await back.allInnerTexts(), ['a', 'b']);
  const target = (await back.nth(1).getAttribute('href')).split('#')[1];
  assert.equal(await page.locator(`[id="${target}"]`).count(), 1, 'back-link target exists');
  await back.nth(1).click();
  await page.waitForFunction((t) => location.hash === '#' + t, target);
});

test('terms show their definition on hover, focus and tap, and describe the term', async () => {
  const page = await open('/articles/approved-example');
  const term = page.getByRole('button', { name: 'booster' });
  const defId = await term.getAttribute('aria-describedby');
  const def = page.locator(`#${defId}`);
  assert.equal(await def.isVisible(), false);
  await term.hover();
  assert.ok(await def.isVisible(), 'definition on hover');
  await page.mouse.move(0, 0);
  assert.equal(await def.isVisible(), false);
  await term.focus();
  assert.ok(await def.isVisible());
  assert.equal(await def.innerText(), 'An extra dose that tops up protection.');
  await page.keyboard.press('Escape');
  assert.equal(await def.isVisible(), false);
  // A click (or tap) toggles the definition, and the button says so.
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  await term.click();
  await page.mouse.move(0, 0);
  assert.ok(await def.isVisible(), 'definition after a click');
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  await term.click();
  await page.mouse.move(0, 0);
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
});

test('on a touch screen, the first tap on a citation shows its preview, the second goes to the reference', {
  skip: skipIn('webkit', 'WebKitWebDriver turns touch actions into mouse events (pointerType "mouse"), so a tap cannot be told from a click'),
}, async () => {
  const page = await open(ARTICLE, { width: 390, height: 844, touch: true });
  const cite = page.locator('.answer a.cite__link').first();
  const preview = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
  await cite.tap();
  assert.ok(await preview.isVisible(), 'preview after the first tap');
  assert.equal(new URL(page.url()).hash, '');
  await cite.tap();
  const target = (await cite.getAttribute('href')).split('#')[1];
  await page.waitForFunction((t) => location.hash === '#' + t, target);
  assert.deepEqual(page.errors, []);
});

test('disclaimer: the version\'s own, else its audience\'s', async () => {
  const page = await open('/articles/approved-example?audience=clinician');
  assert.match(await page.locator('.disclaimer').innerText(), /Version-specific disclaimer/);
  const p2 = await open('/articles/approved-example?audience=patient');
  assert.match(await p2.locator('.disclaimer').innerText(), /^Medical disclaimer/);
});

test('follow-up box exists, is labelled and does not send an empty question', async () => {
  const page = await open(ARTICLE);
  assert.equal(await page.getByRole('heading', { name: 'Have a follow-up question?' }).count(), 1);
  const box = page.getByRole('textbox', { name: /follow-up/i });
  assert.equal(await box.evaluate((el) => el.tagName), 'TEXTAREA');
  await page.getByRole('button', { name: 'Ask' }).click();
  assert.match(await page.locator('.followup__live').innerText(), /Type your question first/);
  await box.fill('abc');
  assert.match(await page.locator('.followup__count').innerText(), /^3 of 1000/);
});

test('hostile content is shown as text and runs nothing', async () => {
  const page = await open('/articles/hostile');
  assert.equal(await page.locator('h1').innerText(), '<script>window.__pwned = 1</script>Is <b>markup</b> shown as text?');
  assert.match(await page.locator('.answer').innerText(), /<img src=x onerror="window.__pwned=1">\*\*not markdown\*\*/);
  assert.equal(await page.locator('main script, main img, main iframe, main svg, main b, main h1 h1').count(), 0);
  assert.equal(await page.getByRole('heading', { level: 2, name: '<h1>Heading markup</h1>' }).count(), 1);
  for (const name of ['js link', 'data link', 'mixed case', 'protocol relative']) {
    assert.equal(await page.getByRole('link', { name }).count(), 0, `${name} is not a link`);
    assert.ok(await page.getByText(name).isVisible(), `${name} still shown as text`);
  }
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => !/^\s*(javascript|data|vbscript):/i.test(h) && !h.startsWith('//')), hrefs.join(' '));
  // Unresolved citation: marked, not a dead link.
  const missing = page.locator('.cite__missing');
  assert.equal(await missing.count(), 1);
  assert.match(await missing.innerText(), /9\?/);
  assert.equal(await page.locator('a[href$="#ref-9"]').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.errors, []);
});

for (const width of [375, 1280]) {
  test(`looks finished at ${width} px: no horizontal scrolling`, async () => {
    const page = await open(ARTICLE, { width, height: 800 });
    for (const audience of ['patient', 'clinician', 'student']) {
      await page.getByRole('radio', { name: { patient: /Patient/, clinician: /Healthcare/, student: /Student/ }[audience] }).check();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${audience}: ${overflow}px of horizontal scroll`);
    }
  });
}

test('while loading, the layout is reserved: no layout shift when the article arrives', async () => {
  // An article with no prerendered page: the app shows a skeleton first.
  const slow = await serve({
    '/content/articles/approved-example.json': (req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(fs.readFileSync(`${FIXTURES}/content/articles/approved-example.json`));
      }, 800);
      return true;
    },
  });
  try {
    const page = await openPage(browser, { width: 375, height: 800 });
    await watchLayoutShifts(page);
    await page.goto(slow.url + '/articles/approved-example');
    await page.locator('.skeleton').waitFor();
    await ready(page);
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => window.__cls);
    assert.equal(cls, 0, `CLS ${cls}`);
  } finally {
    await slow.close();
  }
});

import fs from 'node:fs';
import { FIXTURES, DIST } from './helpers.mjs';

test('a prerendered article: readable without script, and the app takes over without a shift or a lost keystroke', async () => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(server.url + ARTICLE);
  assert.equal(await plain.locator('h1').innerText(), 'Is Spinraza (nusinersen) considered a gene therapy?');
  assert.match(await plain.locator('.answer').innerText(), /Spinraza is not gene therapy/);
  assert.equal(await plain.getByRole('heading', { level: 2, name: 'References' }).count(), 1);
  await noScript.close();

  // The article JSON arrives late, so the reader acts on the prerendered page first.
  const slow = await serve({
    '/content/articles/spinraza-gene-therapy.json': (req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(fs.readFileSync(`${DIST}/content/articles/spinraza-gene-therapy.json`));
      }, 1500);
      return true;
    },
  });
  try {
    const page = await openPage(browser, { width: 375, height: 800 });
    await watchLayoutShifts(page);
    await page.goto(slow.url + ARTICLE);
    await page.locator('#app-prerendered h1').waitFor();
    await page.locator('#app-prerendered textarea').fill('Typed before the app started');
    await page.locator('html[data-app-live]').waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__cls), 0);
    assert.equal(await page.locator('#app-prerendered').count(), 0);
    assert.equal(await page.getByRole('textbox', { name: /follow-up/i }).inputValue(), 'Typed before the app started');
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(page.errors, []);
  } finally {
    await slow.close();
  }
});

/** Today as the citations write it, in the page's own time zone. */
async function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const two = (n) => String(n).padStart(2, '0');
    return { long: `${months[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`, nlm: `${d.getFullYear()} ${months[d.getMonth()].slice(0, 3)} ${d.getDate()}`, ymd: `${d.getFullYear()}/${two(d.getMonth() + 1)}/${two(d.getDate())}`, iso: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}` };
  });
}

test('related answers: articles sharing a topic, each with its review status, and they lead there', async () => {
  const page = await open('/articles/only-clinician');
  const related = page.getByRole('region', { name: 'Related answers' });
  const link = related.getByRole('link', { name: 'Is Spinraza (nusinersen) considered a gene therapy?' });
  assert.ok(await link.isVisible());
  assert.match(await related.innerText(), /Under review/);
  await link.click();
  await page.locator('h1', { hasText: 'Is Spinraza' }).waitFor();
  assert.match(page.url(), /\/articles\/spinraza-gene-therapy$/);
  // Spinraza shares "neurology" with the clinicians' fixture, and nothing else.
  assert.equal(await page.getByRole('region', { name: 'Related answers' }).getByRole('link').count(), 1);
  // An article that shares no topic has no such section.
  const alone = await open('/articles/approved-example');
  assert.equal(await alone.getByRole('region', { name: 'Related answers' }).count(), 0);
});

test('cite this answer: AMA, Vancouver and APA for the audience shown and today, copied politely, RIS and BibTeX downloads', async () => {
  const page = await open(ARTICLE);
  const day = await today(page);
  const cite = page.locator('details.citing');
  assert.equal(await cite.locator('.citing__text').count(), 0, 'written only when opened');
  await page.getByText('Cite this answer').click();
  const url = `${server.url}${ARTICLE}?audience=patient`;
  const ama = await page.locator('#cite-ama').innerText();
  assert.equal(ama, `Clear Answers in Medicine. Is Spinraza (nusinersen) considered a gene therapy? Clear Answers in Medicine. Updated November 19, 2025. Accessed ${day.long}. ${url}`);
  assert.match(await page.locator('#cite-vancouver').innerText(), new RegExp(`\\[updated 2025 Nov 19; cited ${day.nlm}\\]\\. Available from: ${url.replace(/[?.]/g, '\\$&')}$`));
  assert.match(await page.locator('#cite-apa').innerText(), new RegExp(`^Clear Answers in Medicine\\. \\(2025, November 19\\)\\. Is Spinraza .* Retrieved ${day.long}, from `));
  assert.equal(await page.locator('#cite-apa i').count(), 1, 'APA: the title in italics');
  const download = async (name) => decodeURIComponent((await page.getByRole('link', { name }).getAttribute('href')).split(',').slice(1).join(','));
  const ris = await download('Download RIS');
  assert.match(ris, /^TY {2}- ELEC\r\n/);
  assert.ok(ris.includes(`Y2  - ${day.ymd}\r\nUR  - ${url}\r\n`), ris);
  assert.equal(await page.getByRole('link', { name: 'Download RIS' }).getAttribute('download'), 'spinraza-gene-therapy.ris');
  const bib = await download('Download BibTeX');
  assert.ok(bib.includes(`urldate = {${day.iso}}`) && bib.includes(`url = {${url}}`), bib);
  // Copy: a polite word in a status region (the browser may refuse the clipboard; then it says so).
  await page.getByRole('button', { name: 'Copy AMA citation' }).click();
  const said = page.locator('.citing__said');
  await page.waitForFunction(() => document.querySelector('.citing__said')?.textContent !== '');
  assert.equal(await said.getAttribute('role'), 'status');
  assert.match(await said.innerText(), /^AMA citation copied\.$|did not let us copy/);
  // Another audience: the address follows it the next time the citations are written.
  await page.getByText('Cite this answer').click();
  await page.getByRole('radio', { name: /Healthcare professional/ }).check();
  await page.getByText('Cite this answer').click();
  assert.ok((await page.locator('#cite-ama').innerText()).endsWith(`${ARTICLE}?audience=clinician`));
});

test('cite this answer prints: the citations are written and shown, the buttons are not', async () => {
  const page = await open(ARTICLE);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok(await page.locator('details.citing').evaluate((d) => d.open));
  assert.match(await page.locator('#cite-ama').innerText(), /^Clear Answers in Medicine\./);
  if (page.emulateMedia) {
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#cite-ama').isVisible());
    assert.equal(await page.getByRole('button', { name: 'Copy AMA citation' }).isVisible(), false);
    assert.equal(await page.locator('.followup').isVisible(), false);
  }
});

test('was this helpful: Yes or No with an optional reason, sent as the contract says, thanks, one vote per article; a failure keeps what was typed', async () => {
  const site = JSON.parse(fs.readFileSync(`${DIST}/content/site.json`, 'utf8'));
  const votes = [];
  let answer = 500;
  const own = await serve({
    '/content/site.json': (req, res) => { res.writeHead(200); res.end(JSON.stringify({ ...site, feedback: { endpoint: '/api/feedback' } })); return true; },
    '/api/feedback': (req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { votes.push({ type: req.headers['content-type'], method: req.method, body: JSON.parse(body) }); res.writeHead(answer); res.end(); });
      return true;
    },
  });
  try {
    const page = await openPage(browser);
    await page.goto(own.url + '/articles/approved-example?audience=clinician');
    await ready(page);
    const box = page.getByRole('region', { name: 'Was this helpful?' });
    await box.getByRole('button', { name: 'Send' }).click();
    assert.match(await box.locator('[role=status]').innerText(), /choose Yes or No/);
    await box.getByRole('radio', { name: 'No' }).check();
    await box.getByRole('textbox', { name: /What could be better/ }).fill('  The dosing table needs units.  ');
    await box.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Your feedback was not sent: the site answered with error 500/).waitFor();
    assert.ok(await box.getByRole('radio', { name: 'No' }).isChecked(), 'the choice is kept');
    assert.equal(await box.getByRole('textbox', { name: /What could be better/ }).inputValue(), '  The dosing table needs units.  ');
    answer = 204;
    await box.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Thank you for telling us/).waitFor();
    assert.deepEqual(votes.at(-1), { type: 'application/json', method: 'POST', body: { article: 'approved-example', audience: 'clinician', helpful: false, reason: 'The dosing table needs units.' } });
    // One vote per article per browser: the thanks again, the question not.
    await page.reload();
    await ready(page);
    assert.ok(await page.getByText(/Thank you for telling us/).isVisible());
    assert.equal(await page.getByRole('radio', { name: 'Yes' }).count(), 0);
    // Another article can still be voted on, without a reason.
    await page.goto(own.url + '/articles/only-clinician');
    await ready(page);
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Thank you for telling us/).waitFor();
    // The reader's audience (as the follow-up box sends it), though this article shows its clinicians' version.
    assert.deepEqual(votes.at(-1).body, { article: 'only-clinician', audience: 'patient', helpful: true });
  } finally {
    await own.close();
  }
  // Without an endpoint, no question.
  const plain = await open('/articles/approved-example');
  assert.equal(await plain.getByRole('region', { name: 'Was this helpful?' }).count(), 0);
});

// The deploy path cannot ship a stale or broken build: a step that fails
// leaves the previous output untouched and says why in one line, and the
// output check refuses anything but a complete release build.
// Run by .ci/test after `bash .ci/deploy` has built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'target', 'deploy-test-out');

function previousOutput() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'index.html'), 'the previous deploy');
}

function deploy(env) {
  return spawnSync('bash', ['.ci/deploy', out], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
}

const leftovers = () => fs.readdirSync(path.join(root, 'target')).filter((f) => /^deploy\.[A-Za-z0-9]+$/.test(f));

test('a broken wasm-opt fails the deploy in one line and leaves the previous output as it was', () => {
  previousOutput();
  const fake = fs.mkdtempSync(path.join(root, 'target', 'fakebin-'));
  fs.writeFileSync(path.join(fake, 'wasm-opt'), '#!/bin/sh\necho "wasm-opt: broken on purpose" >&2\nexit 1\n', { mode: 0o755 });
  const r = deploy({ PATH: `${fake}:${process.env.PATH}` });
  fs.rmSync(fake, { recursive: true, force: true });
  assert.notEqual(r.status, 0);
  const last = r.stderr.trim().split('\n').at(-1);
  assert.match(last, /^deploy: FAILED: the release build \(trunk build --release\) \(full log: .+\)$/);
  assert.doesNotMatch(r.stdout, /is ready/);
  assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), 'the previous deploy');
  assert.deepEqual(fs.readdirSync(out), ['index.html'], 'nothing added to the output');
  assert.deepEqual(leftovers(), [], 'no work folder left behind');
});

test('an unsafe deployment setting fails the build before anything is replaced', () => {
  previousOutput();
  const r = deploy({ ALLOWED_ORIGINS: 'https://answers.example"/ask' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /ALLOWED_ORIGINS: "https:\/\/answers.example"\/ask" is not an origin/);
  assert.match(r.stderr.trim().split('\n').at(-1), /^deploy: FAILED: /);
  assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), 'the previous deploy');
});

test('the output check refuses a build without its CSP or with a file that does not match its hash', () => {
  const copy = path.join(root, 'target', 'verify-test');
  const check = () => spawnSync('node', ['.ci/verify-dist.mjs', copy], { cwd: root, encoding: 'utf8' });
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'dist'), copy, { recursive: true });
  assert.equal(check().status, 0, check().stderr);
  const index = path.join(copy, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  fs.writeFileSync(index, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  let r = check();
  assert.equal(r.status, 1);
  assert.match(r.stderr, /index\.html: no Content-Security-Policy <meta>/);
  fs.writeFileSync(index, html);
  const js = fs.readdirSync(copy).find((f) => /^medanswers-.*\.js$/.test(f));
  fs.appendFileSync(path.join(copy, js), '\n// changed after the build');
  r = check();
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`the integrity hash of ${js.replace('.', '\\.')} does not match`));
  fs.writeFileSync(path.join(copy, 'content', 'x.js'), 'alert(1)');
  assert.match(check().stderr, /content\/x\.js: not a file the content contract defines/);
  fs.rmSync(copy, { recursive: true, force: true });
});

test('hostile content through publish (and its prerendered pages): refused links stop publishing; markup stays text and runs nothing', async () => {
  const work = path.join(root, 'target', 'hostile-test');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'public', 'content'), path.join(work, 'src'), { recursive: true });
  const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
  const article = (href) => ({
    format: 1, slug: 'hostile', question: `Is ${evil} safe?`, summary: `A summary with ${evil}`, topics: [evil], updated: '2025-01-01',
    example_question: '</textarea><script>window.__pwned=3</script>',
    review: { status: 'approved', history: [{ status: 'approved', date: '2025-01-01', note: evil }] },
    versions: {
      patient: {
        answer: [`Answer ${evil}`, { term: 'term', def: `"><script>window.__pwned=4</script>` }, { link: 'a link', href }],
        sections: [{ heading: `Heading ${evil}`, blocks: [{ p: evil }, { note: { tone: 'danger', title: evil, blocks: [{ p: evil }] } }] }],
      },
    },
    references: [{ title: evil, source: evil }],
  });
  const file = path.join(work, 'src', 'articles', 'hostile.json');
  const publish = (out) => spawnSync('cargo', ['run', '--quiet', '--release', '--bin', 'publish', '--', path.join(work, 'src'), out], { cwd: root, encoding: 'utf8' });

  fs.writeFileSync(file, JSON.stringify(article('javascript:window.__pwned=5')));
  let r = publish(path.join(work, 'refused'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /articles\/hostile\.json: versions\.patient\.answer\[2\]\.href: "javascript:window.__pwned=5" is not an allowed link/);
  assert.ok(!fs.existsSync(path.join(work, 'refused')), 'nothing written');

  fs.writeFileSync(file, JSON.stringify(article('/pages/editorial-policy')));
  const site = path.join(work, 'site');
  fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
  fs.rmSync(path.join(site, 'content'), { recursive: true, force: true });
  // Publishing into a build also prerenders every page (the library lists the article).
  r = publish(site);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /pages in .*: \d+ written/);
  for (const rel of ['articles/hostile/index.html', 'index.html']) {
    const html = fs.readFileSync(path.join(site, rel), 'utf8');
    assert.doesNotMatch(html, /<script>window\.__pwned/, rel);
    assert.doesNotMatch(html, /<img src="?x/, rel);
    assert.match(html, /&lt;script&gt;window\.__pwned=1&lt;\/script&gt;/, rel);
  }

  const { launch } = await import('./e2e/helpers.mjs');
  const { startServer } = await import('./e2e/server.mjs');
  const server = await startServer({ root: site });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/articles/hostile`);
    await page.waitForSelector('html[data-app-live] main h1');
    assert.match(await page.locator('h1').innerText(), /<script>window.__pwned=1<\/script>/);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});

// Checks that a folder is a complete release build before it is deployed:
//   node .ci/verify-dist.mjs <folder> [--summary]
// - index.html carries the Content-Security-Policy <meta> (release builds only);
// - every file index.html and the prerendered pages name exists, and its
//   integrity hash matches its bytes;
// - the wasm is a release build (no debug sections, not megabytes);
// - content/ holds only the contract's files, with site.json and index.json;
// - every route has its prerendered page: index.html (the library), 404.html,
//   articles/<slug>/index.html for every article in content/index.json and
//   pages/<slug>/index.html for every plain page; app.html is the app shell.
// Exits 1 with one line per problem.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2];
const summary = process.argv.includes('--summary');
const problems = [];
const read = (rel) => fs.readFileSync(path.join(dir, rel));
const exists = (rel) => fs.existsSync(path.join(dir, rel));

if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`verify: ${dir || '(no folder given)'}: no index.html; not a build`);
  process.exit(1);
}
const html = read('index.html').toString('utf8');
if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*object-src 'none'[^"]*base-uri 'self'[^"]*"/.test(html)) {
  problems.push('index.html: no Content-Security-Policy <meta> (a debug build, or the post-build step did not run)');
}

/** Files an HTML page names with integrity, checked against their bytes. */
function checkNamed(page, text) {
  const base = text.match(/<base href="([^"]+)"/)?.[1] || '/';
  const tags = [...text.matchAll(/<(?:link|script|meta)\b[^>]*>/g)].map((m) => m[0]);
  let named = 0;
  for (const tag of tags) {
    const ref = tag.match(/\b(?:href|src|content)="([^"]+\.(?:wasm|js|css|svg))"/)?.[1];
    if (!ref || /^https?:/.test(ref)) continue;
    const rel = ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, '');
    if (!exists(rel)) {
      problems.push(`${page}: names ${ref}, which is not in the build`);
      continue;
    }
    named += 1;
    const integrity = tag.match(/\b(?:integrity|data-integrity)="([^"]+)"/)?.[1];
    if (!integrity) continue;
    const [algo, want] = integrity.split('-', 2);
    const got = crypto.createHash(algo).update(read(rel)).digest('base64');
    if (got !== want) problems.push(`${page}: the integrity hash of ${rel} does not match the file`);
  }
  return named;
}
if (checkNamed('index.html', html) < 3) problems.push('index.html: names fewer than 3 app files (wasm, JS, CSS)');

const wasm = fs.readdirSync(dir).filter((f) => f.endsWith('.wasm'));
if (wasm.length !== 1) problems.push(`expected one .wasm file, found ${wasm.length}`);
for (const w of wasm) {
  const bytes = read(w);
  if (bytes.length > 1024 * 1024) problems.push(`${w}: ${(bytes.length / 1048576).toFixed(1)} MB: a debug build`);
  if (bytes.includes(Buffer.from('.debug_info'))) problems.push(`${w}: carries debug sections: a debug build`);
}

const allowed = (rel) => /^(site|index)\.json$|^(articles|pages)\/[a-z0-9-]{1,100}\.json$|^schema\/[a-z0-9-]+\.schema\.json$/.test(rel);
const walk = (sub) => fs.readdirSync(path.join(dir, sub), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(path.join(sub, e.name)) : [path.join(sub, e.name)]));
let articles = [];
if (!exists('content/site.json') || !exists('content/index.json')) {
  problems.push('content/: site.json or index.json is missing');
} else {
  for (const f of walk('content')) {
    const rel = path.relative('content', f).split(path.sep).join('/');
    if (!allowed(rel)) problems.push(`content/${rel}: not a file the content contract defines`);
  }
  try {
    articles = JSON.parse(read('content/index.json')).articles.map((a) => a.slug);
  } catch (e) {
    problems.push(`content/index.json: can't be read (${e.message})`);
  }
}
const plain = exists('content/pages') ? fs.readdirSync(path.join(dir, 'content/pages')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
const routes = ['index.html', '404.html', ...articles.map((s) => `articles/${s}/index.html`), ...plain.map((s) => `pages/${s}/index.html`)];
for (const page of routes) {
  if (!exists(page)) {
    problems.push(`${page}: missing (the page is not prerendered)`);
    continue;
  }
  const text = read(page).toString('utf8');
  if (!text.includes('<div id="app" data-prerendered="">')) problems.push(`${page}: not a prerendered page`);
  checkNamed(page, text);
}
if (!exists('app.html')) problems.push('app.html: missing (the app shell)');
if (!exists('search/catalog.txt') || !exists('search/cards/0.json') && articles.length) problems.push('search/: the library in pieces is missing (publish writes it into a build)');

if (problems.length) {
  for (const p of problems) console.error(`verify: ${p}`);
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (summary) console.log(`verify: ${dir}: release build, CSP present, ${routes.length} prerendered page(s) (${articles.length} article(s), ${plain.length} plain page(s), the library, 404.html), integrity hashes match; wasm ${kb(read(wasm[0]).length)}`);

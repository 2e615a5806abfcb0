// Trunk post-build hook (see Trunk.toml). In the staging folder it:
// - puts a Content-Security-Policy <meta> first in <head>: no 'unsafe-inline'
//   or 'unsafe-eval'; Trunk's inline loader is allowed by its SHA-256 hash;
//   connect-src is the site plus the origins in ALLOWED_ORIGINS (a deployment setting);
// - writes _headers (Netlify / Cloudflare Pages) with the same policy plus the
//   headers a <meta> cannot carry, and cache rules;
// - copies index.html to 404.html for hosts that only offer a custom 404 page,
//   and in release builds to app.html: the shell publish wraps every
//   prerendered page in (src/publish/shell.rs), replacing index.html and
//   404.html with the library's and the not-found page's;
// - in release builds, minifies the JS glue (terser) and the CSS (csso) and
//   puts their new SRI hashes into index.html. (Trunk's own minifier fails on
//   wasm-bindgen's glue, and would also rewrite index.html's markup.)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
// `trunk serve` (a debug build) injects its own live-reload script later,
// which no hash computed here can allow: the CSP is for release builds.
const release = process.env.TRUNK_PROFILE !== 'debug';

if (release) {
  const require = createRequire(new URL('../tests/package.json', import.meta.url));
  const { minify } = require('terser');
  const csso = require('csso');
  const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
  const minified = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const js = /^medanswers-[0-9a-f]+\.js$/.test(name);
    if (!js && !/^main-[0-9a-f]+\.css$/.test(name)) continue;
    const before = fs.readFileSync(file, 'utf8');
    let after;
    if (js) {
      after = (await minify(before, { module: true, ecma: 2020, compress: true, mangle: true })).code;
    } else {
      after = csso.minify(before).css;
    }
    fs.writeFileSync(file, after);
    // The element that names this file carries its integrity hash.
    const old = sri(before);
    if (!html.includes(old)) throw new Error(`post-build: no integrity ${old} for ${name} in index.html`);
    html = html.split(old).join(sri(after));
    minified.push(`${name} ${before.length} → ${after.length} bytes`);
  }
  console.log(`post-build: minified ${minified.join(', ')}`);
}

const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1].trim())
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

// The origins the app may send to (the answer service, feedback) are a
// deployment setting, never read from content: ALLOWED_ORIGINS, each exactly
// https://host[:port]. Anything else fails the build (an origin goes into the
// policy below, and a quote there would end the attribute).
const allowed = (process.env.ALLOWED_ORIGINS || '').split(/[\s,]+/).filter(Boolean);
for (const o of allowed) {
  if (!/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$/.test(o)) {
    throw new Error(`post-build: ALLOWED_ORIGINS: "${o}" is not an origin of the form https://host or https://host:port`);
  }
}
const answerOrigin = allowed.length ? allowed.join(' ') : null;

const policy = (extra = []) => [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  `connect-src 'self'${answerOrigin ? ' ' + answerOrigin : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'none'",
  "manifest-src 'self'",
  // Every HTML sink goes through the app's one Trusted Types policy (src/web/markup.rs).
  "require-trusted-types-for 'script'",
  'trusted-types medanswers default',
  ...extra,
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy()}" />`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
if (release) html = html.replace(/(<meta charset=[^>]*>)(\s*)/, `$1$2${meta}$2`);
fs.writeFileSync(indexPath, html);
fs.writeFileSync(path.join(dir, '404.html'), html);
if (release) fs.writeFileSync(path.join(dir, 'app.html'), html);

const headers = `# Security and cache headers for Netlify and Cloudflare Pages (generated at build).
/*
  Content-Security-Policy: ${policy(["frame-ancestors 'none'", 'upgrade-insecure-requests'])}
  Strict-Transport-Security: max-age=63072000; includeSubDomains; preload
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  X-Frame-Options: DENY
  Cross-Origin-Opener-Policy: same-origin

# App files carry a content hash in their names: cache them forever.
/*.wasm
  Cache-Control: public, max-age=31536000, immutable
/*.js
  Cache-Control: public, max-age=31536000, immutable
/*.css
  Cache-Control: public, max-age=31536000, immutable
/*.svg
  Cache-Control: public, max-age=31536000, immutable

# These change without a new name: always revalidate.
/boot.js
  Cache-Control: no-cache
/index.html
  Cache-Control: no-cache
/404.html
  Cache-Control: no-cache
/app.html
  Cache-Control: no-cache
/articles/*
  Cache-Control: no-cache
/pages/*
  Cache-Control: no-cache
/content/*
  Cache-Control: no-cache
  Content-Security-Policy: default-src 'none'; sandbox
  X-Content-Type-Options: nosniff
`;
fs.writeFileSync(path.join(dir, '_headers'), headers);
console.log(`post-build: ${release ? '' : '(debug build: no CSP meta) '}CSP with ${hashes.length} inline script hash(es)${answerOrigin ? ', may send to ' + answerOrigin : ''}; _headers; 404.html`);

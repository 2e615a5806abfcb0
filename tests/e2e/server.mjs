// A static host for the built site on loopback: a file, a folder's
// index.html, else the fallback (404.html, or the app shell); an overlay of
// fixture content, and hooks that make a path fail, stall or answer slowly.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a test page asks of the host where its driver cannot do it (WebKit's
 * init scripts, and no-script pages in Firefox and WebKit), by the `__shim`
 * cookie's page id: `{ init: [source], noScript: bool }`. Filled by
 * engines/webkit.mjs and engines/firefox.mjs.
 */
export const shimPages = new Map();
let shimCount = 0;

/** Records what a test page asks of the host; returns the id its `__shim` cookie carries. */
export function addShimPage(asks) {
  const id = `page${++shimCount}`;
  shimPages.set(id, asks);
  return id;
}

/** The page id in a request's `__shim` cookie. */
function shimPage(req) {
  const m = /(?:^|;\s*)__shim=([^;]+)/.exec(req.headers.cookie || '');
  return m ? shimPages.get(m[1]) : undefined;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** Sends an HTML document as the test page asked for it: its init script first, or no scripts at all. */
function sendHtml(req, res, html, status = 200) {
  const page = shimPage(req);
  let headers = {};
  if (page?.noScript) headers = { 'content-security-policy': "script-src 'none'" };
  else if (page?.init.length) html = String(html).replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, '$1<script src="/__shim/init.js"></script>');
  res.writeHead(status, { 'content-type': TYPES['.html'], ...headers });
  res.end(html);
}

/**
 * Starts a server. `root` is the build (dist/); `overlay` is a folder (or a
 * list of them) whose files win over the build's (paths as under dist/, e.g.
 * content/articles/x.json);
 * `hooks` maps a URL path to a function (req, res) => boolean (true: handled).
 * `fallback` answers every other path: `404.html` (status 404) as a plain
 * static host does, or `app.html` (status 200) as a host that rewrites
 * unknown paths to the app shell does.
 */
export async function startServer({ root, overlay = null, hooks = {}, prefix = '/', fallback = '404.html' }) {
  root = path.resolve(root);
  const overlays = [overlay].flat().filter(Boolean).map((o) => path.resolve(o));
  const requests = [];
  const urls = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let p;
    try {
      p = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('bad address');
      return;
    }
    // The test driver's own requests are not the site's.
    if (p === '/__shim/init.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] });
      res.end((shimPage(req)?.init || []).join(';\n'));
      return;
    }
    if (p === '/__shim/blank') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end('<!doctype html><title>blank</title>');
      return;
    }
    requests.push(p);
    urls.push(p + url.search);
    const hook = hooks[p];
    if (hook && hook(req, res)) return;
    if (!p.startsWith(prefix) && p + '/' !== prefix) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('outside the site');
      return;
    }
    const rel = p.slice(prefix.length).replace(/^\/+/, '');
    for (const base of [...overlays, root]) {
      const file = path.join(base, rel);
      // Inside the folder itself: not a sibling such as dist-sub/ beside dist/.
      if (file !== base && !file.startsWith(base + path.sep)) break;
      if (rel && fs.existsSync(file) && fs.statSync(file).isFile()) {
        if (path.extname(file) === '.html') return sendHtml(req, res, fs.readFileSync(file));
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
        res.end(fs.readFileSync(file));
        return;
      }
      // A folder's index.html, as static hosts serve it (prerendered pages).
      const dirIndex = path.join(file, 'index.html');
      if (rel && fs.existsSync(dirIndex)) return sendHtml(req, res, fs.readFileSync(dirIndex));
    }
    // Anything else: the fallback, which is the app too.
    const other = path.join(root, fallback);
    if (rel && fs.existsSync(other)) return sendHtml(req, res, fs.readFileSync(other), fallback === '404.html' ? 404 : 200);
    sendHtml(req, res, fs.readFileSync(path.join(root, 'index.html')));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    urls,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

// The test server itself: it serves only what is inside its folder, and a
// malformed address gets a 400 instead of stopping it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';

test('no file outside the site folder, not even in a sibling folder; %zz is a 400', async () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'server-test-'));
  fs.mkdirSync(path.join(top, 'site'));
  fs.mkdirSync(path.join(top, 'site-secret'));
  fs.writeFileSync(path.join(top, 'site', 'index.html'), 'the app');
  fs.writeFileSync(path.join(top, 'site-secret', 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(top, 'secret.txt'), 'secret');
  const server = await startServer({ root: path.join(top, 'site') });
  try {
    for (const p of ['/..%2fsite-secret%2fsecret.txt', '/..%2fsecret.txt', '/%2e%2e/site-secret/secret.txt']) {
      const body = await (await fetch(server.url + p)).text();
      assert.notEqual(body, 'secret', p);
    }
    const bad = await fetch(server.url + '/%zz');
    assert.equal(bad.status, 400);
    assert.equal(await (await fetch(server.url + '/')).text(), 'the app', 'still serving');
  } finally {
    await server.close();
    fs.rmSync(top, { recursive: true, force: true });
  }
});

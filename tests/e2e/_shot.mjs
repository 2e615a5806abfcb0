import { launch, serve, openPage, ready } from '/work/main/tests/e2e/helpers.mjs';
const b = await launch(); const s = await serve();
const [,, route='/articles/spinraza-gene-therapy', w='1280', out='/tmp/shot.png', scheme='light'] = process.argv;
const p = await openPage(b, { width: +w, height: 900 });
await p.emulateMedia({ colorScheme: scheme });
p.on('console', m => console.log('console:', m.type(), m.text()));
await p.goto(s.url + route);
try { await ready(p); } catch (e) { console.log('not ready', e.message); }
await p.waitForTimeout(300);
await p.screenshot({ path: out, fullPage: true });
console.log('errors', p.errors);
await b.close(); await s.close();

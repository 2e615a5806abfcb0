// Prints raw, gzip and brotli bytes of the app's wasm, JS glue and CSS.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] || 'dist';
const files = fs.readdirSync(dist);
const pick = (re) => files.find((f) => re.test(f));
const rows = [
  ['wasm', pick(/_bg\.wasm$/)],
  ['JS glue', pick(/^medanswers-.*\.js$/)],
  ['CSS', pick(/\.css$/)],
];
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
let total = 0;
console.log('asset    |        raw |       gzip |     brotli | file');
for (const [name, file] of rows) {
  const data = fs.readFileSync(path.join(dist, file));
  const gz = zlib.gzipSync(data, { level: 9 }).length;
  const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  console.log(`${name.padEnd(8)} | ${kb(data.length)} | ${kb(gz)} | ${kb(br)} | ${file}`);
}
console.log(`app code, brotli total: ${kb(total).trim()}, ${total.toLocaleString("en-US")} of ${(120 * 1024).toLocaleString("en-US")} bytes (target ≤ 120 KB)`);

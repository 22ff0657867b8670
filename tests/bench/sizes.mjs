// The size of every file of the release build (dist/), raw, gzip -9 and brotli -11, grouped by when a visitor
// downloads it, against the budgets of docs/benchmarks.md. A benchmark, not a test: it reports, it does not fail.
//   trunk build --release --offline && node tests/bench/sizes.mjs [--json]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from '../e2e/harness.mjs';

const KB = 1000;
// When each file is fetched, and the budget (gzip) of the group; null: listed, no budget.
const groups = [
  { name: 'first-paint code (the playground\'s page, styles, start-up script, engine and the glue\'s snippets)', budget: 400 * KB,
    test: (f) => (!f.includes('/') || f.startsWith('snippets/')) && /\.(html|css|js|wasm)$/.test(f) && !f.endsWith('.d.ts') },
  { name: 'English pack (data: the page\'s words, loaded beside the engine)', budget: 30 * KB, test: (f) => /^data\/en-/.test(f) },
  { name: 'IAM data (one file for every module of a page, loaded beside the engine)', budget: 200 * KB, test: (f) => /^data\/iam-/.test(f) },
  { name: 'Japanese language pack (only when Japanese is chosen)', budget: 40 * KB, test: (f) => /^data\/ja-/.test(f) },
  { name: 'docs pages (live blocks, lib/engine.js and lib/data.js; the engine is the playground\'s above)', budget: 20 * KB,
    test: (f) => /^lib\/[^/]+\.js$/.test(f) && !f.startsWith('lib/vpce_policy') },
  { name: 'the whole JavaScript API lib/vpce_policy* (a page that calls it; the playground\'s "Why does my build fail?")', budget: 500 * KB,
    test: (f) => f.startsWith('lib/vpce_policy') && !f.endsWith('.d.ts') },
  { name: 'template reader (when a template is pasted)', budget: 300 * KB, test: (f) => f.startsWith('lib/templates/') && !f.endsWith('.d.ts') },
  { name: 'CloudTrail replay results view (when CloudTrail files are dropped)', budget: 300 * KB,
    test: (f) => f.startsWith('lib/replay/') && !f.endsWith('.d.ts') },
  { name: 'CloudTrail replay worker (when CloudTrail files are dropped)', budget: 350 * KB, test: (f) => f.startsWith('lib/trail/') && !f.endsWith('.d.ts') },
];

const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) { if (e.name !== 'docs-site') walk(rel); continue; }
    if (/\.(br|gz)$/.test(e.name)) continue;
    const raw = fs.readFileSync(path.join(dist, rel));
    files.push({
      file: rel, bytes: raw.length,
      gzip: zlib.gzipSync(raw, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
})('');

const report = groups.map((g) => {
  const members = files.filter((f) => g.test(f.file));
  const sum = (k) => members.reduce((a, f) => a + f[k], 0);
  return { group: g.name, budgetGzip: g.budget, bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli'), files: members };
});
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const k = (n) => `${(n / KB).toFixed(1)} KB`;
  for (const g of report) {
    const verdict = g.gzip <= g.budgetGzip ? 'within' : `OVER by ${k(g.gzip - g.budgetGzip)}`;
    console.log(`${g.group}: ${k(g.gzip)} gzip, ${k(g.brotli)} brotli, ${k(g.bytes)} raw — budget ${k(g.budgetGzip)} gzip: ${verdict}`);
    for (const f of g.files) console.log(`  ${f.file.padEnd(48)} ${k(f.bytes).padStart(10)} ${k(f.gzip).padStart(10)} ${k(f.brotli).padStart(10)}`);
  }
}

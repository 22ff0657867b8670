// The playground on a slow link, as issue #23 measures it: 150 ms latency, 1.6 Mbit/s down, a 4x slower CPU,
// against the release build (dist/), served uncompressed (as S3 website hosting does), gzip-compressed on the fly and as the
// precompressed .br files.
// Medians of RUNS (default 5): first text painted (first-contentful-paint), the generated policies for the
// visitor's settings (the app's policy card on screen), the checks answered (the IAM data file loaded after the
// wasm, the scenario table filled), and the first click answered (a region change shown in the S3 card's service
// name). Also the layout shift when the app takes over from the static first paint.
//   trunk build --release --offline && node tests/bench/first-paint.mjs
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, dist } from '../e2e/harness.mjs';

const runs = Number(process.env.RUNS ?? 5);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

// encoding: '' (as stored, like S3 website hosting), 'gzip' (compressed on the fly, like most hosts), or 'br' (the
// precompressed .br files the build ships, as Caddy, nginx's brotli_static or a CDN serve them).
function serve(encoding) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dist, rel.endsWith('/') ? rel + 'index.html' : rel);
    if (!file.startsWith(dist) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' };
    let body = fs.readFileSync(file);
    if (encoding === 'gzip') { body = zlib.gzipSync(body); headers['content-encoding'] = 'gzip'; }
    if (encoding === 'br' && fs.existsSync(file + '.br')) { body = fs.readFileSync(file + '.br'); headers['content-encoding'] = 'br'; }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const browser = await launch();
for (const encoding of ['', 'gzip', 'br']) {
  const server = await serve(encoding);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const text = [], policies = [], checks = [], click = [], shift = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    const start = Date.now();
    await page.goto(base, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 120_000 });
    text.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
    await page.waitForSelector('#s3-policy', { timeout: 120_000 });
    // The app's first render is the one with the policies (the sections below them follow a frame later).
    policies.push(await page.evaluate(() => performance.getEntriesByName('vpce-rendered')[0]?.startTime ?? performance.now()));
    const before = Date.now();
    await page.selectOption('#region', 'eu-west-1');
    await page.waitForFunction(() => (document.querySelector('#s3-service-name')?.textContent ?? '').includes('eu-west-1'), null, { timeout: 60_000 });
    click.push(Date.now() - before + (before - start));
    await page.waitForSelector('#scenarios tbody tr', { timeout: 120_000 });
    checks.push(await page.evaluate(() => performance.now()));
    shift.push(await page.evaluate(() => window.__shift));
    await context.close();
  }
  console.log(`${{ '': 'uncompressed   ', gzip: 'gzip-compressed', br: 'brotli (.br)   ' }[encoding]}: first text ${median(text).toFixed(0)} ms, policies for the visitor's settings ${median(policies).toFixed(0)} ms, ` +
    `checks answered ${median(checks).toFixed(0)} ms, ` +
    `first click answered ${median(click).toFixed(0)} ms after navigation; layout shift ${median(shift).toFixed(3)} (medians of ${runs})`);
  server.close();
}
await browser.close();

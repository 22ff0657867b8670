// Serves dist/ on 127.0.0.1 and launches Debian's chromium through playwright-core (no browser download).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');
export const fixtures = path.join(root, 'tests/validate/fixtures');

/** The built engine's file name (Trunk hashes it): the playground's module, which lib/engine.js wraps. */
export const engineFile = () => fs.readdirSync(dist).find((f) => /^vpce-policy-web-[0-9a-f]+_bg\.wasm$/.test(f));
/** The hashed IAM data file's name in dist/data/. */
export const dataFile = () => fs.readdirSync(path.join(dist, 'data')).find((f) => /^iam-[0-9a-f]{16}\.txt$/.test(f));
/** A language pack's hashed file name in dist/data/ (`en`, `ja`). */
export const packFile = (tag) => fs.readdirSync(path.join(dist, 'data')).find((f) => new RegExp(`^${tag}-[0-9a-f]{16}\\.ftl$`).test(f));
/** What Node passes to a module's init: its wasm's bytes, the data's and the English pack's texts (no fetch of
 * file: URLs in Node). */
export const nodeInit = (wasm) => ({
  module_or_path: fs.readFileSync(wasm),
  data: fs.readFileSync(path.join(dist, 'data', dataFile()), 'utf8'),
  english: fs.readFileSync(path.join(dist, 'data', packFile('en')), 'utf8'),
});

const types = { '.ftl': 'text/plain; charset=utf-8', '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

/** Starts a static server for dist/ under /sub/path/ (to prove relative URLs work) and returns its base URL. */
export async function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const rel = decodeURIComponent(url.pathname).replace(/^\/sub\/path\//, '/');
    const file = path.join(dist, rel.endsWith('/') ? rel + 'index.html' : rel);
    if (!file.startsWith(dist) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}/sub/path/`;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** The CPU slowdown every opened page runs under (E2E_CPU_SLOWDOWN=4 plays a slow CI machine); 1 by default. */
const slowdown = Number(process.env.E2E_CPU_SLOWDOWN ?? 1);

/** A page that records every request and page error. */
export async function open(context, url) {
  const page = await context.newPage();
  if (slowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
    if (m.type() === 'warning') page.warnings.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('#scenarios tbody tr');
  // Each policy is shown in its card, or in the editor when it is open there.
  await page.waitForFunction(() => ['#imagebuilder-policy', '#s3-policy'].every((s) => (document.querySelector(s)?.textContent ?? '').length > 0
    || (document.querySelector(`${s}-in-editor`) && document.querySelector('#policy-editor').value.length > 0)));
  return page;
}

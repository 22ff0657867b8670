// "Replay CloudTrail" in the browser on a large file: a JSON Lines trail of SIZE_MB (default 1024) built from the
// real events of tests/trail/realworld, chosen in the playground (release build, dist/). Reports the time, events
// per second, how steadily the progress bar moved (the longest gap between two readings that moved it), and the
// peak resident memory of the whole browser (every chromium process) against its memory before the replay.
//   trunk build --release --offline && node tests/bench/replay-browser.mjs [SIZE_MB]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, open } from '../e2e/harness.mjs';
import { records } from '../trail/corpus.mjs';

const sizeMb = Number(process.argv[2] ?? 1024);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replay-browser-'));
const file = path.join(dir, 'trail.jsonl');
const real = records();
const fd = fs.openSync(file, 'w');
let written = 0, events = 0;
while (written < sizeMb * 1024 * 1024) {
  const chunk = [];
  for (let i = 0; i < 1000; i++, events++) {
    chunk.push(JSON.stringify({ ...real[events % real.length], eventID: `b-${events}`, vpcEndpointId: 'vpce-0123456789abcdef0' }));
  }
  const text = chunk.join('\n') + '\n';
  fs.writeSync(fd, text);
  written += Buffer.byteLength(text);
}
fs.closeSync(fd);

/** Resident memory of every chromium process, in MB. */
function browserRss() {
  const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).reduce((n, l) => n + Number(l.trim()), 0) / 1024;
}

const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await open(context, server.base);
  const before = browserRss();
  let peak = before, lastMove = Date.now(), longestGap = 0, lastValue = -1;
  const start = Date.now();
  await page.setInputFiles('#replay-files', file);
  while (!(await page.locator('#replay-summary').count())) {
    await new Promise((r) => setTimeout(r, 500));
    peak = Math.max(peak, browserRss());
    const value = Number(await page.getAttribute('#replay-progress', 'value').catch(() => lastValue));
    if (value > lastValue) { longestGap = Math.max(longestGap, Date.now() - lastMove); lastMove = Date.now(); lastValue = value; }
  }
  const seconds = (Date.now() - start) / 1000;
  console.log(`${(written / 1e9).toFixed(2)} GB, ${events.toLocaleString()} events in ${seconds.toFixed(1)} s ` +
    `(${Math.round(events / seconds).toLocaleString()} events/s); progress moved at least every ${(longestGap / 1000).toFixed(1)} s; ` +
    `browser memory ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak (+${(peak - before).toFixed(0)} MB)`);
  console.log(await page.textContent('#replay-summary'));
  // The worker's own memory: the same file straight through lib/trail/worker.js, the largest size its wasm
  // memory reached (it never shrinks, so the last reading is the peak).
  await page.evaluate(() => { const i = document.createElement('input'); i.type = 'file'; i.id = 'bench-files'; document.body.append(i); });
  await page.setInputFiles('#bench-files', file);
  const wasm = await page.evaluate(() => new Promise((resolve) => {
    const worker = new Worker(new URL('lib/trail/worker.js', document.baseURI), { type: 'module' });
    let bytes = 0;
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') bytes = Math.max(bytes, data.wasmBytes);
      if (data.type === 'done') { worker.terminate(); resolve(bytes); }
    };
    worker.postMessage({ files: [...document.getElementById('bench-files').files], candidate: '{"Statement":[]}', options: {} });
  }));
  console.log(`the replay module's memory at its largest: ${(wasm / 1024 / 1024).toFixed(0)} MiB`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

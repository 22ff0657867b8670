// End-to-end tests of "Replay CloudTrail" in the built playground: the trail module loads only when files are
// chosen, runs in a worker with progress and cancel, a 100 MB file streams, and nothing leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve, launch, open } from './harness.mjs';
import { corpus, records } from '../trail/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, browser, dir;
before(async () => {
  server = await serve();
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replay-e2e-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A JSON Lines trail of at least `bytes`, every call through one endpoint. */
function bigTrail(bytes) {
  const file = path.join(dir, `trail-${bytes}.jsonl`);
  if (fs.existsSync(file)) return file;
  const all = records();
  const fd = fs.openSync(file, 'w');
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const line = JSON.stringify({ ...all[i % all.length], eventID: `big-${i}`, vpcEndpointId: 'vpce-0123456789abcdef0' }) + '\n';
    fs.writeSync(fd, line);
    written += Buffer.byteLength(line);
  }
  fs.closeSync(fd);
  return file;
}

const sameOrigin = (page) => {
  const origin = new URL(server.base).origin;
  return page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
};

test('replay: the trail module loads only when files are chosen; grouped rows open the decision path; a draft can be used', async () => {
  const context = await browser.newContext();
  context.requests = [];
  context.on('request', (r) => context.requests.push(r.url()));
  const page = await open(context, server.base);
  await page.waitForTimeout(300);
  assert.ok(!context.requests.some((u) => u.includes('lib/trail/')), 'the trail module is not part of the first load');
  // A gzipped log file as CloudTrail delivers it, and a lookup-events page.
  const gz = path.join(dir, 'kms.json.gz');
  fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(path.join(corpus, 'awsdocs-kms-ct-ec2two-00.json'))));
  await page.check('#replay-all-calls');
  await page.setInputFiles('#replay-files', [gz, path.join(corpus, 'awscli-lookup-events-consolelogin.json')]);
  await page.waitForSelector('#replay-summary');
  assert.match(await page.textContent('#replay-summary'), /Replayed 4 of 5 events through the S3 endpoint policy: 0 requests allowed, 4 denied/);
  assert.ok(context.requests.some((u) => u.includes('lib/trail/vpce_policy_trail_glue_bg.wasm')));
  const actions = await page.$$eval('#replay-table tbody[data-section="denied"] td button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(actions.sort(), ['ec2:RunInstances', 'kms:CreateGrant', 'kms:Decrypt', 'kms:GenerateDataKeyWithoutPlaintext']);
  // The filter narrows the rows; a row opens the decision path of its example call.
  await page.fill('#replay-filter', 'kms:Decrypt');
  assert.equal(await page.locator('#replay-table tbody td button').count(), 1);
  await page.click('#replay-table tbody td button');
  await page.waitForSelector('#replay-trace #trace');
  assert.match(await page.textContent('#replay-trace h3'), /kms:Decrypt on arn:aws:kms:us-west-2:111122223333:key\//);
  // The draft allows what was seen; used as the S3 policy, a second replay denies nothing.
  await page.click('#replay-draft summary');
  await page.click('#replay-use-draft');
  await page.setInputFiles('#replay-files', [gz]);
  await page.waitForSelector('#replay-clean');
  assert.equal(await page.locator('#replay-error').count(), 0);
  assert.deepEqual(sameOrigin(page), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('replay: a 100 MB file streams with a moving progress bar, and Cancel stops the worker', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base);
  const big = bigTrail(100 * 1024 * 1024);
  await page.setInputFiles('#replay-files', big);
  // The bar moves: two readings, the second further.
  await page.waitForFunction(() => Number(document.querySelector('#replay-progress')?.value ?? 0) > 0, null, { timeout: 60_000 });
  const first = Number(await page.getAttribute('#replay-progress', 'value'));
  await page.waitForFunction((v) => Number(document.querySelector('#replay-progress')?.value ?? 0) > v || document.querySelector('#replay-summary'),
    first, { timeout: 60_000 });
  await page.waitForSelector('#replay-summary', { timeout: 180_000 });
  const summary = await page.textContent('#replay-summary');
  const lines = fs.readFileSync(big, 'utf8').split('\n').filter(Boolean).length;
  assert.match(summary, new RegExp(`of ${lines} events`), summary);
  // Again, cancelled while running: the bar goes, no report comes, the input is usable again.
  await page.setInputFiles('#replay-files', big);
  await page.waitForSelector('#replay-progress');
  await page.click('#replay-cancel');
  await page.waitForSelector('#replay-progress', { state: 'detached' });
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#replay-summary').count(), 0);
  assert.equal(await page.isEnabled('#replay-files'), true);
  assert.deepEqual(sameOrigin(page), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('replay: the worker (JavaScript API) and the CLI give the same report for the same trail and policy', async () => {
  const { execFileSync } = await import('node:child_process');
  const context = await browser.newContext();
  const page = await open(context, server.base);
  const file = path.join(corpus, 'otrf-ec2-proxy-s3-exfiltration.jsonl');
  const policy = '{"Statement":[{"Sid":"Ec2","Effect":"Allow","Principal":"*","Action":"ec2:Describe*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}';
  const policyFile = path.join(dir, 'parity-policy.json');
  fs.writeFileSync(policyFile, policy);
  const cli = path.join(root, 'target/debug/vpce-policy');
  let out;
  try {
    out = execFileSync(cli, ['replay', '--policy', policyFile, '--all-calls', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    out = e.stdout; // exit 1: the policy denies some calls
  }
  const fromCli = JSON.parse(out).report;
  const fromWorker = await page.evaluate(async ([text, candidate]) => {
    const worker = new Worker(new URL('lib/trail/worker.js', document.baseURI), { type: 'module' });
    const done = new Promise((resolve) => { worker.onmessage = ({ data }) => data.type === 'done' && resolve(data.result); });
    worker.postMessage({ files: [new File([text], 'trail.jsonl')], candidate, options: { allCalls: true } });
    const result = await done;
    worker.terminate();
    return result.report;
  }, [fs.readFileSync(file, 'utf8'), policy]);
  assert.deepEqual(fromWorker, fromCli);
  assert.ok(fromCli.unknown.length > 0 && fromCli.denied.length > 0);
  await context.close();
});

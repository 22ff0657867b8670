// The example docs site (dist/docs-site/): live policy blocks from embed.js, the embedded playground, and a script
// using the JavaScript API, on a static host under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, fixtures } from './harness.mjs';

const require = createRequire(import.meta.url);
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function docs(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(server.base + 'docs-site/');
  return { context, page };
}

const block = (page, id) => page.locator(`[data-vpce-live]:has(#${id})`);

test('the broken seed example shows the no-break space at 2:1 and each trailing comma at its comma; Fix leaves no error', async () => {
  const { context, page } = await docs();
  const general = block(page, 'example-general');
  await general.locator('li[data-code]').first().waitFor();
  const found = await general.locator('li[data-code]').evaluateAll((lis) => lis.map((li) => `${li.dataset.code}@${li.dataset.line}:${li.dataset.column}`));
  const text = fs.readFileSync(path.join(fixtures, 'docs-general-nbsp.json'), 'utf8');
  const commaAt = (nth) => {
    let i = -1;
    for (let k = 0; k < nth; k++) i = text.indexOf('"Resource": "*",', i + 1);
    const offset = i + '"Resource": "*"'.length;
    const before = text.slice(0, offset);
    return `${before.split('\n').length}:${[...before.slice(before.lastIndexOf('\n') + 1)].length + 1}`;
  };
  for (const want of ['JSON_SYNTAX_ERROR@2:1', `JSON_SYNTAX_ERROR@${commaAt(1)}`, `JSON_SYNTAX_ERROR@${commaAt(2)}`]) {
    assert.ok(found.includes(want), `${want} in ${found}`);
  }
  assert.ok(await general.locator('mark.error').count() > 10, 'the places are marked in the code');
  await general.locator('button.fix').click();
  await general.locator('.status.ok').waitFor();
  assert.equal(await general.locator('li[data-severity="error"]').count(), 0);
  // Copy gives the fixed text.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await general.locator('button.copy').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(!copied.includes('\u00a0') && copied.includes('"imagebuilder:DeleteImage"'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Open in playground round-trips the block into the playground editor', async () => {
  const { context, page } = await docs();
  const s3 = block(page, 'example-s3');
  await s3.locator('a.open').waitFor();
  const href = await s3.locator('a.open').getAttribute('href');
  const text = await page.locator('#example-s3').textContent();
  const playground = await context.newPage();
  await playground.goto(href);
  await playground.waitForSelector('#policy-editor');
  assert.equal(await playground.inputValue('#policy-editor'), text);
  assert.equal(await playground.inputValue('#region'), 'us-east-1');
  await context.close();
});

test('a docs page with live blocks, an API script and an embedded playground fetches one engine and one data file', async () => {
  const { context, page } = await docs();
  await page.locator('#api-output', { hasText: 'finding(s)' }).waitFor();
  await block(page, 'example-general').locator('li[data-code]').first().waitFor();
  await page.locator('#vpce').scrollIntoViewIfNeeded();
  await page.frameLocator('#vpce').locator('#scenarios tbody tr').first().waitFor();
  const distinct = (re) => [...new Set(page.requests.filter((u) => re.test(new URL(u).pathname)))];
  const engines = distinct(/\.wasm$/);
  assert.equal(engines.length, 1, `one engine for the blocks, the script and the embed: ${engines}`);
  assert.match(engines[0], /\/vpce-policy-web-[0-9a-f]+_bg\.wasm$/);
  assert.equal(distinct(/\/data\/iam-[0-9a-f]{16}\.txt$/).length, 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the embedded playground sizes itself, the API script runs, axe finds nothing, no request leaves the origin', async () => {
  const { context, page } = await docs();
  await page.locator('#api-output', { hasText: 'findings' }).or(page.locator('#api-output', { hasText: 'finding(s)' })).waitFor();
  assert.match(await page.locator('#api-output').textContent(), /com\.amazonaws\.eu-central-1\.s3: 0 finding\(s\)/);
  await page.frameLocator('#vpce').locator('#scenarios tbody tr').first().waitFor();
  await page.waitForFunction(() => document.getElementById('vpce').getBoundingClientRect().height > 1000);
  await page.evaluate(require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  const origin = new URL(server.base).origin;
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('with JavaScript off, the blocks stay as they were', async () => {
  const { context, page } = await docs({ javaScriptEnabled: false });
  assert.equal(await page.locator('[data-vpce-live]').count(), 0);
  const text = await page.locator('#example-general').textContent();
  assert.equal(text, fs.readFileSync(path.join(fixtures, 'docs-general-nbsp.json'), 'utf8'));
  await context.close();
});

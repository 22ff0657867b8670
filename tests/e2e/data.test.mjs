// The IAM data file (data/iam-<hash>.txt) loads beside the wasm: the page is useful before it arrives (the
// generated policies, syntax findings) and never claims "No findings" or a scenario result without it; when it
// cannot load, the page says so where the answers would be, and keeps the user's work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DATA = /\/data\/iam-[0-9a-f]{16}\.txt$/;

async function page(route, query = '') {
  const context = await browser.newContext();
  await context.route(DATA, route);
  const p = await context.newPage();
  p.errors = [];
  p.on('pageerror', (e) => p.errors.push(String(e)));
  await p.goto(server.base + query);
  await p.waitForFunction(() => (document.querySelector('#s3-policy')?.textContent ?? '').includes('"Statement"'));
  return { context, page: p };
}

test('a late data file: policies first, checks marked as waiting, then the findings and scenarios', async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  const { context, page: p } = await page(async (route) => { await gate; await route.continue(); },
    '?principalOrgId=o-a1b2c3d4e5&denyDeletes=1&denyAllDeletes=1');
  // The generator needs no data: the policy before it arrives is the one after, every Delete action listed.
  const generated = await p.textContent('#imagebuilder-policy');
  assert.match(generated, /"imagebuilder:DeleteWorkflow"/);
  // The app has rendered the generated policies for the settings, while the data is still held back.
  assert.match(await p.textContent('#s3-policy-status'), /waits for AWS's list of actions/);
  assert.match(await p.textContent('#scenarios-waiting'), /Loading AWS's list of actions/);
  assert.equal(await p.locator('#scenarios tbody tr').count(), 0);
  // Editing works meanwhile: a syntax error is found without the data, and "No findings" is never said.
  await p.click('#edit-s3');
  await p.fill('#policy-editor', '{"Version": "2012-10-17",,}');
  await p.locator('#diagnostics li[data-code="JSON_SYNTAX_ERROR"]').first().waitFor();
  assert.ok(await p.locator('#diagnostics-waiting').isVisible());
  assert.doesNotMatch(await p.textContent('#diagnostics'), /No findings/);
  await p.fill('#policy-editor', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObjct","Resource":"*"}]}');
  release();
  // With the data in, the same text gets the finding that needs it, and the scenarios run.
  await p.locator('#diagnostics li[data-code="UNKNOWN_ACTION"]').waitFor();
  await p.locator('#scenarios tbody tr').first().waitFor();
  assert.equal(await p.locator('#diagnostics-waiting').count(), 0);
  assert.equal(await p.textContent('#imagebuilder-policy'), generated);
  assert.deepEqual(p.errors, []);
  await context.close();
});

test('a data file that cannot load: said where the answers would be, the policies and the editor still work', async () => {
  const { context, page: p } = await page((route) => route.fulfill({ status: 404, body: 'Not found' }));
  await p.locator('#scenarios-waiting', { hasText: 'could not be loaded' }).waitFor();
  assert.match(await p.textContent('#scenarios-waiting'), /HTTP 404/);
  assert.match(await p.textContent('#scenarios-waiting'), /Reload the page to try again, or use the vpce-policy CLI/);
  await p.click('#edit-s3');
  await p.fill('#policy-editor', '{"Version": "2012-10-17"');
  await p.locator('#diagnostics li[data-code="JSON_SYNTAX_ERROR"]').waitFor();
  assert.match(await p.textContent('#diagnostics-waiting'), /could not be loaded/);
  assert.deepEqual(p.errors, []);
  await context.close();
});

test('a host that answers with an HTML page instead of the data: refused with the reason', async () => {
  const { context, page: p } = await page((route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>Sign in</title>' }));
  await p.locator('#scenarios-waiting', { hasText: 'not the IAM data file' }).waitFor();
  await context.close();
});

test('the data file starts downloading when the engine has arrived, so the two never share a slow link', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(server.base);
  await p.locator('#scenarios tbody tr').first().waitFor();
  const [engine, data] = await p.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const find = (re) => entries.filter((e) => re.test(new URL(e.name).pathname));
    return [find(/\/vpce-policy-web-[0-9a-f]+_bg\.wasm$/), find(/\/data\/iam-[0-9a-f]{16}\.txt$/)];
  });
  assert.equal(engine.length, 1);
  // One download of the data: the app's fetch took the preloaded response.
  assert.equal(data.length, 1, JSON.stringify(data.map((d) => d.name)));
  assert.ok(data[0].startTime >= engine[0].responseEnd, `data at ${data[0].startTime} ms, engine done at ${engine[0].responseEnd} ms`);
  await context.close();
});

// The static first paint of index.html: useful before (and without) the WebAssembly, replaced by the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, open } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('without the engine the page still shows what it does and the default policies, and says the engine did not load', async () => {
  const context = await browser.newContext();
  // The wasm never arrives.
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.base);
  assert.equal(await page.textContent('#first-paint h1'), 'vpce-policy');
  const policies = await page.$$eval('#first-paint pre.code', (pres) => pres.map((p) => JSON.parse(p.textContent)));
  assert.equal(policies.length, 2);
  // The same policies as the CLI generates for the page's first visit: the whole kit planned.
  const cli = path.join(root, 'target/debug/vpce-policy');
  for (const [i, target] of ['imagebuilder', 's3'].entries()) {
    const out = JSON.parse(execFileSync(cli, ['generate', '--region', 'us-east-1', '--kit', '--target', target], { encoding: 'utf8' }));
    assert.deepEqual(policies[i], out);
  }
  await page.waitForSelector('#loading.error');
  assert.match(await page.textContent('#loading'), /could not be loaded/);
  await context.close();
});

test('the app takes over from the first paint: one header, the static block gone', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base);
  assert.equal(await page.locator('#first-paint').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the first paint speaks the chosen language before the engine arrives, and says in it that the engine did not load', async () => {
  for (const [how, options, url] of [
    ['?lang=ja', {}, `${server.base}?lang=ja`],
    ['a Japanese browser', { locale: 'ja-JP' }, server.base],
  ]) {
    const context = await browser.newContext(options);
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja', how);
    assert.match(await page.title(), /EC2 Image Builder の VPC エンドポイントポリシー/, how);
    assert.match(await page.textContent('#first-paint .tagline'), /VPC エンドポイントポリシー/, how);
    assert.equal(await page.textContent('#first-paint h2'), 'Image Builder インターフェイスエンドポイント', how);
    await page.waitForSelector('#loading.error');
    assert.match(await page.textContent('#loading'), /ポリシーエンジンを読み込めませんでした/, how);
    // No English words outside the policies and the service names.
    const prose = await page.$$eval('#first-paint :is(p, h2, dt)', (els) => els.map((e) => e.textContent).join('\n'));
    assert.doesNotMatch(prose.replace(/\(.*Error.*\)|\(.*fetch.*\)|vpce-policy CLI|us-east-1|prod|SSM|Amazon Linux|VPC|EC2 Image Builder|Image Builder|DNS/g, ''), /[a-z]{3,} [a-z]{3,}/, prose);
    await context.close();
  }
  // English stays English.
  const context = await browser.newContext({ locale: 'en-US' });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.base);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#first-paint h2'), 'Image Builder interface endpoint');
  await context.close();
});

// Japanese (#27): the page's language from ?lang=, the switch or the browser; its pack is a data file fetched only
// when Japanese is chosen; findings, rule docs and the page's words in Japanese; live blocks follow their page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PACK = /\/data\/ja-[0-9a-f]{16}\.ftl$/;
const COPIED = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"imagebuilder: GetImage","Resource":"*",}]}';

async function open(query, options = {}) {
  const context = await browser.newContext(options);
  const p = await context.newPage();
  p.errors = [];
  p.packs = [];
  p.on('pageerror', (e) => p.errors.push(String(e)));
  p.on('request', (r) => { if (PACK.test(r.url())) p.packs.push(r.url()); });
  await p.goto(server.base + query);
  await p.waitForFunction(() => (document.querySelector('#s3-policy')?.textContent ?? '').includes('"Statement"'));
  return { context, page: p };
}

test('?lang=ja: the document is Japanese, findings and their rule docs too; codes and policy text stay as written', async () => {
  const { context, page: p } = await open('?lang=ja');
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(p.packs.length, 1);
  assert.match(await p.textContent('.tagline'), /ブラウザ上で生成、検証、評価します/);
  assert.equal(await p.inputValue('#lang'), 'ja');
  await p.click('#edit-s3');
  await p.fill('#policy-editor', COPIED);
  const finding = p.locator('#diagnostics li[data-code="INVALID_ACTION"]').first();
  await finding.waitFor();
  assert.match(await finding.textContent(), /アクション "imagebuilder: GetImage" に空白が含まれている/);
  assert.match(await finding.textContent(), /INVALID_ACTION/);
  assert.match(await p.textContent('details.rule-doc[data-rule="INVALID_ACTION"] summary'), /INVALID_ACTION について/);
  assert.deepEqual(p.errors, []);
  await context.close();
});

test('the English page never fetches the Japanese pack; the switch loads it, and the choice is kept', async () => {
  const { context, page: p } = await open('', { locale: 'en-US' });
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(p.packs, []);
  await p.selectOption('#lang', 'ja');
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(p.packs.length, 1);
  assert.match(await p.textContent('.tagline'), /ブラウザ/);
  // Kept in the saved state: a reload is still Japanese.
  await p.waitForFunction(() => (localStorage.getItem('vpce-policy/state/v1') ?? '').includes('"lang":"ja"'));
  await p.reload();
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  await p.selectOption('#lang', 'en');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await p.textContent('.tagline'), /generated, validated and evaluated/);
  await context.close();
});

test("a first visit follows the browser's languages", async () => {
  const { context, page: p } = await open('', { locale: 'ja-JP' });
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(await p.inputValue('#lang'), 'ja');
  await context.close();
});

test('a pack that cannot load: the page stays English and says so, in English', async () => {
  const context = await browser.newContext();
  await context.route(PACK, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const p = await context.newPage();
  await p.goto(server.base + '?lang=ja');
  await p.locator('.language-switch [role="status"]', { hasText: 'could not be loaded' }).waitFor();
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await p.textContent('.tagline'), /generated, validated and evaluated/);
  await context.close();
});

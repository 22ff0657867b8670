// Throughput of `vpce-policy eval --requests` for the whole process: 1,000,000 JSON Lines requests (five actions,
// a thousand resources, a five-key context) against the typical 8-statement endpoint policy of the criterion
// benchmarks, on one core (taskset) and on every core. Prints wall and CPU time per request (median and fastest
// of RUNS runs) and peak memory.
//   cargo build --release -p vpce-policy-cli && node tests/bench/eval-stream.mjs [REQUESTS]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'target/release/vpce-policy');
const n = Number(process.argv[2] ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-stream-'));

// The policy is the TYPICAL input of crates/core/benches/inputs/mod.rs, read from there (one source).
const inputs = fs.readFileSync(path.join(root, 'crates/core/benches/inputs/mod.rs'), 'utf8');
const policy = inputs.match(/pub const TYPICAL: &str = r#"([\s\S]*?)"#;/)[1];
fs.writeFileSync(path.join(dir, 'policy.json'), policy);

const actions = ['CreateImage', 'GetImage', 'DeleteImage', 'TagResource', 'GetComponent'].map((a) => `imagebuilder:${a}`);
const lines = [];
for (let i = 0; i < n; i++) {
  lines.push(JSON.stringify({
    principal: 'arn:aws:sts::111122223333:assumed-role/Builder/i-1', action: actions[i % 5],
    resource: `arn:aws:imagebuilder:us-east-1:111122223333:image/app/1.0.${i % 1000}/1`,
    context: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5', 'aws:ResourceOrgID': 'o-a1b2c3d4e5', 'aws:SourceVpce': 'vpce-1a2b3c4d',
      'aws:SecureTransport': true, 'aws:VpcSourceIp': '10.1.2.3' },
  }));
}
const requests = path.join(dir, 'requests.jsonl');
fs.writeFileSync(requests, lines.join('\n') + '\n');

// This VM's speed flips between states about 2x apart within a minute: each configuration runs RUNS times (default
// 5) and reports the median and the fastest run (noise only ever adds time).
const repeat = Number(process.env.RUNS ?? 5);

function run(label, prefix) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...prefix, cli, 'eval', '--endpoint-policy', path.join(dir, 'policy.json'),
      '--requests', requests, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(r.stderr);
    const [wall, user, sys, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    runs.push({ wall, cpu: user + sys, kb });
  }
  const us = (seconds) => +(seconds * 1e6 / n).toFixed(2);
  const by = (k) => [...runs].sort((a, b) => a[k] - b[k]);
  const mid = (k) => by(k)[Math.floor(runs.length / 2)];
  return {
    label,
    wallUsPerRequest: { median: us(mid('wall').wall), fastest: us(by('wall')[0].wall) },
    cpuUsPerRequest: { median: us(mid('cpu').cpu), fastest: us(by('cpu')[0].cpu) },
    peakMiB: +(Math.max(...runs.map((r) => r.kb)) / 1024).toFixed(1),
  };
}

try {
  execFileSync(cli, ['--version']);
  console.log(JSON.stringify({ requests: n, bytes: fs.statSync(requests).size,
    oneCore: run('one core', ['taskset', '-c', '0']), allCores: run(`${os.cpus().length} cores`, []) }, null, 2));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Throughput of `vpce-policy replay` on gzipped CloudTrail log files, side by side with `gzip -dc` of the same
// files (the floor: a replay cannot be faster than reading its input). Files are built from the real events of
// tests/trail/realworld (every record, with fresh event IDs, recorded through an endpoint), FILES files of EVENTS
// events, in the {"Records":[…]} form CloudTrail delivers to S3. One core (taskset) and every core; median and
// fastest of RUNS runs.
//   cargo build --release -p vpce-policy-cli && node tests/bench/replay.mjs [FILES] [EVENTS]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { records } from '../trail/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'target/release/vpce-policy');
const files = Number(process.argv[2] ?? 40);
const perFile = Number(process.argv[3] ?? 5000);
const runs = Number(process.env.RUNS ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replay-bench-'));

const real = records();
let id = 0;
for (let f = 0; f < files; f++) {
  const batch = [];
  for (let i = 0; i < perFile; i++) {
    const r = { ...real[(f * perFile + i) % real.length], eventID: `bench-${id++}`, vpcEndpointId: 'vpce-0123456789abcdef0' };
    batch.push(r);
  }
  fs.writeFileSync(path.join(dir, `trail-${String(f).padStart(4, '0')}.json.gz`), zlib.gzipSync(JSON.stringify({ Records: batch })));
}
// The TYPICAL endpoint policy of the criterion benchmarks (crates/core/benches/inputs/mod.rs), as eval-stream.mjs.
const inputs = fs.readFileSync(path.join(root, 'crates/core/benches/inputs/mod.rs'), 'utf8');
const policy = path.join(dir, 'policy.json');
fs.writeFileSync(policy, inputs.match(/pub const TYPICAL: &str = r#"([\s\S]*?)"#;/)[1]);
const gz = fs.readdirSync(dir).filter((f) => f.endsWith('.gz')).map((f) => path.join(dir, f));
const bytes = gz.reduce((n, f) => n + fs.statSync(f).size, 0);
const events = files * perFile;

function time(label, cmd, args) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}`);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  console.log(`${label.padEnd(34)} median ${median.toFixed(0).padStart(6)} ms  fastest ${ms[0].toFixed(0).padStart(6)} ms  ` +
    `${(events / median * 1000 / 1e3).toFixed(0).padStart(6)}k events/s`);
  return median;
}

console.log(`${events.toLocaleString()} events in ${files} gzipped files, ${(bytes / 1e6).toFixed(1)} MB compressed`);
const unzip = time('gzip -dc (one core)', 'taskset', ['-c', '0', 'sh', '-c', `gzip -dc ${gz.join(' ')} > /dev/null`]);
const one = time('replay (one core)', 'taskset', ['-c', '0', cli, 'replay', '--policy', policy, ...gz]);
const all = time(`replay (${os.availableParallelism()} cores)`, cli, ['replay', '--policy', policy, ...gz]);
console.log(`replay / decompression on one core: ${(one / unzip).toFixed(2)}×; every core: ${(all / unzip).toFixed(2)}× of one-core gzip`);
fs.rmSync(dir, { recursive: true });

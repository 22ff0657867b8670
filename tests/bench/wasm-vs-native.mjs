// WebAssembly against native, on the same inputs in the same run: validate a 20,480-character endpoint policy,
// and evaluate a typical endpoint policy (compiled and prepared once, trace off). Needs a release build in dist/
// (`trunk build --release --offline`). Usage: node tests/bench/wasm-vs-native.mjs [PAIRS]
//
// This VM's speed drifts by up to 2x within a minute, so native and wasm are timed in PAIRS interleaved rounds
// (native, then wasm, back to back) and each round gives its own ratio; the median ratio and the range are printed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist, nodeInit } from '../e2e/harness.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
execFileSync('cargo', ['build', '--release', '-q', '-p', 'vpce-policy-core', '--example', 'engine_timing'], { cwd: root, stdio: 'inherit' });
const runNative = () => JSON.parse(execFileSync(path.join(root, 'target/release/examples/engine_timing'),
  { encoding: 'utf8', maxBuffer: 1 << 26 }));
const api = await import(path.join(dist, 'lib', 'vpce_policy.js'));
// The JavaScript API's own module (size-optimized, as the playground's) with the IAM data file loaded.
await api.default(nodeInit(path.join(dist, 'lib', 'vpce_policy_glue_bg.wasm')));
const pairs = Number(process.argv[2] ?? 5);

const medianUs = (rounds, iterations, f) => {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    f(iterations);
    times.push(((performance.now() - start) * 1000) / iterations);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)];
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds = [];
let inputs;
for (let i = 0; i < pairs; i++) {
  const native = runNative();
  inputs = native.inputs;
  const { maxSizePolicy, typicalPolicy, typicalRequest } = inputs;
  if (i === 0) {
    if (api.benchValidate(maxSizePolicy, 1) !== 0) throw new Error('the benchmark policy has findings in wasm');
    if (api.benchEvaluate(typicalPolicy, typicalRequest, 1) !== 1) throw new Error('the benchmark request is not allowed in wasm');
    medianUs(3, 50, (n) => api.benchValidate(maxSizePolicy, n)); // warm up
    medianUs(3, 50_000, (n) => api.benchEvaluate(typicalPolicy, typicalRequest, n));
  }
  const wasm = {
    validateUs: medianUs(9, 200, (n) => api.benchValidate(maxSizePolicy, n)),
    evaluateUs: medianUs(9, 200_000, (n) => api.benchEvaluate(typicalPolicy, typicalRequest, n)),
  };
  rounds.push({ native: native.native, wasm });
}
const row = (what, k) => {
  const ratios = rounds.map((r) => r.wasm[k] / r.native[k]);
  const fmt = (x) => x.toFixed(2);
  return `| ${what} | ${fmt(median(rounds.map((r) => r.native[k])))} µs | ${fmt(median(rounds.map((r) => r.wasm[k])))} µs | `
    + `${fmt(median(ratios))}× (${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))}×) |`;
};
console.log(`${pairs} interleaved rounds (medians of 9 timings each)\n`);
console.log('| what | native, median | wasm (Node), median | wasm / native per round: median (range) |\n|---|---|---|---|');
console.log(row('validate a 20,480-character endpoint policy', 'validateUs'));
console.log(row('evaluate a typical endpoint policy (prepared, trace off)', 'evaluateUs'));
console.log('\nper round, native / wasm: ' + rounds.map((r) => `validate ${r.native.validateUs.toFixed(0)} / ${r.wasm.validateUs.toFixed(0)} µs, `
  + `evaluate ${r.native.evaluateUs.toFixed(2)} / ${r.wasm.evaluateUs.toFixed(2)} µs`).join('; '));

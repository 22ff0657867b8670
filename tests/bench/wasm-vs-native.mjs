// WebAssembly against native, on the same inputs in the same run: validate a 20,480-character endpoint policy,
// and evaluate a typical endpoint policy (compiled and prepared once, trace off). Needs a release build in dist/
// (`trunk build --release --offline`). Usage: node tests/bench/wasm-vs-native.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const native = JSON.parse(execFileSync('cargo', ['run', '--release', '-q', '-p', 'vpce-policy-core', '--example', 'engine_timing'],
  { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }));
const lib = process.env.LIB_DIR ?? path.join(root, 'dist/lib');
const api = await import(path.join(lib, 'vpce_policy.js'));
await api.default({ module_or_path: fs.readFileSync(path.join(lib, 'vpce_policy_bg.wasm')) });

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
const { maxSizePolicy, typicalPolicy, typicalRequest } = native.inputs;
if (api.benchValidate(maxSizePolicy, 1) !== 0) throw new Error('the benchmark policy has findings in wasm');
if (api.benchEvaluate(typicalPolicy, typicalRequest, 1) !== 1) throw new Error('the benchmark request is not allowed in wasm');
medianUs(3, 50, (n) => api.benchValidate(maxSizePolicy, n)); // warm up
const wasm = {
  validateUs: medianUs(9, 200, (n) => api.benchValidate(maxSizePolicy, n)),
  evaluateUs: medianUs(9, 200_000, (n) => api.benchEvaluate(typicalPolicy, typicalRequest, n)),
};
const row = (what, k) => `| ${what} | ${native.native[k].toFixed(2)} µs | ${wasm[k].toFixed(2)} µs | ${(wasm[k] / native.native[k]).toFixed(2)}× |`;
console.log('| what | native | wasm (Node) | wasm / native |\n|---|---|---|---|');
console.log(row('validate a 20,480-character endpoint policy', 'validateUs'));
console.log(row('evaluate a typical endpoint policy (prepared, trace off)', 'evaluateUs'));

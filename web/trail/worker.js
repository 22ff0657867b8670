// The CloudTrail replay worker: loads its own module (lib/trail/) when a page first drops CloudTrail files, and
// replays them off the main thread, posting progress. The page cancels by terminating the worker.
import init, { replayFiles } from './vpce_policy_trail.js';

const ready = init();
let memory = null;
ready.then((wasm) => { memory = wasm.memory; });

self.onmessage = async ({ data }) => {
  try {
    await ready;
    let last = 0;
    const result = replayFiles(data.files, data.candidate, data.options, (read, total, events) => {
      const now = performance.now();
      // At most every 50 ms: a message per MiB would flood the page on a fast disk.
      if (now - last > 50 || read === total) {
        last = now;
        // The module's memory, for the benchmark's record of what a replay holds.
        self.postMessage({ type: 'progress', read, total, events, wasmBytes: memory ? memory.buffer.byteLength : 0 });
      }
    });
    self.postMessage({ type: 'done', result });
  } catch (e) {
    self.postMessage({ type: 'done', result: { error: { message: String(e && e.message || e) } } });
  }
};

// Where the main thread's time went between the `keystrokes-start` and `keystrokes-end` marks of a Chrome trace:
// self time per event name (a parent's time minus its children's), per keystroke, largest first.
//   node tests/bench/trace-summary.mjs TRACE.json [KEYSTROKES]
import fs from 'node:fs';

/** Summarizes a parsed trace; `keystrokes` divides the totals. */
export function summarize(trace, keystrokes) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
  const [start, end] = [mark('keystrokes-start'), mark('keystrokes-end')];
  if (start === undefined || end === undefined) throw new Error('the trace has no keystrokes-start/end marks');
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
    && events.some((x) => x.tid === e.tid && x.ts >= start && x.ts <= end && x.ph === 'X'))?.tid;
  const spans = events
    .filter((e) => e.tid === mainTid && e.ph === 'X' && e.ts >= start && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).endTs <= until) stack.pop();
  };
  for (const e of spans) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
    self.set(e.name, (self.get(e.name) ?? 0) + dur);
    stack.push({ name: e.name, endTs: e.ts + dur });
  }
  const busy = spans.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.dur ?? 0), 0);
  const top = [...self.entries()].filter(([, us]) => us > 0).sort((a, b) => b[1] - a[1]).slice(0, 12);
  const perKey = (us) => +(us / 1000 / keystrokes).toFixed(2);
  return {
    windowMsPerKeystroke: perKey(end - start),
    mainThreadBusyMsPerKeystroke: perKey(busy),
    selfMsPerKeystroke: Object.fromEntries(top.map(([name, us]) => [name, perKey(us)])),
  };
}

if (process.argv[1]?.endsWith('trace-summary.mjs')) {
  const [file, n] = process.argv.slice(2);
  console.log(JSON.stringify(summarize(JSON.parse(fs.readFileSync(file, 'utf8')), Number(n ?? 30)), null, 2));
}

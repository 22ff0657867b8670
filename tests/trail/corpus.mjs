// Every record of the real CloudTrail corpus (tests/trail/realworld), whatever form its file holds it in: for the
// replay benchmark and the browser tests, which build larger trails from real events.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), 'realworld');

export function records() {
  const out = [];
  for (const f of fs.readdirSync(corpus).filter((f) => /\.jsonl?$/.test(f))) {
    const text = fs.readFileSync(path.join(corpus, f), 'utf8');
    let values;
    try { values = [JSON.parse(text)]; } catch { values = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)); }
    for (const v of values) {
      if (Array.isArray(v)) out.push(...v);
      else if (v.Records) out.push(...v.Records);
      else if (v.Events) out.push(...v.Events.map((e) => JSON.parse(e.CloudTrailEvent)));
      else out.push(v);
    }
  }
  return out;
}

// What the playground's Rust asks of JavaScript that wasm-bindgen cannot say by itself: dynamic import() of the
// page's modules and data files, and the browser's (de)compression streams. One file, so that a page fetches one
// snippet beside its glue (on HTTP/1.1 each extra file waits for one of six connections, ahead of the wasm).

// The page's data files through lib/data.js, the one fetcher of them on a page (web/src/data_files.rs).
const data = () => import(new URL('lib/data.js', document.baseURI).href);
export function iam_data() { return data().then((m) => m.iamData()); }
export function locale_pack(tag) { return data().then((m) => m.localePack(tag)); }

// Modules loaded on demand, once each, initialised, and given a language pack the first time they are asked in
// it (web/src/modules.rs).
const modules = new Map();
export function load_module(path, tag) {
  let entry = modules.get(path);
  if (!entry) {
    entry = {
      module: import(new URL(path, document.baseURI).href).then(async (m) => { await m.default(); return m; }),
      languages: new Map(),
    };
    modules.set(path, entry);
  }
  return entry.module.then(async (m) => {
    if (tag !== 'en') {
      if (!entry.languages.has(tag)) {
        entry.languages.set(tag, data()
          .then((d) => d.localePack(tag))
          .then((text) => { if (text) m.loadLocale(tag, text); })
          .catch(() => {}));
      }
      await entry.languages.get(tag);
    }
    return m;
  });
}

// Raw deflate for share links (web/src/deflate.rs). One pipe for both ways; `limit` stops a decompression bomb
// before it fills memory.
async function pipe(bytes, transform, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) { reader.cancel().catch(() => {}); return undefined; }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
export function deflate_raw(bytes) { return pipe(bytes, new CompressionStream('deflate-raw'), Infinity); }
export function inflate_raw(bytes, limit) { return pipe(bytes, new DecompressionStream('deflate-raw'), limit); }

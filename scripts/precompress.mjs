#!/usr/bin/env node
// Trunk post-build hook (the last): writes a .br and a .gz beside every .wasm, .js, .mjs, .css, .html, .json, .txt and .ftl
// file of the build, for static hosts that serve precompressed files when the browser accepts them (nginx
// gzip_static/brotli_static, Caddy's precompressed, Netlify, Cloudflare Pages; docs/playground.md, "Serving").
// The playground's wasm is ~1.9 MB as is and ~0.55 MB gzipped: on a slow link that is seconds.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('run as a Trunk hook, or pass the dist directory');
const kinds = new Set(['.wasm', '.js', '.mjs', '.css', '.html', '.json', '.txt', '.ftl']);
let count = 0;
function walk(d) {
  for (const name of readdirSync(d)) {
    const file = join(d, name);
    if (statSync(file).isDirectory()) { walk(file); continue; }
    if (!kinds.has(extname(name))) continue;
    const body = readFileSync(file);
    writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
    writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    count++;
  }
}
walk(dir);
console.log(`precompressed ${count} files (.br, .gz)`);

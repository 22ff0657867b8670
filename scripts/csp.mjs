#!/usr/bin/env node
// Trunk post-build hook: writes a Content-Security-Policy meta tag into the built index.html, so that any static
// host enforces "nothing leaves this page": only the page's own origin, the one inline start-up script by its
// hash, and WebAssembly compilation ('wasm-unsafe-eval'). Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('run as a Trunk hook, or pass the dist directory');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
// Chromium ignores `integrity` on `<link rel="preload" as="fetch">` and warns on every load (crbug.com/981419):
// the wasm preload keeps its URL and drops the attribute; the CSP above still limits it to this origin.
html = html.replace(/(<link rel="preload"[^>]*?as="fetch"[^>]*?)\s+integrity="[^"]*"/g, '$1')
  .replace(/(<link rel="preload"[^>]*?)\s+integrity="[^"]*"([^>]*?as="fetch")/g, '$1$2');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
writeFileSync(file, html);
console.log(`CSP written with ${hashes.length} inline script hash(es)`);

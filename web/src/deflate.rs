//! Raw deflate (RFC 1951) for share links, by the browser's `CompressionStream` and `DecompressionStream`: the
//! page's module carries no deflate code of its own (a Rust one was 14 KB of its gzipped size, docs/benchmarks.md).
//! Links written by earlier versions, raw deflate too, read the same.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/imports.js")]
extern "C" {
    fn deflate_raw(bytes: &[u8]) -> js_sys::Promise;
    fn inflate_raw(bytes: &[u8], limit: f64) -> js_sys::Promise;
}

async fn bytes(promise: js_sys::Promise) -> Option<Vec<u8>> {
    let out = JsFuture::from(promise).await.ok()?;
    out.dyn_into::<js_sys::Uint8Array>().ok().map(|a| a.to_vec())
}

/// Whether this browser has the streams (Chrome and Edge 103, Firefox 113, Safari 16.4 and later).
pub fn available() -> bool {
    let global = js_sys::global();
    ["CompressionStream", "DecompressionStream"]
        .iter()
        .all(|name| js_sys::Reflect::get(&global, &(*name).into()).is_ok_and(|v| !v.is_undefined()))
}

/// `data` deflated; `None` only where the browser has no `CompressionStream`.
pub async fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    bytes(deflate_raw(data)).await
}

/// `data` inflated; `None` when it is not raw deflate, is cut short, or inflates to more than `limit` bytes.
pub async fn inflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    bytes(inflate_raw(data, limit as f64)).await
}

//! The page's data files (the IAM data, the language packs) through `lib/data.js`, the one fetcher of them on a
//! page: the page's own code, the template reader's module and the replay worker take the same responses, and the
//! requests are the ones web/loading.js preloaded.

use vpce_policy_core::i18n::Locale;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/imports.js")]
extern "C" {
    fn iam_data() -> js_sys::Promise;
    fn locale_pack(tag: &str) -> js_sys::Promise;
}

/// Why a file's text could not be had.
pub enum Unfetched {
    /// The fetch failed: its error's message, when it had one.
    Failed(Option<String>),
    /// The answer was not text (no such file).
    NotText,
}

async fn text(promise: js_sys::Promise) -> Result<String, Unfetched> {
    JsFuture::from(promise)
        .await
        .map_err(|e| Unfetched::Failed(e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()))))?
        .as_string()
        .ok_or(Unfetched::NotText)
}

/// The IAM data file's text (`data/iam-<hash>.txt`).
pub async fn iam_data_text() -> Result<String, Unfetched> {
    text(iam_data()).await
}

/// A language pack's text (`data/<tag>-<hash>.ftl`).
pub async fn pack_text(locale: Locale) -> Result<String, Unfetched> {
    text(locale_pack(locale.tag())).await
}

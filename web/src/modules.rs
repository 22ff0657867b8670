//! The page's modules loaded on demand (`lib/templates/` when a template is pasted, `lib/vpce_policy.js` when
//! "Why does my build fail?" is used): imported once, initialised with the data and English pack the page already
//! has (lib/data.js fetches each once per page), and given the page's language pack the first time they are
//! asked in it. When that pack cannot be handed over, the module answers in English.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/imports.js")]
extern "C" {
    fn load_module(path: &str, tag: &str) -> js_sys::Promise;
}

/// The module at `path` (relative to the page), ready to answer in the language the page shows.
pub async fn load(path: &str) -> Result<JsValue, JsValue> {
    wasm_bindgen_futures::JsFuture::from(load_module(path, crate::i18n::shown().tag())).await
}

/// The options a module's function takes for the page's language: `{ locale: "<tag>" }`.
pub fn in_language() -> JsValue {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"locale".into(), &crate::i18n::shown().tag().into());
    options.into()
}

/// A module's answer (a plain JS object) read as `T`, through JSON text.
pub fn read<T: serde::de::DeserializeOwned>(value: &JsValue) -> Option<T> {
    let json = js_sys::JSON::stringify(value).ok()?.as_string()?;
    serde_json::from_str(&json).ok()
}

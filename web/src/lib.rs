//! The vpce-policy playground: a Yew front end over the core. Everything runs in the browser; the page makes no
//! network request beyond its own static files.

pub mod browser;
pub mod components;
pub mod data_files;
pub mod deflate;
pub mod derived;
pub mod embed_view;
pub mod highlight;
pub mod hooks;
pub mod i18n;
pub mod modules;
pub mod request_form;
pub mod share;
pub mod starters;
pub mod state;
pub mod template_reader;
pub mod trail_worker;
pub mod viewport;
pub mod warm_up;

// The JavaScript API (`validate`, `loadData`, …) is exported from this module too; see web/Cargo.toml.
pub use vpce_policy_wasm as api;

/// Mounts the app on `<body>` — on the playground's own page only (the one with the static first paint): the same
/// module is the engine of docs pages (lib/vpce_policy.js) and of Node, where it must leave the page alone.
pub fn start() {
    let on_playground = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-paint"))
        .is_some();
    if on_playground {
        // The page's words are the English pack (preloaded beside the wasm by web/loading.js); the static first
        // paint stays until they are in. Without them the app would show message ids, so a pack that cannot load
        // is said in the loading line, as a wasm that cannot.
        wasm_bindgen_futures::spawn_local(async {
            match i18n::fetch_pack(vpce_policy_core::i18n::Locale::En).await {
                Ok(()) => {
                    // A share link is inflated by the browser, asynchronously, so before the app's first state.
                    let link = match share::payload_from_fragment(&browser::fragment()) {
                        Some(payload) => Some(share::decode(payload).await),
                        None => None,
                    };
                    yew::Renderer::<components::app::App>::with_props(components::app::AppProps { link })
                        .render();
                }
                Err(why) => browser::say_engine_failed(&format!(
                    "The page's texts could not be loaded ({why}). The policies below are the defaults; reload to try again, or use the vpce-policy CLI."
                )),
            }
        });
    }
}

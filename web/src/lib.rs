//! The vpce-policy playground: a Yew front end over the core. Everything runs in the browser; the page makes no
//! network request beyond its own static files.

pub mod browser;
pub mod components;
pub mod derived;
pub mod embed_view;
pub mod highlight;
pub mod hooks;
pub mod i18n;
pub mod request_form;
pub mod share;
pub mod starters;
pub mod state;
pub mod template_reader;
pub mod trail_worker;
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
        yew::Renderer::<components::app::App>::new().render();
    }
}

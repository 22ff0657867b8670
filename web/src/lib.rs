//! The vpce-policy playground: a Yew front end over the core. Everything runs in the browser; the page makes no
//! network request beyond its own static files.

pub mod browser;
pub mod components;
pub mod derived;
pub mod embed_view;
pub mod highlight;
pub mod hooks;
pub mod request_form;
pub mod share;
pub mod starters;
pub mod state;
pub mod template_reader;
pub mod trail_worker;
pub mod warm_up;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<components::app::App>::new().render();
}

//! The JavaScript API over the core, for docs pages: plain functions that take and return plain JS objects
//! (serde-wasm-bindgen). Bad input comes back as `{error: {message, line?, column?}}`; nothing here throws on
//! user data or panics. The only crate besides `web/` that touches wasm-bindgen.

mod api;
mod types;

pub use api::*;

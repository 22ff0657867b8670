//! The JavaScript API over the core, for docs pages: plain functions that take and return plain JS objects
//! (serde-wasm-bindgen). Bad input comes back as `{error: {message, line?, column?}}`; nothing here throws on
//! user data or panics. The only crate besides `web/` that touches wasm-bindgen.

// Without `full`, the types of the other functions' inputs and results are unused (they still describe the whole
// API's TypeScript).
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod api;
#[cfg(feature = "full")]
mod full;
mod types;

pub use api::*;
#[cfg(feature = "full")]
pub use full::*;

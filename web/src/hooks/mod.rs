//! The page's effects as hooks, as Yew's `function_todomvc` keeps them apart from the components: each does one
//! thing to the world outside the component tree (the URL, local storage, the host page).

mod after_paint;
mod embed_height;
mod iam_data;
mod latest;
mod persist;
mod share_link_listener;
mod share_payload;

pub use after_paint::use_after_paint;
pub use embed_height::use_embed_height;
pub use iam_data::{use_iam_data, IamData};
pub use persist::use_persist;
pub use share_link_listener::use_share_link_listener;
pub use share_payload::use_share_payload;

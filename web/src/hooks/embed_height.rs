//! An embed and its host page.

use crate::browser;
use yew::prelude::*;

/// In an embed, marks the body (for its styles) and tells the host page how tall the content is, now and
/// whenever that changes.
#[hook]
pub fn use_embed_height(embed: bool) {
    use_effect_with(embed, |embed| {
        browser::body_class("embed", *embed);
        let observer = embed.then(browser::post_height_to_parent).flatten();
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
        }
    });
}

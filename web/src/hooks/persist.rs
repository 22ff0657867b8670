//! Keeps the state in the URL fragment (the share link) and in local storage.

use crate::state::State;
use crate::{browser, share};
use yew::prelude::*;

/// How long typing must pause before the state is written to the URL and local storage.
pub const PERSIST_DELAY_MS: u32 = 150;

/// Writes the state to the fragment and local storage once typing pauses, not on every keystroke.
#[hook]
pub fn use_persist(state: &State) {
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    use_effect_with(state.clone(), move |s| {
        let s = s.clone();
        *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
            PERSIST_DELAY_MS,
            move || {
                // A multi-megabyte paste is not written into the address bar or storage (no link could hold it); the
                // notice in the editor says the text is only measured.
                if s.too_large_to_keep() {
                    return;
                }
                // A link that could not be read stays in the address bar until its notice is dismissed.
                if s.broken_link.is_none() {
                    browser::set_fragment(&share::encode(&s));
                }
                if !browser::embed_mode() {
                    browser::save(&serde_json::to_string(&s).unwrap_or_default());
                }
            },
        ));
    });
}

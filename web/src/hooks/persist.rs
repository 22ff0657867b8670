//! Keeps the state in the URL fragment (the share link) and in local storage.

use super::latest::Latest;
use crate::state::State;
use crate::{browser, share};
use yew::prelude::*;

/// How long typing must pause before the state is written to the URL and local storage.
pub const PERSIST_DELAY_MS: u32 = 150;

/// Writes the state to the fragment and local storage once typing pauses, not on every keystroke.
#[hook]
pub fn use_persist(state: &State) {
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // Deflating the link is asynchronous: an older state's link that finishes late must not replace a newer one's.
    let written = use_memo((), |_| Latest::default());
    use_effect_with(state.clone(), move |s| {
        let s = s.clone();
        let written = (*written).clone();
        *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
            PERSIST_DELAY_MS,
            move || {
                // A multi-megabyte paste is not written into the address bar or storage (no link could hold it); the
                // notice in the editor says the text is only measured.
                if s.too_large_to_keep() {
                    return;
                }
                if !browser::embed_mode() {
                    browser::save(&share::state_json(&s));
                }
                // A link that could not be read stays in the address bar until its notice is dismissed.
                if s.broken_link.is_none() {
                    let still_latest = written.start();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(payload) = share::encode(&s).await {
                            if still_latest() {
                                browser::set_fragment(&payload);
                            }
                        }
                    });
                }
            },
        ));
    });
}

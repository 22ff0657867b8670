//! The share link's payload for the current state, for links the page shows (an embed's "Open in the full
//! playground"). Deflating is asynchronous, so the payload follows the state a moment later.

use super::latest::Latest;
use crate::share;
use crate::state::State;
use yew::prelude::*;

/// The `#s=` payload of `state` once it is deflated; only computed while `wanted`.
#[hook]
pub fn use_share_payload(state: &State, wanted: bool) -> Option<String> {
    let payload = use_state_eq(|| None::<String>);
    // A slower deflate of an older state must not overwrite a newer one's.
    let latest = use_memo((), |_| Latest::default());
    {
        let payload = payload.setter();
        // Not wanted (the standalone page): no copy of the state to keep and compare on every render.
        use_effect_with(wanted.then(|| state.clone()), move |s| {
            if let Some(s) = s.clone() {
                let still_latest = latest.start();
                wasm_bindgen_futures::spawn_local(async move {
                    let encoded = share::encode(&s).await;
                    if still_latest() {
                        payload.set(encoded);
                    }
                });
            }
        });
    }
    (*payload).clone()
}

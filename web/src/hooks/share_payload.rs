//! The share link's payload for the current state, for links the page shows (an embed's "Open in the full
//! playground"). Deflating is asynchronous, so the payload follows the state a moment later.

use crate::share;
use crate::state::State;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The `#s=` payload of `state` once it is deflated; only computed while `wanted`.
#[hook]
pub fn use_share_payload(state: &State, wanted: bool) -> Option<String> {
    let payload = use_state_eq(|| None::<String>);
    // A slower deflate of an older state must not overwrite a newer one's.
    let latest = use_memo((), |_| Rc::new(Cell::new(0u64)));
    {
        let payload = payload.setter();
        use_effect_with((state.clone(), wanted), move |(s, wanted)| {
            if *wanted {
                let generation = latest.get() + 1;
                latest.set(generation);
                let (s, latest) = (s.clone(), Rc::clone(&latest));
                wasm_bindgen_futures::spawn_local(async move {
                    let encoded = share::encode(&s).await;
                    if latest.get() == generation {
                        payload.set(encoded);
                    }
                });
            }
        });
    }
    (*payload).clone()
}

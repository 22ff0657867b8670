//! A value that follows another once the browser has painted: what the page shows below the findings (the
//! scenarios, the request's answer) is worked out after the frame that paints a keystroke and its findings, so
//! that the findings are on screen within a frame of the key (issue #24).

use super::latest::Latest;
use yew::prelude::*;

/// `value` as it was when the browser last painted: the same on the first render, then a frame behind.
#[hook]
pub fn use_after_paint<T: Clone + PartialEq + 'static>(value: T) -> T {
    let settled = use_state_eq(|| value.clone());
    // Only the latest value is taken: one that was superseded before its frame was painted is dropped.
    let latest = use_memo((), |_| Latest::default());
    {
        let settled = settled.setter();
        use_effect_with(value, move |v| {
            let (v, still_latest) = (v.clone(), latest.start());
            crate::browser::after_paint(move || {
                if still_latest() {
                    settled.set(v);
                }
            });
        });
    }
    (*settled).clone()
}

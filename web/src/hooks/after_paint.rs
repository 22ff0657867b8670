//! A value that follows another once the browser has painted: what the page shows below the findings (the
//! scenarios, the request's answer) is worked out after the frame that paints a keystroke and its findings, so
//! that the findings are on screen within a frame of the key (issue #24).

use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// `value` as it was when the browser last painted: the same on the first render, then a frame behind.
#[hook]
pub fn use_after_paint<T: Clone + PartialEq + 'static>(value: T) -> T {
    let settled = use_state_eq(|| value.clone());
    // Only the latest value is taken: one that was superseded before its frame was painted is dropped.
    let latest = use_memo((), |_| Rc::new(Cell::new(0u64)));
    {
        let settled = settled.setter();
        use_effect_with(value, move |v| {
            let generation = latest.get() + 1;
            latest.set(generation);
            let (v, latest) = (v.clone(), Rc::clone(&latest));
            crate::browser::after_paint(move || {
                if latest.get() == generation {
                    settled.set(v);
                }
            });
        });
    }
    (*settled).clone()
}

//! A share link pasted into an open tab.

use crate::state::{Action, State};
use crate::{browser, share};
use yew::prelude::*;

/// Loads a share link pasted into the address bar of an open tab, after asking when it would replace the user's
/// own work; a link that cannot be read becomes a notice.
#[hook]
pub fn use_share_link_listener(state: &State, dispatch: &Callback<Action>) {
    let latest = use_mut_ref(State::default);
    *latest.borrow_mut() = state.clone();
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let listener = browser::on_hashchange(move || {
            let Some(payload) = share::payload_from_fragment(&browser::fragment()).map(str::to_string) else {
                return;
            };
            let (latest, dispatch) = (latest.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let decoded = share::decode(&payload).await;
                let current = latest.borrow().clone();
                match decoded {
                    // The link of what is on the page already (compared as links keep states).
                    Ok(next) if share::state_json(&next) == share::state_json(&current) => {}
                    Ok(next) => {
                        if !current.has_own_work()
                            || browser::confirm(&crate::i18n::t("confirm-open-share-link"))
                        {
                            dispatch.emit(Action::Replace(Box::new(next)));
                        }
                    }
                    Err(why) => dispatch.emit(Action::BrokenLink {
                        url: browser::current_url(),
                        why,
                    }),
                }
            });
        });
        move || drop(listener)
    });
}

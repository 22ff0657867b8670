//! The language switch in the header: every language the product speaks, each in its own words; the choice is
//! kept with the saved state and share links. Says so when a language's pack could not be loaded.

use crate::i18n::{t, Language};
use crate::state::Action;
use vpce_policy_core::i18n::Locale;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The page's language.
    pub language: Language,
    /// State changes.
    pub dispatch: Callback<Action>,
}

/// A select of languages.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &Props) -> Html {
    let onchange = props.dispatch.reform(|e: Event| {
        let tag = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::Lang(Locale::parse(&tag).unwrap_or_default())
    });
    html! {
        <div class="language-switch">
            <label for="lang">{ t("language-label") }</label>
            <select id="lang" {onchange}>
                { for Locale::ALL.iter().map(|l| html! {
                    // Each language named in itself, and marked as such for screen readers.
                    <option value={l.tag()} lang={l.tag()} selected={props.language.wanted == *l}>{ l.name() }</option>
                }) }
            </select>
            if props.language.failed {
                <span class="field-message error" role="status" lang="en">
                    { format!("The {} texts could not be loaded, so the page is in English. Reload to try again.", props.language.wanted.name()) }
                </span>
            }
        </div>
    }
}

//! The section navigation: sticky at the top, one link per part of the page, doubling as skip links (a link moves
//! the focus to its section's heading). Links do not touch the URL fragment, which holds the share state.

use crate::browser;
use crate::i18n::t;
use yew::prelude::*;

/// The sections, by the id of their heading.
const SECTIONS: [(&str, &str); 8] = [
    ("nav-setup", "config-heading"),
    ("nav-endpoints", "imagebuilder-policy-heading"),
    ("nav-your-policy", "own-policy-heading"),
    ("nav-kit", "kit-heading"),
    ("nav-scenarios", "scenarios-heading"),
    ("nav-why", "why-heading"),
    ("nav-replay", "replay-heading"),
    ("nav-request", "request-heading"),
];

/// The navigation.
#[function_component(SectionNav)]
pub fn section_nav() -> Html {
    html! {
        <nav class="section-nav" aria-label={t("nav-sections-page")}>
            <ul>
                { for SECTIONS.iter().map(|(label, id)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        browser::focus_heading(id);
                    });
                    html! { <li><a href={format!("#{id}")} id={format!("nav-{id}")} {onclick}>{ t(label) }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

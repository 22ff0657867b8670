//! The section navigation: sticky at the top, one link per part of the page, doubling as skip links (a link moves
//! the focus to its section's heading). Links do not touch the URL fragment, which holds the share state.

use crate::browser;
use yew::prelude::*;

/// The sections, by the id of their heading.
const SECTIONS: [(&str, &str); 8] = [
    ("Setup", "config-heading"),
    ("Endpoints", "imagebuilder-policy-heading"),
    ("Your policy", "own-policy-heading"),
    ("Kit", "kit-heading"),
    ("Scenarios", "scenarios-heading"),
    ("Why it fails", "why-heading"),
    ("Replay", "replay-heading"),
    ("Try a request", "request-heading"),
];

/// The navigation.
#[function_component(SectionNav)]
pub fn section_nav() -> Html {
    html! {
        <nav class="section-nav" aria-label="Sections of the page">
            <ul>
                { for SECTIONS.iter().map(|(label, id)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        browser::focus_heading(id);
                    });
                    html! { <li><a href={format!("#{id}")} id={format!("nav-{id}")} {onclick}>{ *label }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

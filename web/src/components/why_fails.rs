//! "Why does my build fail?": what the user sees (a build log line, the SSM console, `dnf` or `docker` output, an
//! AccessDenied message, a CloudTrail event) read by the core's `diagnose`, each cause with its fix and a button
//! that shows it on the kit.

use crate::i18n::t;
use vpce_policy_core::data::endpoints::EndpointId;
use vpce_policy_core::diagnose::{self, Cause, Diagnosis};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Show a cause on the kit: its endpoint, and whether the endpoint is missing (the kit then leaves it out,
    /// and lists the scenarios that breaks).
    pub on_show: Callback<(EndpointId, bool)>,
}

/// The cause's kind, as the JSON output names it (for styling and tests).
fn kind(d: &Diagnosis) -> &'static str {
    match d.cause {
        Cause::MissingEndpoint { .. } => "missingEndpoint",
        Cause::PolicyDenies { .. } => "policyDenies",
        Cause::OwnedResource { .. } => "ownedResource",
        Cause::PrincipalCondition => "principalCondition",
        Cause::PrivateDns => "privateDns",
        Cause::SecurityGroup => "securityGroup",
    }
}

/// The box.
#[function_component(WhyFails)]
pub fn why_fails(props: &Props) -> Html {
    let text = use_state(String::new);
    let found = use_memo((*text).clone(), |t| diagnose::diagnose(t));
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    html! {
        <section class="panel" id="why" aria-labelledby="why-heading">
            <h2 id="why-heading">{ t("why-why-does-my-build") }</h2>
            <label for="why-text">{ t("why-paste-what-you-see") }</label>
            <textarea id="why-text" rows="4" spellcheck="false" value={(*text).clone()} {oninput} />
            <ul id="why-results" aria-live="polite">
                if !text.trim().is_empty() && found.is_empty() {
                    <li class="none">{ t("why-no-known-cause-matches") }</li>
                }
                { for found.iter().enumerate().map(|(i, d)| {
                    let show = d.endpoint.map(|e| {
                        let missing = matches!(d.cause, Cause::MissingEndpoint { .. });
                        let onclick = props.on_show.reform(move |_| (e, missing));
                        html! { <button type="button" id={format!("why-show-{i}")} {onclick}>{ crate::i18n::t_with("why-show-on-kit", &[("endpoint", e.as_str().to_string())]) }</button> }
                    });
                    html! {
                        <li data-cause={kind(d)}>
                            <p class="summary">{ d.summary.render(crate::i18n::shown()) }</p>
                            <p class="fix">{ t("why-fix") }{ d.fix.render(crate::i18n::shown()) }</p>
                            { for show }
                            if let Some(source) = &d.source {
                                <p class="source">{ d.evidence.render(crate::i18n::shown()) }{ " · " }<a href={source.clone()} target="_blank" rel="noopener">{ t("why-source") }</a></p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

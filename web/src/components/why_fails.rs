//! "Why does my build fail?": what the user sees (a build log line, the SSM console, `dnf` or `docker` output, an
//! AccessDenied message, a CloudTrail event) read by the core's `diagnose`, each cause with its fix and a button
//! that shows it on the kit. The diagnosis (the symptom table, the CloudTrail reader) is the JavaScript API's
//! (`lib/vpce_policy.js`), loaded when the box is first used: the page's first load does not carry it.

use crate::i18n::{t, t_with};
use serde::Deserialize;
use std::rc::Rc;
use vpce_policy_core::data::endpoints::EndpointId;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The whole JavaScript API's module (lib/vpce_policy.js), as imported.
    type ApiModule;
    #[wasm_bindgen(method, catch)]
    fn diagnose(this: &ApiModule, text: &str, options: &JsValue) -> Result<JsValue, JsValue>;
}

/// A cause, as `diagnose` gives it in the page's language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Found {
    cause: CauseKind,
    summary: String,
    fix: String,
    endpoint: Option<String>,
    evidence: String,
    source: Option<String>,
}

/// The cause's kind, as the JSON names it (for styling and tests); its other fields are in the summary.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct CauseKind {
    kind: String,
}

#[derive(Deserialize)]
struct Answer {
    diagnoses: Vec<Found>,
}

/// What the box shows for a text: its causes, or why they could not be found.
type Reading = Result<Vec<Found>, String>;

async fn read(text: &str) -> Reading {
    let module = crate::modules::load("lib/vpce_policy.js")
        .await
        .map_err(|_| t("why-engine-unavailable"))?;
    let value = module
        .unchecked_into::<ApiModule>()
        .diagnose(text, &crate::modules::in_language())
        .map_err(|_| t("why-engine-unavailable"))?;
    crate::modules::read::<Answer>(&value)
        .map(|a| a.diagnoses)
        .ok_or_else(|| t("why-engine-unavailable"))
}

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Show a cause on the kit: its endpoint, and whether the endpoint is missing (the kit then leaves it out,
    /// and lists the scenarios that breaks).
    pub on_show: Callback<(EndpointId, bool)>,
}

/// The box.
#[function_component(WhyFails)]
pub fn why_fails(props: &Props) -> Html {
    let text = use_state(|| Rc::new(String::new()));
    // The reading with the text it was made for: a late answer for an older text is never shown.
    let reading = use_state(|| None::<(Rc<String>, Reading)>);
    {
        let reading = reading.clone();
        use_effect_with((*text).clone(), move |text| {
            if !text.trim().is_empty() {
                let text = text.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let found = read(&text).await;
                    reading.set(Some((text, found)));
                });
            }
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(Rc::new(area.value()));
        })
    };
    let current = reading
        .as_ref()
        .filter(|(for_text, _)| *for_text == *text)
        .map(|(_, r)| r);
    let empty = text.trim().is_empty();
    html! {
        <section class="panel" id="why" aria-labelledby="why-heading">
            <h2 id="why-heading">{ t("why-why-does-my-build") }</h2>
            <label for="why-text">{ t("why-paste-what-you-see") }</label>
            <textarea id="why-text" rows="4" spellcheck="false" value={(**text).clone()} {oninput} />
            <ul id="why-results" aria-live="polite">
                { match current {
                    _ if empty => html! {},
                    None => html! { <li class="none" role="status">{ t("why-reading") }</li> },
                    Some(Err(e)) => html! { <li class="none error" role="alert">{ e.clone() }</li> },
                    Some(Ok(found)) if found.is_empty() => html! { <li class="none">{ t("why-no-known-cause-matches") }</li> },
                    Some(Ok(found)) => found.iter().enumerate().map(|(i, d)| cause(i, d, &props.on_show)).collect::<Html>(),
                } }
            </ul>
        </section>
    }
}

fn cause(i: usize, d: &Found, on_show: &Callback<(EndpointId, bool)>) -> Html {
    let show = d.endpoint.as_deref().and_then(EndpointId::parse).map(|e| {
        let missing = d.cause.kind == "missingEndpoint";
        let onclick = on_show.reform(move |_| (e, missing));
        html! { <button type="button" id={format!("why-show-{i}")} {onclick}>{ t_with("why-show-on-kit", &[("endpoint", e.as_str().to_string())]) }</button> }
    });
    html! {
        <li data-cause={d.cause.kind.clone()}>
            <p class="summary">{ d.summary.clone() }</p>
            <p class="fix">{ t("why-fix") }{ d.fix.clone() }</p>
            { for show }
            if let Some(source) = &d.source {
                <p class="source">{ d.evidence.clone() }{ " · " }<a href={source.clone()} target="_blank" rel="noopener">{ t("why-source") }</a></p>
            }
        </li>
    }
}

//! A read-only, syntax-highlighted policy. Text goes through Yew text nodes, so markup shows as text.

use crate::highlight::segments;
use std::rc::Rc;
use vpce_policy_core::Diagnostic;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Element id (`imagebuilder-policy`, `s3-policy`).
    pub id: AttrValue,
    /// Accessible label.
    pub label: AttrValue,
    /// The policy text.
    pub text: Rc<String>,
    /// Findings to mark.
    pub diagnostics: Rc<Vec<Diagnostic>>,
}

/// Highlighted JSON in a `<pre>`; its text content is exactly the policy.
#[function_component(CodeView)]
pub fn code_view(props: &Props) -> Html {
    let segs = use_memo((props.text.clone(), props.diagnostics.clone()), |(t, d)| segments(t, d));
    let text = props.text.as_str();
    html! {
        <pre id={props.id.clone()} class="code" tabindex="0" aria-label={props.label.clone()}><code>{
            for segs.iter().map(|s| {
                let part = text.get(s.start..s.end).unwrap_or("").to_string();
                if s.class.is_empty() { html! { { part } } } else { html! { <span class={s.class.clone()} title={s.title.clone()}>{ part }</span> } }
            })
        }</code></pre>
    }
}

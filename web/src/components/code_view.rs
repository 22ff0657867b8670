//! A read-only, syntax-highlighted policy. Every character of the text is HTML-escaped, so markup shows as text.

use crate::highlight::markup;
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
    let code = use_node_ref();
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let code = code.clone();
        use_effect_with((props.text.clone(), props.diagnostics.clone()), move |(t, d)| {
            // Highlighted right after the current frame's work (the editor, findings and scenarios come first).
            let (t, d) = (t.clone(), d.clone());
            *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, move || {
                set_markup(&code, &markup(&t, &d))
            }));
        });
    }
    html! {
        <pre id={props.id.clone()} class="code" tabindex="0" aria-label={props.label.clone()}><code ref={code}></code></pre>
    }
}

/// Puts escaped markup into an element in one call (one DOM parse instead of thousands of node moves).
pub fn set_markup(node: &NodeRef, markup: &str) {
    if let Some(el) = node.cast::<web_sys::Element>() {
        el.set_inner_html(markup);
    }
}

//! The code editor: a transparent textarea over a highlighted copy of its text, with a line-number gutter and
//! findings marked inline. No editor library: the overlay keeps the bundle small and the text a plain textarea.

use crate::highlight::{segments, to_html};
use std::rc::Rc;
use vpce_policy_core::generate::EndpointKind;
use vpce_policy_core::Diagnostic;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which policy is being edited.
    pub kind: EndpointKind,
    /// The text.
    pub text: Rc<String>,
    /// Its findings.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// The textarea (the parent moves the caret to a finding).
    pub node_ref: NodeRef,
    /// New text.
    pub on_change: Callback<String>,
    /// Close the editor.
    pub on_close: Callback<()>,
}

/// The editor.
#[function_component(PolicyEditor)]
pub fn policy_editor(props: &Props) -> Html {
    let overlay = use_node_ref();
    let gutter = use_node_ref();
    let code = use_node_ref();
    {
        let code = code.clone();
        use_effect_with((props.text.clone(), props.diagnostics.clone()), move |(t, d)| {
            super::code_view::set_markup(&code, &format!("{}\n", to_html(t, &segments(t, d))))
        });
    }
    let lines = props.text.split('\n').count();
    let oninput = props
        .on_change
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onscroll = {
        let (overlay, gutter) = (overlay.clone(), gutter.clone());
        Callback::from(move |e: Event| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(o) = overlay.cast::<HtmlElement>() {
                o.set_scroll_top(ta.scroll_top());
                o.set_scroll_left(ta.scroll_left());
            }
            if let Some(g) = gutter.cast::<HtmlElement>() {
                g.set_scroll_top(ta.scroll_top());
            }
        })
    };
    let which = match props.kind {
        EndpointKind::Imagebuilder => "Image Builder endpoint policy",
        EndpointKind::S3 => "S3 endpoint policy",
    };
    html! {
        <div class="editor-wrap">
            <div class="editor-head">
                <label for="policy-editor">{ format!("Editing the {which}. Paste your own policy here.") }</label>
                <button type="button" id="close-editor" onclick={props.on_close.reform(|_| ())}>{ "Close editor" }</button>
            </div>
            <div class="editor">
                <pre class="gutter" ref={gutter} aria-hidden="true">{ (1..=lines).map(|n| n.to_string()).collect::<Vec<_>>().join("\n") }</pre>
                <div class="editor-body">
                    <pre class="overlay code" ref={overlay} aria-hidden="true"><code ref={code}></code></pre>
                    <textarea id="policy-editor" ref={props.node_ref.clone()} value={(*props.text).clone()} {oninput} {onscroll}
                        spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off"
                        aria-describedby="diagnostics-heading" />
                </div>
            </div>
        </div>
    }
}

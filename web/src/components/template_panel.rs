//! A template pasted into the editor: the policies the template reader finds in it, each with its findings at
//! the template's own lines, or where an unchecked policy comes from.

use crate::i18n::{t, t_with};
use crate::template_reader::{self, TemplateReport};
use std::rc::Rc;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The editor's text.
    pub text: Rc<String>,
}

/// The panel (nothing for a text that is not a template).
#[function_component(TemplatePanel)]
pub fn template_panel(props: &Props) -> Html {
    // The report with the text it was made for: a late answer for an older text is never shown.
    let report = use_state(|| None::<(Rc<String>, Result<TemplateReport, String>)>);
    {
        let report = report.clone();
        use_effect_with(props.text.clone(), move |text| {
            if template_reader::looks_like_template(text) {
                let text = text.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = template_reader::read((*text).clone()).await;
                    report.set(Some((text, result)));
                });
            }
        });
    }
    if !template_reader::looks_like_template(&props.text) {
        return html! {};
    }
    let current = report.as_ref().filter(|(t, _)| *t == props.text).map(|(_, r)| r);
    html! {
        <section class="template" id="template-findings" aria-labelledby="template-heading">
            <h3 id="template-heading">{ t("template-template-policies") }</h3>
            { match current {
                None => html! { <p role="status">{ t("template-reading-template-template-reader") }</p> },
                Some(Err(e)) => html! { <p class="error" role="alert" id="template-error">{ e.clone() }</p> },
                Some(Ok(r)) if r.error.is_some() => html! {
                    <p class="error" role="alert" id="template-error">{ t_with("template-unreadable", &[("error", r.error.as_ref().and_then(|e| e.get("message")).and_then(|m| m.as_str()).unwrap_or("").to_string())]) }</p>
                },
                Some(Ok(r)) => html! {
                    <>
                    <p role="status" id="template-summary">{ t_with("template-summary", &[("n", r.policies.len().to_string())]) }</p>
                    <ul id="template-policies">
                        { for r.policies.iter().map(|p| html! {
                            <li data-policy={p.name.clone()}>
                                <strong>{ p.name.clone() }</strong>{ format!(" ({})", t_with("cli-kind-policy", &[("kind", p.kind.to_string())])) }
                                if let Some(why) = &p.unchecked {
                                    <p class="help">{ t_with("template-not-checked", &[("why", why.to_string())]) }</p>
                                } else if p.diagnostics.is_empty() {
                                    <p class="help">{ t("template-no-findings") }</p>
                                } else {
                                    <ul>
                                        { for p.diagnostics.iter().map(|d| html! {
                                            <li data-code={d.code.clone()} data-line={d.line.to_string()} data-column={d.column.to_string()}>
                                                <span class={classes!("badge", format!("sev-{}", d.severity.as_str()))}>{ d.severity.label(crate::i18n::shown()) }</span>
                                                <code class="code-name">{ d.code.clone() }</code>
                                                <span class="where">{ format!("{}:{}", d.line, d.column) }</span>
                                                <span class="message">{ d.message.clone() }</span>
                                            </li>
                                        }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ul>
                    </>
                },
            } }
        </section>
    }
}

//! Copy-to-clipboard and download buttons with visible feedback.

use crate::browser;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use vpce_policy_core::generate::{export, EndpointKind, EndpointPlan, ExportFormat, GeneratorConfig};
use yew::prelude::*;

/// Props of one copy button.
#[derive(Properties, PartialEq)]
pub struct CopyProps {
    /// Element id.
    pub id: AttrValue,
    /// Button text.
    pub label: AttrValue,
    /// What to copy.
    pub text: Rc<String>,
    /// Copy the current page URL (the share link) instead of `text`.
    #[prop_or_default]
    pub share_link: bool,
}

/// A button that copies text and says whether it worked.
#[function_component(CopyText)]
pub fn copy_text(props: &CopyProps) -> Html {
    let feedback = use_state(|| None::<&'static str>);
    let onclick = {
        let feedback = feedback.clone();
        let text = props.text.clone();
        let share = props.share_link;
        Callback::from(move |_| {
            let feedback = feedback.clone();
            let value = if share {
                browser::current_url()
            } else {
                (*text).clone()
            };
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy(value).await;
                feedback.set(Some(if ok {
                    "Copied"
                } else {
                    "Copy failed: select the text and press Ctrl+C"
                }));
                let clear = feedback.clone();
                Timeout::new(2_000, move || clear.set(None)).forget();
            });
        })
    };
    html! {
        <span class="copy">
            <button type="button" id={props.id.clone()} {onclick}>{ props.label.clone() }</button>
            <span class="feedback" role="status" aria-live="polite">{ feedback.unwrap_or("") }</span>
        </span>
    }
}

/// Props of the export row.
#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// Which endpoint.
    pub kind: EndpointKind,
    /// Inputs (region for commands).
    pub config: GeneratorConfig,
    /// The endpoint to export; `None` when the policy cannot be exported.
    pub plan: Option<EndpointPlan>,
}

/// Copy and download buttons for every export format.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let Some(plan) = &props.plan else {
        return html! { <p class="field-message">{ "Fix the JSON errors to export this policy." }</p> };
    };
    let kind = props.kind.as_str();
    html! {
        <div class="exports" role="group" aria-label={format!("Export the {kind} endpoint policy")}>
            { for ExportFormat::ALL.iter().map(|f| {
                let text = Rc::new(export(&props.config, props.kind, plan, *f));
                let filename = format!("{kind}-endpoint.{}", if *f == ExportFormat::JsonMin { "min.json" } else { f.extension() });
                let download = {
                    let text = text.clone();
                    Callback::from(move |_| browser::download(&filename, &text, "text/plain"))
                };
                html! {
                    <span class="export">
                        <CopyText id={format!("copy-{kind}-{}", f.as_str())} label={format!("Copy {}", f.label())} text={text} />
                        <button type="button" id={format!("download-{kind}-{}", f.as_str())} onclick={download}
                            aria-label={format!("Download {} as {}", kind, f.label())}>{ "Download" }</button>
                    </span>
                }
            }) }
        </div>
    }
}

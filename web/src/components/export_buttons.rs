//! Copy-to-clipboard and download buttons with visible feedback.

use crate::browser;
use crate::i18n::{t, t_with};
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
    #[prop_or_default]
    pub text: Rc<String>,
    /// Makes what to copy at the click instead (`None`: it cannot be made), so that nothing is exported on a
    /// keystroke.
    #[prop_or_default]
    pub make: Option<Callback<(), Option<String>>>,
    /// Copy the share link of the page's state instead of `text`, made at the click from the state as it is then
    /// (the handle, not a copy: nothing is cloned on a keystroke).
    #[prop_or_default]
    pub share: Option<UseReducerHandle<crate::state::State>>,
}

/// A button that copies text and says whether it worked.
#[function_component(CopyText)]
pub fn copy_text(props: &CopyProps) -> Html {
    let feedback = use_state(|| None::<&'static str>);
    let onclick = {
        let feedback = feedback.clone();
        let (text, make) = (props.text.clone(), props.make.clone());
        let share = props.share.clone();
        Callback::from(move |_| {
            let feedback = feedback.clone();
            let value = match &make {
                Some(make) => make.emit(()),
                None => Some((*text).clone()),
            };
            let share = share.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let value = match share {
                    Some(state) => Some(crate::share::link(&state).await),
                    None => value,
                };
                let ok = match value {
                    Some(value) => browser::copy(value).await,
                    None => false,
                };
                feedback.set(Some(if ok { "export-copied" } else { "export-copy-failed" }));
                let clear = feedback.clone();
                Timeout::new(2_000, move || clear.set(None)).forget();
            });
        })
    };
    html! {
        <span class="copy">
            <button type="button" id={props.id.clone()} {onclick}>{ props.label.clone() }</button>
            <span class="feedback" role="status" aria-live="polite">{ feedback.map(t).unwrap_or_default() }</span>
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
    /// The generated endpoint; `None` when the inputs are invalid.
    pub plan: Option<EndpointPlan>,
    /// The user's own policy, exported instead of the generated one.
    pub custom: Option<Rc<String>>,
    /// Whether the policy in force is JSON (no JSON syntax finding).
    pub json: bool,
}

/// The endpoint with the policy in force, made when an export is asked for (not on every keystroke).
fn endpoint(plan: &EndpointPlan, custom: Option<&str>) -> Option<EndpointPlan> {
    let mut plan = plan.clone();
    if let Some(text) = custom {
        plan.policy = serde_json::from_str(text).ok()?;
    }
    Some(plan)
}

/// Copy and download buttons for every export format.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let Some(plan) = props.plan.as_ref().filter(|_| props.json) else {
        return html! { <p class="field-message">{ t("export-fix-json-errors-export") }</p> };
    };
    let kind = props.kind.as_str();
    html! {
        <div class="exports" role="group" aria-label={t_with("export-group", &[("kind", kind.to_string())])}>
            { for ExportFormat::ALL.iter().map(|f| {
                let make = {
                    let (config, endpoint_kind, plan, custom, f) =
                        (props.config.clone(), props.kind, plan.clone(), props.custom.clone(), *f);
                    Callback::from(move |()| {
                        endpoint(&plan, custom.as_deref().map(String::as_str))
                            .map(|p| export(&config, endpoint_kind, &p, f))
                    })
                };
                let filename = format!("{kind}-endpoint.{}", if *f == ExportFormat::JsonMin { "min.json" } else { f.extension() });
                let download = {
                    let make = make.clone();
                    Callback::from(move |_| {
                        if let Some(text) = make.emit(()) {
                            browser::download(&filename, &text, "text/plain");
                        }
                    })
                };
                html! {
                    <span class="export">
                        <CopyText id={format!("copy-{kind}-{}", f.as_str())} label={t_with("export-copy-format", &[("format", f.label().to_string())])} make={Some(make)} />
                        <button type="button" id={format!("download-{kind}-{}", f.as_str())} onclick={download}
                            aria-label={t_with("export-download-as", &[("kind", kind.to_string()), ("format", f.label().to_string())])}>{ t("export-download") }</button>
                    </span>
                }
            }) }
        </div>
    }
}

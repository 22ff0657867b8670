//! One endpoint: service names, the policy (highlighted), its status, exports and the edit switch.

use super::code_view::CodeView;
use super::export_buttons::ExportButtons;
use crate::i18n::{t, t_with};
use crate::state::Action;
use std::rc::Rc;
use vpce_policy_core::generate::{EndpointKind, EndpointPlan, GeneratorConfig};
use vpce_policy_core::rules::Code;
use vpce_policy_core::{Diagnostic, Severity};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which endpoint.
    pub kind: EndpointKind,
    /// Inputs.
    pub config: GeneratorConfig,
    /// The generated endpoint (`None` while inputs are invalid).
    pub generated: Option<EndpointPlan>,
    /// The policy in force.
    pub text: Rc<String>,
    /// Its findings.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// Whether it is the user's own policy.
    pub custom: bool,
    /// Whether it is open in the editor.
    pub editing: bool,
    /// The inputs are being edited and invalid: this is the policy of the last valid inputs.
    #[prop_or_default]
    pub stale: bool,
    /// State changes.
    pub dispatch: Callback<Action>,
}

/// The card.
#[function_component(EndpointCard)]
pub fn endpoint_card(props: &Props) -> Html {
    let kind = props.kind;
    let (title, id) = match kind {
        EndpointKind::Imagebuilder => (t("card-imagebuilder-title"), "imagebuilder-policy"),
        EndpointKind::S3 => (t("card-s3-title"), "s3-policy"),
    };
    let errors = props
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let others = props.diagnostics.len() - errors;
    // Exports are made when asked for; here only whether the policy in force is JSON at all.
    let json = !props.diagnostics.iter().any(|d| d.code == Code::JsonSyntaxError);
    let waiting = use_context::<crate::hooks::IamData>().and_then(|d| d.waiting());
    let edit = {
        let text = (*props.text).clone();
        props.dispatch.reform(move |_| Action::Edit(kind, text.clone()))
    };
    html! {
        <section class={classes!("panel", "endpoint", props.stale.then_some("stale"))} aria-labelledby={format!("{id}-heading")} data-stale={props.stale.to_string()}>
            <h2 id={format!("{id}-heading")}>{ title.clone() }</h2>
            if props.stale {
                <p class="field-message stale-note" id={format!("{id}-stale")}>{ t("card-these-are-policies-last") }</p>
            }
            if let Some(plan) = &props.generated {
                <dl class="names">
                    <dt>{ t("card-service-name") }</dt><dd><code id={format!("{}-service-name", kind.as_str())}>{ plan.service_name.clone() }</code></dd>
                    if let Some(dns) = &plan.private_dns_name {
                        <dt>{ t("card-private-dns-name") }</dt><dd><code id={format!("{}-private-dns", kind.as_str())}>{ dns.clone() }</code></dd>
                    }
                </dl>
            } else {
                <p class="field-message error">{ t("card-fix-inputs-above-generate") }</p>
            }
            <p class={classes!("status", if waiting.is_some() { "status-pending" } else if errors > 0 { "status-error" } else { "status-ok" })} id={format!("{id}-status")}>
                { if props.custom { t("card-own-policy") } else { t("card-generated") } }
                { match (errors, others) {
                    _ if waiting.is_some() => t("card-check-waits"),
                    (0, 0) => t("card-valid"),
                    (0, n) => t_with("card-valid-with-warnings", &[("n", n.to_string())]),
                    (e, _) => t_with("card-errors", &[("n", e.to_string())]),
                } }
            </p>
            // While it is open in the editor, the editor shows it (highlighted): a second copy here cost every
            // keystroke a layout and paint of the whole text.
            if props.editing {
                <p class="in-editor" id={format!("{id}-in-editor")}>{ t("card-open-editor-below-copy") }</p>
            } else {
                <CodeView id={id} label={t_with("card-policy-label", &[("title", title.clone())])} text={props.text.clone()} diagnostics={props.diagnostics.clone()} />
            }
            <div class="card-actions">
                if !props.editing {
                    <button type="button" id={format!("edit-{}", kind.as_str())} onclick={edit}>{ t("card-edit-paste") }</button>
                }
                if props.custom {
                    <button type="button" id={format!("revert-{}", kind.as_str())} title={t("card-replaces-policy-generated-one")}
                        onclick={props.dispatch.reform(move |_| Action::Revert(kind))}>{ t("card-back-generated") }</button>
                }
            </div>
            <ExportButtons kind={kind} config={props.config.clone()} plan={props.generated.clone()}
                custom={props.custom.then(|| props.text.clone())} json={json} />
        </section>
    }
}

//! A custom request: principal, action, resource, its owner account and context, evaluated live with its trace
//! through the endpoint policy and, when modelled, the principal's identity policies and the resource's policy.

use super::decision_path::{layers_from_trace, DecisionPath};
use super::trace_view::TraceView;
use crate::i18n::{t, t_with};
use crate::state::{Action, LayerMode, RequestForm};
use std::rc::Rc;
use vpce_policy_core::data::endpoints::EndpointId;
use vpce_policy_core::eval::{EvalResult, Layer};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The request.
    pub form: RequestForm,
    /// How the identity layer is modelled.
    pub identity_mode: LayerMode,
    /// The identity policy text.
    pub identity: Option<String>,
    /// How the resource-based policy is modelled.
    pub resource_mode: LayerMode,
    /// The resource-based policy text.
    pub resource_policy: Option<String>,
    /// The evaluation, or why the request could not be read.
    pub result: Rc<Result<EvalResult, String>>,
    /// The endpoints a request can go through: S3 and Image Builder, and with the kit on, every kit endpoint.
    pub endpoints: Rc<Vec<EndpointId>>,
    /// State changes.
    pub dispatch: Callback<Action>,
}

/// The panel.
#[function_component(RequestPanel)]
pub fn request_panel(props: &Props) -> Html {
    let form = props.form.clone();
    let field = |id: &'static str,
                 label: &'static str,
                 value: &str,
                 placeholder: &'static str,
                 set: fn(&mut RequestForm, String)| {
        let form = form.clone();
        let oninput = props.dispatch.reform(move |e: InputEvent| {
            let mut f = form.clone();
            set(&mut f, e.target_unchecked_into::<HtmlInputElement>().value());
            f.sample = false;
            Action::Request(f)
        });
        html! {
            <div class="field">
                <label for={id}>{ t(label) }</label>
                <input id={id} type="text" value={value.to_string()} placeholder={placeholder} spellcheck="false" autocomplete="off" {oninput} />
            </div>
        }
    };
    let on_endpoint = {
        let form = form.clone();
        props.dispatch.reform(move |e: Event| {
            let mut f = form.clone();
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            f.endpoint = EndpointId::parse(&value).unwrap_or(EndpointId::S3);
            Action::Request(f)
        })
    };
    let on_context = {
        let form = form.clone();
        props.dispatch.reform(move |e: InputEvent| {
            let mut f = form.clone();
            f.context = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            f.sample = false;
            Action::Request(f)
        })
    };
    let on_sample = {
        let form = form.clone();
        props.dispatch.reform(move |_| {
            Action::Request(RequestForm {
                sample: true,
                ..form.clone()
            })
        })
    };
    let on_identity_mode = props.dispatch.reform(|e: Event| {
        Action::IdentityLayer(LayerMode::parse(
            &e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    let on_identity = props.dispatch.reform(|e: InputEvent| {
        Action::Identity(Some(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    });
    let on_resource_mode = props.dispatch.reform(|e: Event| {
        Action::ResourceLayer(LayerMode::parse(
            &e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    let on_resource = props.dispatch.reform(|e: InputEvent| {
        Action::ResourcePolicy(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let mode_select = |id: &'static str,
                       label: &'static str,
                       mode: LayerMode,
                       none: &'static str,
                       these: &'static str,
                       onchange: Callback<Event>| {
        html! {
            <div class="field">
                <label for={id}>{ t(label) }</label>
                <select {id} {onchange}>
                    <option value="not-modelled" selected={mode == LayerMode::NotModelled}>{ t("request-not-modelled") }</option>
                    <option value="none" selected={mode == LayerMode::None}>{ t(none) }</option>
                    <option value="these" selected={mode == LayerMode::These}>{ t(these) }</option>
                </select>
            </div>
        }
    };
    let modelled: Vec<Layer> = [
        Some(Layer::Endpoint),
        (props.identity_mode != LayerMode::NotModelled).then_some(Layer::Identity),
        (props.resource_mode != LayerMode::NotModelled).then_some(Layer::Resource),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <section class="panel" aria-labelledby="request-heading" id="request" tabindex="-1">
            <h2 id="request-heading">{ t("request-try-request") }</h2>
            if form.sample {
                <p class="hint" id="request-sample">{ t("request-sample-request-region-environment") }</p>
            } else {
                <button type="button" id="request-use-sample" onclick={on_sample}>{ t("request-back-sample-request") }</button>
            }
            <div class="grid">
                <div class="field">
                    <label for="request-endpoint">{ t("request-through-endpoint") }</label>
                    <select id="request-endpoint" onchange={on_endpoint}>
                        { for props.endpoints.iter().map(|id| html! {
                            <option value={id.as_str()} selected={form.endpoint == *id}>{ id.spec().title(crate::i18n::shown()) }</option>
                        }) }
                    </select>
                </div>
                { field("request-principal", "request-principal-label", &form.principal, "arn:aws:iam::111122223333:role/Builder", |f, v| f.principal = v) }
                { field("request-action", "request-action-label", &form.action, "s3:GetObject", |f, v| f.action = v) }
                { field("request-resource", "request-resource-label", &form.resource, "arn:aws:s3:::bucket/key", |f, v| f.resource = v) }
                <div class="field wide">
                    <label for="request-context">{ t("request-context-keys-one-key") }</label>
                    <textarea id="request-context" rows="3" spellcheck="false" value={form.context.clone()} oninput={on_context}
                        placeholder={t("request-aws-principalorgid-o-a1b2c3d4e5")} />
                </div>
            </div>
            <div class="grid">
                { mode_select("identity-layer", "request-identity-layer", props.identity_mode, "request-identity-none", "request-this-policy", on_identity_mode) }
                { mode_select("resource-layer", "request-resource-layer", props.resource_mode, "request-resource-none", "request-this-policy", on_resource_mode) }
                { field("request-resource-account", "request-resource-account-label", &form.resource_account, "111122223333", |f, v| f.resource_account = v) }
            </div>
            if props.identity_mode == LayerMode::These {
                <div class="field wide">
                    <label for="identity-policy-editor">{ t("request-identity-policy") }</label>
                    <textarea id="identity-policy-editor" class="code-input" rows="10" spellcheck="false" value={props.identity.clone().unwrap_or_default()} oninput={on_identity} />
                </div>
            }
            if props.resource_mode == LayerMode::These {
                <div class="field wide">
                    <label for="resource-policy-editor">{ t("request-resource-based-policy") }</label>
                    <textarea id="resource-policy-editor" class="code-input" rows="10" spellcheck="false" value={props.resource_policy.clone().unwrap_or_default()} oninput={on_resource} />
                </div>
            }
            { match props.result.as_ref() {
                Err(e) => html! { <p id="decision" class="decision" data-decision="invalid-request" role="status">{ t_with("request-unreadable", &[("error", e.to_string())]) }</p> },
                Ok(r) => html! {
                    <>
                    if !r.valid {
                        <p class="rejected" id="request-rejected" role="alert"><strong>{ t("request-aws-rejects-policy-path") }</strong>
                            { t_with("request-rejected-detail", &[("n", r.errors.len().to_string())]) }</p>
                    }
                    <p id="decision" class={classes!("decision", r.decision.as_str())} data-decision={r.decision.as_str()} role="status" aria-live="polite">
                        <strong>{ r.decision.as_str() }</strong>
                        { r.blocked_by.map(|b| match &r.blocked_level {
                            Some(l) => t_with("request-blocked-by-level", &[("layer", b.as_str().to_string()), ("level", l.clone())]),
                            None => t_with("request-blocked-by", &[("layer", b.as_str().to_string())]),
                        }).unwrap_or_default() }
                        { ": " }<span id="decision-reason" class="reason">{ r.reason.render(crate::i18n::shown()) }</span>
                        if !r.valid { <span class="invalid">{ t("request-written") }</span> }
                    </p>
                    <DecisionPath layers={layers_from_trace(r.trace.as_deref().unwrap_or_default(), &modelled)} decision={r.decision} blocked_by={r.blocked_by} />
                    <TraceView trace={r.trace.clone().unwrap_or_default()} />
                    </>
                },
            } }
        </section>
    }
}

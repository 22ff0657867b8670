//! A custom request: principal, action, resource and context, evaluated live with its trace; optionally with
//! an identity policy as a second layer.

use super::trace_view::TraceView;
use crate::state::{Action, RequestForm};
use std::rc::Rc;
use vpce_policy_core::eval::EvalResult;
use vpce_policy_core::generate::EndpointKind;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The request.
    pub form: RequestForm,
    /// The identity policy, when enabled.
    pub identity: Option<String>,
    /// The evaluation, or why the request could not be read.
    pub result: Rc<Result<EvalResult, String>>,
    /// State changes.
    pub dispatch: Callback<Action>,
}

const STARTER_IDENTITY: &str = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"imagebuilder:*\", \"s3:GetObject\"],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n";

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
            Action::Request(f)
        });
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input id={id} type="text" value={value.to_string()} placeholder={placeholder} spellcheck="false" autocomplete="off" {oninput} />
            </div>
        }
    };
    let on_endpoint = {
        let form = form.clone();
        props.dispatch.reform(move |e: Event| {
            let mut f = form.clone();
            f.endpoint = if e.target_unchecked_into::<HtmlSelectElement>().value() == "imagebuilder" {
                EndpointKind::Imagebuilder
            } else {
                EndpointKind::S3
            };
            Action::Request(f)
        })
    };
    let on_context = {
        let form = form.clone();
        props.dispatch.reform(move |e: InputEvent| {
            let mut f = form.clone();
            f.context = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            Action::Request(f)
        })
    };
    let on_identity_toggle = props.dispatch.reform(|e: Event| {
        Action::Identity(
            e.target_unchecked_into::<HtmlInputElement>()
                .checked()
                .then(|| STARTER_IDENTITY.to_string()),
        )
    });
    let on_identity = props.dispatch.reform(|e: InputEvent| {
        Action::Identity(Some(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    });
    html! {
        <section class="panel" aria-labelledby="request-heading" id="request">
            <h2 id="request-heading">{ "Try a request" }</h2>
            <div class="grid">
                <div class="field">
                    <label for="request-endpoint">{ "Through the endpoint" }</label>
                    <select id="request-endpoint" onchange={on_endpoint}>
                        <option value="s3" selected={form.endpoint == EndpointKind::S3}>{ "S3" }</option>
                        <option value="imagebuilder" selected={form.endpoint == EndpointKind::Imagebuilder}>{ "Image Builder" }</option>
                    </select>
                </div>
                { field("request-principal", "Principal ARN (empty: anonymous)", &form.principal, "arn:aws:iam::111122223333:role/Builder", |f, v| f.principal = v) }
                { field("request-action", "Action", &form.action, "s3:GetObject", |f, v| f.action = v) }
                { field("request-resource", "Resource ARN", &form.resource, "arn:aws:s3:::bucket/key", |f, v| f.resource = v) }
                <div class="field wide">
                    <label for="request-context">{ "Context keys: one key = value per line; commas make a list" }</label>
                    <textarea id="request-context" rows="3" spellcheck="false" value={form.context.clone()} oninput={on_context}
                        placeholder="aws:PrincipalOrgID = o-a1b2c3d4e5" />
                </div>
            </div>
            <label class="check" for="use-identity-policy">
                <input type="checkbox" id="use-identity-policy" checked={props.identity.is_some()} onchange={on_identity_toggle} />
                { "Also evaluate an identity policy (both layers must allow)" }
            </label>
            if let Some(identity) = &props.identity {
                <div class="field wide">
                    <label for="identity-policy-editor">{ "Identity policy" }</label>
                    <textarea id="identity-policy-editor" class="code-input" rows="10" spellcheck="false" value={identity.clone()} oninput={on_identity} />
                </div>
            }
            { match props.result.as_ref() {
                Err(e) => html! { <p id="decision" class="decision" data-decision="invalid-request" role="status">{ format!("The request cannot be read: {e}") }</p> },
                Ok(r) => html! {
                    <>
                    <p id="decision" class={classes!("decision", r.decision.as_str())} data-decision={r.decision.as_str()} role="status" aria-live="polite">
                        <strong>{ r.decision.as_str() }</strong>
                        { r.blocked_by.map(|b| format!(" (blocked by the {} layer)", b.as_str())).unwrap_or_default() }
                        if !r.valid {
                            <span class="invalid">{ " Warning: a policy has validator errors, so this is only the decision for the policy as written." }</span>
                        }
                    </p>
                    <TraceView trace={r.trace.clone().unwrap_or_default()} />
                    </>
                },
            } }
        </section>
    }
}

//! The generator inputs: region (searchable, grouped by partition), environment, org IDs, accounts, options.

use crate::i18n::{region_name, shown, t, t_with};
use crate::state::Action;
use std::rc::Rc;
use vpce_policy_core::data::regions::{region_matches, PARTITIONS};
use vpce_policy_core::generate::{Environment, FieldError, GeneratorConfig};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Current inputs.
    pub config: GeneratorConfig,
    /// Validation errors per field.
    pub errors: Rc<Vec<FieldError>>,
    /// State changes.
    pub dispatch: Callback<Action>,
}

fn input_value(e: InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn checkbox(
    id: &'static str,
    label: String,
    checked: bool,
    dispatch: &Callback<Action>,
    make: fn(bool) -> Action,
) -> Html {
    let onchange =
        dispatch.reform(move |e: Event| make(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <label class="check" for={id}>
            <input type="checkbox" id={id} checked={checked} {onchange} />
            { label }
        </label>
    }
}

/// The configuration form.
#[function_component(ConfigForm)]
pub fn config_form(props: &Props) -> Html {
    let filter = use_state(String::new);
    let c = &props.config;
    // An option's `selected` attribute no longer moves a select the user has touched: set the value itself.
    let (region_ref, env_ref) = (use_node_ref(), use_node_ref());
    {
        let (region_ref, env_ref) = (region_ref.clone(), env_ref.clone());
        let values = (c.region.clone(), c.environment.as_str(), (*filter).clone());
        use_effect_with(values, move |(region, env, _)| {
            if let Some(select) = region_ref.cast::<HtmlSelectElement>() {
                select.set_value(region);
            }
            if let Some(select) = env_ref.cast::<HtmlSelectElement>() {
                select.set_value(env);
            }
        });
    }
    let error_for = |field: &str| {
        props
            .errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message_in(shown()))
    };
    let text_field = |id: &'static str,
                      label: String,
                      field: &'static str,
                      value: String,
                      placeholder: String,
                      make: fn(String) -> Action| {
        let error = error_for(field);
        let describedby = format!("{id}-message");
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input id={id} type="text" value={value} placeholder={placeholder} spellcheck="false" autocomplete="off"
                    aria-invalid={error.is_some().to_string()} aria-describedby={describedby.clone()}
                    oninput={props.dispatch.reform(move |e: InputEvent| make(input_value(e)))} />
                <p id={describedby} class={classes!("field-message", error.is_some().then_some("error"))} aria-live="polite">
                    { error.unwrap_or_default() }
                </p>
            </div>
        }
    };
    let needle = filter.to_string();
    let matching = |q: &str| -> Vec<&'static str> {
        PARTITIONS
            .iter()
            .flat_map(|p| p.regions.iter().copied())
            .filter(|r| region_matches(r, q))
            .collect()
    };
    let found = if needle.trim().is_empty() {
        Vec::new()
    } else {
        matching(&needle)
    };
    let on_filter = {
        let filter = filter.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let q = input_value(e);
            // One region matches: it is the one meant.
            if let [only] = matching(&q).as_slice() {
                if !q.trim().is_empty() {
                    dispatch.emit(Action::Region((*only).to_string()));
                }
            }
            filter.set(q);
        })
    };
    let on_filter_key = {
        let dispatch = props.dispatch.clone();
        let first = found.first().copied();
        let region_ref = region_ref.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            // Enter takes the first match; ArrowDown goes on to the list.
            "Enter" => {
                e.prevent_default();
                if let Some(r) = first {
                    dispatch.emit(Action::Region(r.to_string()));
                }
            }
            "ArrowDown" => {
                e.prevent_default();
                if let Some(select) = region_ref.cast::<web_sys::HtmlElement>() {
                    let _ = select.focus();
                }
            }
            _ => {}
        })
    };
    let filter_status = match (needle.trim().is_empty(), found.as_slice()) {
        (true, _) => String::new(),
        (false, []) => t_with(
            "config-no-region-matches",
            &[("query", needle.trim().to_string())],
        ),
        (false, [one]) => t_with(
            "config-region-selected",
            &[("region", one.to_string()), ("location", region_name(one))],
        ),
        (false, many) => t_with(
            "config-regions-match",
            &[
                ("count", many.len().to_string()),
                ("first", many.first().copied().unwrap_or("").to_string()),
            ],
        ),
    };
    let on_region = props
        .dispatch
        .reform(|e: Event| Action::Region(e.target_unchecked_into::<HtmlSelectElement>().value()));
    let on_env = props.dispatch.reform(|e: Event| {
        Action::Environment(
            Environment::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default(),
        )
    });
    let region_error = error_for("region");
    html! {
        <section class="panel" aria-labelledby="config-heading">
            <h2 id="config-heading">{ t("config-setup") }</h2>
            <div class="grid">
                <div class="field">
                    <label for="region-filter">{ t("config-find-region") }</label>
                    <input id="region-filter" type="search" value={(*filter).clone()} placeholder={t("config-e-g-frankfurt-japan")} oninput={on_filter} onkeydown={on_filter_key} aria-describedby="region-filter-status" />
                    <p id="region-filter-status" class="field-message" aria-live="polite">{ filter_status }</p>
                    <label for="region">{ t("config-region") }</label>
                    <select id="region" ref={region_ref} onchange={on_region} aria-describedby="region-message">
                        { for PARTITIONS.iter().map(|p| {
                            let regions: Vec<&str> = p.regions.iter().copied()
                                .filter(|r| region_matches(r, &needle) || *r == c.region)
                                .collect();
                            if regions.is_empty() { return html! {}; }
                            html! {
                                <optgroup label={format!("{} ({})", p.title(shown()), p.name)}>
                                    { for regions.into_iter().map(|r| html! { <option value={r} selected={r == c.region}>{ format!("{r} — {}", region_name(r)) }</option> }) }
                                </optgroup>
                            }
                        }) }
                    </select>
                    <p id="region-message" class={classes!("field-message", region_error.is_some().then_some("error"))}>{ region_error.unwrap_or_default() }</p>
                </div>
                <div class="field">
                    <label for="environment">{ t("config-image-builder-environment") }</label>
                    <select id="environment" ref={env_ref} onchange={on_env}>
                        { for Environment::ALL.iter().map(|e| html! { <option value={e.as_str()} selected={*e == c.environment}>{ e.as_str() }</option> }) }
                    </select>
                    <p class="field-message">{ t("config-customer-pipelines-use-prod") }</p>
                </div>
                { text_field("principal-org-id", t("config-principal-org-id"), "principalOrgId", c.principal_org_id.clone().unwrap_or_default(), "o-a1b2c3d4e5".into(), Action::PrincipalOrgId) }
                { text_field("resource-org-id", t("config-resource-org-id"), "resourceOrgId", c.resource_org_id.clone().unwrap_or_default(), t("config-resource-org-id-placeholder"), Action::ResourceOrgId) }
                { text_field("account-ids", t("config-account-ids"), "accountIds", c.account_ids.join(", "), "111122223333".into(), Action::AccountIds) }
            </div>
            <fieldset class="options">
                <legend>{ t("config-options") }</legend>
                { checkbox("deny-deletes", t("config-deny-deletes"), c.deny_deletes, &props.dispatch, Action::DenyDeletes) }
                { checkbox("deny-all-deletes", t("config-deny-all-deletes"), c.deny_all_deletes, &props.dispatch, Action::DenyAllDeletes) }
                { checkbox("managed-resources", t("config-managed-resources"), c.managed_resources, &props.dispatch, Action::ManagedResources) }
                { checkbox("ssm", t("config-ssm"), c.ssm, &props.dispatch, Action::Ssm) }
                { checkbox("allow-outside-org", t("config-allow-outside-org"), c.allow_outside_org, &props.dispatch, Action::AllowOutsideOrg) }
            </fieldset>
        </section>
    }
}

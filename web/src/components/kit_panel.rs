//! The private-VPC kit: a toggle per optional feature, the diagram, a card per endpoint, one-file exports, and
//! what no endpoint can replace.

use super::code_view::CodeView;
use super::export_buttons::CopyText;
use super::kit_diagram::KitDiagram;
use crate::browser;
use crate::i18n::{shown, t, t_with};
use crate::state::Action;
use std::rc::Rc;
use vpce_policy_core::data::endpoints::{EndpointId, Feature};
use vpce_policy_core::generate::{
    export_kit, pretty, ExportFormat, GeneratorConfig, Kit, KitEndpoint, ScenarioReport,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Inputs (with their kit settings, if any).
    pub config: GeneratorConfig,
    /// The kit, `None` when it is off or the inputs are invalid.
    pub kit: Rc<Option<Kit>>,
    /// Scenario results.
    pub report: Rc<Option<ScenarioReport>>,
    /// The lit scenario.
    pub lit: Option<(String, EndpointId)>,
    /// State changes.
    pub dispatch: Callback<Action>,
}

fn checked(e: Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// One endpoint's card.
fn card(e: &KitEndpoint, dispatch: &Callback<Action>) -> Html {
    let id = e.id;
    let text = Rc::new(pretty(&e.plan.policy));
    let slug = id.as_str().replace('.', "-");
    html! {
        <article class="kit-card" id={format!("kit-{slug}")} data-endpoint={id.as_str()}>
            <header>
                <h3>{ id.spec().title(shown()) }</h3>
                <label class="check">
                    <input type="checkbox" id={format!("kit-on-{slug}")} checked=true
                        onchange={dispatch.reform(move |ev: Event| Action::KitEndpoint(id, checked(ev)))} />
                    { t("kit-create-endpoint") }
                </label>
            </header>
            <dl>
                <dt>{ t("kit-service-name") }</dt><dd><code>{ e.plan.service_name.clone() }</code>{ format!(" ({})", t(if e.endpoint_type == "Gateway" { "kit-gateway" } else { "kit-interface" })) }</dd>
                if let Some(dns) = &e.plan.private_dns_name { <dt>{ t("kit-private-dns") }</dt><dd><code>{ dns.clone() }</code></dd> }
                <dt>{ t("kit-needed") }</dt><dd>{ e.need.describe(shown()) }</dd>
                <dt>{ t("kit-text") }</dt><dd>{ id.spec().purpose(shown()) }</dd>
                <dt>{ t("kit-source") }</dt><dd><a href={e.source} target="_blank" rel="noopener">{ t("kit-aws-documentation") }</a></dd>
            </dl>
            <details>
                <summary>{ t("kit-endpoint-policy") }</summary>
                <CodeView id={format!("kit-policy-{slug}")} label={t_with("kit-policy-label", &[("endpoint", id.as_str().to_string())])} text={text.clone()} diagnostics={Rc::new(Vec::new())} />
                <CopyText id={format!("copy-kit-{slug}")} label={t("kit-copy-policy")} text={text} />
            </details>
        </article>
    }
}

/// Props of the cards.
#[derive(Properties, PartialEq)]
struct CardsProps {
    config: GeneratorConfig,
    kit: Rc<Kit>,
    dispatch: Callback<Action>,
}

/// The one-file exports and a card per endpoint: they change with the inputs, not with each keystroke in an editor.
#[function_component(KitCards)]
fn kit_cards(props: &CardsProps) -> Html {
    let kit = props.kit.as_ref();
    html! {
        <>
        <div class="kit-exports" role="group" aria-label={t("kit-export-whole-kit")}>
            { for [ExportFormat::Cloudformation, ExportFormat::Terraform, ExportFormat::Cli].into_iter().map(|f| {
                let text = Rc::new(export_kit(&props.config, kit, f));
                let filename = format!("image-builder-vpc-endpoints.{}", f.extension());
                let download = { let text = text.clone(); Callback::from(move |_| browser::download(&filename, &text, "text/plain")) };
                html! {
                    <span class="export">
                        <CopyText id={format!("copy-kit-{}", f.as_str())} label={t_with("kit-copy-as", &[("format", f.label().to_string())])} text={text} />
                        <button type="button" id={format!("download-kit-{}", f.as_str())} onclick={download}>{ t("kit-download") }</button>
                    </span>
                }
            }) }
        </div>
        <div class="kit-cards">{ for kit.endpoints.iter().map(|e| card(e, &props.dispatch)) }</div>
        </>
    }
}

/// The kit panel.
#[function_component(KitPanel)]
pub fn kit_panel(props: &Props) -> Html {
    let settings = props.config.kit.clone();
    let on = settings.is_some();
    let dispatch = &props.dispatch;
    let toggle = dispatch.reform(|e: Event| Action::Kit(checked(e)));
    html! {
        <section class="panel kit" id="kit" aria-labelledby="kit-heading">
            <h2 id="kit-heading">{ t("kit-every-endpoint-private-build") }</h2>
            <label class="check" for="kit-on">
                <input type="checkbox" id="kit-on" checked={on} onchange={toggle} />
                { t("kit-plan-whole-kit-systems") }
            </label>
            if let Some(settings) = settings {
                <fieldset class="kit-features">
                    <legend>{ t("kit-what-builds-do") }</legend>
                    { for Feature::ALL.into_iter().map(|f| html! {
                        <label class="check" for={format!("feature-{}", f.as_str())}>
                            <input type="checkbox" id={format!("feature-{}", f.as_str())} checked={settings.has(f)}
                                onchange={dispatch.reform(move |e: Event| Action::KitFeature(f, checked(e)))} />
                            { f.label(shown()) }
                        </label>
                    }) }
                    <label class="check" for="kit-least-privilege">
                        <input type="checkbox" id="kit-least-privilege" checked={settings.least_privilege}
                            onchange={dispatch.reform(|e: Event| Action::KitLeastPrivilege(checked(e)))} />
                        { t("kit-least-privilege-each-endpoint") }
                    </label>
                    <label for="kit-buckets">{ t("kit-own-buckets-build-uses") }
                        <input type="text" id="kit-buckets" value={settings.buckets.join(", ")} spellcheck="false"
                            onchange={dispatch.reform(|e: Event| Action::KitBuckets(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                    </label>
                </fieldset>
                if let Some(kit) = props.kit.as_ref() {
                    <KitDiagram kit={Rc::new(kit.clone())} report={props.report.clone()} lit={props.lit.clone()} />
                    if !kit.omitted.is_empty() {
                        <p class="kit-off">{ t("kit-turned-off") }
                            { for kit.omitted.iter().map(|id| {
                                let id = *id;
                                html! { <button type="button" class="link-button" id={format!("kit-restore-{}", id.as_str().replace('.', "-"))}
                                    onclick={dispatch.reform(move |_| Action::KitEndpoint(id, true))}>{ format!("restore {}", id.as_str()) }</button> }
                            }) }
                        </p>
                    }
                    <KitCards config={props.config.clone()} kit={Rc::new(kit.clone())} dispatch={dispatch.clone()} />
                }
                <aside class="kit-limits" id="kit-limits">
                    <h3>{ t("kit-what-no-endpoint-replaces") }</h3>
                    <ul>
                        <li>{ t("kit-windows-update-components-download") }</li>
                        <li>{ t("kit-first-pull-through-ecr") }</li>
                        <li>{ t("kit-joining-windows-instance-domain") }</li>
                        <li>{ t("kit-interface-endpoints-need-private") }</li>
                    </ul>
                </aside>
            }
        </section>
    }
}

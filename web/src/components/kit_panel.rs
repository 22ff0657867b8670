//! The private-VPC kit: a toggle per optional feature, the diagram, a card per endpoint, one-file exports, and
//! what no endpoint can replace.

use super::code_view::CodeView;
use super::export_buttons::CopyText;
use super::kit_diagram::KitDiagram;
use crate::browser;
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
                <h3>{ e.title }</h3>
                <label class="check">
                    <input type="checkbox" id={format!("kit-on-{slug}")} checked=true
                        onchange={dispatch.reform(move |ev: Event| Action::KitEndpoint(id, checked(ev)))} />
                    { "Create this endpoint" }
                </label>
            </header>
            <dl>
                <dt>{ "Service name" }</dt><dd><code>{ e.plan.service_name.clone() }</code>{ format!(" ({})", e.endpoint_type.to_lowercase()) }</dd>
                if let Some(dns) = &e.plan.private_dns_name { <dt>{ "Private DNS" }</dt><dd><code>{ dns.clone() }</code></dd> }
                <dt>{ "Needed" }</dt><dd>{ e.need.describe() }</dd>
                <dt>{ "For" }</dt><dd>{ e.purpose }</dd>
                <dt>{ "Source" }</dt><dd><a href={e.source} target="_blank" rel="noopener">{ "AWS documentation" }</a></dd>
            </dl>
            <details>
                <summary>{ "Endpoint policy" }</summary>
                <CodeView id={format!("kit-policy-{slug}")} label={format!("The {} endpoint policy", id.as_str())} text={text.clone()} diagnostics={Rc::new(Vec::new())} />
                <CopyText id={format!("copy-kit-{slug}")} label="Copy policy" text={text} />
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
        <div class="kit-exports" role="group" aria-label="Export the whole kit">
            { for [ExportFormat::Cloudformation, ExportFormat::Terraform, ExportFormat::Cli].into_iter().map(|f| {
                let text = Rc::new(export_kit(&props.config, kit, f));
                let filename = format!("image-builder-vpc-endpoints.{}", f.extension());
                let download = { let text = text.clone(); Callback::from(move |_| browser::download(&filename, &text, "text/plain")) };
                html! {
                    <span class="export">
                        <CopyText id={format!("copy-kit-{}", f.as_str())} label={format!("Copy kit as {}", f.label())} text={text} />
                        <button type="button" id={format!("download-kit-{}", f.as_str())} onclick={download}>{ "Download" }</button>
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
            <h2 id="kit-heading">{ "Every endpoint a private build needs" }</h2>
            <label class="check" for="kit-on">
                <input type="checkbox" id="kit-on" checked={on} onchange={toggle} />
                { "Plan the whole kit: Systems Manager, logs, containers and package repositories, not only Image Builder and S3" }
            </label>
            if let Some(settings) = settings {
                <fieldset class="kit-features">
                    <legend>{ "What your builds do" }</legend>
                    { for Feature::ALL.into_iter().map(|f| html! {
                        <label class="check" for={format!("feature-{}", f.as_str())}>
                            <input type="checkbox" id={format!("feature-{}", f.as_str())} checked={settings.has(f)}
                                onchange={dispatch.reform(move |e: Event| Action::KitFeature(f, checked(e)))} />
                            { f.label() }
                        </label>
                    }) }
                    <label class="check" for="kit-least-privilege">
                        <input type="checkbox" id="kit-least-privilege" checked={settings.least_privilege}
                            onchange={dispatch.reform(|e: Event| Action::KitLeastPrivilege(checked(e)))} />
                        { "Least privilege: each endpoint allows only the actions a build instance calls (off: every action of the service, for your organization)" }
                    </label>
                    <label for="kit-buckets">{ "Your own buckets the build uses (comma-separated)" }
                        <input type="text" id="kit-buckets" value={settings.buckets.join(", ")} spellcheck="false"
                            onchange={dispatch.reform(|e: Event| Action::KitBuckets(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                    </label>
                </fieldset>
                if let Some(kit) = props.kit.as_ref() {
                    <KitDiagram kit={Rc::new(kit.clone())} report={props.report.clone()} lit={props.lit.clone()} />
                    if !kit.omitted.is_empty() {
                        <p class="kit-off">{ "Turned off: " }
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
                    <h3>{ "What no endpoint replaces" }</h3>
                    <ul>
                        <li>{ "Windows Update, and components that download from the internet (third-party package repositories such as EPEL, pip, npm or Docker Hub, vendor installers), need a NAT gateway or a proxy: they have no VPC endpoint." }</li>
                        <li>{ "The first pull through an ECR pull-through cache rule needs a NAT gateway; later pulls do not." }</li>
                        <li>{ "Joining a Windows instance to a domain through Systems Manager (aws:domainJoin) needs the AWS Directory Service public endpoints." }</li>
                        <li>{ "Interface endpoints need private DNS (on in these exports) and a security group that allows HTTPS (443) from the build subnet." }</li>
                    </ul>
                </aside>
            }
        </section>
    }
}

//! The kit as a picture (inline SVG, nothing fetched): the build instance in its private subnet, each endpoint,
//! and the AWS service or buckets behind it. A chosen scenario's path lights up; a missing endpoint is a broken
//! link.

use crate::i18n::{t, t_with};
use std::rc::Rc;
use vpce_policy_core::data::endpoints::EndpointId;
use vpce_policy_core::generate::{Kit, ScenarioReport};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The kit (its endpoints, and those turned off).
    pub kit: Rc<Kit>,
    /// The scenario results, for what each missing endpoint breaks.
    pub report: Rc<Option<ScenarioReport>>,
    /// The lit scenario: its name and endpoint.
    pub lit: Option<(String, EndpointId)>,
}

const ROW: i32 = 46;
const TOP: i32 = 44;

/// What sits behind an endpoint, in a few words.
fn behind(id: EndpointId) -> String {
    match id {
        EndpointId::S3 => t("diagram-behind-s3"),
        EndpointId::EcrDkr => t("diagram-behind-ecr-dkr"),
        other => other.spec().title(crate::i18n::shown()),
    }
}

/// The diagram.
#[function_component(KitDiagram)]
pub fn kit_diagram(props: &Props) -> Html {
    // Every needed endpoint in catalogue order, present or not.
    let rows: Vec<(EndpointId, bool)> = EndpointId::ALL
        .into_iter()
        .filter_map(|id| {
            if props.kit.get(id).is_some() {
                Some((id, true))
            } else if props.kit.omitted.contains(&id) {
                Some((id, false))
            } else {
                None
            }
        })
        .collect();
    let height = TOP + ROW * rows.len() as i32 + 10;
    let instance_y = TOP + (ROW * rows.len() as i32) / 2 - 30;
    let lit_id = props.lit.as_ref().map(|(_, id)| *id);
    let results = props
        .report
        .as_ref()
        .as_ref()
        .map(|r| r.results.as_slice())
        .unwrap_or_default();
    let lit_result = props
        .lit
        .as_ref()
        .and_then(|(name, id)| results.iter().find(|r| &r.name == name && r.endpoint == *id));
    let row = |(i, (id, present)): (usize, &(EndpointId, bool))| {
        let y = TOP + ROW * i as i32;
        let cy = y + 16;
        let lit = lit_id == Some(*id);
        let spec = id.spec();
        let class = classes!("row", (!present).then_some("missing"), lit.then_some("lit"));
        let link_in = if *present {
            html! { <path class="link" d={format!("M170 {} C215 {} 215 {cy} 260 {cy}", instance_y + 30, instance_y + 30)} /> }
        } else {
            html! {
                <>
                <path class="link broken" d={format!("M170 {} C200 {} 205 {cy} 225 {cy}", instance_y + 30, instance_y + 30)} />
                <text class="break-mark" x="238" y={(cy + 5).to_string()}>{ "✕" }</text>
                </>
            }
        };
        html! {
            <g class={class} data-endpoint={id.as_str()} data-present={present.to_string()}>
                <title>{ format!("{} ({}): {}", id.as_str(), t(if spec.gateway { "kit-gateway" } else { "kit-interface" }), spec.purpose(crate::i18n::shown())) }</title>
                { link_in }
                <rect class="endpoint" x="260" y={y.to_string()} width="180" height="32" rx="6" />
                <text x="272" y={(cy + 5).to_string()}>
                    { id.as_str() }
                    <tspan class="kind">{ if *present { if spec.gateway { t("diagram-gateway") } else { t("diagram-interface") } } else { t("diagram-missing") } }</tspan>
                </text>
                <path class={classes!("link", (!present).then_some("broken"))} d={format!("M440 {cy} L520 {cy}")} />
                <rect class="service" x="520" y={y.to_string()} width="270" height="32" rx="6" />
                <text x="530" y={(cy + 5).to_string()}>{ behind(*id) }</text>
            </g>
        }
    };
    let broken: Vec<Html> = rows
        .iter()
        .filter(|(_, present)| !present)
        .map(|(id, _)| {
            let names: Vec<String> = results
                .iter()
                .filter(|r| r.missing_endpoint == Some(*id) && !r.pass)
                .map(|r| r.name_in(crate::i18n::shown()))
                .collect();
            html! {
                <li data-missing={id.as_str()}>
                    <strong>{ t_with("diagram-no-endpoint", &[("endpoint", id.as_str().to_string())]) }</strong>
                    { if names.is_empty() { t("diagram-not-needed") } else { t_with("diagram-breaks", &[("scenarios", names.join(", "))]) } }
                </li>
            }
        })
        .collect();
    html! {
        <figure class="kit-diagram" id="kit-diagram">
            <svg viewBox={format!("0 0 800 {height}")} role="img" aria-labelledby="kit-diagram-title">
                <title id="kit-diagram-title">{ t("diagram-build-instance-private-subnet") }</title>
                <rect class="subnet" x="4" y="8" width="446" height={(height - 12).to_string()} rx="10" />
                <text class="subnet-label" x="14" y="28">{ t("diagram-vpc-private-subnet-no") }</text>
                <g class={classes!("instance", lit_id.is_some().then_some("lit"))}>
                    <rect x="14" y={instance_y.to_string()} width="156" height="60" rx="8" />
                    <text x="26" y={(instance_y + 26).to_string()}>{ t("diagram-build-instance") }</text>
                    <text class="kind" x="26" y={(instance_y + 44).to_string()}>{ t("diagram-ssm-agent-awstoe") }</text>
                </g>
                { for rows.iter().enumerate().map(row) }
            </svg>
            // The same rows as a list, which a phone shows instead of the picture (whose labels would shrink to a
            // few pixels).
            <ol class="kit-list" id="kit-list">
                { for rows.iter().map(|(id, present)| {
                    let spec = id.spec();
                    let kind = if !present { "missing" } else if spec.gateway { "gateway" } else { "interface" };
                    html! {
                        <li class={classes!((!present).then_some("missing"), (lit_id == Some(*id)).then_some("lit"))} data-endpoint={id.as_str()}>
                            { t("diagram-build-instance-2") }<strong>{ id.as_str() }</strong>{ format!(" ({kind}) → {}", behind(*id)) }
                        </li>
                    }
                }) }
            </ol>
            <figcaption id="kit-path" aria-live="polite">
                { match (&props.lit, lit_result) {
                    (Some((_, id)), Some(r)) => t_with("diagram-lit-path", &[
                        ("name", r.name_in(crate::i18n::shown())),
                        ("endpoint", id.as_str().to_string()),
                        ("behind", behind(*id)),
                        ("outcome", r.outcome(crate::i18n::shown())),
                        ("verdict", if r.pass { String::new() } else { t("diagram-not-what-should") }),
                    ]),
                    _ => t("diagram-choose-scenario"),
                } }
            </figcaption>
            if !broken.is_empty() {
                <ul class="broken-endpoints" id="kit-broken">{ for broken }</ul>
            }
        </figure>
    }
}

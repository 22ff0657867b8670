//! A picture of the decision: the request's path through the policy layers as boxes in AWS's order, each
//! coloured by what its policies said, the one that decided marked. Inline SVG, no network.

use crate::i18n::{t, t_with};
use vpce_policy_core::eval::{Decision, Layer, Outcome, PolicyTrace};
use yew::prelude::*;

/// The layers in the order AWS evaluates them.
const ORDER: [(Layer, &str); 7] = [
    (Layer::Endpoint, "layer-endpoint"),
    (Layer::Scp, "layer-scp"),
    (Layer::Rcp, "layer-rcp"),
    (Layer::Identity, "layer-identity"),
    (Layer::PermissionsBoundary, "layer-boundary"),
    (Layer::Session, "layer-session"),
    (Layer::Resource, "layer-resource"),
];

/// What one layer said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerState {
    /// Not part of the question.
    NotModelled,
    /// Modelled with no policy (identity `none`, a resource without a policy).
    Empty,
    /// Its policies said this.
    Said(Outcome),
}

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Each layer's state, in any order; layers left out are not modelled.
    pub layers: Vec<(Layer, LayerState)>,
    /// The decision.
    pub decision: Decision,
    /// The layer that decided a denial.
    pub blocked_by: Option<Layer>,
}

/// Each layer's state from a trace; `modelled` lists the layers on the path even when they hold no policy.
pub fn layers_from_trace(trace: &[PolicyTrace], modelled: &[Layer]) -> Vec<(Layer, LayerState)> {
    let mut out: Vec<(Layer, LayerState)> = modelled.iter().map(|l| (*l, LayerState::Empty)).collect();
    for p in trace {
        let said = match out.iter_mut().find(|(l, _)| *l == p.layer) {
            Some(entry) => &mut entry.1,
            None => {
                out.push((p.layer, LayerState::Empty));
                match out.last_mut() {
                    Some(entry) => &mut entry.1,
                    None => continue,
                }
            }
        };
        *said = match (*said, p.outcome) {
            (_, Outcome::Deny) | (LayerState::Said(Outcome::Deny), _) => LayerState::Said(Outcome::Deny),
            (_, Outcome::Allow) | (LayerState::Said(Outcome::Allow), _) => LayerState::Said(Outcome::Allow),
            _ => LayerState::Said(Outcome::NoMatch),
        };
    }
    out
}

/// The picture.
#[function_component(DecisionPath)]
pub fn decision_path(props: &Props) -> Html {
    let (w, h, gap) = (72, 44, 12);
    let state_of = |layer: Layer| {
        props
            .layers
            .iter()
            .find(|(l, _)| *l == layer)
            .map_or(LayerState::NotModelled, |(_, s)| *s)
    };
    let label = match props.blocked_by {
        Some(l) => t_with(
            "path-decision-by-layer",
            &[
                ("decision", props.decision.as_str().to_string()),
                ("layer", l.as_str().to_string()),
            ],
        ),
        None => t_with(
            "path-decision",
            &[("decision", props.decision.as_str().to_string())],
        ),
    };
    html! {
        <div class="decision-path">
            <svg role="img" aria-label={label.clone()} viewBox={format!("0 0 {} {}", 7 * (w + gap), h + 24)} width={(7 * (w + gap)).to_string()} height={(h + 24).to_string()}>
                <title>{ label }</title>
                { for ORDER.iter().enumerate().map(|(i, (layer, name))| {
                    let x = i as i32 * (w + gap);
                    let state = state_of(*layer);
                    let (class, word) = match state {
                        LayerState::NotModelled => ("not-modelled", "path-not-modelled"),
                        LayerState::Empty => ("empty", "path-no-policy"),
                        LayerState::Said(Outcome::Allow) => ("allow", "path-allows"),
                        LayerState::Said(Outcome::Deny) => ("deny", "path-denies"),
                        LayerState::Said(Outcome::NoMatch) => ("no-match", "path-no-match"),
                    };
                    let decided = props.blocked_by == Some(*layer);
                    let (name, word) = (t(name), t(word));
                    html! {
                        <g class={classes!("layer", class, decided.then_some("decided"))} data-layer={layer.as_str()} data-state={class} data-decided={decided.to_string()}>
                            <title>{ format!("{name}: {word}{}", if decided { t("path-layer-decided") } else { String::new() }) }</title>
                            <rect x={x.to_string()} y="2" width={w.to_string()} height={h.to_string()} rx="6" />
                            <text x={(x + w / 2).to_string()} y="20" text-anchor="middle">{ name.clone() }</text>
                            <text x={(x + w / 2).to_string()} y="36" text-anchor="middle" class="word">{ word }</text>
                            if i + 1 < ORDER.len() {
                                <line x1={(x + w).to_string()} y1={(h / 2 + 2).to_string()} x2={(x + w + gap).to_string()} y2={(h / 2 + 2).to_string()} />
                            }
                            if decided { <text x={(x + w / 2).to_string()} y={(h + 18).to_string()} text-anchor="middle" class="decided-mark">{ t("path-decided") }</text> }
                        </g>
                    }
                }) }
            </svg>
        </div>
    }
}

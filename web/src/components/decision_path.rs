//! A picture of the decision: the request's path through the policy layers as boxes in AWS's order, each
//! coloured by what its policies said, the one that decided marked. Inline SVG, no network.

use vpce_policy_core::eval::{Decision, Layer, Outcome, PolicyTrace};
use yew::prelude::*;

/// The layers in the order AWS evaluates them.
const ORDER: [(Layer, &str); 7] = [
    (Layer::Endpoint, "Endpoint"),
    (Layer::Scp, "SCPs"),
    (Layer::Rcp, "RCPs"),
    (Layer::Identity, "Identity"),
    (Layer::PermissionsBoundary, "Boundary"),
    (Layer::Session, "Session"),
    (Layer::Resource, "Resource"),
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
    let label = format!(
        "Decision {}{}",
        props.decision.as_str(),
        props
            .blocked_by
            .map(|l| format!(", decided by the {} layer", l.as_str()))
            .unwrap_or_default()
    );
    html! {
        <div class="decision-path">
            <svg role="img" aria-label={label.clone()} viewBox={format!("0 0 {} {}", 7 * (w + gap), h + 24)} width={(7 * (w + gap)).to_string()} height={(h + 24).to_string()}>
                <title>{ label }</title>
                { for ORDER.iter().enumerate().map(|(i, (layer, name))| {
                    let x = i as i32 * (w + gap);
                    let state = state_of(*layer);
                    let (class, word) = match state {
                        LayerState::NotModelled => ("not-modelled", "not modelled"),
                        LayerState::Empty => ("empty", "no policy"),
                        LayerState::Said(Outcome::Allow) => ("allow", "allows"),
                        LayerState::Said(Outcome::Deny) => ("deny", "denies"),
                        LayerState::Said(Outcome::NoMatch) => ("no-match", "no match"),
                    };
                    let decided = props.blocked_by == Some(*layer);
                    html! {
                        <g class={classes!("layer", class, decided.then_some("decided"))} data-layer={layer.as_str()} data-state={class} data-decided={decided.to_string()}>
                            <title>{ format!("{name}: {word}{}", if decided { " — this layer decided" } else { "" }) }</title>
                            <rect x={x.to_string()} y="2" width={w.to_string()} height={h.to_string()} rx="6" />
                            <text x={(x + w / 2).to_string()} y="20" text-anchor="middle">{ *name }</text>
                            <text x={(x + w / 2).to_string()} y="36" text-anchor="middle" class="word">{ word }</text>
                            if i + 1 < ORDER.len() {
                                <line x1={(x + w).to_string()} y1={(h / 2 + 2).to_string()} x2={(x + w + gap).to_string()} y2={(h / 2 + 2).to_string()} />
                            }
                            if decided { <text x={(x + w / 2).to_string()} y={(h + 18).to_string()} text-anchor="middle" class="decided-mark">{ "▲ decided" }</text> }
                        </g>
                    }
                }) }
            </svg>
        </div>
    }
}

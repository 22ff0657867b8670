//! The scenario suite, re-evaluated on every change.

use super::decision_path::{DecisionPath, LayerState};
use crate::state::{Action, RequestForm};
use std::rc::Rc;
use vpce_policy_core::eval::{Decision, Layer, Outcome};
use vpce_policy_core::generate::ScenarioReport;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The results; `None` while the inputs are invalid.
    pub report: Rc<Option<ScenarioReport>>,
    /// The results are for the last valid inputs.
    #[prop_or_default]
    pub stale: bool,
    /// State changes (a row replays its request in the request panel).
    pub dispatch: Callback<Action>,
}

/// Props of a scenario's path.
#[derive(Properties, PartialEq)]
struct PathProps {
    decision: Decision,
}

/// A scenario row's picture, drawn only once its disclosure is opened (the table stays light on every keystroke).
#[function_component(ScenarioPath)]
fn scenario_path(props: &PathProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open())
        })
    };
    let outcome = match props.decision {
        Decision::Allowed => Outcome::Allow,
        Decision::ExplicitDeny => Outcome::Deny,
        Decision::ImplicitDeny => Outcome::NoMatch,
    };
    html! {
        <details class="path" {ontoggle}>
            <summary>{ "Path" }</summary>
            if *open {
                <DecisionPath layers={vec![(Layer::Endpoint, LayerState::Said(outcome))]} decision={props.decision}
                    blocked_by={(props.decision != Decision::Allowed).then_some(Layer::Endpoint)} />
            }
        </details>
    }
}

/// What a row's button does, for its tooltip.
const REPLAY_TITLE: &str =
    "Load this request into “Try a request”, show its trace, and light up its path in the kit diagram";

/// The table.
#[function_component(Scenarios)]
pub fn scenarios(props: &Props) -> Html {
    // On a phone the table is long: "Failures only" keeps the rows that need attention.
    let failures_only = use_state(|| false);
    let toggle = {
        let failures_only = failures_only.clone();
        Callback::from(move |_| failures_only.set(!*failures_only))
    };
    let waiting = use_context::<crate::hooks::IamData>().and_then(|d| d.waiting());
    html! {
        <section class={classes!("panel", props.stale.then_some("stale"))} aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{ "Will Image Builder work, and is everything else locked out?" }</h2>
            if let Some(waiting) = waiting {
                <p class="status status-pending" id="scenarios-waiting">{ waiting }</p>
            } else if let Some(report) = props.report.as_ref() {
                if let Some(notice) = report.rejection_notice() {
                    <p class="rejected" id="scenarios-rejected" role="alert"><strong>{ "AWS rejects this policy. " }</strong>{ notice }</p>
                }
                <p class={classes!("status", if report.failed == 0 && report.rejected.is_empty() { "status-ok" } else { "status-error" })} id="scenarios-summary">
                    { format!("{} passed, {} failed{}", report.passed, report.failed, if report.rejected.is_empty() { "" } else { " — as written, not as AWS would run it" }) }
                </p>
                <label class="check" for="scenarios-failures-only">
                    <input type="checkbox" id="scenarios-failures-only" checked={*failures_only} onchange={toggle} />
                    { " Failures only" }
                </label>
                <table id="scenarios" class={classes!((!report.rejected.is_empty()).then_some("as-written"))} data-as-written={(!report.rejected.is_empty()).to_string()}>
                    <thead><tr><th scope="col">{ "Scenario" }</th><th scope="col">{ "Endpoint" }</th><th scope="col">{ "Decision" }</th><th scope="col">{ "Expected" }</th><th scope="col">{ "Result" }</th></tr></thead>
                    <tbody>
                    { for report.results.iter().filter(|r| !*failures_only || !r.pass).map(|r| html! {
                        <tr data-decision={r.decision.as_str()} data-expected={r.expect.as_str()} data-pass={r.pass.to_string()}>
                            <th scope="row">
                                <button type="button" class="replay" title={REPLAY_TITLE}
                                    onclick={{
                                        let dispatch = props.dispatch.clone();
                                        let form = RequestForm::from_request(r.endpoint, &r.request);
                                        let lit = (r.name.clone(), r.endpoint);
                                        Callback::from(move |_| {
                                            dispatch.emit(Action::Light(Some(lit.clone())));
                                            crate::browser::scroll_to("request");
                                            dispatch.emit(Action::Request(form.clone()));
                                        })
                                    }}>{ r.name.clone() }</button>
                                <span class="why">{ r.why.clone() }</span>
                                <ScenarioPath decision={r.decision} />
                            </th>
                            <td data-label="Endpoint">{ r.endpoint.as_str() }</td>
                            <td data-label="Decision"><code>{ r.outcome() }</code></td>
                            <td data-label="Expected"><code>{ r.expect.as_str() }</code></td>
                            <td data-label="Result"><span class={classes!("badge", if r.pass { "pass" } else { "fail" })}>{ if r.pass { "pass" } else { "fail" } }</span></td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            } else {
                <p class="field-message error">{ "Fix the inputs above to run the scenarios." }</p>
            }
        </section>
    }
}

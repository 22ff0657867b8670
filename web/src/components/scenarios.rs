//! The scenario suite, re-evaluated on every change.

use super::decision_path::{DecisionPath, LayerState};
use crate::i18n::t;
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
            <summary>{ t("scenarios-path") }</summary>
            if *open {
                <DecisionPath layers={vec![(Layer::Endpoint, LayerState::Said(outcome))]} decision={props.decision}
                    blocked_by={(props.decision != Decision::Allowed).then_some(Layer::Endpoint)} />
            }
        </details>
    }
}

/// What a row's button does, for its tooltip.
const REPLAY_TITLE: &str = "scenarios-replay-title";

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
            <h2 id="scenarios-heading">{ t("scenarios-will-image-builder-work") }</h2>
            if let Some(waiting) = waiting {
                <p class="status status-pending" id="scenarios-waiting">{ waiting }</p>
            } else if let Some(report) = props.report.as_ref() {
                if let Some(notice) = report.rejection_notice(crate::i18n::shown()) {
                    <p class="rejected" id="scenarios-rejected" role="alert"><strong>{ t("scenarios-aws-rejects-policy") }</strong>{ notice }</p>
                }
                <p class={classes!("status", if report.failed == 0 && report.rejected.is_empty() { "status-ok" } else { "status-error" })} id="scenarios-summary">
                    { format!("{} passed, {} failed{}", report.passed, report.failed, if report.rejected.is_empty() { String::new() } else { t("scenarios-written-not-aws-would") }) }
                </p>
                <label class="check" for="scenarios-failures-only">
                    <input type="checkbox" id="scenarios-failures-only" checked={*failures_only} onchange={toggle} />
                    { t("scenarios-failures-only") }
                </label>
                <table id="scenarios" class={classes!((!report.rejected.is_empty()).then_some("as-written"))} data-as-written={(!report.rejected.is_empty()).to_string()}>
                    <thead><tr><th scope="col">{ t("scenarios-scenario") }</th><th scope="col">{ t("scenarios-endpoint") }</th><th scope="col">{ t("scenarios-decision") }</th><th scope="col">{ t("scenarios-expected") }</th><th scope="col">{ t("scenarios-result") }</th></tr></thead>
                    <tbody>
                    { for report.results.iter().filter(|r| !*failures_only || !r.pass).map(|r| html! {
                        <tr data-decision={r.decision.as_str()} data-expected={r.expect.as_str()} data-pass={r.pass.to_string()}>
                            <th scope="row">
                                <button type="button" class="replay" title={t(REPLAY_TITLE)}
                                    onclick={{
                                        let dispatch = props.dispatch.clone();
                                        let form = RequestForm::from_request(r.endpoint, &r.request);
                                        let lit = (r.name.clone(), r.endpoint);
                                        Callback::from(move |_| {
                                            dispatch.emit(Action::Light(Some(lit.clone())));
                                            crate::browser::scroll_to("request");
                                            dispatch.emit(Action::Request(form.clone()));
                                        })
                                    }}>{ r.name_in(crate::i18n::shown()) }</button>
                                <span class="why">{ r.why_in(crate::i18n::shown()) }</span>
                                <ScenarioPath decision={r.decision} />
                            </th>
                            <td data-label={t("scenarios-endpoint")}>{ r.endpoint.as_str() }</td>
                            <td data-label={t("scenarios-decision")}><code>{ r.outcome(crate::i18n::shown()) }</code></td>
                            <td data-label={t("scenarios-expected")}><code>{ r.expect.as_str() }</code></td>
                            <td data-label={t("scenarios-result")}><span class={classes!("badge", if r.pass { "pass" } else { "fail" })}>{ t(if r.pass { "scenarios-pass" } else { "scenarios-fail" }) }</span></td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            } else {
                <p class="field-message error">{ t("scenarios-fix-inputs-above-run") }</p>
            }
        </section>
    }
}

//! The scenario suite, re-evaluated on every change.

use std::rc::Rc;
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
}

/// The table.
#[function_component(Scenarios)]
pub fn scenarios(props: &Props) -> Html {
    html! {
        <section class={classes!("panel", props.stale.then_some("stale"))} aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{ "Will Image Builder work, and is everything else locked out?" }</h2>
            if let Some(report) = props.report.as_ref() {
                if let Some(notice) = report.rejection_notice() {
                    <p class="rejected" id="scenarios-rejected" role="alert"><strong>{ "AWS rejects this policy. " }</strong>{ notice }</p>
                }
                <p class={classes!("status", if report.failed == 0 && report.rejected.is_empty() { "status-ok" } else { "status-error" })} id="scenarios-summary">
                    { format!("{} passed, {} failed{}", report.passed, report.failed, if report.rejected.is_empty() { "" } else { " — as written, not as AWS would run it" }) }
                </p>
                <table id="scenarios" class={classes!((!report.rejected.is_empty()).then_some("as-written"))} data-as-written={(!report.rejected.is_empty()).to_string()}>
                    <thead><tr><th scope="col">{ "Scenario" }</th><th scope="col">{ "Endpoint" }</th><th scope="col">{ "Decision" }</th><th scope="col">{ "Expected" }</th><th scope="col">{ "Result" }</th></tr></thead>
                    <tbody>
                    { for report.results.iter().map(|r| html! {
                        <tr data-decision={r.decision.as_str()} data-expected={r.expect.as_str()} data-pass={r.pass.to_string()}>
                            <th scope="row">{ r.name.clone() }<span class="why">{ r.why.clone() }</span></th>
                            <td>{ r.endpoint.as_str() }</td>
                            <td><code>{ r.decision.as_str() }</code></td>
                            <td><code>{ r.expect.as_str() }</code></td>
                            <td><span class={classes!("badge", if r.pass { "pass" } else { "fail" })}>{ if r.pass { "pass" } else { "fail" } }</span></td>
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

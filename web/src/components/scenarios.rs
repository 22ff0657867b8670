//! The scenario suite, re-evaluated on every change.

use std::rc::Rc;
use vpce_policy_core::generate::ScenarioReport;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The results; `None` while the inputs are invalid.
    pub report: Rc<Option<ScenarioReport>>,
}

/// The table.
#[function_component(Scenarios)]
pub fn scenarios(props: &Props) -> Html {
    html! {
        <section class="panel" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{ "Will Image Builder work, and is everything else locked out?" }</h2>
            if let Some(report) = props.report.as_ref() {
                <p class={classes!("status", if report.failed == 0 { "status-ok" } else { "status-error" })} id="scenarios-summary">
                    { format!("{} passed, {} failed", report.passed, report.failed) }
                </p>
                <table id="scenarios">
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

//! Warms the engine after load. V8 first runs WebAssembly with its baseline compiler and optimizes a function only
//! once it has run enough, so the first keystrokes in a large policy took three to five times as long as the rest.
//! In idle moments after the first render the page checks, highlights and evaluates a policy of its own a few
//! times, one short pass per task, so that the code a keystroke runs is already optimized. A pass waits while the
//! user is typing or clicking (their own keystrokes warm the engine then, and a pass would only delay the next one):
//! it runs once the page has had no input for [`QUIET_MS`].

use crate::{derived, highlight};
use vpce_policy_core::generate::{plan, pretty, GeneratorConfig};
use vpce_policy_core::PolicyKind;

/// Passes run after load.
pub const PASSES: u32 = 30;
/// Pause between passes, so that input and rendering come first.
const GAP_MS: u32 = 25;
/// A pass runs only after this long without input.
pub const QUIET_MS: f64 = 300.0;

/// Every generator option on, so that the warm-up runs conditions, denies and every statement kind.
fn config() -> GeneratorConfig {
    GeneratorConfig {
        principal_org_id: Some("o-a1b2c3d4e5".into()),
        resource_org_id: Some("o-a1b2c3d4e5".into()),
        account_ids: vec!["111122223333".into()],
        deny_deletes: true,
        managed_resources: true,
        ssm: true,
        ..GeneratorConfig::default()
    }
}

/// What a pass found: findings on the two policies, and scenario results.
#[derive(Debug, PartialEq, Eq)]
pub struct Pass {
    /// Findings on the Image Builder and the S3 policy.
    pub findings: usize,
    /// Highlighted lines of the Image Builder policy.
    pub lines: usize,
    /// Scenarios run, and how many passed.
    pub scenarios: (usize, usize),
}

/// One pass: what a keystroke in the editor runs, on the generated policies.
pub fn pass() -> Pass {
    let config = config();
    let plan = plan(&config);
    let (ib, s3) = (pretty(&plan.imagebuilder.policy), pretty(&plan.s3.policy));
    let (ib_checked, s3_checked) = (
        derived::check(&ib, &config, PolicyKind::Endpoint),
        derived::check(&s3, &config, PolicyKind::Endpoint),
    );
    let report = derived::scenarios(&config, &ib_checked, &s3_checked);
    Pass {
        findings: ib_checked.diagnostics.len() + s3_checked.diagnostics.len(),
        lines: highlight::markup(&ib, &ib_checked.diagnostics).len(),
        scenarios: report.map_or((0, 0), |r| {
            (r.results.len(), r.results.iter().filter(|x| x.pass).count())
        }),
    }
}

/// Whether a pass may run now, given when the last input came (`None`: none yet).
pub fn quiet(now_ms: f64, last_input_ms: Option<f64>) -> bool {
    last_input_ms.is_none_or(|t| now_ms - t >= QUIET_MS)
}

/// Starts the passes, each in its own task, and the listeners that hold them back while the user is busy.
pub fn start() {
    let last_input = std::rc::Rc::new(std::cell::Cell::new(None::<f64>));
    let seen = last_input.clone();
    let listeners = crate::browser::on_user_input(move || seen.set(Some(crate::browser::now_ms())));
    schedule(
        0,
        Watch {
            last_input,
            _listeners: listeners,
        },
    );
}

/// When the user last gave input, and the listeners that record it (dropped, so removed, after the last pass).
struct Watch {
    last_input: std::rc::Rc<std::cell::Cell<Option<f64>>>,
    _listeners: Vec<gloo::events::EventListener>,
}

fn schedule(done: u32, watch: Watch) {
    if done >= PASSES {
        return;
    }
    gloo::timers::callback::Timeout::new(GAP_MS, move || {
        if quiet(crate::browser::now_ms(), watch.last_input.get()) {
            std::hint::black_box(pass());
            schedule(done + 1, watch);
        } else {
            schedule(done, watch);
        }
    })
    .forget();
}

#[cfg(test)]
mod tests {
    /// A pass waits until the page has been quiet for a while.
    #[test]
    fn passes_wait_for_a_quiet_moment() {
        assert!(super::quiet(100.0, None));
        assert!(!super::quiet(1_000.0, Some(900.0)));
        assert!(super::quiet(1_000.0, Some(1_000.0 - super::QUIET_MS)));
    }

    /// The warm-up runs the ordinary path: clean policies, highlighted, and every scenario run and passing.
    #[test]
    fn a_pass_checks_highlights_and_evaluates_clean_generated_policies() {
        let p = super::pass();
        assert_eq!(p.findings, 0);
        assert!(p.lines > 40, "{p:?}");
        assert!(p.scenarios.0 >= 10 && p.scenarios.0 == p.scenarios.1, "{p:?}");
    }
}

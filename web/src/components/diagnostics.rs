//! The findings list: code, severity, message and line:column; a click moves the caret to the span, and each
//! finding opens its rule's documentation.

use super::rule_doc::RuleDoc;
use crate::i18n::{t, t_with};
use std::rc::Rc;
use vpce_policy_core::{Diagnostic, LineIndex};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text the findings refer to.
    pub text: Rc<String>,
    /// The findings.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// Select a byte range in the editor.
    pub on_select: Callback<(usize, usize)>,
    /// Apply one finding's certain fix.
    pub on_fix: Callback<Diagnostic>,
    /// Apply every certain fix.
    pub on_fix_all: Callback<()>,
    /// The scenarios of this endpoint that fail with the policy: a valid policy can still break the build, and
    /// "No findings" must not stand above them without saying so.
    #[prop_or_default]
    pub failing: Rc<Vec<String>>,
}

/// One sentence for screen readers: how many errors and warnings.
fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == vpce_policy_core::Severity::Error)
        .count();
    match (errors, diagnostics.len() - errors) {
        (0, 0) => t("findings-none"),
        (e, w) => t_with(
            "findings-summary",
            &[("errors", e.to_string()), ("others", w.to_string())],
        ),
    }
}

/// The list.
#[function_component(Diagnostics)]
pub fn diagnostics(props: &Props) -> Html {
    let index = LineIndex::new(&props.text);
    // Until the IAM data is in, the findings that need it (unknown actions, ARN formats) are not there yet:
    // never "No findings".
    let waiting = use_context::<crate::hooks::IamData>().and_then(|d| d.waiting());
    html! {
        <div class="diagnostics">
            <h3 id="diagnostics-heading">{ t_with("findings-heading", &[("count", props.diagnostics.len().to_string())]) }</h3>
            <p class="sr-only" role="status" aria-live="polite" id="diagnostics-announce">{ summary(&props.diagnostics) }</p>
            if props.diagnostics.iter().any(|d| d.fix.is_some()) {
                <button type="button" id="fix-all" onclick={props.on_fix_all.reform(|_| ())}>{ t("findings-fix-all-certain-problems") }</button>
            }
            <ul id="diagnostics">
                if let Some(waiting) = &waiting {
                    <li class="none pending" id="diagnostics-waiting">{ waiting.clone() }</li>
                } else if props.diagnostics.is_empty() && props.failing.is_empty() {
                    <li class="none">{ t("findings-no-findings-policy-valid") }</li>
                }
                if waiting.is_none() && props.diagnostics.is_empty() && !props.failing.is_empty() {
                    <li class="none" id="valid-but-failing">{ t_with(
                        "findings-valid-but-failing",
                        &[("count", props.failing.len().to_string()), ("scenarios", props.failing.join("; "))],
                    ) }</li>
                }
                { for props.diagnostics.iter().map(|d| {
                    let r = d.report(&index);
                    let span = (d.span.start, d.span.end);
                    let onclick = props.on_select.reform(move |_| span);
                    html! {
                        <li data-code={r.code.clone()} data-severity={r.severity.as_str()} data-line={r.line.to_string()} data-column={r.column.to_string()}>
                            <button type="button" {onclick}>
                                <span class={classes!("badge", format!("sev-{}", r.severity.as_str()))}>{ r.severity.label(crate::i18n::shown()) }</span>
                                <code class="code-name">{ r.code.clone() }</code>
                                <span class="where">{ format!("{}:{}", r.line, r.column) }</span>
                                <span class="message">{ r.message.clone() }</span>
                            </button>
                            if !r.help.is_empty() { <p class="help">{ r.help.clone() }</p> }
                            if let Some(fix) = &d.fix {
                                <button type="button" class="fix" data-fix={r.code.clone()} onclick={props.on_fix.reform({ let d = d.clone(); move |_| d.clone() })}>
                                    { t_with("findings-fix", &[("title", fix.title.clone())]) }
                                </button>
                            }
                            <RuleDoc code={r.code.clone()} />
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

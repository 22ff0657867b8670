//! The explanation trace: per policy, per statement, which element matched and why, and what variables resolved to.

use crate::i18n::{t, t_with};
use vpce_policy_core::eval::Outcome;
use vpce_policy_core::eval::{ElementTrace, PolicyTrace, Resolution};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The trace.
    pub trace: Vec<PolicyTrace>,
}

fn resolutions(list: &[Resolution]) -> Html {
    html! {
        { for list.iter().map(|r| html! {
            <li class="var"><code>{ r.variable.clone() }</code>{ " = " }<code>{ r.value.clone().unwrap_or_else(|| t("trace-missing-variable")) }</code></li>
        }) }
    }
}

fn element(e: &ElementTrace) -> Html {
    html! {
        <li class={if e.matched { "ok" } else { "no" }}>
            <span class="mark" aria-label={if e.matched { t("trace-matched") } else { t("trace-did-not-match") }}>{ if e.matched { "✓" } else { "✗" } }</span>
            <strong>{ e.element.clone() }</strong>{ ": " }{ e.reason.render(crate::i18n::shown()) }
            if !e.resolved.is_empty() { <ul>{ resolutions(&e.resolved) }</ul> }
        </li>
    }
}

/// The trace tree.
#[function_component(TraceView)]
pub fn trace_view(props: &Props) -> Html {
    html! {
        <div class="trace" id="trace">
            { for props.trace.iter().map(|p| html! {
                <details open=true>
                    <summary>{ t_with("trace-policy", &[
                        ("layer", p.layer.as_str().to_string()),
                        ("number", if p.index > 0 { format!(" #{}", p.index + 1) } else { String::new() }),
                        ("level", p.level.as_ref().map(|l| t_with("trace-level", &[("level", l.clone())])).unwrap_or_default()),
                        ("outcome", t(match p.outcome {
                            Outcome::Allow => "trace-outcome-allows",
                            Outcome::Deny => "trace-outcome-denies",
                            Outcome::NoMatch => "trace-outcome-no-match",
                        })),
                    ]) }</summary>
                    <ol start="0">
                    { for p.statements.iter().map(|s| html! {
                        <li class={classes!("statement", s.applies.then_some("applies"))}>
                            <p>{ t_with("trace-statement", &[
                                ("index", s.index.to_string()),
                                ("sid", s.sid.as_ref().map(|x| format!(" “{x}”")).unwrap_or_default()),
                                ("effect", s.effect.map_or_else(|| t("trace-no-effect"), |e| e.as_str().to_string())),
                                ("applies", if s.applies { t("trace-applies") } else { t("trace-does-not-apply") }),
                            ]) }</p>
                            <ul>
                                { element(&s.action) }{ element(&s.resource) }{ element(&s.principal) }
                                { for s.conditions.iter().map(|c| html! {
                                    <li class={if c.matched { "ok" } else { "no" }}>
                                        <span class="mark" aria-label={if c.matched { t("trace-matched") } else { t("trace-did-not-match") }}>{ if c.matched { "✓" } else { "✗" } }</span>
                                        <strong>{ t("trace-condition") }</strong><code>{ format!("{} {} {}", c.operator, c.key, c.values.join(", ")) }</code>{ ": " }{ c.reason.render(crate::i18n::shown()) }
                                        <span class="context">{ match &c.context {
                                            Some(v) => t_with("trace-request-carried", &[("key", c.key.clone()), ("value", v.display())]),
                                            None => t_with("trace-request-carried-no", &[("key", c.key.clone())]),
                                        } }</span>
                                        if !c.resolved.is_empty() { <ul>{ resolutions(&c.resolved) }</ul> }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                    </ol>
                </details>
            }) }
        </div>
    }
}

//! A finding code's documentation from the core's rule registry, rendered in the page (no network): what the
//! rule checks, why it matters, a failing and a fixed example, and the AWS page to read more.

use crate::i18n::shown;
use vpce_policy_core::rules;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The finding code.
    pub code: AttrValue,
}

/// A disclosure with the rule's documentation; nothing when the code has none.
#[function_component(RuleDoc)]
pub fn rule_doc(props: &Props) -> Html {
    let Some(rule) = rules::get(&props.code) else {
        return html! {};
    };
    html! {
        <details class="rule-doc" data-rule={rule.code.as_str()}>
            <summary>{ crate::i18n::t_with("rule-doc-about", &[("code", rule.code.to_string()), ("title", rule.title(shown()))]) }</summary>
            <p><strong>{ crate::i18n::t("rule-doc-checks") }</strong>{ " " }{ rule.checks(shown()) }</p>
            <p><strong>{ crate::i18n::t("rule-doc-why") }</strong>{ " " }{ rule.why(shown()) }</p>
            <div class="examples">
                <figure><figcaption>{ crate::i18n::t("explain-fails") }</figcaption><pre class="example bad">{ rule.bad }</pre></figure>
                <figure><figcaption>{ crate::i18n::t("explain-passes") }</figcaption><pre class="example good">{ rule.good }</pre></figure>
            </div>
            <p><a href={rule.url} target="_blank" rel="noopener noreferrer">{ crate::i18n::t("rule-doc-aws-documentation") }</a></p>
        </details>
    }
}

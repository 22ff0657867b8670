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

/// A disclosure with the rule's documentation; nothing when the code has none. Its body is made when it is first
/// opened: a finding that comes and goes as someone types costs its keystroke the summary line only.
#[function_component(RuleDoc)]
pub fn rule_doc(props: &Props) -> Html {
    let opened = use_state_eq(|| false);
    let Some(rule) = rules::get(&props.code) else {
        return html! {};
    };
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open() {
                opened.set(true);
            }
        })
    };
    html! {
        <details class="rule-doc" data-rule={rule.code.as_str()} {ontoggle}>
            <summary>{ crate::i18n::t_with("rule-doc-about", &[("code", rule.code.to_string()), ("title", rule.title(shown()))]) }</summary>
            if *opened {
            <p><strong>{ crate::i18n::t("rule-doc-checks") }</strong>{ " " }{ rule.checks(shown()) }</p>
            <p><strong>{ crate::i18n::t("rule-doc-why") }</strong>{ " " }{ rule.why(shown()) }</p>
            <div class="examples">
                <figure><figcaption>{ crate::i18n::t("explain-fails") }</figcaption><pre class="example bad">{ rule.bad }</pre></figure>
                <figure><figcaption>{ crate::i18n::t("explain-passes") }</figcaption><pre class="example good">{ rule.good }</pre></figure>
            </div>
            <p><a href={rule.url} target="_blank" rel="noopener noreferrer">{ crate::i18n::t("rule-doc-aws-documentation") }</a></p>
            }
        </details>
    }
}

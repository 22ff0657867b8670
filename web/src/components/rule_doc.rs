//! A finding code's documentation from the core's rule registry, rendered in the page (no network): what the
//! rule checks, why it matters, a failing and a fixed example, and the AWS page to read more.

use vpce_policy_core::i18n::Locale;
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
            <summary>{ format!("About {}: {}", rule.code, rule.title(Locale::En)) }</summary>
            <p><strong>{ "What it checks. " }</strong>{ rule.checks(Locale::En) }</p>
            <p><strong>{ "Why it matters. " }</strong>{ rule.why(Locale::En) }</p>
            <div class="examples">
                <figure><figcaption>{ "Fails" }</figcaption><pre class="example bad">{ rule.bad }</pre></figure>
                <figure><figcaption>{ "Passes" }</figcaption><pre class="example good">{ rule.good }</pre></figure>
            </div>
            <p><a href={rule.url} target="_blank" rel="noopener noreferrer">{ "AWS documentation" }</a></p>
        </details>
    }
}

//! What a pasted policy clearly intends that the settings do not say: it denies Image Builder deletions, or it
//! limits callers to an organization. A face offers to adopt it, so that the scenarios judge the policy against
//! the user's intent as well as the build's needs.

use super::config::GeneratorConfig;
use crate::eval::{CompiledPolicy, Outcome, Request};
use crate::lint::condition_format::is_org_id;

/// A setting the policy implies and the configuration lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Adoption {
    /// The policy denies `imagebuilder:DeleteImage`: turn on "deny deletes".
    DenyDeletes,
    /// The policy limits callers with `aws:PrincipalOrgID` to this organization.
    PrincipalOrgId(String),
}

impl Adoption {
    /// What the policy intends, in a sentence for a notice.
    pub fn describe(&self, locale: crate::i18n::Locale) -> String {
        match self {
            Adoption::DenyDeletes => crate::i18n::text(locale, "adoption-deny-deletes", &[]),
            Adoption::PrincipalOrgId(o) => {
                crate::i18n::text(locale, "adoption-principal-org", &[("org", o.clone())])
            }
        }
    }
}

/// The organization IDs that follow an `aws:PrincipalOrgID` key in the text (a scan, not a parse: the face has
/// already validated and compiled the text once for this keystroke).
fn principal_org_ids(text: &str) -> Vec<String> {
    const KEY: &str = "aws:principalorgid";
    let lower = text.to_ascii_lowercase();
    let mut out: Vec<String> = Vec::new();
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| rest.find(KEY)) {
        let after = from + at + KEY.len();
        from = after;
        let window = text.get(after..).unwrap_or("").chars().take(80);
        let value: String = window
            .skip_while(|c| !c.is_ascii_alphanumeric())
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if is_org_id(&value) && !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// What an endpoint policy intends that `config` does not say.
pub fn unstated(text: &str, compiled: &CompiledPolicy, config: &GeneratorConfig) -> Vec<Adoption> {
    let mut out = Vec::new();
    let orgs = principal_org_ids(text);
    if config.principal_org_id.as_deref().is_none_or(str::is_empty) {
        if let Some(org) = orgs.first() {
            out.push(Adoption::PrincipalOrgId(org.clone()));
        }
    }
    if !config.deny_deletes {
        let (p, region) = (config.partition().name, config.region.as_str());
        let mut request = Request {
            principal: Some(format!(
                "arn:{p}:sts::111122223333:assumed-role/ImageBuilderRole/admin"
            )),
            action: "imagebuilder:DeleteImage".into(),
            resource: format!("arn:{p}:imagebuilder:{region}:111122223333:image/my-image/1.0.0/1"),
            ..Request::default()
        };
        if let Some(org) = config.principal_org_id.clone().or_else(|| orgs.first().cloned()) {
            request.context.insert(
                "aws:PrincipalOrgID".into(),
                crate::eval::ContextValue::String(org.clone()),
            );
            request
                .context
                .insert("aws:ResourceOrgID".into(), crate::eval::ContextValue::String(org));
        }
        if compiled.evaluate(&request.prepare(), None) == Outcome::Deny {
            out.push(Adoption::DenyDeletes);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_that_denies_deletes_and_names_an_org_offers_both() {
        let text = r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","Principal":"*","Action":"imagebuilder:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}},
            {"Effect":"Deny","Principal":"*","Action":["imagebuilder:DeleteImage","imagebuilder:DeleteComponent"],"Resource":"*"}]}"#;
        let config = GeneratorConfig::default();
        let compiled = CompiledPolicy::compile(text, crate::lint::PolicyKind::Endpoint);
        assert_eq!(
            unstated(text, &compiled, &config),
            [
                Adoption::PrincipalOrgId("o-a1b2c3d4e5".into()),
                Adoption::DenyDeletes
            ]
        );
        let adopted = GeneratorConfig {
            principal_org_id: Some("o-a1b2c3d4e5".into()),
            deny_deletes: true,
            ..GeneratorConfig::default()
        };
        assert!(unstated(text, &compiled, &adopted).is_empty());
        let open = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#;
        assert!(unstated(
            open,
            &CompiledPolicy::compile(open, crate::lint::PolicyKind::Endpoint),
            &config
        )
        .is_empty());
    }
}

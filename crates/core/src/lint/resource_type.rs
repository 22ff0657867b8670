//! RESOURCE_TYPE_MISMATCH: an Allow whose actions act on no resource type that its Resources can name, such as
//! `s3:GetObject` on a bucket ARN without `/*`.

use super::Cx;
use crate::arn::Arn;
use crate::code::Code;
use crate::data::iam::{iam, Action, Iam};
use crate::diagnostic::Diagnostic;
use crate::glob::Pattern;
use crate::i18n::Message;
use crate::kind::PolicyKind;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let allow = st
        .effect
        .as_ref()
        .is_some_and(|e| e.value.eq_ignore_ascii_case("Allow"));
    let (Some(actions), Some(resources)) = (&st.action, &st.resource) else {
        return;
    };
    if !allow || actions.negated || resources.negated || resources.values.is_empty() {
        return;
    }
    let Some(arns) = resources
        .values
        .iter()
        .map(|v| Arn::parse(&v.value))
        .collect::<Option<Vec<_>>>()
    else {
        return; // "*" or a malformed ARN: other rules speak
    };
    let db = iam();
    // Only ARNs that fit a format of their own service: the others already have a finding of their own.
    let fitting: Vec<_> = resources
        .values
        .iter()
        .zip(&arns)
        .map(|(v, arn)| cx.fitting(&v.value, arn))
        .collect();
    if fitting.iter().any(|f| f.is_empty()) {
        return;
    }
    let fits = |action: &Action| {
        db.action_resources(action)
            .any(|(r, _)| fitting.iter().any(|formats| formats.contains(&r.arn)))
    };
    // Nearly every statement has an action that fits: found without listing every action its wildcards name.
    if actions
        .values
        .iter()
        .any(|v| each_named(db, &v.value, &mut |_, action| fits(action)) == Some(true))
    {
        return;
    }
    let Some(expanded) = expand(db, actions.values.iter().map(|v| v.value.as_str())) else {
        return;
    };
    let Some(&(prefix, first)) = expanded.first() else {
        return;
    };
    let types: Vec<&str> = db.action_resources(first).map(|(r, _)| r.name).collect();
    let what = if expanded.len() == 1 {
        Message::new("action-name").arg("action", format!("{prefix}:{}", first.name))
    } else {
        Message::new("none-of-its-actions").arg("count", expanded.len())
    };
    let message = if types.is_empty() {
        Message::new("acts-on-no-resource-type").words("what", what)
    } else if expanded.len() == 1 {
        Message::new("acts-on-types-none-named")
            .words("what", what)
            .arg("types", types.join(" or "))
    } else {
        Message::new("acts-on-type-none-named").words("what", what)
    };
    let help = match object_suggestion(db, first, &resources.values) {
        Some(fixed) => Message::new("name-objects-in-bucket").arg("fixed", fixed),
        None if types.is_empty() => Message::new("write-resource-star"),
        None => Message::new("name-resource-right-type").arg(
            "examples",
            db.action_resources(first)
                .map(|(r, _)| r.arn)
                .take(2)
                .collect::<Vec<_>>()
                .join(" or "),
        ),
    };
    out.push(
        Diagnostic::at(
            Code::ResourceTypeMismatch,
            resources.span,
            resources.path.clone(),
            message,
        )
        .help(help),
    );
}

/// Calls `each` with every known action a pattern names, and its prefix, until it answers true: whether it did,
/// or `None` when the pattern cannot be resolved (unknown service or action, a wildcard prefix, `*`) or names none.
fn each_named<'a>(
    db: &'a Iam,
    pattern: &str,
    each: &mut dyn FnMut(&'static str, &'a Action) -> bool,
) -> Option<bool> {
    let (prefix, name) = pattern.split_once(':')?;
    let service = db.service(prefix)?;
    if !name.contains(['*', '?']) {
        return Some(each(service.prefix, db.action(service, name)?));
    }
    let glob = Pattern::new(name, true);
    let mut named = false;
    for action in db.actions(service).iter().filter(|a| glob.matches(a.name)) {
        named = true;
        if each(service.prefix, action) {
            return Some(true);
        }
    }
    named.then_some(false)
}

/// Every known action the patterns name, with its prefix; `None` when one cannot be resolved or names none,
/// since then the statement's reach is not known.
fn expand<'a>(
    db: &'a Iam,
    patterns: impl Iterator<Item = &'a str>,
) -> Option<Vec<(&'static str, &'a Action)>> {
    let mut out = Vec::new();
    for pattern in patterns {
        each_named(db, pattern, &mut |prefix, action| {
            out.push((prefix, action));
            false
        })?;
    }
    Some(out)
}

/// For an object action on bucket ARNs: the first bucket ARN with `/*` added.
fn object_suggestion(db: &Iam, action: &Action, values: &[crate::span::Spanned<String>]) -> Option<String> {
    let on_objects = db.action_resources(action).any(|(r, _)| r.name == "object");
    let bucket = values.iter().find(|v| {
        Arn::parse(&v.value)
            .is_some_and(|a| a.service == "s3" && !a.resource.is_empty() && !a.resource.contains('/'))
    })?;
    on_objects.then(|| format!("{}/*", bucket.value))
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::ResourceTypeMismatch,
        bad: include_str!("../rules/examples/resource_type_mismatch.bad.json"),
        good: include_str!("../rules/examples/resource_type_mismatch.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
    },
];

#[cfg(test)]
mod tests {
    use crate::code::Code;
    use crate::lint::validate;
    use crate::ValidateOptions;

    fn codes(statement: &str) -> Vec<crate::code::Code> {
        let src = format!(r#"{{"Version":"2012-10-17","Statement":[{statement}]}}"#);
        validate(&src, &ValidateOptions::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| *c == Code::ResourceTypeMismatch)
            .collect()
    }

    #[test]
    fn object_actions_on_a_bucket_are_flagged_with_the_fix_in_the_help() {
        let st = r#"{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod"}"#;
        assert_eq!(codes(st), [Code::ResourceTypeMismatch]);
        let src = format!(r#"{{"Version":"2012-10-17","Statement":[{st}]}}"#);
        let d = validate(&src, &ValidateOptions::default()).diagnostics;
        assert!(
            d[0].help
                .contains("arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/*"),
            "{}",
            d[0].help
        );
    }

    #[test]
    fn matching_pairs_wildcards_denies_and_star_are_not_flagged() {
        for st in [
            r#"{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#,
            r#"{"Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:ListBucket"],"Resource":"arn:aws:s3:::b"}"#,
            r#"{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b"}"#,
            r#"{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b"}"#,
            r#"{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}"#,
            r#"{"Effect":"Allow","Principal":"*","Action":"imagebuilder:GetImage","Resource":"arn:aws:imagebuilder:us-east-1:aws:image/*"}"#,
        ] {
            assert!(codes(st).is_empty(), "{st}");
        }
    }

    #[test]
    fn list_actions_on_objects_and_star_only_actions_are_flagged() {
        assert_eq!(
            codes(
                r#"{"Effect":"Allow","Principal":"*","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b/*"}"#
            ),
            [Code::ResourceTypeMismatch]
        );
        assert_eq!(
            codes(
                r#"{"Effect":"Allow","Principal":"*","Action":"s3:ListAllMyBuckets","Resource":"arn:aws:s3:::*"}"#
            ),
            [Code::ResourceTypeMismatch]
        );
    }
}

//! Will the build still work? The AWS-owned resources a private build downloads (AWSTOE, managed components,
//! the SSM agent, the Amazon Linux repositories, ECR layers: `data/owned.tsv`) are reached unsigned or through
//! URLs an AWS service presigned, and they live outside your organization. An S3 endpoint policy that only
//! allows principals or resources of the organization refuses them, and the build fails an hour later.
//!
//! Each needed resource is evaluated through the policy as the build requests it (anonymous `s3:GetObject`),
//! so the answer is the evaluator's, not a pattern match on the text.

use crate::code::Code;
use crate::data::endpoints::Feature;
use crate::data::owned::{self, OwnedResource};
use crate::data::regions;
use crate::diagnostic::{Diagnostic, Fix};
use crate::eval::{CompiledPolicy, Outcome, Request};
use crate::generate::KitConfig;
use crate::glob::wildcard_match;
use crate::i18n::Message;
use crate::lint::{json_string, PolicyKind, ValidateOptions, Validation};
use crate::model::Policy;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;
use crate::span::Span;

/// Keys that describe the caller: an unsigned or AWS-presigned request carries none of the caller's.
const PRINCIPAL_KEYS: [&str; 9] = [
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:userid",
    "aws:username",
    "aws:principaltype",
    "aws:principalisawsservice",
    "aws:principaltag/",
];

/// A needed resource the policy refuses, with the object a build requests from it.
struct Blocked {
    resource: &'static OwnedResource,
    object: String,
    denied: bool,
}

/// The build-needs findings of a policy the lint rules validated without error.
pub(super) fn check(
    src: &str,
    validation: &Validation,
    o: &ValidateOptions,
    compiled: Option<&CompiledPolicy>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(policy) = &validation.policy else {
        return out;
    };
    if o.kind != PolicyKind::Endpoint || o.skip_build_needs || !policy.names_s3() {
        return out;
    }
    let features = o
        .features
        .clone()
        .unwrap_or_else(|| KitConfig::default().features);
    let region = o.region.as_deref().filter(|r| regions::is_region(r));
    let env = o.environment.as_deref().unwrap_or("prod");
    let partition = region.and_then(regions::partition_of).map_or("aws", |p| p.name);
    // The caller's compiled policy when it has one (the page compiles once per keystroke), else compiled here.
    let own;
    let compiled = match compiled {
        Some(c) => c,
        None => {
            own = CompiledPolicy::from_validation(src, validation, PolicyKind::Endpoint);
            &own
        }
    };
    let blocked: Vec<Blocked> = owned::kit_needs(|f: Feature| features.contains(&f))
        .filter_map(|r| {
            // A concrete object in the bucket: the region given, else a sample one.
            let bucket = r.bucket_in(region.unwrap_or("us-east-1"), env).replace('*', "x");
            let object = format!(
                "arn:{partition}:s3:::{bucket}/{}",
                r.keys.replace('*', "sample/object")
            );
            let request = Request {
                action: "s3:GetObject".into(),
                resource: object.clone(),
                ..Request::default()
            };
            match compiled.evaluate(&request.prepare(), None) {
                Outcome::Allow => None,
                outcome => Some(Blocked {
                    resource: r,
                    object,
                    denied: outcome == Outcome::Deny,
                }),
            }
        })
        .collect();
    if blocked.is_empty() {
        return out;
    }
    for st in &policy.statements {
        principal_conditions(st, &blocked, &mut out);
    }
    out.push(not_allowed(policy, &blocked, region, env, partition));
    out
}

/// A finding on each principal key of an Allow that covers refused AWS-owned resources.
fn principal_conditions(st: &Statement, blocked: &[Blocked], out: &mut Vec<Diagnostic>) {
    if st.effect_kind() != Some(crate::model::Effect::Allow) {
        return;
    }
    let Some(cond) = &st.condition else { return };
    let covered: Vec<&Blocked> = blocked.iter().filter(|b| covers(st, &b.object)).collect();
    if covered.is_empty() {
        return;
    }
    let keys = cond.operators.iter().flat_map(|op| op.keys.iter());
    for key in keys.filter(|k| is_principal_key(&k.name.value)) {
        out.push(Diagnostic::new(
            Code::PrincipalConditionOnAwsOwnedResource,
            key.name.span,
            key.path.clone(),
            Message::new("principal-key-never-in-requests")
                .arg("key", &key.name.value)
                .arg("resources", names(&covered))
                .words("signing", signing(&covered)),
            Message::new("allow-these-aws-owned-resources"),
        ));
    }
}

fn is_principal_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    PRINCIPAL_KEYS.iter().any(|p| {
        if p.ends_with('/') {
            k.starts_with(p)
        } else {
            k == *p
        }
    })
}

/// Whether the statement's Action covers `s3:GetObject` and its Resource the object, conditions aside.
fn covers(st: &Statement, object: &str) -> bool {
    let element = |e: Option<&crate::model::Element>, text: &str, fold: bool| {
        e.is_some_and(|e| e.negated != e.values.iter().any(|v| wildcard_match(&v.value, text, fold)))
    };
    element(st.action.as_ref(), "s3:GetObject", true) && element(st.resource.as_ref(), object, false)
}

fn names(blocked: &[&Blocked]) -> String {
    let mut seen: Vec<String> = Vec::new();
    for b in blocked {
        let name = format!("{} ({})", b.resource.feature, b.resource.id);
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen.join(", ")
}

fn signing(blocked: &[&Blocked]) -> Message {
    Message::new(
        if blocked
            .iter()
            .all(|b| b.resource.signing == owned::Signing::Unsigned)
        {
            "requests-unsigned"
        } else {
            "requests-unsigned-or-presigned"
        },
    )
}

/// The document-level finding: which needed resources the policy refuses, and the statement that lets them in.
fn not_allowed(
    policy: &Policy,
    blocked: &[Blocked],
    region: Option<&str>,
    env: &str,
    partition: &str,
) -> Diagnostic {
    let refs: Vec<&Blocked> = blocked.iter().collect();
    let at = policy
        .statement_key
        .unwrap_or_else(|| Span::new(policy.span.start, policy.span.start + 1));
    let denied = blocked.iter().any(|b| b.denied);
    let mut d = Diagnostic::new(
        Code::AwsOwnedResourceNotAllowed,
        at,
        "Statement",
        Message::new(if denied {
            "policy-denies-aws-owned"
        } else {
            "policy-does-not-allow-aws-owned"
        })
        .arg("refs", names(&refs)),
        Message::new(if denied {
            "aws-owned-denied-help"
        } else {
            "aws-owned-not-allowed-help"
        }),
    );
    if let (false, Some(first)) = (denied, policy.statements.first()) {
        if policy.statements.len() > 1 || first.path != "Statement" {
            let arns: Vec<String> = blocked
                .iter()
                .map(|b| match region {
                    Some(r) => b.resource.object_arn(partition, r, env),
                    None => b.resource.object_arn_in_every_region(partition, env),
                })
                .collect();
            let statement = format!(
                "{{\"Sid\": \"AllowAwsOwnedResourcesForTheBuild\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": [{}]}}, ",
                arns.iter().map(|a| json_string(a)).collect::<Vec<_>>().join(", ")
            );
            let start = first.span.start;
            d = d.fix(Fix::replace(
                Message::new("allow-aws-owned-resources-build"),
                Span::new(start, start),
                statement,
            ));
        }
    }
    d
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::AwsOwnedResourceNotAllowed,
        bad: include_str!("../rules/examples/aws_owned_resource_not_allowed.bad.json"),
        good: include_str!("../rules/examples/aws_owned_resource_not_allowed.good.json"),
        kind: PolicyKind::Endpoint,
        region: "us-east-1",
        url: "https://docs.aws.amazon.com/imagebuilder/latest/userguide/vpc-interface-endpoints.html#vpc-endpoint-policy-s3",
    },
    RuleDoc {
        code: Code::PrincipalConditionOnAwsOwnedResource,
        bad: include_str!("../rules/examples/principal_condition_on_aws_owned_resource.bad.json"),
        good: include_str!("../rules/examples/principal_condition_on_aws_owned_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "us-east-1",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid",
    },
];

//! Image Builder domain rules: unreplaced doc placeholders, bucket region and environment, org conditions
//! that would block Image Builder's anonymous downloads from AWS-owned buckets.

use super::{json_string, Cx};
use crate::arn::Arn;
use crate::code::Code;
use crate::data::regions;
use crate::diagnostic::{Diagnostic, Fix};
use crate::glob::wildcard_match;
use crate::i18n::Message;
use crate::kind::PolicyKind;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;
use crate::span::Spanned;

/// The literal placeholders the AWS docs leave in their examples.
pub const PLACEHOLDERS: [&str; 5] = [
    "region",
    "environment",
    "principal-org-id",
    "resource-org-id",
    "account-id",
];

const BUCKET_PREFIXES: [&str; 2] = ["ec2imagebuilder-toe-", "ec2imagebuilder-managed-resources-"];

/// Keys about the resource's organization or account: AWS-owned buckets are in neither. (Keys about the
/// principal are PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE's, in `check::build_needs`.)
const ORG_KEYS: [&str; 3] = ["aws:resourceorgid", "aws:resourceorgpaths", "aws:resourceaccount"];

/// True for a docs placeholder such as `region`, or text holding an angle-bracket one such as `<my-org-id>`.
pub fn is_placeholder(s: &str) -> bool {
    PLACEHOLDERS.iter().any(|p| p.eq_ignore_ascii_case(s)) || angle_placeholder(s).is_some()
}

/// The first `<name>` placeholder in `s` (letters, digits, `-`, `_` and spaces between the brackets), as AWS's
/// examples write them: `<my-org-id>`, `<region>`.
pub fn angle_placeholder(s: &str) -> Option<&str> {
    let start = s.find('<')?;
    let rest = s.get(start + 1..)?;
    let end = rest.find('>')?;
    let name = rest.get(..end)?;
    let word = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b' '));
    word.then(|| s.get(start..start + end + 2)).flatten()
}

/// True for the name (or a pattern) of a bucket of the AWS-owned resource catalogue (`data/owned.tsv`).
pub fn is_aws_owned_bucket(bucket: &str) -> bool {
    crate::data::owned::catalogue()
        .iter()
        .any(|r| r.is_bucket(bucket) || wildcard_match(bucket, &r.bucket_in("us-east-1", "prod"), false))
}

/// An Image Builder bucket name split into its prefix, region and environment.
struct IbBucket<'a> {
    region: &'a str,
    environment: Option<&'a str>,
    /// Byte offset of the region inside the bucket name.
    region_offset: usize,
}

fn split_bucket(bucket: &str) -> Option<IbBucket<'_>> {
    for prefix in BUCKET_PREFIXES {
        if let Some(rest) = bucket.strip_prefix(prefix) {
            let (region, env) = rest.rsplit_once('-')?;
            return Some(IbBucket {
                region,
                environment: Some(env),
                region_offset: prefix.len(),
            });
        }
    }
    let region = bucket.strip_prefix("amazon-ssm-")?;
    (!region.starts_with("packages-")).then_some(IbBucket {
        region,
        environment: None,
        region_offset: "amazon-ssm-".len(),
    })
}

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    if let Some(el) = &st.resource {
        for (i, v) in el.values.iter().enumerate() {
            check_resource(cx, v, &el.value_path(i), out);
        }
    }
    if let Some(el) = &st.action {
        for (i, v) in el.values.iter().enumerate() {
            if let Some(name) = angle_placeholder(&v.value) {
                out.push(placeholder(
                    v,
                    &el.value_path(i),
                    Message::new("placeholder-not-action")
                        .arg("value", &v.value)
                        .arg("name", name),
                ));
            }
        }
    }
    if let Some(cond) = &st.condition {
        for op in &cond.operators {
            for key in &op.keys {
                for (i, v) in key.values.iter().enumerate() {
                    if is_placeholder(&v.value) {
                        let mut d = placeholder(
                            v,
                            &key.value_path(i),
                            Message::new("placeholder-not-real-value")
                                .arg("value", &v.value)
                                .arg("key", &key.name.value),
                        );
                        if v.value.eq_ignore_ascii_case("region") {
                            if let Some(region) = &cx.options.region {
                                d = d.fix(Fix::replace(
                                    Message::new("use-region").arg("region", region),
                                    v.span,
                                    json_string(region),
                                ));
                            }
                        }
                        out.push(d);
                    }
                }
            }
        }
    }
    if cx.names_s3 {
        check_org_condition_on_aws_buckets(st, out);
    }
}

fn placeholder(v: &Spanned<String>, path: &str, message: Message) -> Diagnostic {
    Diagnostic::at(Code::UnreplacedPlaceholder, v.span, path, message)
        .help(Message::new("replace-placeholder-your-value-vpce"))
}

fn check_resource(cx: &Cx<'_>, v: &Spanned<String>, path: &str, out: &mut Vec<Diagnostic>) {
    if let Some(name) = angle_placeholder(&v.value) {
        out.push(placeholder(
            v,
            path,
            Message::new("value-holds-placeholder")
                .arg("value", &v.value)
                .arg("name", name),
        ));
        return;
    }
    let Some(arn) = Arn::parse(&v.value) else { return };
    let given = cx.options.region.as_deref();
    let env = cx.options.environment.as_deref();
    // A fix needs every placeholder in the value to be fillable.
    let filled = |text: &str| -> Option<String> {
        let mut t = text.to_string();
        for (ph, value) in [("region", given), ("environment", env)] {
            if t.contains(&format!("-{ph}")) || t.contains(&format!(":{ph}:")) {
                let value = value?;
                t = t
                    .replace(&format!(":{ph}:"), &format!(":{value}:"))
                    .replace(&format!("-{ph}"), &format!("-{value}"));
            }
        }
        (t != text).then_some(t)
    };
    if arn.region == "region" || arn.account == "account-id" {
        let mut d = placeholder(
            v,
            path,
            Message::new("value-holds-docs-placeholder")
                .arg("value", &v.value)
                .arg(
                    "placeholder",
                    if arn.region == "region" {
                        "region"
                    } else {
                        "account-id"
                    },
                ),
        );
        if let Some(fixed) = filled(&v.value) {
            d = d.fix(Fix::replace(
                Message::new("fill-placeholders"),
                v.span,
                json_string(&fixed),
            ));
        }
        out.push(d);
    } else if arn.service == "imagebuilder" {
        if let Some(region) = given.filter(|g| regions::is_region(arn.region) && arn.region != *g) {
            out.push(mismatch(
                v,
                path,
                arn.region,
                region,
                v.value
                    .replacen(&format!(":{}:", arn.region), &format!(":{region}:"), 1),
            ));
        }
    }
    let Some(bucket) = arn.bucket().and_then(split_bucket) else {
        return;
    };
    if bucket.region == "region" || bucket.environment == Some("environment") {
        let mut d = placeholder(
            v,
            path,
            Message::new("bucket-holds-placeholders").arg("value", &v.value),
        );
        if let Some(fixed) = filled(&v.value) {
            d = d.fix(Fix::replace(
                Message::new("fill-region-environment"),
                v.span,
                json_string(&fixed),
            ));
        }
        out.push(d);
        return;
    }
    if let Some(env) = bucket.environment {
        if crate::data::environment::Environment::parse(env).is_none() && !env.contains(['*', '?']) {
            out.push(
                Diagnostic::at(
                    Code::UnknownImagebuilderEnvironment,
                    v.span,
                    path,
                    Message::new("env-not-image-builder-environment").arg("env", env),
                )
                .help(Message::new("image-builder-buckets-end-prod")),
            );
        }
    }
    if let Some(region) = given.filter(|g| regions::is_region(bucket.region) && bucket.region != *g) {
        let offset = arn.resource_offset() + bucket.region_offset;
        let mut fixed = v.value.clone();
        fixed.replace_range(offset..offset + bucket.region.len(), region);
        out.push(mismatch(v, path, bucket.region, region, fixed));
    }
}

fn mismatch(v: &Spanned<String>, path: &str, found: &str, region: &str, fixed: String) -> Diagnostic {
    Diagnostic::at(
        Code::ImagebuilderBucketRegionMismatch,
        v.span,
        path,
        Message::new("v-found-but-policy-region")
            .arg("v", &v.value)
            .arg("found", found)
            .arg("region", region),
    )
    .help(Message::new("image-builder-only-reaches-buckets"))
    .fix(Fix::replace(
        Message::new("use-region-2").arg("region", region),
        v.span,
        json_string(&fixed),
    ))
}

/// AWS-owned buckets are not in your organization or account, so resource organization and account
/// conditions on them block the build.
fn check_org_condition_on_aws_buckets(st: &Statement, out: &mut Vec<Diagnostic>) {
    let (Some(cond), Some(resource), Some(effect)) = (&st.condition, &st.resource, &st.effect) else {
        return;
    };
    let Some((negated, org_key)) = cond
        .operators
        .iter()
        .flat_map(|o| o.keys.iter().map(move |k| (o.name.value.contains("Not"), k)))
        .find(|(_, k)| ORG_KEYS.contains(&k.name.value.to_ascii_lowercase().as_str()))
    else {
        return;
    };
    let gets_objects = st.action.as_ref().is_some_and(|a| {
        a.negated
            != a.values
                .iter()
                .any(|v| wildcard_match(&v.value, "s3:getobject", true))
    });
    if !gets_objects {
        return;
    }
    let sample = "ec2imagebuilder-toe-us-east-1-prod/TOE/1.0.0/linux/awstoe";
    let blocks = if crate::model::Effect::parse(&effect.value) == Some(crate::model::Effect::Allow) {
        !resource.negated
            && resource.values.iter().any(|v| {
                Arn::parse(&v.value)
                    .and_then(|a| a.bucket())
                    .is_some_and(is_aws_owned_bucket)
            })
    } else {
        negated
            && resource.negated
                != resource.values.iter().any(|v| {
                    v.value == "*"
                        || Arn::parse(&v.value).is_some_and(|a| {
                            a.service.contains(['*', '?'])
                                || (a.service == "s3" && wildcard_match(a.resource, sample, false))
                        })
                })
    };
    if blocks {
        out.push(Diagnostic::new(
            Code::OrgConditionOnAwsOwnedBucket,
            org_key.name.span,
            org_key.path.clone(),
            Message::new("name-would-block-image-builder").arg("name", &org_key.name.value),
            Message::new("allow-ec-imagebuilder-toe-managed"),
        ));
    }
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::ImagebuilderBucketRegionMismatch,
        bad: include_str!("../rules/examples/imagebuilder_bucket_region_mismatch.bad.json"),
        good: include_str!("../rules/examples/imagebuilder_bucket_region_mismatch.good.json"),
        kind: PolicyKind::Endpoint,
        region: "us-east-1",
        url: "https://docs.aws.amazon.com/imagebuilder/latest/userguide/vpc-interface-endpoints.html#vpc-endpoint-policy-s3",
    },
    RuleDoc {
        code: Code::OrgConditionOnAwsOwnedBucket,
        bad: include_str!("../rules/examples/org_condition_on_aws_owned_bucket.bad.json"),
        good: include_str!("../rules/examples/org_condition_on_aws_owned_bucket.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/imagebuilder/latest/userguide/vpc-interface-endpoints.html#vpc-endpoint-policy-s3",
    },
    RuleDoc {
        code: Code::UnknownImagebuilderEnvironment,
        bad: include_str!("../rules/examples/unknown_imagebuilder_environment.bad.json"),
        good: include_str!("../rules/examples/unknown_imagebuilder_environment.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/imagebuilder/latest/userguide/vpc-interface-endpoints.html#vpc-endpoint-policy-s3",
    },
    RuleDoc {
        code: Code::UnreplacedPlaceholder,
        bad: include_str!("../rules/examples/unreplaced_placeholder.bad.json"),
        good: include_str!("../rules/examples/unreplaced_placeholder.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/imagebuilder/latest/userguide/vpc-interface-endpoints.html",
    },
];

//! Resource and NotResource rules: ARN structure, partition, region and account fields.

use super::{domain, inner_span, json_string, Cx};
use crate::arn::Arn;
use crate::arn_format;
use crate::code::Code;
use crate::data::iam::iam;
use crate::data::regions;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::kind::PolicyKind;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;
use crate::span::Spanned;

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let Some(el) = &st.resource else { return };
    let name = if el.negated { "NotResource" } else { "Resource" };
    if el.is_array && el.values.is_empty() {
        out.push(
            Diagnostic::at(
                Code::EmptyArrayResource,
                el.span,
                el.path.clone(),
                Message::new("name-empty-array-statement-matches-2").arg("name", name),
            )
            .help(Message::new("list-least-one-arn")),
        );
    }
    for (i, v) in el.values.iter().enumerate() {
        check_arn(cx, v, &el.value_path(i), out);
    }
    super::check_redundant(el, false, Code::RedundantResource, "resource", out);
}

/// Checks one resource ARN.
pub(super) fn check_arn(cx: &Cx<'_>, v: &Spanned<String>, path: &str, out: &mut Vec<Diagnostic>) {
    let text = v.value.as_str();
    if text == "*" || domain::angle_placeholder(text).is_some() {
        return; // a placeholder is reported by the domain rules
    }
    if !text.starts_with("arn:") {
        out.push(
            Diagnostic::at(
                Code::InvalidArnPrefix,
                v.span,
                path,
                Message::new("text-not-arn-resources-start").arg("text", text),
            )
            .help(Message::new("write-arn-partition-service-region")),
        );
        return;
    }
    let Some(arn) = Arn::parse(text) else {
        out.push(
            Diagnostic::at(
                Code::InvalidArn,
                v.span,
                path,
                Message::new("text-has-fewer-than-six").arg("text", text),
            )
            .help(Message::new("write-arn-partition-service-region-2")),
        );
        return;
    };
    let wild = |s: &str| s.contains(['*', '?']) || s.contains("${");
    if !wild(arn.partition) && regions::partition_named(arn.partition).is_none() {
        out.push(
            Diagnostic::at(
                Code::InvalidPartition,
                inner_span(cx.src, v, 4, arn.partition.len()),
                path,
                Message::new("partition-not-aws-partition").arg("partition", arn.partition),
            )
            .help(Message::new("use-aws-aws-cn-aws")),
        );
    }
    // The policy's region says which partition its ARNs live in: GovCloud buckets written `arn:aws:` match
    // nothing there.
    let stated = cx.options.region.as_deref().and_then(regions::partition_of);
    if let (Some(p), Some(_)) = (stated, regions::partition_named(arn.partition)) {
        if !wild(arn.partition) && p.name != arn.partition {
            let span = inner_span(cx.src, v, 4, arn.partition.len());
            let mut d = Diagnostic::at(
                Code::ArnPartitionMismatch,
                span,
                path,
                Message::new("policy-deref-partition-name-but")
                    .arg("as_deref", cx.options.region.as_deref().unwrap_or(""))
                    .arg("name", p.name)
                    .arg("partition", arn.partition),
            )
            .help(Message::new("write-arn-name-arn-template").arg("name", p.name));
            // Certain only where the span is the partition itself (a string with escapes spans the whole value).
            if span.end - span.start == arn.partition.len() {
                d = d.fix(Fix::replace(
                    Message::new("use-partition-name").arg("name", p.name),
                    span,
                    p.name,
                ));
            }
            out.push(d);
        }
    }
    let region_span = inner_span(cx.src, v, arn.region_offset(), arn.region.len());
    if !arn.region.is_empty() && !wild(arn.region) && !domain::is_placeholder(arn.region) {
        match regions::partition_of(arn.region) {
            None => out.push(
                Diagnostic::at(
                    Code::InvalidArnRegion,
                    region_span,
                    path,
                    Message::new("region-not-aws-region").arg("region", arn.region),
                )
                .help(Message::new("use-region-code-such-us")),
            ),
            Some(p)
                if !wild(arn.partition)
                    && regions::partition_named(arn.partition).is_some()
                    && p.name != arn.partition =>
            {
                out.push(
                    Diagnostic::at(
                        Code::InvalidArnRegion,
                        region_span,
                        path,
                        Message::new("region-region-partition-name-not")
                            .arg("region", arn.region)
                            .arg("name", p.name)
                            .arg("partition", arn.partition),
                    )
                    .help(Message::new("write-arn-name").arg("name", p.name)),
                )
            }
            Some(_) => {}
        }
    }
    if let Some(message) = account_problem(arn.account) {
        out.push(
            Diagnostic::at(
                Code::InvalidArnAccount,
                inner_span(cx.src, v, arn.account_offset(), arn.account.len()),
                path,
                message,
            )
            .help(Message::new("arn-s-account-field-digit-2")),
        );
    }
    check_format(cx, v, &arn, path, out);
}

/// What is wrong with an ARN account field, if anything.
pub(super) fn account_problem(account: &str) -> Option<Message> {
    let has_wild = account.contains(['*', '?']);
    let all_wild = !account.is_empty() && account.chars().all(|c| c == '*' || c == '?');
    let digits = account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit());
    if account.is_empty() || all_wild || digits || account.contains("${") || domain::is_placeholder(account) {
        return None;
    }
    // Owners reserved by AWS: `aws` (Image Builder's managed components, SageMaker's public hub, SSO application
    // providers), `aws-marketplace`, and `partner` (permissions boundaries that AWS publishes for partners).
    if matches!(account, "aws" | "aws-marketplace" | "partner") {
        return None;
    }
    if has_wild {
        return Some(Message::new("account-mixes-wildcard").arg("account", account));
    }
    Some(Message::new("account-not-12-digits").arg("account", account))
}

/// Checks the ARN against its service's resource-type formats: the resource part must fit one of them, and the
/// region and account fields must be empty exactly where the fitting formats' are.
fn check_format(cx: &Cx<'_>, v: &Spanned<String>, arn: &Arn<'_>, path: &str, out: &mut Vec<Diagnostic>) {
    if arn.service.contains(['*', '?', '$']) {
        return;
    }
    let formats: Vec<_> = iam().formats_for_arn_service(arn.service).collect();
    if formats.is_empty() {
        return;
    }
    if !cx.fitting(&v.value, arn).is_empty() {
        return;
    }
    let fits: Vec<_> = formats.iter().map(|f| (f, arn_format::fit(arn, f.arn))).collect();
    let by_resource: Vec<_> = fits.iter().filter(|(_, f)| f.resource).collect();
    if by_resource.is_empty() {
        let examples: Vec<&str> = formats.iter().take(3).map(|f| f.arn).collect();
        out.push(
            Diagnostic::at(
                Code::InvalidArnResource,
                inner_span(cx.src, v, arn.resource_offset(), arn.resource.len()),
                path,
                Message::new("resource-fits-none-formats-resource")
                    .arg("resource", arn.resource)
                    .arg("formats", formats.len())
                    .arg("service", arn.service),
            )
            .help(Message::new("check-resource-part-against-service").arg("examples", examples.join(", "))),
        );
        return;
    }
    let region_empty = by_resource.iter().all(|(f, _)| field(f.arn, 3).is_empty());
    let account_empty = by_resource.iter().all(|(f, _)| field(f.arn, 4).is_empty());
    let region_fits = by_resource.iter().any(|(_, f)| f.region);
    let account_fits = by_resource.iter().any(|(_, f)| f.account);
    let kind = by_resource.first().map(|(f, _)| f.name).unwrap_or("resource");
    let fixed = format!(
        "arn:{}:{}:{}:{}:{}",
        arn.partition,
        arn.service,
        if region_empty { "" } else { arn.region },
        if account_empty { "" } else { arn.account },
        arn.resource
    );
    let fix = Fix::replace(
        Message::new("empty-fields-resource-type-does"),
        v.span,
        json_string(&fixed),
    );
    if !region_fits && region_empty {
        out.push(
            Diagnostic::at(
                Code::ArnRegionNotAllowed,
                inner_span(cx.src, v, arn.region_offset(), arn.region.len()),
                path,
                Message::new("service-kind-arns-have-no")
                    .arg("service", arn.service)
                    .arg("kind", kind),
            )
            .help(Message::new("write-fixed-3").arg("fixed", &fixed))
            .fix(fix.clone()),
        );
    } else if !region_fits && arn.region.is_empty() {
        out.push(
            Diagnostic::at(
                Code::MissingArnRegion,
                inner_span(cx.src, v, arn.region_offset(), 0),
                path,
                Message::new("service-kind-arns-need-region")
                    .arg("service", arn.service)
                    .arg("kind", kind),
            )
            .help(Message::new("empty-region-matches-only-resources")),
        );
    }
    if !account_fits && account_empty {
        out.push(
            Diagnostic::at(
                Code::ArnAccountNotAllowed,
                inner_span(cx.src, v, arn.account_offset(), arn.account.len()),
                path,
                Message::new("service-kind-arns-have-no-2")
                    .arg("service", arn.service)
                    .arg("kind", kind),
            )
            .help(Message::new("write-fixed-restrict-owner-aws").arg("fixed", &fixed))
            .fix(fix),
        );
    }
}

/// The `n`th colon-separated field of an ARN format.
fn field(format: &str, n: usize) -> &str {
    format.split(':').nth(n).unwrap_or("")
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::ArnAccountNotAllowed,
        bad: include_str!("../rules/examples/arn_account_not_allowed.bad.json"),
        good: include_str!("../rules/examples/arn_account_not_allowed.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-account-not-allowed",
    },
    RuleDoc {
        code: Code::ArnPartitionMismatch,
        bad: include_str!("../rules/examples/arn_partition_mismatch.bad.json"),
        good: include_str!("../rules/examples/arn_partition_mismatch.good.json"),
        kind: PolicyKind::Endpoint,
        region: "us-gov-west-1",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
    },
    RuleDoc {
        code: Code::ArnRegionNotAllowed,
        bad: include_str!("../rules/examples/arn_region_not_allowed.bad.json"),
        good: include_str!("../rules/examples/arn_region_not_allowed.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-region-not-allowed",
    },
    RuleDoc {
        code: Code::EmptyArrayResource,
        bad: include_str!("../rules/examples/empty_array_resource.bad.json"),
        good: include_str!("../rules/examples/empty_array_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-array-resource",
    },
    RuleDoc {
        code: Code::InvalidArn,
        bad: include_str!("../rules/examples/invalid_arn.bad.json"),
        good: include_str!("../rules/examples/invalid_arn.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-field",
    },
    RuleDoc {
        code: Code::InvalidArnPrefix,
        bad: include_str!("../rules/examples/invalid_arn_prefix.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_prefix.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-prefix",
    },
    RuleDoc {
        code: Code::InvalidArnRegion,
        bad: include_str!("../rules/examples/invalid_arn_region.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_region.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-region",
    },
    RuleDoc {
        code: Code::InvalidArnResource,
        bad: include_str!("../rules/examples/invalid_arn_resource.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-resource",
    },
    RuleDoc {
        code: Code::InvalidPartition,
        bad: include_str!("../rules/examples/invalid_partition.bad.json"),
        good: include_str!("../rules/examples/invalid_partition.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-partition",
    },
    RuleDoc {
        code: Code::MissingArnRegion,
        bad: include_str!("../rules/examples/missing_arn_region.bad.json"),
        good: include_str!("../rules/examples/missing_arn_region.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-region",
    },
    RuleDoc {
        code: Code::RedundantResource,
        bad: include_str!("../rules/examples/redundant_resource.bad.json"),
        good: include_str!("../rules/examples/redundant_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-resource",
    },
];

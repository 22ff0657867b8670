//! Resource and NotResource rules: ARN structure, partition, region and account fields.

use super::{domain, inner_span, json_string, Cx};
use crate::arn::Arn;
use crate::arn_format;
use crate::code::Code;
use crate::data::iam::iam;
use crate::data::regions;
use crate::diagnostic::{Diagnostic, Fix};
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
                format!("{name} is an empty array, so the statement matches no resource"),
            )
            .help("list at least one ARN, or \"*\""),
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
                format!("\"{text}\" is not an ARN: resources start with \"arn:\" or are \"*\""),
            )
            .help("write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, e.g. arn:aws:s3:::my-bucket/*"),
        );
        return;
    }
    let Some(arn) = Arn::parse(text) else {
        out.push(
            Diagnostic::at(Code::InvalidArn, v.span, path, format!("\"{text}\" has fewer than six colon-separated fields"))
                .help("write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE; S3 ARNs leave region and account empty: arn:aws:s3:::bucket/*"),
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
                format!("\"{}\" is not an AWS partition", arn.partition),
            )
            .help("use aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc"),
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
                    format!(
                        "the policy is for {} (partition {}), but this ARN is in partition {}: it matches nothing there",
                        cx.options.region.as_deref().unwrap_or(""),
                        p.name,
                        arn.partition
                    ),
                )
                .help(format!("write arn:{}:…, or arn:${{AWS::Partition}} in a template", p.name));
            // Certain only where the span is the partition itself (a string with escapes spans the whole value).
            if span.end - span.start == arn.partition.len() {
                d = d.fix(Fix::replace(format!("use partition {}", p.name), span, p.name));
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
                    format!("\"{}\" is not an AWS region", arn.region),
                )
                .help("use a region code such as us-east-1, or * for every region"),
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
                        format!(
                            "region {} is in partition {}, not {}",
                            arn.region, p.name, arn.partition
                        ),
                    )
                    .help(format!("write arn:{}:…", p.name)),
                )
            }
            Some(_) => {}
        }
    }
    if let Some(message) = account_problem(arn.account) {
        out.push(
            Diagnostic::at(Code::InvalidArnAccount, inner_span(cx.src, v, arn.account_offset(), arn.account.len()), path, message)
                .help("an ARN's account field is a 12-digit account ID, a wildcard, or aws for AWS-managed resources"),
        );
    }
    check_format(cx, v, &arn, path, out);
}

/// What is wrong with an ARN account field, if anything.
pub(super) fn account_problem(account: &str) -> Option<String> {
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
        return Some(format!("account field \"{account}\" mixes an account ID with a wildcard: it must be an account ID or a wildcard, not both"));
    }
    Some(format!("\"{account}\" is not a 12-digit account ID"))
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
                format!(
                    "\"{}\" fits none of the {} resource types of {}",
                    arn.resource,
                    formats.len(),
                    arn.service
                ),
            )
            .help(format!(
                "check the resource part against the Service Authorization Reference, e.g. {}",
                examples.join(", ")
            )),
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
        "empty the fields this resource type does not have",
        v.span,
        json_string(&fixed),
    );
    if !region_fits && region_empty {
        out.push(
            Diagnostic::at(
                Code::ArnRegionNotAllowed,
                inner_span(cx.src, v, arn.region_offset(), arn.region.len()),
                path,
                format!("{} {kind} ARNs have no region field", arn.service),
            )
            .help(format!("write \"{fixed}\""))
            .fix(fix.clone()),
        );
    } else if !region_fits && arn.region.is_empty() {
        out.push(
            Diagnostic::at(
                Code::MissingArnRegion,
                inner_span(cx.src, v, arn.region_offset(), 0),
                path,
                format!("{} {kind} ARNs need a region", arn.service),
            )
            .help("an empty region matches only resources that have none; name the region, e.g. us-east-1, or write * for every region"),
        );
    }
    if !account_fits && account_empty {
        out.push(
            Diagnostic::at(
                Code::ArnAccountNotAllowed,
                inner_span(cx.src, v, arn.account_offset(), arn.account.len()),
                path,
                format!("{} {kind} ARNs have no account field", arn.service),
            )
            .help(format!(
                "write \"{fixed}\"; restrict the owner with aws:ResourceAccount instead"
            ))
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
        severity: Code::ArnAccountNotAllowed.severity(),
        title: "Account ID in an ARN that has no account field",
        checks: "Flags a resource ARN that holds an account ID although the ARN format of its resource type leaves the account field empty, as for S3 buckets and objects (arn:aws:s3:::bucket/key). S3 access points, whose ARNs do have an account, are not flagged.",
        why: "ARNs are compared field by field and these resources never have an account in their ARN, so the statement matches no request. --fix empties the field; to restrict the bucket owner, use the aws:ResourceAccount condition key instead.",
        bad: include_str!("../rules/examples/arn_account_not_allowed.bad.json"),
        good: include_str!("../rules/examples/arn_account_not_allowed.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-account-not-allowed",
    },
    RuleDoc {
        code: Code::ArnPartitionMismatch,
        severity: Code::ArnPartitionMismatch.severity(),
        title: "ARN in another partition than the policy's region",
        checks: "When the policy's region is given (--region, or --var region for a template), flags an ARN whose partition is not that region's: arn:aws: in a GovCloud or China policy, for example. The example assumes --region us-gov-west-1.",
        why: "Each partition is a separate AWS: an ARN of partition aws matches nothing in aws-us-gov, so the statement silently allows or denies nothing there. Templates that deploy to several partitions write arn:${AWS::Partition}:.",
        bad: include_str!("../rules/examples/arn_partition_mismatch.bad.json"),
        good: include_str!("../rules/examples/arn_partition_mismatch.good.json"),
        kind: PolicyKind::Endpoint,
        region: "us-gov-west-1",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
    },
    RuleDoc {
        code: Code::ArnRegionNotAllowed,
        severity: Code::ArnRegionNotAllowed.severity(),
        title: "Region in an ARN that has no region field",
        checks: "Flags a resource ARN that holds a region although the ARN format of its resource type leaves the region field empty, as for S3 buckets and objects and for IAM roles. S3 access points, whose ARNs do have a region, are not flagged.",
        why: "ARNs are compared field by field and these resources never have a region in their ARN, so the statement matches no request: here the AWSTOE download stays blocked and Image Builder builds fail. --fix empties the field.",
        bad: include_str!("../rules/examples/arn_region_not_allowed.bad.json"),
        good: include_str!("../rules/examples/arn_region_not_allowed.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-region-not-allowed",
    },
    RuleDoc {
        code: Code::EmptyArrayResource,
        severity: Code::EmptyArrayResource.severity(),
        title: "Empty Resource array",
        checks: "Flags a Resource or NotResource element that is an empty array.",
        why: "A statement with an empty resource list does not do what it appears to: it names no resource to allow or deny. It is usually a list whose items were all deleted, or a template variable that expanded to nothing.",
        bad: include_str!("../rules/examples/empty_array_resource.bad.json"),
        good: include_str!("../rules/examples/empty_array_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-array-resource",
    },
    RuleDoc {
        code: Code::InvalidArn,
        severity: Code::InvalidArn.severity(),
        title: "ARN with too few fields",
        checks: "Flags a resource that starts with arn: but has fewer than the six colon-separated fields arn:partition:service:region:account:resource.",
        why: "ARNs are compared field by field, so a truncated ARN names no resource and the statement matches nothing. S3 ARNs keep their empty region and account fields: arn:aws:s3:::bucket/*.",
        bad: include_str!("../rules/examples/invalid_arn.bad.json"),
        good: include_str!("../rules/examples/invalid_arn.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-field",
    },
    RuleDoc {
        code: Code::InvalidArnPrefix,
        severity: Code::InvalidArnPrefix.severity(),
        title: "Resource that is not an ARN",
        checks: "Flags a Resource or NotResource value that is neither \"*\" nor an ARN starting with arn:, such as a bare bucket name.",
        why: "Resources are matched as ARNs, so a bucket name or path matches nothing and the statement grants nothing.",
        bad: include_str!("../rules/examples/invalid_arn_prefix.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_prefix.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-prefix",
    },
    RuleDoc {
        code: Code::InvalidArnRegion,
        severity: Code::InvalidArnRegion.severity(),
        title: "Invalid ARN region",
        checks: "Flags an ARN region field that is not a region code (a typo such as us-east1), or a region of another partition than the ARN's (cn-north-1 in an arn:aws: ARN).",
        why: "The region field is compared literally, so a misspelled or wrong-partition region matches no resource and the statement does nothing.",
        bad: include_str!("../rules/examples/invalid_arn_region.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_region.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-region",
    },
    RuleDoc {
        code: Code::InvalidArnResource,
        severity: Code::InvalidArnResource.severity(),
        title: "ARN that fits no resource type of its service",
        checks: "Flags an ARN whose service is known but which fits none of that service's resource-type ARN formats in the Service Authorization Reference, such as pipeline/golden-ami where Image Builder's format is image-pipeline/${ImagePipelineName}.",
        why: "An ARN that no resource can have matches no request, and AWS reports no error: the Deny below protects no pipeline.",
        bad: include_str!("../rules/examples/invalid_arn_resource.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-resource",
    },
    RuleDoc {
        code: Code::InvalidPartition,
        severity: Code::InvalidPartition.severity(),
        title: "Unknown ARN partition",
        checks: "Flags an ARN partition that is not aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc.",
        why: "No resource lives in an unknown partition, so the ARN matches nothing.",
        bad: include_str!("../rules/examples/invalid_partition.bad.json"),
        good: include_str!("../rules/examples/invalid_partition.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-partition",
    },
    RuleDoc {
        code: Code::MissingArnRegion,
        severity: Code::MissingArnRegion.severity(),
        title: "ARN without the region its format needs",
        checks: "Flags an ARN whose region field is empty although the service's ARN formats for this resource need a region, such as arn:aws:imagebuilder::111122223333:image/*. A wildcard in the field matches.",
        why: "An empty field matches only resources without a region, and these always have one, so the statement matches nothing: the Deny below protects no image.",
        bad: include_str!("../rules/examples/missing_arn_region.bad.json"),
        good: include_str!("../rules/examples/missing_arn_region.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-region",
    },
    RuleDoc {
        code: Code::RedundantResource,
        severity: Code::RedundantResource.severity(),
        title: "Redundant resource",
        checks: "Flags a resource already covered by another value of the same Resource or NotResource: a duplicate, or one matched by a wildcard.",
        why: "It changes nothing but the size of the policy, and it misleads whoever edits the list later.",
        bad: include_str!("../rules/examples/redundant_resource.bad.json"),
        good: include_str!("../rules/examples/redundant_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-resource",
    },
];

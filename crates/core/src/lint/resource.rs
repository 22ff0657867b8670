//! Resource and NotResource rules: ARN structure, partition, region and account fields.

use super::{domain, inner_span, json_string, Cx};
use crate::arn::Arn;
use crate::data::regions;
use crate::diagnostic::{Diagnostic, Fix};
use crate::model::Statement;
use crate::span::Spanned;

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let Some(el) = &st.resource else { return };
    let name = if el.negated { "NotResource" } else { "Resource" };
    if el.is_array && el.values.is_empty() {
        out.push(
            Diagnostic::error(
                "EMPTY_ARRAY_RESOURCE",
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
    super::check_redundant(el, false, "REDUNDANT_RESOURCE", "resource", out);
}

/// Checks one resource ARN.
pub(super) fn check_arn(cx: &Cx<'_>, v: &Spanned<String>, path: &str, out: &mut Vec<Diagnostic>) {
    let text = v.value.as_str();
    if text == "*" {
        return;
    }
    if !text.starts_with("arn:") {
        out.push(
            Diagnostic::error(
                "INVALID_ARN_PREFIX",
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
            Diagnostic::error("INVALID_ARN", v.span, path, format!("\"{text}\" has fewer than six colon-separated fields"))
                .help("write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE; S3 ARNs leave region and account empty: arn:aws:s3:::bucket/*"),
        );
        return;
    };
    let wild = |s: &str| s.contains(['*', '?']) || s.contains("${");
    if !wild(arn.partition) && regions::partition_named(arn.partition).is_none() {
        out.push(
            Diagnostic::error(
                "INVALID_PARTITION",
                inner_span(cx.src, v, 4, arn.partition.len()),
                path,
                format!("\"{}\" is not an AWS partition", arn.partition),
            )
            .help("use aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc"),
        );
    }
    if arn.service == "s3" && (!arn.region.is_empty() || !arn.account.is_empty()) {
        let fixed = format!("arn:{}:s3:::{}", arn.partition, arn.resource);
        let fix = Fix::replace("remove the region and account", v.span, json_string(&fixed));
        if !arn.region.is_empty() {
            out.push(
                Diagnostic::error(
                    "ARN_REGION_NOT_ALLOWED",
                    inner_span(cx.src, v, arn.region_offset(), arn.region.len()),
                    path,
                    "S3 ARNs have no region field",
                )
                .help(format!("write \"{fixed}\""))
                .fix(fix.clone()),
            );
        }
        if !arn.account.is_empty() {
            out.push(
                Diagnostic::error(
                    "ARN_ACCOUNT_NOT_ALLOWED",
                    inner_span(cx.src, v, arn.account_offset(), arn.account.len()),
                    path,
                    "S3 ARNs have no account field",
                )
                .help(format!(
                    "write \"{fixed}\"; restrict the bucket owner with aws:ResourceAccount instead"
                ))
                .fix(fix),
            );
        }
        return;
    }
    let region_span = inner_span(cx.src, v, arn.region_offset(), arn.region.len());
    if !arn.region.is_empty() && !wild(arn.region) && !domain::is_placeholder(arn.region) {
        match regions::partition_of(arn.region) {
            None => out.push(
                Diagnostic::error(
                    "INVALID_ARN_REGION",
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
                    Diagnostic::error(
                        "INVALID_ARN_REGION",
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
    if let Some(message) = account_problem(arn.account, arn.service) {
        out.push(
            Diagnostic::error("INVALID_ARN_ACCOUNT", inner_span(cx.src, v, arn.account_offset(), arn.account.len()), path, message)
                .help("an ARN's account field is a 12-digit account ID, a wildcard, or aws for AWS-managed resources"),
        );
    }
}

/// What is wrong with an ARN account field, if anything.
pub(super) fn account_problem(account: &str, service: &str) -> Option<String> {
    let has_wild = account.contains(['*', '?']);
    let all_wild = !account.is_empty() && account.chars().all(|c| c == '*' || c == '?');
    let digits = account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit());
    if account.is_empty() || all_wild || digits || account.contains("${") || domain::is_placeholder(account) {
        return None;
    }
    if matches!(account, "aws" | "aws-marketplace")
        && (service == "imagebuilder" || service.contains(['*', '?']))
    {
        return None;
    }
    if has_wild {
        return Some(format!("account field \"{account}\" mixes an account ID with a wildcard: it must be an account ID or a wildcard, not both"));
    }
    Some(format!("\"{account}\" is not a 12-digit account ID"))
}

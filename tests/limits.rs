//! The stated limits, kept: pathological inputs get an answer (and a finding that says why), never a hang or a
//! panic. Sizes are those of the hardening issue; run optimized (`scripts/test` uses `--profile limits`), as debug
//! builds are ~10x slower. Time is measured in benchmarks, not here: these only check that each input is handled.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use vpce_policy_core::rules::Code;
use vpce_policy_core::{validate, ValidateOptions};

fn codes(src: &str) -> Vec<Code> {
    validate(src, &ValidateOptions::default())
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

fn statements(n: usize) -> String {
    let st = r#"{"Effect":"Allow","Principal":"*","Action":"imagebuilder:GetImage","Resource":"arn:aws:imagebuilder:us-east-1:111122223333:image/*"}"#;
    format!(
        "{{\"Version\":\"2012-10-17\",\"Statement\":[{}]}}",
        vec![st; n].join(",")
    )
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "sized for optimized builds; scripts/test runs it with --profile limits"
)]
fn a_one_megabyte_policy_is_over_the_quota_and_fully_checked() {
    let src = statements(8_000);
    assert!(src.len() > 1_000_000);
    let found = codes(&src);
    assert!(found.contains(&Code::PolicySizeExceedsEndpointQuota));
    assert!(
        found.contains(&Code::RedundantStatement),
        "identical statements are found even at this size"
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "sized for optimized builds; scripts/test runs it with --profile limits"
)]
fn a_hundred_thousand_statements() {
    let found = codes(&statements(100_000));
    assert!(found.contains(&Code::PolicySizeExceedsEndpointQuota));
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "sized for optimized builds; scripts/test runs it with --profile limits"
)]
fn arrays_of_a_hundred_thousand_items() {
    let actions: Vec<String> = (0..100_000).map(|i| format!("\"s3:GetObject{i}\"")).collect();
    let resources: Vec<String> = (0..100_000)
        .map(|i| format!("\"arn:aws:s3:::bucket-{i}/*\""))
        .collect();
    let src = format!(
        "{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[{}, \"s3:*\"],\"Resource\":[{}]}}]}}",
        actions.join(","),
        resources.join(",")
    );
    let found = codes(&src);
    assert_eq!(
        found.iter().filter(|c| **c == Code::RedundantAction).count(),
        100_000,
        "each covered by s3:*"
    );
}

#[test]
fn deep_nesting_is_a_finding_not_a_stack_overflow() {
    for depth in [65, 10_000, 1_000_000] {
        let src = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(codes(&src).contains(&Code::JsonSyntaxError), "{depth}");
        let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        assert!(codes(&objects).contains(&Code::JsonSyntaxError), "{depth}");
    }
}

#[test]
fn lone_surrogates_and_odd_text_are_findings_with_positions() {
    let src = r#"{"Version":"2012-10-17","Statement":[{"Sid":"\ud800x","Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#;
    let v = validate(src, &ValidateOptions::default());
    let d = v
        .diagnostics
        .iter()
        .find(|d| d.message.contains("surrogate"))
        .expect("an unpaired surrogate is reported");
    assert_eq!(&src[d.span.start..d.span.start + 2], "\\u");
}

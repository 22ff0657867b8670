//! Criterion benchmarks for the engine. Figures are recorded in README.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use vpce_policy_core::{validate, ValidateOptions};

/// A realistic endpoint policy padded with statements to just under 20,480 characters.
pub fn max_size_policy() -> String {
    let mut statements = Vec::new();
    let mut i = 0;
    loop {
        let st = format!(
            r#"    {{
      "Sid": "AllowBuilders{i}",
      "Effect": "Allow",
      "Principal": {{"AWS": "*"}},
      "Action": ["imagebuilder:GetImage", "imagebuilder:CreateImage", "imagebuilder:List*"],
      "Resource": ["arn:aws:imagebuilder:us-east-1:111122223333:image/app-{i}/*"],
      "Condition": {{"StringEquals": {{"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:SourceVpce": "vpce-1a2b3c4d"}}}}
    }}"#
        );
        let candidate = format!(
            "{{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n{}\n  ]\n}}\n",
            [statements.clone(), vec![st.clone()]].concat().join(",\n")
        );
        if candidate.chars().count() > 20_480 {
            break;
        }
        statements.push(st);
        i += 1;
    }
    format!(
        "{{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n{}\n  ]\n}}\n",
        statements.join(",\n")
    )
}

fn bench_validate(c: &mut Criterion) {
    let policy = max_size_policy();
    assert!(policy.chars().count() <= 20_480 && policy.chars().count() > 19_000);
    let options = ValidateOptions::default();
    assert!(
        validate(&policy, &options).diagnostics.is_empty(),
        "{:?}",
        validate(&policy, &options).diagnostics
    );
    c.bench_function("validate 20,480-character endpoint policy", |b| {
        b.iter(|| validate(black_box(&policy), &options))
    });
}

criterion_group!(benches, bench_validate);
criterion_main!(benches);

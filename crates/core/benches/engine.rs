//! Criterion benchmarks for the engine. Figures are recorded in docs/benchmarks.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use inputs::{max_size_policy, TYPICAL};

mod inputs;
use vpce_policy_core::{validate, ValidateOptions};

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

fn bench_eval(c: &mut Criterion) {
    use vpce_policy_core::eval::{CompiledPolicy, PolicySet, Request};
    let set = PolicySet {
        endpoint: Some(CompiledPolicy::compile(
            TYPICAL,
            vpce_policy_core::PolicyKind::Endpoint,
        )),
        ..PolicySet::default()
    };
    assert!(set.valid());
    let request: Request = serde_json::from_str(inputs::TYPICAL_REQUEST).unwrap();
    assert_eq!(set.evaluate(&request, false).decision.as_str(), "allowed");
    let prepared = request.prepare();
    c.bench_function(
        "evaluate typical endpoint policy (8 statements, trace off)",
        |b| b.iter(|| set.evaluate_prepared(black_box(&prepared), false)),
    );
    c.bench_function("prepare + evaluate (trace off)", |b| {
        b.iter(|| set.evaluate(black_box(&request), false))
    });
    c.bench_function("evaluate with trace", |b| {
        b.iter(|| set.evaluate_prepared(black_box(&prepared), true))
    });
}

criterion_group!(benches, bench_validate, bench_eval);
criterion_main!(benches);

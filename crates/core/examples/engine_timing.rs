//! Native timings of validate and evaluate on the benchmark inputs, as JSON, with the inputs themselves, so that
//! `tests/bench/wasm-vs-native.mjs` times the WebAssembly build on exactly the same texts in the same run.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

#[path = "../benches/inputs/mod.rs"]
mod inputs;

use std::time::Instant;
use vpce_policy_core::eval::{CompiledPolicy, PolicySet, Request};
use vpce_policy_core::{validate, PolicyKind, ValidateOptions};

/// The median of `rounds` timings of `iterations` calls, in microseconds per call.
fn median_us(rounds: usize, iterations: u32, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[rounds / 2]
}

fn main() {
    let policy = inputs::max_size_policy();
    let options = ValidateOptions::default();
    let validate_us = median_us(9, 200, || {
        std::hint::black_box(validate(std::hint::black_box(&policy), &options));
    });
    let set = PolicySet {
        endpoint: Some(CompiledPolicy::compile(inputs::TYPICAL, PolicyKind::Endpoint)),
        ..PolicySet::default()
    };
    let request: Request = serde_json::from_str(inputs::TYPICAL_REQUEST).unwrap();
    let prepared = request.prepare();
    let evaluate_us = median_us(9, 200_000, || {
        std::hint::black_box(set.evaluate_prepared(std::hint::black_box(&prepared), false));
    });
    let out = serde_json::json!({
        "inputs": { "maxSizePolicy": policy, "typicalPolicy": inputs::TYPICAL, "typicalRequest": inputs::TYPICAL_REQUEST },
        "native": { "validateUs": validate_us, "evaluateUs": evaluate_us },
    });
    println!("{out}");
}

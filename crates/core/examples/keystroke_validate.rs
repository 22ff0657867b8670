//! What the playground's editor asks of the core on each keystroke: validate and compile the 20,480-character
//! benchmark policy at the page's first settings (us-east-1, prod, the kit's default features), a typo in and out
//! by turns, as `tests/bench/ui-bench.mjs` types it. Run under callgrind to count its instructions, which this
//! VM's changing speed does not move (docs/benchmarks.md records the figures):
//!
//! ```text
//! cargo build --release --example keystroke_validate -p vpce-policy-core
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='keystroke_validate::keystrokes' \
//!   target/release/examples/keystroke_validate 10
//! ```
#![allow(clippy::indexing_slicing, missing_docs)]

// The typical policy and request there are for the other benchmarks.
#[allow(dead_code)]
#[path = "../benches/inputs/mod.rs"]
mod inputs;

use vpce_policy_core::{validate_compiled, ValidateOptions};

/// The playground validates texts up to this size in full (`web/src/derived.rs`).
const LIVE_CHECK_BYTES: usize = 256 * 1024;

/// `n` keystrokes; the findings and valid policies counted, so that nothing is optimized away.
#[inline(never)]
fn keystrokes(n: usize, texts: [&str; 2], options: &ValidateOptions) -> usize {
    (0..n)
        .map(|i| {
            let (v, compiled) = validate_compiled(texts[i % 2], options, LIVE_CHECK_BYTES);
            v.diagnostics.len() + usize::from(compiled.valid)
        })
        .sum()
}

fn main() {
    let policy = inputs::max_size_policy();
    let typo = policy.replacen("imagebuilder:GetImage\"", "imagebuilder:GetImagX\"", 1);
    let options = ValidateOptions {
        region: Some("us-east-1".into()),
        environment: Some("prod".into()),
        ..ValidateOptions::default()
    };
    let n = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    // The policy as pasted, before the first key: what the page has done by then (the data read, the policy seen).
    keystrokes(2, [&policy, &policy], &options);
    let started = std::time::Instant::now();
    let findings = keystrokes(n, [&typo, &policy], &options);
    let per_call = started.elapsed() / u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    println!("{n} keystrokes, {findings} findings and valid policies, {per_call:?} a keystroke");
}

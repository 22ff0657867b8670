//! `fix` is idempotent, never adds an error finding, and keeps parseable JSON parseable.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::{lint, validate, Severity, ValidateOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let options = ValidateOptions {
        region: Some("eu-west-1".into()),
        environment: Some("prod".into()),
        ..ValidateOptions::default()
    };
    let errors = |t: &str| {
        validate(t, &options)
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    };
    let (once, _) = lint::fix(src, &options);
    let (twice, _) = lint::fix(&once, &options);
    assert_eq!(once, twice, "fix is not idempotent");
    assert!(errors(&once) <= errors(src), "fix added an error finding");
    if serde_json::from_str::<serde_json::Value>(src).is_ok() {
        assert!(serde_json::from_str::<serde_json::Value>(&once).is_ok(), "fix broke the JSON");
    }
});

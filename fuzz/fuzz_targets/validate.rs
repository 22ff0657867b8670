//! The JSON parser and validator on arbitrary bytes: never a panic, and every finding's span lies inside the
//! text, on character boundaries, with a line and column that agree with it.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::{validate, LineIndex, PolicyKind, ValidateOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let index = LineIndex::new(src);
    for kind in [PolicyKind::Endpoint, PolicyKind::Identity, PolicyKind::Resource] {
        let options = ValidateOptions {
            kind,
            region: Some("us-east-1".into()),
            environment: Some("prod".into()),
            ..ValidateOptions::default()
        };
        let v = validate(src, &options);
        for d in &v.diagnostics {
            assert!(d.span.start <= d.span.end && d.span.end <= src.len(), "{d:?}");
            assert!(src.is_char_boundary(d.span.start) && src.is_char_boundary(d.span.end), "{d:?}");
            let p = index.position(d.span.start);
            let before = &src[..d.span.start];
            assert_eq!(p.line, before.matches('\n').count() + 1);
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(p.column, src[line_start..d.span.start].chars().count() + 1);
        }
    }
});

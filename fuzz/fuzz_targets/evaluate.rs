//! The evaluator on an arbitrary policy and request (split at the first NUL byte): never a panic, and the
//! decision is the same with and without the explanation trace.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::eval::{parse_request_line, CompiledPolicy, PolicySet, ResourcePolicy};
use vpce_policy_core::PolicyKind;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|b| *b == 0).unwrap_or(data.len());
    let (policy, rest) = data.split_at(split);
    let request = rest.get(1..).unwrap_or_default();
    let (Ok(policy), Ok(request)) = (std::str::from_utf8(policy), parse_request_line(request)) else {
        return;
    };
    let sets = [
        PolicySet {
            endpoint: Some(CompiledPolicy::compile(policy, PolicyKind::Endpoint)),
            ..PolicySet::default()
        },
        PolicySet {
            identity: Some(vec![CompiledPolicy::compile(policy, PolicyKind::Identity)]),
            resource: ResourcePolicy::Present(CompiledPolicy::compile(policy, PolicyKind::Resource)),
            ..PolicySet::default()
        },
    ];
    for set in &sets {
        let plain = set.evaluate(&request, false);
        let explained = set.evaluate(&request, true);
        assert_eq!(plain.decision, explained.decision);
    }
});

//! CloudTrail input on arbitrary bytes: reading, rebuilding and replaying never panic; records are numbered
//! 1, 2, 3…; the streaming reader (inputs over its in-memory size) and the in-memory one deliver the same records
//! and the same error; every replayed request of a call names an action with a service prefix.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::trail::{read_events_from_slice, read_events_within, Collector, RebuildOptions, Replayer};

const POLICY: &str = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:Get*","Resource":"*",
  "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}"#;

fuzz_target!(|data: &[u8]| {
    let replayer = Replayer::new(POLICY, Some(r#"{"Statement":[]}"#), None, RebuildOptions { all_calls: true, ..RebuildOptions::default() });
    let mut collector = Collector::default();
    let mut from_memory = Vec::new();
    let whole = read_events_from_slice(data, &mut |(n, e)| {
        assert_eq!(n, from_memory.len() + 1);
        from_memory.push(format!("{e:?}"));
        if let Ok(e) = e {
            match replayer.replay(&e) {
                Ok(r) => {
                    for d in &r.decisions {
                        assert!(d.request.action.contains(':'), "{:?}", d.request.action);
                    }
                    collector.add(&r);
                }
                Err(skip) => collector.skip(&skip.to_string(), &e.id),
            }
        }
    });
    let _ = collector.report();
    // In memory up to 0 bytes: the streaming path for every input.
    let mut streamed = Vec::new();
    let stream = read_events_within(data, 0, &mut |(_, e)| streamed.push(format!("{e:?}")));
    assert_eq!(from_memory, streamed);
    assert_eq!(whole.map_err(|e| e.to_string()), stream.map_err(|e| e.to_string()));
});

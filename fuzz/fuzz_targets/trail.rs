//! CloudTrail input on arbitrary bytes: reading, rebuilding and replaying never panic; records are numbered
//! 1, 2, 3…; the streaming reader (inputs over its in-memory size) and the in-memory one deliver the same records
//! and fail alike (the same message; serde_json's reader and slice reader may place some errors a line apart,
//! e.g. a line break inside a string); every replayed request of a call names an action with a service prefix.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::trail::{read_events_from_slice, read_events_within, Collector, RebuildOptions, Replayer};

const POLICY: &str = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:Get*","Resource":"*",
  "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}"#;

fuzz_target!(|data: &[u8]| {
    // Compiled once: compiling the policies for every input made this target 100 times slower.
    static REPLAYER: std::sync::OnceLock<Replayer> = std::sync::OnceLock::new();
    let replayer = REPLAYER.get_or_init(|| {
        let options = RebuildOptions { all_calls: true, ..RebuildOptions::default() };
        Replayer::new(POLICY, Some(r#"{"Statement":[]}"#), None, options)
    });
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
                Err(skip) => collector.skip(skip.message(), &e.id),
            }
        }
    });
    let _ = collector.report();
    // In memory up to 0 bytes: the streaming path for every input.
    let mut streamed = Vec::new();
    let stream = read_events_within(data, 0, &mut |(_, e)| streamed.push(format!("{e:?}")));
    assert_eq!(from_memory, streamed);
    let message = |r: Result<_, vpce_policy_core::trail::ReadError>| {
        r.map_err(|e| match e {
            vpce_policy_core::trail::ReadError::Json { message, .. } => message,
            other => other.to_string(),
        })
    };
    assert_eq!(message(whole), message(stream));
});

//! The playground's share-link reader (the state's JSON inside a link; the deflate around it is the browser's),
//! `#policy=` links from docs pages, and the query prefill: never a panic; a state that reads writes back to JSON
//! that reads to the same state.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_web::share::{apply_query, policy_link, read_state, state_json};
use vpce_policy_web::state::State;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(state) = read_state(data) {
        assert_eq!(read_state(state_json(&state).as_bytes()).ok(), Some(state));
    }
    let _ = policy_link(text);
    let pairs: Vec<(String, String)> = text
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut state = State::default();
    let _ = apply_query(&mut state, &pairs);
    let _ = state.config.validate();
});

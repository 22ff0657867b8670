//! The playground's share-link decoder, `#policy=` links from docs pages, and the query prefill: never a panic;
//! a state that decodes encodes back to a link that decodes to the same state.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_web::share::{apply_query, decode, encode, policy_link};
use vpce_policy_web::state::State;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(state) = decode(text) {
        assert_eq!(decode(&encode(&state)).ok(), Some(state));
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

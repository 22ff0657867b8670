//! Share links and query-string prefill. The state is JSON, deflated (by the browser, [`crate::deflate`]) and
//! base64url-encoded into the URL fragment (`#s=…`), so a link needs no server and never goes stale.

use crate::state::State;
use base64::Engine;
use vpce_policy_core::data::endpoints::{EndpointId, Feature};
use vpce_policy_core::generate::{Environment, KitConfig};

const ENGINE: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;
/// Largest decompressed state accepted from a link (protects against deflate bombs).
const MAX_STATE_BYTES: usize = 1 << 20;

/// Encodes a state for the fragment; `None` where the browser cannot deflate.
pub async fn encode(state: &State) -> Option<String> {
    let deflated = crate::deflate::deflate(state_json(state).as_bytes()).await?;
    Some(ENGINE.encode(deflated))
}

/// Decodes a fragment payload; when it cannot, the message id of what is wrong.
pub async fn decode(payload: &str) -> Result<State, &'static str> {
    const DAMAGED: &str = "link-damaged";
    let bytes = ENGINE.decode(payload.trim()).map_err(|_| DAMAGED)?;
    if !crate::deflate::available() {
        return Err("link-needs-newer-browser");
    }
    let json = crate::deflate::inflate(&bytes, MAX_STATE_BYTES)
        .await
        .ok_or(DAMAGED)?;
    read_state(&json)
}

/// The state as a link carries it, before compression (what two states are compared by: the parts a link keeps).
pub fn state_json(state: &State) -> String {
    serde_json::to_string(state).unwrap_or_default()
}

/// A state from a link's inflated JSON.
pub fn read_state(json: &[u8]) -> Result<State, &'static str> {
    // from_str, not from_slice: every other reader of the state parses text, and a second reader type would
    // compile a second copy of every deserializer the state uses (about 4 KB of the page's gzipped module).
    let text = std::str::from_utf8(json).map_err(|_| "link-unreadable-settings")?;
    serde_json::from_str(text).map_err(|_| "link-unreadable-settings")
}

/// A policy handed over by a docs page (`embed.js`'s "Open in playground"): `#policy=BASE64URL&endpoint=s3&region=…&
/// environment=…`, the policy's UTF-8 text base64url-encoded. The state opens it in the editor.
pub fn policy_link(fragment: &str) -> Option<Result<State, &'static str>> {
    let pairs: Vec<(&str, &str)> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .collect();
    let get = |k: &str| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| *v);
    let encoded = get("policy")?;
    let text = ENGINE
        .decode(encoded.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    let Some(text) = text else {
        return Some(Err("link-policy-damaged"));
    };
    let mut state = State::first_visit();
    let query: Vec<(String, String)> = ["region", "environment"]
        .iter()
        .filter_map(|k| get(k).map(|v| (k.to_string(), v.to_string())))
        .collect();
    let _ = apply_query(&mut state, &query);
    let kind = if get("endpoint") == Some("s3") {
        vpce_policy_core::generate::EndpointKind::S3
    } else {
        vpce_policy_core::generate::EndpointKind::Imagebuilder
    };
    *state.custom_mut(kind) = Some(text);
    state.editing = Some(kind);
    Some(Ok(state))
}

/// The share link of a state, made now: an edit made a moment before is in it, though the address bar gets it
/// only once typing pauses. A state no link can hold, or a page still showing a link it could not open, gives the
/// address as it stands.
pub async fn link(state: &State) -> String {
    if state.too_large_to_keep() || state.broken_link.is_some() {
        return crate::browser::current_url();
    }
    match encode(state).await {
        Some(payload) => crate::browser::url_with_payload(&payload),
        None => crate::browser::current_url(),
    }
}

/// The share payload in a URL fragment such as `#s=…`.
pub fn payload_from_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|kv| kv.strip_prefix("s="))
}

/// Applies `?region=…&environment=…&principalOrgId=…` style parameters to a state; returns what was ignored.
pub fn apply_query(state: &mut State, pairs: &[(String, String)]) -> Vec<String> {
    let mut ignored = Vec::new();
    let truthy = |v: &str| matches!(v, "1" | "true" | "yes" | "on");
    let c = &mut state.config;
    for (key, value) in pairs {
        match key.as_str() {
            "region" if vpce_policy_core::data::regions::is_region(value) => c.region = value.clone(),
            "region" => ignored.push(match vpce_policy_core::data::regions::closest_region(value) {
                Some(r) => format!("region={value} (no such region; did you mean {r}?)"),
                None => format!("region={value} (no such region)"),
            }),
            "environment" => match Environment::parse(value) {
                Some(e) => c.environment = e,
                None => ignored.push(format!("environment={value}")),
            },
            "principalOrgId" => c.principal_org_id = Some(value.clone()).filter(|v| !v.is_empty()),
            "resourceOrgId" => c.resource_org_id = Some(value.clone()).filter(|v| !v.is_empty()),
            "accountIds" => {
                c.account_ids = value
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
                    .collect()
            }
            "denyDeletes" => c.deny_deletes = truthy(value),
            "denyAllDeletes" => c.deny_all_deletes = truthy(value),
            "managedResources" => c.managed_resources = truthy(value),
            "ssm" => c.ssm = truthy(value),
            "allowOutsideOrg" => c.allow_outside_org = truthy(value),
            "kit" => c.kit = truthy(value).then(KitConfig::default),
            "features" | "kitPolicy" | "buckets" | "omit" => {
                let kit = c.kit.get_or_insert_with(KitConfig::default);
                let items = crate::state::split_list(value);
                match key.as_str() {
                    "features" => {
                        kit.features.clear();
                        for item in &items {
                            match Feature::parse(item) {
                                Some(f) => kit.set(f, true),
                                None => ignored.push(format!("features={item} (no such feature)")),
                            }
                        }
                    }
                    "kitPolicy" => match value.as_str() {
                        "least-privilege" => kit.least_privilege = true,
                        "organization" => kit.least_privilege = false,
                        _ => ignored.push(format!("kitPolicy={value}")),
                    },
                    "buckets" => kit.buckets = items,
                    _ => {
                        for item in &items {
                            match EndpointId::parse(item) {
                                Some(id) => kit.set_endpoint(id, false),
                                None => ignored.push(format!("omit={item} (no such endpoint)")),
                            }
                        }
                    }
                }
            }
            // Earlier links: an org ID now restricts by itself.
            "restrictToOrg" => {}
            "lang" => match vpce_policy_core::i18n::Locale::parse(value) {
                Some(l) => state.lang = Some(l),
                None => ignored.push(format!("lang={value} (no such language)")),
            },
            "embed" => {}
            other => ignored.push(other.to_string()),
        }
    }
    ignored
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;

    // The deflate and the whole link are tested in the browser (web/tests/browser.rs), where the compressor is.
    #[test]
    fn a_link_s_json_reads_back_and_garbage_gets_a_reason() {
        let s = State::default()
            .apply(Action::Region("eu-west-1".into()))
            .apply(Action::SetPolicy(
                vpce_policy_core::generate::EndpointKind::S3,
                "{\"a\": \"<img src=x onerror=alert(1)>\"}".into(),
            ));
        assert_eq!(read_state(state_json(&s).as_bytes()).unwrap(), s);
        assert_eq!(read_state(b"[1,2]").unwrap_err(), "link-unreadable-settings");
        assert_eq!(read_state(b"\xff\xfe").unwrap_err(), "link-unreadable-settings");
        assert_eq!(payload_from_fragment("#s=abc"), Some("abc"));
        assert_eq!(payload_from_fragment("#policy=x&s=abc"), Some("abc"));
    }

    #[test]
    fn a_policy_link_opens_the_policy_in_the_editor() {
        let text = "{\"Version\": \"2012-10-17\", \"Statement\": []}\n// é";
        let fragment = format!("#policy={}&endpoint=s3&region=eu-west-1", ENGINE.encode(text));
        let state = policy_link(&fragment).unwrap().unwrap();
        assert_eq!(state.s3_custom.as_deref(), Some(text));
        assert_eq!(state.editing, Some(vpce_policy_core::generate::EndpointKind::S3));
        assert_eq!(state.config.region, "eu-west-1");
        assert!(policy_link("#policy=%%%").unwrap().is_err());
        assert!(policy_link("#s=abc").is_none());
    }

    #[test]
    fn query_prefills_fields() {
        let mut s = State::default();
        let pairs: Vec<(String, String)> = [
            ("region", "eu-west-1"),
            ("environment", "preprod"),
            ("principalOrgId", "o-a1b2c3d4e5"),
            ("ssm", "1"),
            ("bogus", "x"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let ignored = apply_query(&mut s, &pairs);
        assert_eq!(s.config.region, "eu-west-1");
        assert_eq!(s.config.environment, Environment::Preprod);
        assert_eq!(s.config.principal_org_id.as_deref(), Some("o-a1b2c3d4e5"));
        assert!(s.config.ssm);
        assert_eq!(ignored, ["bogus"]);
        let mut t = State::default();
        let typo = vec![("region".to_string(), "eu-wst-1".to_string())];
        assert_eq!(
            apply_query(&mut t, &typo),
            ["region=eu-wst-1 (no such region; did you mean eu-west-1?)"]
        );
        assert_eq!(t.config.region, "us-east-1", "an unknown region is not selected");
    }

    #[test]
    fn query_prefills_the_kit() {
        let mut s = State::default();
        let pairs: Vec<(String, String)> = [
            ("features", "logging,containers,sessionManager,bogus"),
            ("kitPolicy", "organization"),
            ("buckets", "my-artifacts"),
            ("omit", "ssmmessages"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let ignored = apply_query(&mut s, &pairs);
        let kit = s.config.kit.clone().unwrap();
        assert_eq!(
            kit.features,
            [Feature::Logging, Feature::Containers, Feature::SessionManager]
        );
        assert!(!kit.least_privilege);
        assert_eq!(kit.buckets, ["my-artifacts"]);
        assert_eq!(kit.omit, [EndpointId::Ssmmessages]);
        assert_eq!(ignored, ["features=bogus (no such feature)"]);
        let mut t = State::default();
        apply_query(&mut t, &[("kit".to_string(), "1".to_string())]);
        assert_eq!(t.config.kit, Some(KitConfig::default()));
        // The kit travels in share links too.
        assert_eq!(
            read_state(state_json(&s).as_bytes()).unwrap().config.kit,
            s.config.kit
        );
    }
}

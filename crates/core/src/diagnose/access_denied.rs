//! AWS's AccessDenied messages, which name the policy type that refused the request ("… is not authorized to
//! perform: s3:GetObject on resource: "arn:…" because no VPC endpoint policy allows the s3:GetObject action",
//! "… with an explicit deny in a VPC endpoint policy"), and CloudTrail's `VpceAccessDenied` events.
//! IAM User Guide, "Troubleshoot access denied error messages".

/// What an AccessDenied message says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denial {
    /// The caller's ARN, when the message names it.
    pub principal: Option<String>,
    /// The action, e.g. `s3:GetObject`.
    pub action: Option<String>,
    /// The resource, when the message names it.
    pub resource: Option<String>,
    /// The policy type the message names, e.g. `VPC endpoint policy`, `service control policy`.
    pub policy: Option<String>,
    /// An explicit deny (otherwise no policy of that type allows it).
    pub explicit: bool,
}

/// The policy types AWS names in its messages, longest first so that a prefix never wins.
const POLICY_TYPES: [&str; 7] = [
    "VPC endpoint policy",
    "service control policy",
    "resource control policy",
    "identity-based policy",
    "resource-based policy",
    "permissions boundary",
    "session policy",
];

/// The word after `marker` in `text`, without quotes or a trailing comma or period.
fn word_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let start = find_ignore_case(text, marker)? + marker.len();
    let rest = text.get(start..)?.trim_start();
    let word = rest.split_whitespace().next()?;
    Some(word.trim_matches(|c| matches!(c, '"' | '\'' | ',' | '.' | ';')))
}

fn find_ignore_case(text: &str, needle: &str) -> Option<usize> {
    text.to_ascii_lowercase().find(&needle.to_ascii_lowercase())
}

/// Reads an AccessDenied message; `None` when the text is not one.
pub fn parse_message(text: &str) -> Option<Denial> {
    let action = word_after(text, "not authorized to perform:").map(str::to_string);
    let lower = text.to_ascii_lowercase();
    let explicit = lower.contains("with an explicit deny in a");
    let implicit = lower.contains("because no ");
    let policy = POLICY_TYPES
        .iter()
        .find(|p| {
            let p = p.to_ascii_lowercase();
            lower.contains(&format!("with an explicit deny in a {p}"))
                || lower.contains(&format!("with an explicit deny in an {p}"))
                || lower.contains(&format!("because no {p}"))
        })
        .map(|p| (*p).to_string());
    if action.is_none() && policy.is_none() {
        return None;
    }
    Some(Denial {
        principal: word_after(text, "User:").map(str::to_string),
        action,
        resource: word_after(text, "on resource:").map(str::to_string),
        policy,
        explicit: explicit && !implicit,
    })
}

/// Reads a CloudTrail event (a JSON object, or `{"Records": [...]}` with one) whose `errorCode` is
/// `VpceAccessDenied`: the VPC endpoint policy refused the call.
pub fn parse_event(text: &str) -> Option<Denial> {
    let value: serde_json::Value = serde_json::from_str(text.trim()).ok()?;
    let event = match value.get("Records").and_then(|r| r.as_array()) {
        Some(records) => records
            .iter()
            .find(|e| e.get("errorCode").and_then(|c| c.as_str()) == Some("VpceAccessDenied"))?
            .clone(),
        None => value,
    };
    if event.get("errorCode").and_then(|c| c.as_str()) != Some("VpceAccessDenied") {
        return None;
    }
    let text = |key: &str| event.get(key).and_then(|v| v.as_str());
    let service = text("eventSource")?.split('.').next()?.to_string();
    let action = text("eventName").map(|name| format!("{service}:{name}"));
    let resource = event
        .get("resources")
        .and_then(|r| r.as_array())
        .and_then(|r| r.first())
        .and_then(|r| r.get("ARN"))
        .and_then(|a| a.as_str())
        .map(str::to_string);
    let principal = event
        .get("userIdentity")
        .and_then(|u| u.get("arn"))
        .and_then(|a| a.as_str())
        .map(str::to_string);
    Some(Denial {
        principal,
        action,
        resource,
        policy: Some("VPC endpoint policy".into()),
        // CloudTrail does not say whether the deny was explicit.
        explicit: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_policy_type_action_and_resource() {
        let d = parse_message("User: arn:aws:sts::111122223333:assumed-role/Builder/i-1 is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::al2023-repos-us-east-1-de612dc2/core/mirror.list\" because no VPC endpoint policy allows the s3:GetObject action").unwrap();
        assert_eq!(d.action.as_deref(), Some("s3:GetObject"));
        assert_eq!(
            d.resource.as_deref(),
            Some("arn:aws:s3:::al2023-repos-us-east-1-de612dc2/core/mirror.list")
        );
        assert_eq!(
            d.principal.as_deref(),
            Some("arn:aws:sts::111122223333:assumed-role/Builder/i-1")
        );
        assert_eq!(d.policy.as_deref(), Some("VPC endpoint policy"));
        assert!(!d.explicit);
        let d = parse_message("... is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/app with an explicit deny in a service control policy").unwrap();
        assert_eq!(d.policy.as_deref(), Some("service control policy"));
        assert!(d.explicit);
        assert!(parse_message("SSM Agent is not online").is_none());
    }

    #[test]
    fn reads_a_vpce_access_denied_event() {
        let e = r#"{"Records":[{"eventSource":"kms.amazonaws.com","eventName":"Decrypt","errorCode":"VpceAccessDenied","vpcEndpointId":"vpce-1","userIdentity":{"arn":"arn:aws:sts::111122223333:assumed-role/R/s"}}]}"#;
        let d = parse_event(e).unwrap();
        assert_eq!(d.action.as_deref(), Some("kms:Decrypt"));
        assert_eq!(d.policy.as_deref(), Some("VPC endpoint policy"));
        assert!(parse_event(r#"{"errorCode":"AccessDenied"}"#).is_none());
    }
}

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

/// Reads CloudTrail events (one, a log file, JSON Lines, lookup-events output) and returns the first whose
/// `errorCode` is `VpceAccessDenied`: the VPC endpoint policy refused the call. The call is rebuilt as the replay
/// rebuilds it (IAM action names, the resource the action acts on).
pub fn parse_event(text: &str) -> Option<Denial> {
    use crate::trail::{read_events_from_str, rebuild::rebuild, RebuildOptions};
    let mut found = None;
    let read = read_events_from_str(text.trim(), &mut |(_, e)| {
        if found.is_none() {
            found = e
                .ok()
                .filter(|e| e.error_code.as_deref() == Some("VpceAccessDenied"));
        }
    });
    // Text after the JSON (a log line's tail) does not undo an event already found.
    if read.is_err() && found.is_none() {
        return None;
    }
    let event = found?;
    let options = RebuildOptions {
        all_calls: true,
        ..RebuildOptions::default()
    };
    let request = rebuild(&event, None, &options)
        .ok()
        .and_then(|c| c.requests.into_iter().next());
    let service = event.source.split('.').next().unwrap_or_default();
    Some(Denial {
        principal: request
            .as_ref()
            .map_or(event.identity.arn.clone(), |r| r.principal.clone()),
        action: Some(
            request
                .as_ref()
                .map_or(format!("{service}:{}", event.name), |r| r.action.clone()),
        ),
        resource: request
            .map(|r| r.resource)
            .filter(|r| r != "*")
            .or_else(|| event.resources.first().map(|r| r.arn.clone())),
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

//! From a CloudTrail event to the request(s) AWS evaluated: action, resource, principal and the condition keys
//! the event determines. What the event cannot say (organization, tags, the VPC) is left out and named, so a
//! decision that rests on it is reported as such rather than guessed.

use super::actions::{actions_for, ActionError};
use super::event::{Event, EventResource};
use crate::data::iam::{iam, placeholder_match};
use crate::data::regions::partition_of;
use crate::eval::{ContextValue, Request};
use crate::i18n::Message;
use crate::lint::condition_format::is_account;
use std::collections::BTreeMap;

/// What the user knows that CloudTrail does not record.
#[derive(Debug, Clone, Default)]
pub struct RebuildOptions {
    /// The organization of each account (`aws:PrincipalOrgID`, `aws:ResourceOrgID`).
    pub orgs: BTreeMap<String, String>,
    /// The organization of the accounts that recorded the trail (`recipientAccountId`), for those not in `orgs`.
    pub home_org: Option<String>,
    /// Rebuild calls that did not pass a VPC endpoint too, as if they had (to try a policy on an endpoint that
    /// does not exist yet). Off: such calls are skipped, with the reason.
    pub all_calls: bool,
}

/// An event's call, rebuilt.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Call {
    /// `eventID`.
    pub event_id: String,
    /// `eventTime`.
    pub time: String,
    /// The VPC endpoint it passed.
    pub endpoint: Option<String>,
    /// One request per IAM action that authorizes the call.
    pub requests: Vec<Request>,
    /// For each request, whether the event names its resource. When it does not (EC2 calls name instances in
    /// their parameters, not in `resources[]`), the request's resource is `*` and a decision that denies it
    /// rests on the unknown resource.
    pub resource_known: Vec<bool>,
    /// The caller as a report groups it: a role for its sessions, a user, a service, an account, `anonymous`.
    pub caller: String,
    /// The endpoint refused it (`errorCode: VpceAccessDenied`): what the deployed policy decided.
    pub vpce_denied: bool,
    /// Condition keys (lower case) whose value, or absence, the event establishes. Any other key a policy tests
    /// is unknown for this call.
    #[serde(skip)]
    pub known_keys: Vec<&'static str>,
}

/// Why an event was not rebuilt. Every skipped event is counted under its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// A console sign-in: it does not pass a VPC endpoint.
    SignIn,
    /// An event AWS records about its own work, not a call made through an endpoint.
    ServiceEvent,
    /// A CloudTrail Insights record: a summary of unusual activity, not a call.
    Insight,
    /// No `vpcEndpointId`.
    NoEndpoint,
    /// A call through an endpoint AWS owns (the console's, a service's).
    AwsOwnedEndpoint(String),
    /// A call through another endpoint than the one asked for.
    OtherEndpoint,
    /// The call could not be named as IAM actions.
    Action(ActionError),
    /// The caller's ARN is not one AWS writes (seen in hand-edited examples): the caller as written.
    BadCaller(String),
    /// The record does not say who called.
    NoCaller(String),
}

impl Skip {
    /// The reason in the product's words (`replay-skip-…` in the language packs).
    pub fn message(&self) -> Message {
        match self {
            Skip::SignIn => Message::new("replay-skip-sign-in"),
            Skip::ServiceEvent => Message::new("replay-skip-service-event"),
            Skip::Insight => Message::new("replay-skip-insight"),
            Skip::NoEndpoint => Message::new("replay-skip-no-endpoint"),
            Skip::AwsOwnedEndpoint(account) => {
                Message::new("replay-skip-aws-endpoint").arg("account", account)
            }
            Skip::OtherEndpoint => Message::new("replay-skip-other-endpoint"),
            Skip::Action(e) => e.message(),
            Skip::BadCaller(arn) => Message::new("replay-skip-bad-caller").arg("arn", arn),
            Skip::NoCaller(kind) => Message::new("replay-skip-no-caller").arg("type", kind),
        }
    }
}

/// English, as the JSON report writes it.
impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for Skip {}

impl From<ActionError> for Skip {
    fn from(e: ActionError) -> Self {
        Skip::Action(e)
    }
}

/// The keys the rebuild always establishes, set or known to be absent. The network keys, the caller's ARN keys
/// and `aws:ViaAWSService` are added per event when the event settles them (see [`rebuild`]).
const ALWAYS_KNOWN: &[&str] = &[
    "aws:principalaccount",
    "aws:principalisawsservice",
    "aws:requestedregion",
    "aws:currenttime",
    "aws:username",
];

/// What the event says about the network path: the endpoint's keys, and `aws:SourceIp` or `aws:VpcSourceIp`.
const NETWORK_KEYS: &[&str] = &["aws:sourcevpce", "aws:vpcsourceip", "aws:sourceip"];

/// Rebuilds an event's call. `vpce`: only calls through this endpoint.
pub fn rebuild(event: &Event, vpce: Option<&str>, options: &RebuildOptions) -> Result<Call, Skip> {
    let kind = event.event_type.as_str();
    // The CloudTrail user guide spells the type `AwsConsoleSignIn`; some of its own examples `AwsConsoleSignin`.
    if kind.eq_ignore_ascii_case("AwsConsoleSignIn") || event.source == "signin.amazonaws.com" {
        return Err(Skip::SignIn);
    }
    match kind {
        "AwsServiceEvent" => return Err(Skip::ServiceEvent),
        super::event::INSIGHT => return Err(Skip::Insight),
        _ => {}
    }
    if let Some(account) = &event.vpc_endpoint_account {
        if !is_account(account) {
            return Err(Skip::AwsOwnedEndpoint(account.clone()));
        }
    }
    match (vpce, &event.vpc_endpoint) {
        (Some(want), Some(got)) if want != got => return Err(Skip::OtherEndpoint),
        (_, None) if !options.all_calls => return Err(Skip::NoEndpoint),
        _ => {}
    }
    let actions = actions_for(&event.source, &event.name)?
        .into_iter()
        .map(|a| versioned(event, a))
        .collect::<Vec<_>>();
    let caller = Caller::of(event)?;
    let mut context = BTreeMap::new();
    let mut known: Vec<&'static str> = ALWAYS_KNOWN.to_vec();
    let mut set = |key: &'static str, value: ContextValue| {
        context.insert(key.to_string(), value);
    };
    let text = |s: &str| ContextValue::String(s.to_string());
    // Through an endpoint AWS has aws:SourceVpce and aws:VpcSourceIp and no aws:SourceIp (IAM User Guide, "AWS
    // global condition context keys"). A call replayed as if it had passed an endpoint (--all-calls) passes the
    // one asked for; with none asked for, its network keys are unknown. aws:VpceAccount is left unknown: AWS sets
    // it only for some services.
    let ip = event.source_ip.parse::<std::net::IpAddr>().is_ok();
    match (event.vpc_endpoint.as_deref(), vpce) {
        (Some(v), _) | (None, Some(v)) => {
            set("aws:SourceVpce", text(v));
            if ip {
                set("aws:VpcSourceIp", text(&event.source_ip));
            }
            known.extend(NETWORK_KEYS);
        }
        (None, None) => {}
    }
    // aws:ViaAWSService is true for forward access sessions only, not for a service's own role: CloudTrail's
    // invokedBy does not tell the two apart, so only a call with no service in it settles the key (false).
    if event.identity.invoked_by.is_none() && !event.source_ip.ends_with(".amazonaws.com") {
        set("aws:ViaAWSService", ContextValue::Bool(false));
        known.push("aws:viaawsservice");
    }
    set(
        "aws:PrincipalIsAWSService",
        ContextValue::Bool(caller.kind == CallerKind::Service),
    );
    if !event.region.is_empty() {
        set("aws:RequestedRegion", text(&event.region));
    }
    if !event.time.is_empty() {
        set("aws:CurrentTime", text(&event.time));
    }
    if event.tls {
        set("aws:SecureTransport", ContextValue::Bool(true));
        known.push("aws:securetransport");
    }
    // The caller's own keys, unless CloudTrail withholds the caller (another account's `AWSAccount`).
    if caller.named {
        known.extend(["aws:principalarn", "aws:userid"]);
        if let (Some(id), CallerKind::Principal) = (&event.identity.principal_id, caller.kind) {
            set("aws:userid", text(id));
        }
        // A session's role keeps its path (`role/aws-reserved/sso.amazonaws.com/…`), which the session ARN drops.
        if let (Some(issuer), true) = (
            &event.identity.issuer_arn,
            caller
                .principal
                .as_deref()
                .is_some_and(|p| p.contains(":assumed-role/")),
        ) {
            set("aws:PrincipalArn", text(issuer));
        }
    }
    if let Some(account) = &caller.account {
        set("aws:PrincipalAccount", text(account));
    }
    let org_of = |account: &String| {
        options.orgs.get(account).or_else(|| {
            options
                .home_org
                .as_ref()
                .filter(|_| event.recipient_account.as_ref() == Some(account))
        })
    };
    match caller.account.as_ref().and_then(org_of) {
        Some(org) => {
            set("aws:PrincipalOrgID", text(org));
            known.push("aws:principalorgid");
        }
        // Anonymous callers and services belong to no organization.
        None if caller.kind != CallerKind::Principal => known.push("aws:principalorgid"),
        None => {}
    }
    let partition = partition_of(&event.region).map_or("aws", |p| p.name);
    let mut requests = Vec::with_capacity(actions.len());
    let mut resource_known = Vec::with_capacity(actions.len());
    // A copy also reads its source (S3 API reference, CopyObject: "s3:GetObject on the source").
    let copy_source = matches!(event.name.as_str(), "CopyObject" | "UploadPartCopy")
        .then(|| event.parameter("x-amz-copy-source"))
        .flatten()
        .map(|src| {
            let src = src.trim_start_matches('/');
            let src = src.split("?versionId=").next().unwrap_or(src);
            format!("arn:{partition}:s3:::{src}")
        });
    let sources = actions
        .into_iter()
        .map(|a| (a, None))
        .chain(copy_source.map(|src| ("s3:GetObject".to_string(), Some(src))));
    for (action, given) in sources {
        let (resource, resource_account, found) = match (given, key_of(event, &action)) {
            (Some(arn), _) | (None, Some(arn)) => (arn, None, true),
            (None, None) => resource_for(event, &action, partition),
        };
        resource_known.push(found);
        let mut context = context.clone();
        if let Some(org) = resource_account.as_ref().and_then(org_of) {
            context.insert("aws:ResourceOrgID".into(), text(org));
        }
        let request = Request {
            principal: caller.principal.clone(),
            action,
            resource,
            resource_account,
            context,
            ..Request::default()
        };
        if request.principal_problem().is_some() {
            return Err(Skip::BadCaller(request.principal.unwrap_or_default()));
        }
        requests.push(request);
    }
    // The resource's keys are known only when every request of the call names the resource's account (known
    // keys are per call).
    if requests.iter().all(|r| r.resource_account.is_some()) {
        known.push("aws:resourceaccount");
        if requests
            .iter()
            .all(|r| r.context.contains_key("aws:ResourceOrgID"))
        {
            known.push("aws:resourceorgid");
        }
    }
    crate::order::sort(&mut known);
    known.dedup();
    Ok(Call {
        event_id: event.id.clone(),
        time: event.time.clone(),
        endpoint: event.vpc_endpoint.clone(),
        requests,
        resource_known,
        caller: caller.label,
        vpce_denied: event.error_code.as_deref() == Some("VpceAccessDenied"),
        known_keys: known,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CallerKind {
    Anonymous,
    Service,
    Principal,
}

/// The caller as the request names it.
struct Caller {
    kind: CallerKind,
    /// The request's principal is the caller itself (not an account standing for a withheld caller).
    named: bool,
    /// The request's principal: an ARN, a service principal, or `None` for anonymous.
    principal: Option<String>,
    account: Option<String>,
    label: String,
}

impl Caller {
    fn of(event: &Event) -> Result<Caller, Skip> {
        let id = &event.identity;
        let anonymous = || Caller {
            kind: CallerKind::Anonymous,
            named: true,
            principal: None,
            account: None,
            label: "anonymous".into(),
        };
        if id.account.as_deref() == Some("anonymous") || id.kind.is_empty() && id.arn.is_none() {
            return Ok(anonymous());
        }
        match id.kind.as_str() {
            "AWSService" => {
                let service = id
                    .invoked_by
                    .clone()
                    .ok_or_else(|| Skip::NoCaller(id.kind.clone()))?;
                Ok(Caller {
                    kind: CallerKind::Service,
                    named: true,
                    label: service.clone(),
                    principal: Some(service),
                    account: None,
                })
            }
            // A caller from another account whose identity CloudTrail withholds: the account is known, so its
            // root stands for it (an account principal covers every principal in the account).
            "AWSAccount" => {
                let account = id
                    .account
                    .clone()
                    .filter(|a| is_account(a))
                    .ok_or_else(|| Skip::NoCaller(id.kind.clone()))?;
                let partition = partition_of(&event.region).map_or("aws", |p| p.name);
                Ok(Caller {
                    kind: CallerKind::Principal,
                    named: false,
                    principal: Some(format!("arn:{partition}:iam::{account}:root")),
                    label: format!("account {account}"),
                    account: Some(account),
                })
            }
            // Unsigned STS calls (the web identity or SAML assertion is the credential).
            "WebIdentityUser" | "SAMLUser" => Ok(anonymous()),
            _ => {
                let arn = id.arn.clone().ok_or_else(|| Skip::NoCaller(id.kind.clone()))?;
                let label = match (&id.issuer_arn, arn.contains(":assumed-role/")) {
                    (Some(issuer), true) => issuer.clone(),
                    _ => arn.clone(),
                };
                let account = crate::arn::Arn::parse(&arn)
                    .map(|a| a.account.to_string())
                    .filter(|a| !a.is_empty())
                    .or_else(|| id.account.clone());
                Ok(Caller {
                    kind: CallerKind::Principal,
                    named: true,
                    principal: Some(arn),
                    account,
                    label,
                })
            }
        }
    }
}

/// The versioned action when the request names a version (S3 API reference: a `versionId` makes GetObject need
/// s3:GetObjectVersion, DeleteObject s3:DeleteObjectVersion, and so on).
fn versioned(event: &Event, action: String) -> String {
    const VERSIONED: [(&str, &str); 6] = [
        ("s3:GetObject", "s3:GetObjectVersion"),
        ("s3:DeleteObject", "s3:DeleteObjectVersion"),
        ("s3:GetObjectAcl", "s3:GetObjectVersionAcl"),
        ("s3:PutObjectAcl", "s3:PutObjectVersionAcl"),
        ("s3:GetObjectTagging", "s3:GetObjectVersionTagging"),
        ("s3:PutObjectTagging", "s3:PutObjectVersionTagging"),
    ];
    match VERSIONED.iter().find(|(a, _)| *a == action) {
        Some((_, v)) if event.parameter("versionId").is_some() => (*v).to_string(),
        _ => action,
    }
}

/// The key a KMS re-encryption acts on for each of its two actions, when the request names it by ARN (both
/// actions take a key, so `resources[]` cannot tell them apart).
fn key_of(event: &Event, action: &str) -> Option<String> {
    let parameter = match action {
        "kms:ReEncryptFrom" => "sourceKeyId",
        "kms:ReEncryptTo" => "destinationKeyId",
        _ => return None,
    };
    event.parameter(parameter).filter(|k| k.starts_with("arn:"))
}

/// The resource the action acted on: the entry of `resources[]` whose type and ARN fit one of the action's
/// resource types in the IAM data, else an S3 object or bucket named by the request parameters, else `*`. The flag
/// says whether that is what the call acted on: `*` is right for actions that take no resource type.
fn resource_for(event: &Event, action: &str, partition: &str) -> (String, Option<String>, bool) {
    let data = iam();
    let types: Vec<_> = action
        .split_once(':')
        .and_then(|(p, n)| data.service(p).and_then(|s| data.action(s, n)))
        .map(|a| data.action_resources(a).map(|(t, _)| t).collect())
        .unwrap_or_default();
    let fits = |r: &EventResource, by_type: bool| {
        types.iter().any(|t| {
            let same_type = r
                .kind
                .as_deref()
                .and_then(|k| k.rsplit("::").next())
                .is_some_and(|k| k.eq_ignore_ascii_case(t.name));
            (same_type || !by_type) && placeholder_match(t.arn, &r.arn)
        })
    };
    let found = event
        .resources
        .iter()
        .find(|r| fits(r, true))
        .or_else(|| event.resources.iter().find(|r| fits(r, false)));
    if let Some(r) = found {
        return (r.arn.clone(), r.account.clone(), !r.prefix);
    }
    if let Some(arn) = super::resources::from_parameters(event, action, partition) {
        return (arn, None, true);
    }
    if action.starts_with("s3:") && !types.is_empty() {
        if let Some(bucket) = event.parameter("bucketName") {
            let object = types.iter().any(|t| t.name == "object");
            return match (event.parameter("key"), object) {
                (Some(key), true) => (format!("arn:{partition}:s3:::{bucket}/{key}"), None, true),
                // Objects of the bucket the event does not name (a multi-object delete).
                (None, true) => (format!("arn:{partition}:s3:::{bucket}/*"), None, false),
                (_, false) => (format!("arn:{partition}:s3:::{bucket}"), None, true),
            };
        }
    }
    ("*".to_string(), None, types.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(v: serde_json::Value) -> Event {
        Event::from_value(&v).unwrap()
    }

    fn s3_get() -> serde_json::Value {
        serde_json::json!({
            "eventID": "e1", "eventTime": "2026-11-02T10:00:00Z", "eventSource": "s3.amazonaws.com",
            "eventName": "GetObject", "awsRegion": "us-east-1", "sourceIPAddress": "10.0.1.5",
            "eventType": "AwsApiCall", "vpcEndpointId": "vpce-0123456789abcdef0",
            "vpcEndpointAccountId": "111122223333",
            "userIdentity": {"type": "AssumedRole", "principalId": "AROA:i-1",
                "arn": "arn:aws:sts::111122223333:assumed-role/Builder/i-1", "accountId": "111122223333",
                "sessionContext": {"sessionIssuer": {"arn": "arn:aws:iam::111122223333:role/Builder"}}},
            "resources": [
                {"type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::amzn-s3-demo-bucket"},
                {"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::amzn-s3-demo-bucket/a.txt"}
            ],
            "tlsDetails": {"tlsVersion": "TLSv1.3"}
        })
    }

    #[test]
    fn an_s3_data_event_becomes_the_request_aws_evaluated() {
        let orgs = BTreeMap::from([("111122223333".to_string(), "o-exampleorgid".to_string())]);
        let call = rebuild(
            &event(s3_get()),
            None,
            &RebuildOptions {
                orgs,
                ..RebuildOptions::default()
            },
        )
        .unwrap();
        let [r] = call.requests.as_slice() else { panic!() };
        assert_eq!(r.action, "s3:GetObject");
        assert_eq!(r.resource, "arn:aws:s3:::amzn-s3-demo-bucket/a.txt");
        assert_eq!(
            r.principal.as_deref(),
            Some("arn:aws:sts::111122223333:assumed-role/Builder/i-1")
        );
        let get = |k: &str| r.context.get(k).cloned();
        assert_eq!(
            get("aws:SourceVpce"),
            Some(ContextValue::String("vpce-0123456789abcdef0".into()))
        );
        assert_eq!(
            get("aws:VpcSourceIp"),
            Some(ContextValue::String("10.0.1.5".into()))
        );
        assert_eq!(get("aws:SourceIp"), None);
        assert_eq!(
            get("aws:PrincipalOrgID"),
            Some(ContextValue::String("o-exampleorgid".into()))
        );
        assert_eq!(get("aws:SecureTransport"), Some(ContextValue::Bool(true)));
        assert_eq!(call.caller, "arn:aws:iam::111122223333:role/Builder");
        assert!(call.known_keys.contains(&"aws:principalorgid"));
    }

    #[test]
    fn the_bucket_for_bucket_actions_and_the_parameters_when_resources_are_missing() {
        let mut v = s3_get();
        v["eventName"] = "ListObjects".into();
        let call = rebuild(&event(v.clone()), None, &RebuildOptions::default()).unwrap();
        assert_eq!(call.requests[0].resource, "arn:aws:s3:::amzn-s3-demo-bucket");
        v["eventName"] = "GetObject".into();
        v["resources"] = serde_json::json!([]);
        v["requestParameters"] = serde_json::json!({"bucketName": "b", "key": "k/x"});
        v["awsRegion"] = "cn-north-1".into();
        let call = rebuild(&event(v), None, &RebuildOptions::default()).unwrap();
        assert_eq!(call.requests[0].resource, "arn:aws-cn:s3:::b/k/x");
        assert!(!call.known_keys.contains(&"aws:principalorgid"));
    }

    #[test]
    fn callers_of_every_kind() {
        let with = |identity: serde_json::Value| {
            let mut v = s3_get();
            v["userIdentity"] = identity;
            rebuild(&event(v), None, &RebuildOptions::default())
        };
        let anon =
            with(serde_json::json!({"type": "AWSAccount", "principalId": "", "accountId": "anonymous"}))
                .unwrap();
        assert_eq!(
            (anon.requests[0].principal.as_deref(), anon.caller.as_str()),
            (None, "anonymous")
        );
        let other = with(
            serde_json::json!({"type": "AWSAccount", "principalId": "AIDA", "accountId": "444455556666"}),
        )
        .unwrap();
        assert_eq!(
            other.requests[0].principal.as_deref(),
            Some("arn:aws:iam::444455556666:root")
        );
        let svc = with(serde_json::json!({"type": "AWSService", "invokedBy": "imagebuilder.amazonaws.com"}))
            .unwrap();
        assert_eq!(
            svc.requests[0].principal.as_deref(),
            Some("imagebuilder.amazonaws.com")
        );
        assert_eq!(
            svc.requests[0].context.get("aws:PrincipalIsAWSService"),
            Some(&ContextValue::Bool(true))
        );
        let user = with(serde_json::json!({"type": "IAMUser", "arn": "arn:aws:iam::111122223333:user/Ana"}))
            .unwrap();
        assert_eq!(user.caller, "arn:aws:iam::111122223333:user/Ana");
        assert_eq!(
            with(serde_json::json!({"type": "Unknown"})),
            Err(Skip::NoCaller("Unknown".into()))
        );
    }

    #[test]
    fn events_that_are_not_calls_through_your_endpoint_are_skipped_with_why() {
        let skip = |f: &dyn Fn(&mut serde_json::Value), vpce: Option<&str>| {
            let mut v = s3_get();
            f(&mut v);
            rebuild(&event(v), vpce, &RebuildOptions::default()).err()
        };
        assert_eq!(
            skip(&|v| v["eventType"] = "AwsConsoleSignIn".into(), None),
            Some(Skip::SignIn)
        );
        assert_eq!(
            skip(&|v| v["eventType"] = "AwsServiceEvent".into(), None),
            Some(Skip::ServiceEvent)
        );
        assert_eq!(
            skip(&|v| v["vpcEndpointId"] = serde_json::Value::Null, None),
            Some(Skip::NoEndpoint)
        );
        assert_eq!(
            skip(&|v| v["vpcEndpointAccountId"] = "AWS Internal".into(), None),
            Some(Skip::AwsOwnedEndpoint("AWS Internal".into()))
        );
        assert_eq!(skip(&|_| {}, Some("vpce-other")), Some(Skip::OtherEndpoint));
        assert_eq!(skip(&|_| {}, Some("vpce-0123456789abcdef0")), None);
        assert!(matches!(
            skip(&|v| v["eventName"] = "Nope".into(), None),
            Some(Skip::Action(_))
        ));
    }

    #[test]
    fn review_fixes_hold() {
        let opts = RebuildOptions::default();
        // A multi-object delete names its objects by a prefix: the bucket's objects, not named one by one.
        let mut v = s3_get();
        v["eventName"] = "DeleteObjects".into();
        v["resources"] = serde_json::json!([{"type": "AWS::S3::Object", "ARNPrefix": "arn:aws:s3:::b/"}, {"type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::b"}]);
        let call = rebuild(&event(v), None, &opts).unwrap();
        assert_eq!(
            (
                call.requests[0].action.as_str(),
                call.requests[0].resource.as_str()
            ),
            ("s3:DeleteObject", "arn:aws:s3:::b/*")
        );
        assert_eq!(call.resource_known, [false]);
        // A version is another action; a copy reads its source too.
        let mut v = s3_get();
        v["requestParameters"] =
            serde_json::json!({"bucketName": "amzn-s3-demo-bucket", "key": "a.txt", "versionId": "3"});
        assert_eq!(
            rebuild(&event(v), None, &opts).unwrap().requests[0].action,
            "s3:GetObjectVersion"
        );
        let mut v = s3_get();
        v["eventName"] = "CopyObject".into();
        v["requestParameters"] = serde_json::json!({"bucketName": "dst", "key": "k", "x-amz-copy-source": "src/path/k?versionId=1"});
        v["resources"] = serde_json::json!([]);
        let call = rebuild(&event(v), None, &opts).unwrap();
        let got: Vec<(&str, &str)> = call
            .requests
            .iter()
            .map(|r| (r.action.as_str(), r.resource.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("s3:PutObject", "arn:aws:s3:::dst/k"),
                ("s3:GetObject", "arn:aws:s3:::src/path/k")
            ]
        );
        // A session's aws:PrincipalArn keeps the role's path; the caller's keys are known.
        let mut v = s3_get();
        v["userIdentity"]["sessionContext"]["sessionIssuer"]["arn"] =
            "arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/R".into();
        let call = rebuild(&event(v), None, &opts).unwrap();
        assert_eq!(
            call.requests[0].context.get("aws:PrincipalArn"),
            Some(&ContextValue::String(
                "arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/R".into()
            ))
        );
        assert!(
            call.known_keys.contains(&"aws:principalarn") && call.known_keys.contains(&"aws:viaawsservice")
        );
        // Another account's withheld caller: its ARN is unknown. A call a service made: aws:ViaAWSService unknown.
        let mut v = s3_get();
        v["userIdentity"] = serde_json::json!({"type": "AWSAccount", "accountId": "444455556666", "invokedBy": "autoscaling.amazonaws.com"});
        let call = rebuild(&event(v), None, &opts).unwrap();
        assert!(
            !call.known_keys.contains(&"aws:principalarn") && !call.known_keys.contains(&"aws:viaawsservice")
        );
        // Replayed as if through an endpoint: the one asked for, or network keys unknown.
        let mut v = s3_get();
        v["vpcEndpointId"] = serde_json::Value::Null;
        let all = RebuildOptions {
            all_calls: true,
            ..RebuildOptions::default()
        };
        let call = rebuild(&event(v.clone()), Some("vpce-1"), &all).unwrap();
        assert_eq!(
            call.requests[0].context.get("aws:SourceVpce"),
            Some(&ContextValue::String("vpce-1".into()))
        );
        let call = rebuild(&event(v), None, &all).unwrap();
        assert!(
            !call.known_keys.contains(&"aws:sourcevpce")
                && !call.requests[0].context.contains_key("aws:SourceIp")
        );
    }
}

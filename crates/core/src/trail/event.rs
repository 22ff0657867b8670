//! One CloudTrail event, read from any of the shapes users export: field names as CloudTrail writes them
//! (`eventSource`) or as Athena's CloudTrail table writes them (`eventsource`), nested values as JSON or, from
//! Athena, as JSON text.

use serde_json::{Map, Value};

/// `eventType` of CloudTrail Insights records.
pub const INSIGHT: &str = "AwsCloudTrailInsight";

/// The fields of a CloudTrail record that decide the request AWS evaluated. Everything else is ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Event {
    /// `eventID`.
    pub id: String,
    /// `eventTime`, as written (ISO 8601).
    pub time: String,
    /// `eventSource`, e.g. `s3.amazonaws.com`.
    pub source: String,
    /// `eventName`, e.g. `GetObject`.
    pub name: String,
    /// `eventType`: `AwsApiCall`, `AwsServiceEvent`, `AwsConsoleSignIn`, `AwsVpceEvent`, …
    pub event_type: String,
    /// `eventCategory`: `Management`, `Data`, `NetworkActivity`, … (absent from older records).
    pub category: String,
    /// `awsRegion`.
    pub region: String,
    /// `sourceIPAddress`: an IP address, or a service name for calls a service makes.
    pub source_ip: String,
    /// `vpcEndpointId`, when the call went through a VPC endpoint.
    pub vpc_endpoint: Option<String>,
    /// `vpcEndpointAccountId`: the endpoint owner's account, or text such as `AWS Internal` for AWS-owned ones.
    pub vpc_endpoint_account: Option<String>,
    /// `errorCode`, e.g. `AccessDenied`, `VpceAccessDenied`.
    pub error_code: Option<String>,
    /// `recipientAccountId`: the account that recorded the event.
    pub recipient_account: Option<String>,
    /// `userIdentity`.
    pub identity: Identity,
    /// `resources[]`: (ARN, accountId, type).
    pub resources: Vec<EventResource>,
    /// `requestParameters` (an object, or null).
    pub parameters: Value,
    /// The record carried TLS details, or an HTTPS-only event source.
    pub tls: bool,
}

/// `userIdentity`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    /// `type`: `AssumedRole`, `IAMUser`, `Root`, `AWSService`, `AWSAccount`, `FederatedUser`, …
    pub kind: String,
    /// `arn`.
    pub arn: Option<String>,
    /// `accountId` (`anonymous` for unauthenticated S3 requests).
    pub account: Option<String>,
    /// `principalId`.
    pub principal_id: Option<String>,
    /// `invokedBy`: the service that made the call on the caller's behalf, or the service principal itself.
    pub invoked_by: Option<String>,
    /// `sessionContext.sessionIssuer.arn`: the role behind a session.
    pub issuer_arn: Option<String>,
}

/// One entry of `resources[]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventResource {
    /// `ARN`, or `ARNPrefix` followed by `*` (S3 `DeleteObjects` names the bucket's objects by a prefix).
    pub arn: String,
    /// Named by a prefix: the call acted on some objects under it, which the event does not list.
    pub prefix: bool,
    /// `accountId`.
    pub account: Option<String>,
    /// `type`, e.g. `AWS::S3::Object`.
    pub kind: Option<String>,
}

/// Why a JSON value is not a CloudTrail event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    /// Not an object.
    #[error("an event is a JSON object; this is {0}")]
    NotAnObject(&'static str),
    /// A field every API-call record has is missing.
    #[error("the event has no `{0}`")]
    Missing(&'static str),
}

impl Event {
    /// Reads an event from its JSON. Field names match whatever their case.
    pub fn from_value(value: &Value) -> Result<Event, EventError> {
        use serde::de::DeserializeSeed;
        super::fields::EventSeed
            .deserialize(value)
            .unwrap_or_else(|_| Err(EventError::NotAnObject(kind_of(value))))
    }

    /// The event from the fields read (see [`super::fields`]).
    pub(super) fn from_fields(f: super::fields::Fields) -> Result<Event, EventError> {
        let identity = match f.identity.as_ref().map(parsed) {
            Some(Value::Object(u)) => Identity::from_map(&u),
            _ => Identity::default(),
        };
        let resources = match f.resources.as_ref().map(parsed) {
            Some(Value::Array(items)) => items.iter().filter_map(EventResource::from_value).collect(),
            _ => Vec::new(),
        };
        let event_type = f.event_type.unwrap_or_default();
        // An Insights record describes unusual activity, not one call: it has no source or name of its own.
        let insight = event_type == INSIGHT;
        let required = |v: Option<String>, k: &'static str| match v {
            Some(v) => Ok(v),
            None if insight => Ok(String::new()),
            None => Err(EventError::Missing(k)),
        };
        let given = |v: Option<String>| v.filter(|v| !v.is_empty());
        Ok(Event {
            id: f.id.unwrap_or_default(),
            // Logstash pipelines (and so some shared datasets) move the time to `@timestamp`.
            time: f.time.or(f.timestamp).unwrap_or_default(),
            source: required(f.source, "eventSource")?,
            name: required(f.name, "eventName")?,
            event_type,
            category: f.category.unwrap_or_default(),
            region: f.region.unwrap_or_default(),
            source_ip: f.source_ip.unwrap_or_default(),
            vpc_endpoint: given(f.vpc_endpoint),
            vpc_endpoint_account: given(f.vpc_endpoint_account),
            error_code: given(f.error_code),
            recipient_account: given(f.recipient_account),
            identity,
            resources,
            parameters: f.parameters.as_ref().map(parsed).unwrap_or(Value::Null),
            tls: f.tls,
        })
    }

    /// A request parameter as text (case-insensitive name); an empty one is not given.
    pub fn parameter(&self, name: &str) -> Option<String> {
        match &self.parameters {
            Value::Object(map) => field(map, name).and_then(as_text).filter(|v| !v.is_empty()),
            _ => None,
        }
    }
}

impl Identity {
    fn from_map(u: &Map<String, Value>) -> Identity {
        let text = |k: &str| field(u, k).and_then(as_text).filter(|v| !v.is_empty());
        let issuer_arn = field(u, "sessionContext")
            .map(parsed)
            .as_ref()
            .and_then(|c| c.as_object().and_then(|c| field(c, "sessionIssuer")).map(parsed))
            .as_ref()
            .and_then(|i| i.as_object().and_then(|i| field(i, "arn")).and_then(as_text));
        Identity {
            kind: text("type").unwrap_or_default(),
            arn: text("arn"),
            account: text("accountId"),
            principal_id: text("principalId"),
            invoked_by: text("invokedBy"),
            issuer_arn,
        }
    }
}

impl EventResource {
    fn from_value(v: &Value) -> Option<EventResource> {
        let map = v.as_object()?;
        let text = |k: &str| field(map, k).and_then(as_text).filter(|v| !v.is_empty());
        let (arn, prefix) = match text("ARN") {
            Some(arn) => (arn, false),
            None => (format!("{}*", text("ARNPrefix")?), true),
        };
        Some(EventResource {
            arn,
            prefix,
            account: text("accountId"),
            kind: text("type"),
        })
    }
}

/// A field by name, matching case-insensitively (Athena's table lower-cases CloudTrail's names).
pub(super) fn field<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name)
        .or_else(|| {
            map.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        })
        .filter(|v| !v.is_null())
}

/// Text of a scalar (numbers and booleans as written).
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A nested value; Athena exports structs and `requestParameters` as JSON text, which is read here.
fn parsed(v: &Value) -> Value {
    match v {
        Value::String(s) if s.starts_with('{') || s.starts_with('[') => {
            serde_json::from_str(s).unwrap_or_else(|_| v.clone())
        }
        other => other.clone(),
    }
}

pub(super) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cloudtrail_and_athena_spellings_alike() {
        let cloudtrail = serde_json::json!({
            "eventID": "e1", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
            "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/R/s",
                "sessionContext": {"sessionIssuer": {"arn": "arn:aws:iam::111122223333:role/R"}}},
            "resources": [{"ARN": "arn:aws:s3:::b/k", "type": "AWS::S3::Object"}],
            "requestParameters": {"bucketName": "b", "key": "k"}, "vpcEndpointId": "vpce-1"
        });
        let athena = serde_json::json!({
            "eventid": "e1", "eventsource": "s3.amazonaws.com", "eventname": "GetObject",
            "useridentity": "{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::111122223333:assumed-role/R/s\",\"sessioncontext\":{\"sessionissuer\":{\"arn\":\"arn:aws:iam::111122223333:role/R\"}}}",
            "resources": [{"arn": "arn:aws:s3:::b/k", "type": "AWS::S3::Object"}],
            "requestparameters": "{\"bucketName\":\"b\",\"key\":\"k\"}", "vpcendpointid": "vpce-1"
        });
        let a = Event::from_value(&cloudtrail).unwrap();
        let b = Event::from_value(&athena).unwrap();
        assert_eq!(a, b);
        assert_eq!(
            a.identity.issuer_arn.as_deref(),
            Some("arn:aws:iam::111122223333:role/R")
        );
        assert_eq!(a.parameter("bucketname").as_deref(), Some("b"));
    }

    #[test]
    fn says_what_is_missing() {
        let e = Event::from_value(&serde_json::json!({"eventName": "GetObject"}));
        assert_eq!(e, Err(EventError::Missing("eventSource")));
        assert_eq!(
            Event::from_value(&serde_json::json!([1])),
            Err(EventError::NotAnObject("an array"))
        );
    }
}

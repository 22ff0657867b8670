//! Reading an event's fields straight from the JSON: the few that matter are kept, every other field (request
//! and response bodies can be kilobytes) is skipped without being built. Field names match whatever their case,
//! so Athena's lower-case columns read as CloudTrail's names do.

use super::event::{Event, EventError};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// A top-level field of a record (or of a log file: `Records`, `Events`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Id,
    Time,
    Timestamp,
    Source,
    Name,
    Type,
    Category,
    Region,
    SourceIp,
    Vpce,
    VpceAccount,
    Error,
    Recipient,
    Identity,
    Resources,
    Parameters,
    Tls,
    Records,
    Events,
    Other,
}

const NAMES: [(&str, Field); 19] = [
    ("eventID", Field::Id),
    ("eventTime", Field::Time),
    ("@timestamp", Field::Timestamp),
    ("eventSource", Field::Source),
    ("eventName", Field::Name),
    ("eventType", Field::Type),
    ("eventCategory", Field::Category),
    ("awsRegion", Field::Region),
    ("sourceIPAddress", Field::SourceIp),
    ("vpcEndpointId", Field::Vpce),
    ("vpcEndpointAccountId", Field::VpceAccount),
    ("errorCode", Field::Error),
    ("recipientAccountId", Field::Recipient),
    ("userIdentity", Field::Identity),
    ("resources", Field::Resources),
    ("requestParameters", Field::Parameters),
    ("tlsDetails", Field::Tls),
    ("Records", Field::Records),
    ("Events", Field::Events),
];

impl Field {
    fn of(name: &str) -> Field {
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map_or(Field::Other, |(_, f)| *f)
    }
}

/// Reads a field name without allocating it.
pub(super) struct FieldSeed;

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Field;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Field, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for FieldSeed {
    type Value = Field;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E>(self, v: &str) -> Result<Field, E> {
        Ok(Field::of(v))
    }
}

/// The fields kept, as read.
#[derive(Debug, Default)]
pub(super) struct Fields {
    pub id: Option<String>,
    pub time: Option<String>,
    pub timestamp: Option<String>,
    pub source: Option<String>,
    pub name: Option<String>,
    pub event_type: Option<String>,
    pub category: Option<String>,
    pub region: Option<String>,
    pub source_ip: Option<String>,
    pub vpc_endpoint: Option<String>,
    pub vpc_endpoint_account: Option<String>,
    pub error_code: Option<String>,
    pub recipient_account: Option<String>,
    pub identity: Option<Value>,
    pub resources: Option<Value>,
    pub parameters: Option<Value>,
    pub tls: bool,
}

/// Reads the rest of an event's map, `first` being a field already read by the caller (a top-level document
/// whose first key said it is one event).
pub(super) fn read_map<'de, A: MapAccess<'de>>(
    first: Option<Field>,
    mut map: A,
) -> Result<Result<Event, EventError>, A::Error> {
    let mut f = Fields::default();
    let mut next = first;
    loop {
        let field = match next.take() {
            Some(field) => field,
            None => match map.next_key_seed(FieldSeed)? {
                Some(field) => field,
                None => break,
            },
        };
        let text = |map: &mut A| map.next_value_seed(TextSeed);
        let value = |map: &mut A| map.next_value::<Option<Value>>();
        match field {
            Field::Id => f.id = text(&mut map)?,
            Field::Time => f.time = text(&mut map)?,
            Field::Timestamp => f.timestamp = text(&mut map)?,
            Field::Source => f.source = text(&mut map)?,
            Field::Name => f.name = text(&mut map)?,
            Field::Type => f.event_type = text(&mut map)?,
            Field::Category => f.category = text(&mut map)?,
            Field::Region => f.region = text(&mut map)?,
            Field::SourceIp => f.source_ip = text(&mut map)?,
            Field::Vpce => f.vpc_endpoint = text(&mut map)?,
            Field::VpceAccount => f.vpc_endpoint_account = text(&mut map)?,
            Field::Error => f.error_code = text(&mut map)?,
            Field::Recipient => f.recipient_account = text(&mut map)?,
            Field::Identity => f.identity = value(&mut map)?,
            Field::Resources => f.resources = value(&mut map)?,
            Field::Parameters => f.parameters = value(&mut map)?,
            Field::Tls => f.tls = map.next_value::<Option<IgnoredAny>>()?.is_some(),
            Field::Records | Field::Events | Field::Other => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    Ok(Event::from_fields(f))
}

/// One event, straight from the JSON; a value that is not an object gives an [`EventError`], not a JSON error.
pub(super) struct EventSeed;

impl<'de> DeserializeSeed<'de> for EventSeed {
    type Value = Result<Event, EventError>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for EventSeed {
    type Value = Result<Event, EventError>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CloudTrail event")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        read_map(None, map)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Err(EventError::NotAnObject("an array")))
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Err(EventError::NotAnObject("a string")))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Err(EventError::NotAnObject("a boolean")))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Err(EventError::NotAnObject("a number")))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Err(EventError::NotAnObject("a number")))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Err(EventError::NotAnObject("a number")))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Err(EventError::NotAnObject("null")))
    }
}

/// A scalar field as text (exports write some as numbers); objects and arrays are skipped as absent.
struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text")
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

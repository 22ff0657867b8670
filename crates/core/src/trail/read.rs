//! Reading CloudTrail events from the shapes users have them in, one event at a time, in memory bounded by the
//! largest event: a log file as delivered to S3 (`{"Records":[…]}`), `aws cloudtrail lookup-events` output
//! (`{"Events":[{"CloudTrailEvent":"…"}]}`), JSON Lines (CloudTrail Lake or Athena exports, `jq -c`), a JSON
//! array of events, or one event. Several documents may follow one another (concatenated files).

use super::event::{field, Event, EventError};
use super::fields::{read_map, EventSeed, Field, FieldSeed};
use crate::i18n::Message;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::io::Read;

/// The shape an input turned out to have (of its last document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Form {
    /// `{"Records":[…]}`: a log file as CloudTrail delivers it to S3.
    Records,
    /// `{"Events":[…]}`: `aws cloudtrail lookup-events` output.
    LookupEvents,
    /// A JSON array of events.
    Array,
    /// One event per document: JSON Lines, or a single event.
    Lines,
    /// Nothing but whitespace.
    Empty,
}

/// Why an input could not be read further.
#[derive(Debug)]
#[allow(missing_docs)] // the members' names say what they are
pub enum ReadError {
    /// The text is not JSON (or stops in the middle), at a 1-based line and column.
    Json {
        line: usize,
        column: usize,
        /// What serde_json says.
        message: String,
    },
    /// The input could not be read.
    Io(String),
}

impl ReadError {
    /// The error in the product's words; serde_json's own words are quoted as they are.
    pub fn message(&self) -> Message {
        match self {
            ReadError::Json {
                line,
                column,
                message,
            } => Message::new("trail-read-json")
                .arg("line", line)
                .arg("column", column)
                .arg("detail", message),
            ReadError::Io(e) => Message::new("trail-read-io").arg("error", e),
        }
    }
}

/// English (`LINE:COLUMN: what serde_json says`).
impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ReadError {}

impl From<serde_json::Error> for ReadError {
    fn from(e: serde_json::Error) -> Self {
        if e.is_io() {
            return ReadError::Io(e.to_string());
        }
        let (line, column, message) = crate::json::serde_position(&e);
        ReadError::Json {
            line,
            column,
            message,
        }
    }
}

/// One record read: its 1-based position in the input (counting every record of every document) and the event,
/// or why it is not one.
pub type Record = (usize, Result<Event, EventError>);

/// Inputs up to this size are read whole and parsed from memory, several times faster than serde_json's reader,
/// which takes a byte at a time; larger ones stream in memory bounded by the largest event. CloudTrail's own log
/// files are a few MB; exports of any size stream.
const IN_MEMORY: u64 = 64 << 20;

/// Reads every event of `input`, calling `each` for each record in order. Stops at the first JSON error (the
/// records before it have been delivered).
pub fn read_events<R: Read>(input: R, each: &mut dyn FnMut(Record)) -> Result<Form, ReadError> {
    read_events_within(input, IN_MEMORY, each)
}

/// As [`read_events`], reading inputs under `in_memory` bytes whole (a browser worker keeps this small: its memory
/// is the tab's).
pub fn read_events_within<R: Read>(
    mut input: R,
    in_memory: u64,
    each: &mut dyn FnMut(Record),
) -> Result<Form, ReadError> {
    let mut head = Vec::new();
    (&mut input)
        .take(in_memory)
        .read_to_end(&mut head)
        .map_err(|e| ReadError::Io(e.to_string()))?;
    if (head.len() as u64) < in_memory {
        return read_events_from_slice(&head, each);
    }
    drive(
        &mut serde_json::Deserializer::from_reader(std::io::Cursor::new(head).chain(input)),
        each,
    )
}

/// Reads every event of bytes already in memory (the page, tests).
pub fn read_events_from_slice(input: &[u8], each: &mut dyn FnMut(Record)) -> Result<Form, ReadError> {
    drive(&mut serde_json::Deserializer::from_slice(input), each)
}

/// Reads every event of a text already in memory.
pub fn read_events_from_str(input: &str, each: &mut dyn FnMut(Record)) -> Result<Form, ReadError> {
    read_events_from_slice(input.as_bytes(), each)
}

fn drive<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
    each: &mut dyn FnMut(Record),
) -> Result<Form, ReadError> {
    let mut sink = Sink { each, count: 0 };
    let mut form = Form::Empty;
    while de.end().is_err() {
        form = (&mut *de).deserialize_any(Document(&mut sink))?;
    }
    Ok(form)
}

struct Sink<'a> {
    each: &'a mut dyn FnMut(Record),
    count: usize,
}

impl Sink<'_> {
    fn push(&mut self, event: Result<Event, EventError>) {
        self.count += 1;
        (self.each)((self.count, event));
    }
}

/// One top-level document.
struct Document<'s, 'a>(&'s mut Sink<'a>);

impl<'de> Visitor<'de> for Document<'_, '_> {
    type Value = Form;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CloudTrail events: {\"Records\":[…]}, {\"Events\":[…]}, an array of events or one event")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Form, A::Error> {
        while let Some(event) = seq.next_element_seed(EventSeed)? {
            self.0.push(event);
        }
        Ok(Form::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Form, A::Error> {
        let Some(first) = map.next_key_seed(FieldSeed)? else {
            self.0.push(Err(EventError::Missing("eventSource")));
            return Ok(Form::Lines);
        };
        let form = match first {
            Field::Records => Form::Records,
            Field::Events => Form::LookupEvents,
            // One event: its first field is read already.
            _ => {
                let event = read_map(Some(first), map)?;
                self.0.push(event);
                return Ok(Form::Lines);
            }
        };
        map.next_value_seed(List {
            sink: &mut *self.0,
            lookup: form == Form::LookupEvents,
        })?;
        // Other top-level fields of a log file or a lookup page (`NextToken`) carry no events.
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(form)
    }
}

/// The array of `Records` or `Events`.
struct List<'s, 'a> {
    sink: &'s mut Sink<'a>,
    lookup: bool,
}

impl<'de> DeserializeSeed<'de> for List<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.lookup {
            while let Some(v) = seq.next_element::<Value>()? {
                self.sink.push(lookup_event(&v));
            }
        } else {
            while let Some(event) = seq.next_element_seed(EventSeed)? {
                self.sink.push(event);
            }
        }
        Ok(())
    }
}

/// An entry of `lookup-events` output: the record is the JSON text in `CloudTrailEvent`.
fn lookup_event(v: &Value) -> Result<Event, EventError> {
    let text = v
        .as_object()
        .and_then(|m| field(m, "CloudTrailEvent"))
        .and_then(Value::as_str)
        .ok_or(EventError::Missing("CloudTrailEvent"))?;
    let mut de = serde_json::Deserializer::from_str(text);
    EventSeed
        .deserialize(&mut de)
        .unwrap_or(Err(EventError::Missing("CloudTrailEvent (it is not JSON)")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Result<Form, ReadError>, Vec<Record>) {
        let mut out = Vec::new();
        let form = read_events_from_str(text, &mut |r| out.push(r));
        (form, out)
    }

    const EVENT: &str = r#"{"eventID":"1","eventSource":"kms.amazonaws.com","eventName":"Decrypt"}"#;

    #[test]
    fn reads_every_form() {
        let records = format!(r#"{{"Records":[{EVENT},{EVENT}]}}"#);
        let (form, out) = read(&records);
        assert_eq!(form.unwrap(), Form::Records);
        assert_eq!(out.len(), 2);
        assert!(out
            .iter()
            .all(|(_, e)| e.as_ref().is_ok_and(|e| e.name == "Decrypt")));

        let lookup =
            serde_json::json!({"Events": [{"EventId": "1", "CloudTrailEvent": EVENT}], "NextToken": "x"});
        let (form, out) = read(&lookup.to_string());
        assert_eq!(form.unwrap(), Form::LookupEvents);
        assert_eq!(out.len(), 1);

        let (form, out) = read(&format!("{EVENT}\n{EVENT}\n\n{EVENT}\n"));
        assert_eq!(form.unwrap(), Form::Lines);
        assert_eq!(out.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2, 3]);

        let (form, out) = read(&format!("[{EVENT}]"));
        assert_eq!(form.unwrap(), Form::Array);
        assert_eq!(out.len(), 1);

        assert_eq!(read("  \n").0.unwrap(), Form::Empty);
    }

    #[test]
    fn a_json_error_has_a_position_and_keeps_what_came_before() {
        let (form, out) = read(&format!("{EVENT}\n{{\"eventName\": }}\n"));
        match form {
            Err(ReadError::Json { line, column, .. }) => assert_eq!((line, column), (2, 15)),
            other => panic!("expected a JSON error, got {other:?}"),
        }
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn a_record_that_is_not_an_event_is_reported_not_dropped() {
        let (_, out) = read(r#"{"Records":[{"eventName":"X"}, 3]}"#);
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|(_, e)| e.is_err()));
    }
}

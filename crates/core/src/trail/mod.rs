//! CloudTrail replay: which of the calls a trail recorded would an endpoint policy deny, what changes against
//! the policy deployed today, and a least-privilege policy drafted from the traffic.
//!
//! [`read`] takes the shapes users export events in, one event at a time; [`rebuild`] turns an event into the
//! request(s) AWS evaluated, or says why it cannot; [`replay`] evaluates them and groups the answers; [`draft`]
//! writes a policy that allows what was observed. No I/O here: the faces hand in readers or text.

pub mod actions;
pub mod draft;
pub mod event;
mod fields;
pub mod read;
pub mod rebuild;
pub mod replay;
pub mod report;
pub mod resources;

pub use event::{Event, EventError};
pub use read::{
    read_events, read_events_from_slice, read_events_from_str, read_events_within, Form, ReadError, Record,
};
pub use rebuild::{Call, RebuildOptions, Skip};
pub use replay::{EventReplay, Replayer, Verdict};
pub use report::{Collector, Group, Report, Skipped};

#[cfg(test)]
mod tests;

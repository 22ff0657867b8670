//! The grouped report of a replay: calls gathered by action, caller, resource pattern and deciding statement, with
//! counts and dates; events that were not replayed, by reason. Collectors of separate inputs merge.

use super::read::Record;
use super::replay::{EventReplay, Replayer, Verdict};
use crate::eval::Request;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Calls that share an action, a caller, a resource pattern and a deciding statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct Group {
    pub action: String,
    /// The caller (a role for its sessions).
    pub caller: String,
    /// The resource, objects of a bucket as `bucket/*`.
    pub resource: String,
    /// The statement that decides (candidate, or baseline for what the baseline contradicts).
    pub statement: Option<String>,
    /// Unknown keys the decision rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    /// How many calls.
    pub count: u64,
    /// The earliest `eventTime`.
    pub first_seen: String,
    /// The latest `eventTime`.
    pub last_seen: String,
    /// One event to look at.
    pub example_event: String,
    /// That event's request, to explain the decision (the page opens its decision path).
    pub example: Request,
}

/// Events that were not replayed, by reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    /// Why (English in JSON, and read back as that text).
    #[serde(
        serialize_with = "crate::i18n::json_text",
        deserialize_with = "crate::i18n::json_literal"
    )]
    pub reason: Message,
    /// How many.
    pub count: u64,
    /// Up to three event IDs (or record numbers for records that are not events).
    pub examples: Vec<String>,
}

/// The whole replay, grouped. Groups are ordered by count, largest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Records read.
    pub events: u64,
    /// Events rebuilt and replayed.
    pub replayed: u64,
    /// Requests evaluated (a call may need several actions).
    pub requests: u64,
    /// Requests the candidate allows.
    pub allowed: u64,
    /// Calls the candidate denies.
    pub denied: Vec<Group>,
    /// Calls whose decision rests on a key the trail does not carry: both outcomes are possible.
    pub unknown: Vec<Group>,
    /// Denied by the candidate, allowed by the baseline.
    pub newly_denied: Vec<Group>,
    /// Allowed by the candidate, denied by the baseline.
    pub newly_allowed: Vec<Group>,
    /// Calls the endpoint refused (`VpceAccessDenied`).
    pub vpce_denied: u64,
    /// Requests of those calls the candidate refuses too (not in `denied`: nothing that works today breaks).
    #[serde(default)]
    pub still_refused: u64,
    /// `VpceAccessDenied` calls the baseline allows: the baseline is not the policy that was deployed.
    pub baseline_contradicted: Vec<Group>,
    /// Events not replayed, by reason.
    pub skipped: Vec<Skipped>,
}

type Key = (String, String, String, Option<String>, Vec<String>);

/// Gathers replays into a [`Report`]; collectors of separate inputs merge (in any order, with the same result).
#[derive(Debug, Clone, Default)]
pub struct Collector {
    events: u64,
    replayed: u64,
    requests: u64,
    allowed: u64,
    vpce_denied: u64,
    still_refused: u64,
    denied: BTreeMap<Key, Group>,
    unknown: BTreeMap<Key, Group>,
    newly_denied: BTreeMap<Key, Group>,
    newly_allowed: BTreeMap<Key, Group>,
    contradicted: BTreeMap<Key, Group>,
    skipped: BTreeMap<String, Skipped>,
}

impl Collector {
    /// Counts a replayed event.
    pub fn add(&mut self, e: &EventReplay) {
        self.events += 1;
        self.replayed += 1;
        if e.call.vpce_denied {
            self.vpce_denied += 1;
            // The endpoint refused the call: the baseline is not what was deployed if it allows the whole call.
            let baseline_allows = e.decisions.iter().all(|d| {
                d.baseline
                    .as_ref()
                    .is_some_and(|b| b.allowed() && b.depends_on.is_empty())
            });
            if let (true, Some(d)) = (baseline_allows, e.decisions.first()) {
                if let Some(b) = &d.baseline {
                    into_group(&mut self.contradicted, e, &d.request, b);
                }
            }
        }
        for d in &e.decisions {
            self.requests += 1;
            let c = &d.candidate;
            let group = |into: &mut BTreeMap<Key, Group>, v: &Verdict| into_group(into, e, &d.request, v);
            if !c.depends_on.is_empty() {
                group(&mut self.unknown, c);
            } else if c.allowed() {
                self.allowed += 1;
            } else if e.call.vpce_denied {
                // Refused today and by the candidate: nothing breaks that works now.
                self.still_refused += 1;
            } else {
                group(&mut self.denied, c);
            }
            if let Some(b) = &d.baseline {
                // Only certain changes: a decision that rests on an unknown is in `unknown` already.
                let certain = c.depends_on.is_empty() && b.depends_on.is_empty();
                match (c.allowed(), b.allowed()) {
                    (false, true) if certain => group(&mut self.newly_denied, c),
                    (true, false) if certain => group(&mut self.newly_allowed, b),
                    _ => {}
                }
            }
        }
    }

    /// Reads one record: replays it and counts it, or counts why it was not replayed. The replay is returned for
    /// what else the caller does with it (a draft, the per-event JSON). `source` names the input in the example of
    /// a record that is not an event (`FILE record N`); empty, `record N`.
    pub fn take(&mut self, replayer: &Replayer, (n, event): Record, source: &str) -> Option<EventReplay> {
        match event {
            Ok(event) => match replayer.replay(&event) {
                Ok(replayed) => {
                    self.add(&replayed);
                    Some(replayed)
                }
                Err(skip) => {
                    self.skip(skip.message(), &event.id);
                    None
                }
            },
            Err(e) => {
                let at = if source.is_empty() {
                    format!("record {n}")
                } else {
                    format!("{source} record {n}")
                };
                self.skip(Message::new("replay-skip-not-an-event").arg("error", e), &at);
                None
            }
        }
    }

    /// Counts an event that was not replayed (`id`: its eventID, or its record number).
    pub fn skip(&mut self, reason: Message, id: &str) {
        self.events += 1;
        let s = self
            .skipped
            .entry(reason.english().into_owned())
            .or_insert_with(|| Skipped {
                reason,
                count: 0,
                examples: Vec::new(),
            });
        s.count += 1;
        if s.examples.len() < 3 {
            s.examples.push(id.to_string());
        }
    }

    /// Adds another collector's counts (inputs read in parallel).
    pub fn merge(&mut self, other: Collector) {
        self.events += other.events;
        self.replayed += other.replayed;
        self.requests += other.requests;
        self.allowed += other.allowed;
        self.vpce_denied += other.vpce_denied;
        self.still_refused += other.still_refused;
        for (mine, theirs) in [
            (&mut self.denied, other.denied),
            (&mut self.unknown, other.unknown),
            (&mut self.newly_denied, other.newly_denied),
            (&mut self.newly_allowed, other.newly_allowed),
            (&mut self.contradicted, other.contradicted),
        ] {
            for (k, g) in theirs {
                match mine.get_mut(&k) {
                    Some(m) => m.absorb(g),
                    None => {
                        mine.insert(k, g);
                    }
                }
            }
        }
        for (k, s) in other.skipped {
            match self.skipped.get_mut(&k) {
                Some(m) => {
                    m.count += s.count;
                    let room = 3usize.saturating_sub(m.examples.len());
                    m.examples.extend(s.examples.into_iter().take(room));
                }
                None => {
                    self.skipped.insert(k, s);
                }
            }
        }
    }

    /// The gathered report: each group list sorted, most calls first.
    pub fn report(self) -> Report {
        let sorted = |m: BTreeMap<Key, Group>| {
            let mut v: Vec<Group> = m.into_values().collect();
            crate::order::sort_by(&mut v, |a: &Group, b: &Group| {
                b.count.cmp(&a.count).then_with(|| a.action.cmp(&b.action))
            });
            v
        };
        let mut skipped: Vec<Skipped> = self.skipped.into_values().collect();
        crate::order::sort_by(&mut skipped, |a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.reason.english().cmp(&b.reason.english()))
        });
        Report {
            events: self.events,
            replayed: self.replayed,
            requests: self.requests,
            allowed: self.allowed,
            denied: sorted(self.denied),
            unknown: sorted(self.unknown),
            newly_denied: sorted(self.newly_denied),
            newly_allowed: sorted(self.newly_allowed),
            vpce_denied: self.vpce_denied,
            still_refused: self.still_refused,
            baseline_contradicted: sorted(self.contradicted),
            skipped,
        }
    }
}

impl Group {
    fn absorb(&mut self, other: Group) {
        self.count += other.count;
        // The earliest call is the example (an event without a time last; ties by event ID), so that merging in
        // any order gives the same group.
        let order = |g: &Group| {
            (
                g.first_seen.is_empty(),
                g.first_seen.clone(),
                g.example_event.clone(),
            )
        };
        let later = |g: &Group| (!g.last_seen.is_empty(), g.last_seen.clone());
        if later(&other) > later(self) {
            self.last_seen = other.last_seen.clone();
        }
        if order(&other) < order(self) {
            self.first_seen = other.first_seen;
            self.example_event = other.example_event;
            self.example = other.example;
        }
    }
}

fn into_group(into: &mut BTreeMap<Key, Group>, e: &EventReplay, request: &Request, v: &Verdict) {
    let resource = resource_pattern(&request.resource);
    let key: Key = (
        request.action.clone(),
        e.call.caller.clone(),
        resource.clone(),
        v.statement.clone(),
        v.depends_on.clone(),
    );
    let one = Group {
        action: request.action.clone(),
        caller: e.call.caller.clone(),
        resource,
        statement: v.statement.clone(),
        depends_on: v.depends_on.clone(),
        count: 1,
        first_seen: e.call.time.clone(),
        last_seen: e.call.time.clone(),
        example_event: e.call.event_id.clone(),
        example: request.clone(),
    };
    match into.get_mut(&key) {
        Some(g) => g.absorb(one),
        None => {
            into.insert(key, one);
        }
    }
}

/// The resource as a report groups it: an S3 object as its bucket's `bucket/*`, anything else as it is.
pub fn resource_pattern(resource: &str) -> String {
    match crate::arn::Arn::parse(resource) {
        // Bucket ARNs have no region or account; access points, jobs and others keep theirs, and their ARN.
        Some(a)
            if a.service == "s3"
                && a.region.is_empty()
                && a.account.is_empty()
                && a.resource.contains('/') =>
        {
            let bucket = a.resource.split('/').next().unwrap_or(a.resource);
            format!("arn:{}:s3:::{bucket}/*", a.partition)
        }
        _ => resource.to_string(),
    }
}

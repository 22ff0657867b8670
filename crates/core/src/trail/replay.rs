//! Replaying rebuilt calls through a candidate endpoint policy (and a baseline), and the grouped report: what the
//! candidate denies, what rests on keys the trail cannot know, and what changes against the baseline.

use super::event::Event;
use super::rebuild::{rebuild, Call, RebuildOptions, Skip};
use crate::eval::{CompiledPolicy, ContextValue, Decision, PolicySet, PreparedRequest, Request};
use crate::kind::PolicyKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What `depends_on` names when the event does not name the resource a denied call acted on.
pub const UNKNOWN_RESOURCE: &str = "resource";

/// How one policy decides one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// Allowed or denied, with the trail's unknown keys absent.
    pub decision: Decision,
    /// The statement that decides (`Sid`, or its 1-based position), or none when nothing allows it.
    pub statement: Option<String>,
    /// Unknown keys that would change the decision if they held the values the policy tests for: the decision
    /// rests on them, and the other outcome is `if_known`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    /// The decision with `depends_on` set to the policy's values (none when the unknown is the resource).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_known: Option<Decision>,
}

impl Verdict {
    fn allowed(&self) -> bool {
        self.decision == Decision::Allowed
    }
}

/// One rebuilt request and its decisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Replayed {
    /// The request.
    pub request: Request,
    /// The candidate policy's decision.
    pub candidate: Verdict,
    /// The baseline policy's decision, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Verdict>,
}

/// One event replayed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventReplay {
    /// The call as rebuilt.
    #[serde(flatten)]
    pub call: Call,
    /// Its requests' decisions.
    pub decisions: Vec<Replayed>,
}

/// A compiled candidate (and baseline) with what the trail cannot say.
#[derive(Debug, Clone)]
pub struct Replayer {
    candidate: Judge,
    baseline: Option<Judge>,
    vpce: Option<String>,
    options: RebuildOptions,
}

#[derive(Debug, Clone)]
struct Judge {
    set: PolicySet,
    /// The policy's condition keys (lower case) and the first value each is tested against.
    keys: Vec<(String, String)>,
}

impl Judge {
    fn new(source: &str) -> Judge {
        let policy = CompiledPolicy::compile(source, PolicyKind::Endpoint);
        let mut keys: Vec<(String, String)> = policy
            .condition_keys()
            .filter_map(|(k, values)| Some((k.to_ascii_lowercase(), values.first()?.clone())))
            .collect();
        // The first value the policy tests each key for (a stable sort keeps the policy's order).
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        keys.dedup_by(|a, b| a.0 == b.0);
        Judge {
            set: PolicySet {
                endpoint: Some(policy),
                ..PolicySet::default()
            },
            keys,
        }
    }

    fn judge(&self, request: &Request, known: &[&str], resource_known: bool) -> Verdict {
        let prepared = request.prepare();
        let decision = self.set.evaluate_prepared(&prepared, false).decision;
        let statement = self.statement(&prepared);
        let unknown: Vec<&(String, String)> = self
            .keys
            .iter()
            .filter(|(k, _)| known.binary_search(&k.as_str()).is_err())
            .filter(|(k, _)| !request.context.keys().any(|c| c.eq_ignore_ascii_case(k)))
            .collect();
        // Denied for `*`, the event not naming what the call acted on: a policy naming the right ARN may allow it.
        let resource_unknown = Verdict {
            decision,
            statement: statement.clone(),
            depends_on: vec![UNKNOWN_RESOURCE.into()],
            if_known: None,
        };
        // With its resource unknown the call rests on it when some resource the policy names would change the
        // answer: one an Allow lets through for a denied call, one a Deny refuses for an allowed call.
        let rests_on_resource = !resource_known
            && if decision == Decision::Allowed {
                self.decided_on_some_resource(request, "Deny", false)
            } else {
                self.decided_on_some_resource(request, "Allow", true)
            };
        if unknown.is_empty() {
            if rests_on_resource {
                return resource_unknown;
            }
            return Verdict {
                decision,
                statement,
                depends_on: Vec::new(),
                if_known: None,
            };
        }
        // The other answer, with some unknown keys holding the values the policy tests them for. Each key alone
        // first (so that a Deny on another unknown key cannot hide an Allow's), then all together.
        let allowed = decision == Decision::Allowed;
        let other_with = |keys: &[&(String, String)]| {
            let mut with = request.clone();
            for (k, v) in keys {
                with.context.insert(k.clone(), ContextValue::String(v.clone()));
            }
            let other = self.set.evaluate(&with, false).decision;
            ((other == Decision::Allowed) != allowed).then_some(other)
        };
        let alone: Vec<(String, Decision)> = unknown
            .iter()
            .filter_map(|kv| other_with(&[*kv]).map(|d| (kv.0.clone(), d)))
            .collect();
        let (depends_on, if_known) = match alone.first() {
            Some((_, d)) => (alone.iter().map(|(k, _)| k.clone()).collect(), Some(*d)),
            None => match other_with(&unknown) {
                Some(d) => (unknown.iter().map(|(k, _)| k.clone()).collect(), Some(d)),
                None => (Vec::new(), None),
            },
        };
        if if_known.is_none() && rests_on_resource {
            return resource_unknown;
        }
        Verdict {
            decision,
            statement,
            depends_on,
            if_known,
        }
    }

    /// True when the request, its resource replaced by one the policy's `effect` statements name (or `*`), is
    /// decided `allowed`.
    fn decided_on_some_resource(&self, request: &Request, effect: &'static str, allowed: bool) -> bool {
        let Some(policy) = self.set.endpoint.as_ref() else {
            return false;
        };
        let mut with = request.clone();
        policy.resources_of(effect).chain(["*"]).any(|r| {
            with.resource = r.to_string();
            (self.set.evaluate(&with, false).decision == Decision::Allowed) == allowed
        })
    }

    fn statement(&self, prepared: &PreparedRequest) -> Option<String> {
        let (index, sid) = self.set.endpoint.as_ref()?.deciding_statement(prepared)?;
        Some(match sid {
            Some(sid) => sid.to_string(),
            None => format!("statement {}", index + 1),
        })
    }
}

impl Replayer {
    /// A replayer for `candidate` (and `baseline`), for the calls of endpoint `vpce` (all endpoints when `None`).
    pub fn new(
        candidate: &str,
        baseline: Option<&str>,
        vpce: Option<String>,
        options: RebuildOptions,
    ) -> Self {
        Replayer {
            candidate: Judge::new(candidate),
            baseline: baseline.map(Judge::new),
            vpce,
            options,
        }
    }

    /// The validator's errors in the candidate (a replay of an invalid policy shows it as written).
    pub fn candidate_errors(&self) -> &[crate::DiagnosticReport] {
        self.candidate
            .set
            .endpoint
            .as_ref()
            .map_or(&[], |p| p.errors.as_slice())
    }

    /// Rebuilds and replays one event.
    pub fn replay(&self, event: &Event) -> Result<EventReplay, Skip> {
        let call = rebuild(event, self.vpce.as_deref(), &self.options)?;
        let decisions = call
            .requests
            .iter()
            .zip(&call.resource_known)
            .map(|(r, known)| {
                let judge = |j: &Judge| j.judge(r, &call.known_keys, *known);
                Replayed {
                    candidate: judge(&self.candidate),
                    baseline: self.baseline.as_ref().map(judge),
                    request: r.clone(),
                }
            })
            .collect();
        Ok(EventReplay { call, decisions })
    }
}

/// Calls that share an action, a caller, a resource pattern and a deciding statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// The action.
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
    /// Why.
    pub reason: String,
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

    /// Counts an event that was not replayed (`id`: its eventID, or its record number).
    pub fn skip(&mut self, reason: &str, id: &str) {
        self.events += 1;
        let s = self.skipped.entry(reason.to_string()).or_insert_with(|| Skipped {
            reason: reason.to_string(),
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

    /// The report.
    pub fn report(self) -> Report {
        let sorted = |m: BTreeMap<Key, Group>| {
            let mut v: Vec<Group> = m.into_values().collect();
            v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.action.cmp(&b.action)));
            v
        };
        let mut skipped: Vec<Skipped> = self.skipped.into_values().collect();
        skipped.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.reason.cmp(&b.reason)));
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

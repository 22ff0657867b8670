//! Replaying rebuilt calls through a candidate endpoint policy (and a baseline), and the grouped report: what the
//! candidate denies, what rests on keys the trail cannot know, and what changes against the baseline.

use super::event::Event;
use super::rebuild::{rebuild, Call, RebuildOptions, Skip};
use crate::eval::{CompiledPolicy, ContextValue, Decision, PolicySet, PreparedRequest, Request};
use crate::kind::PolicyKind;
use crate::model::Effect;
use serde::{Deserialize, Serialize};

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
    /// The decision lets the request through.
    pub(super) fn allowed(&self) -> bool {
        self.decision == Decision::Allowed
    }
}

/// One rebuilt request and its decisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct Replayed {
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
        crate::order::sort_by(&mut keys, |a, b| a.0.cmp(&b.0));
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
                self.decided_on_some_resource(request, Effect::Deny, false)
            } else {
                self.decided_on_some_resource(request, Effect::Allow, true)
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
    fn decided_on_some_resource(&self, request: &Request, effect: Effect, allowed: bool) -> bool {
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
    pub fn candidate_errors(&self) -> Vec<(&crate::DiagnosticReport, &crate::i18n::Message)> {
        self.candidate
            .set
            .endpoint
            .as_ref()
            .map_or_else(Vec::new, |p| p.errors.iter().zip(&p.error_words).collect())
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

//! A policy compiled once for many evaluations, and statement matching with an optional trace.

use super::condition::CompiledCondition;
use super::matching::{ActionPattern, PrincipalPattern, ResourcePattern};
use super::request::PreparedRequest;
use super::trace::{ElementTrace, Outcome, StatementTrace};
use crate::diagnostic::{DiagnosticReport, Severity};
use crate::i18n::Message;
use crate::lint::{validate, PolicyKind, ValidateOptions, Validation};
use crate::model::{Effect, Element, PrincipalKind, Statement};
use crate::span::LineIndex;

/// A compiled policy. Malformed elements are kept and simply match nothing, as in AWS.
#[derive(Debug, Clone)]
pub struct CompiledPolicy {
    statements: Vec<CompiledStatement>,
    /// Indices of the Deny statements, then of the Allow statements: without a trace, the first Deny that applies
    /// decides, and then the first Allow (the decision never depends on statement order).
    by_effect: Vec<usize>,
    /// How many of `by_effect` are Deny statements.
    denies: usize,
    /// False when the validator found an error (the policy is still evaluated as written).
    pub valid: bool,
    /// The validator's error findings.
    pub errors: Vec<DiagnosticReport>,
    /// Each error's message id and arguments (in the order of `errors`), for a face that shows another language.
    pub error_words: Vec<crate::i18n::Message>,
}

/// A compiled element.
#[derive(Debug, Clone)]
struct Compiled<T> {
    /// Its name as written (`NotAction`, …).
    name: String,
    /// A Not* element.
    negated: bool,
    /// Its values, compiled.
    values: Vec<T>,
}

#[derive(Debug, Clone)]
struct CompiledStatement {
    index: usize,
    sid: Option<String>,
    /// `None` for an effect AWS does not take: the statement never applies.
    effect: Option<Effect>,
    action: Option<Compiled<ActionPattern>>,
    resource: Option<Compiled<ResourcePattern>>,
    /// `None`: no principal element, evaluated as "*" (endpoint policies) or not applicable (identity policies).
    principal: Option<Compiled<(String, PrincipalPattern)>>,
    /// A resource-policy statement without Principal: AWS refuses the policy, and as written it grants nothing.
    principal_missing: bool,
    conditions: Vec<CompiledCondition>,
}

impl CompiledPolicy {
    /// Validates and compiles `src` as a policy of `kind`.
    pub fn compile(src: &str, kind: PolicyKind) -> CompiledPolicy {
        let options = ValidateOptions {
            kind,
            ..ValidateOptions::default()
        };
        Self::from_validation(src, &validate(src, &options), kind)
    }

    /// Compiles an already validated policy (so a UI validates each keystroke once).
    pub fn from_validation(src: &str, v: &Validation, kind: PolicyKind) -> CompiledPolicy {
        let index = LineIndex::new(src);
        let (errors, error_words): (Vec<DiagnosticReport>, Vec<_>) = v
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| (d.report(&index), d.words.0.clone()))
            .unzip();
        let variables = v.policy.as_ref().is_some_and(|p| p.supports_variables());
        let statements: Vec<CompiledStatement> = v
            .policy
            .as_ref()
            .map(|p| {
                p.statements
                    .iter()
                    .enumerate()
                    .map(|(i, s)| compile_statement(i, s, kind, variables))
                    .collect()
            })
            .unwrap_or_default();
        let with = |effect: Effect| {
            statements
                .iter()
                .enumerate()
                .filter(move |(_, st)| st.effect == Some(effect))
                .map(|(i, _)| i)
        };
        let mut by_effect: Vec<usize> = with(Effect::Deny).collect();
        let denies = by_effect.len();
        by_effect.extend(with(Effect::Allow));
        CompiledPolicy {
            statements,
            by_effect,
            denies,
            valid: errors.is_empty(),
            errors,
            error_words,
        }
    }

    /// Evaluates one request against this policy.
    pub fn evaluate(&self, req: &PreparedRequest, trace: Option<&mut Vec<StatementTrace>>) -> Outcome {
        match trace {
            Some(t) => self.explain(req, t),
            None => self.decide(req),
        }
    }

    /// The outcome without a trace: Deny statements first, stopping at the first that applies, then Allow
    /// statements, stopping likewise.
    fn decide(&self, req: &PreparedRequest) -> Outcome {
        let applies = |i: &usize| self.statements.get(*i).is_some_and(|st| st.applies(req));
        let (denies, allows) = self.by_effect.split_at(self.denies.min(self.by_effect.len()));
        if denies.iter().any(applies) {
            Outcome::Deny
        } else if allows.iter().any(applies) {
            Outcome::Allow
        } else {
            Outcome::NoMatch
        }
    }

    /// The statement that decides the request as [`Self::evaluate`] does: the first Deny that applies, else the
    /// first Allow; `None` when no statement applies. Its index and Sid, for reports that name it.
    pub fn deciding_statement(&self, req: &PreparedRequest) -> Option<(usize, Option<&str>)> {
        self.by_effect
            .iter()
            .filter_map(|i| self.statements.get(*i))
            .find(|st| st.applies(req))
            .map(|st| (st.index, st.sid.as_deref()))
    }

    /// The Resource values of the policy's statements of one effect (`Allow`, `Deny`), as written: the resources
    /// a request whose own resource is unknown could be allowed, or denied, on.
    pub fn resources_of(&self, effect: Effect) -> impl Iterator<Item = &str> + '_ {
        self.statements
            .iter()
            .filter(move |st| st.effect == Some(effect))
            .filter_map(|st| st.resource.as_ref())
            .filter(|r| !r.negated)
            .flat_map(|r| r.values.iter().map(|p| p.text.as_str()))
    }

    /// Every condition key the policy tests, as written, with its values: what a caller must supply for the
    /// decision not to rest on a missing key.
    pub fn condition_keys(&self) -> impl Iterator<Item = (&str, &[String])> + '_ {
        self.statements.iter().flat_map(|st| {
            st.conditions
                .iter()
                .map(|c| (c.key.as_str(), c.values.as_slice()))
        })
    }

    /// The outcome with every statement explained, in order.
    fn explain(&self, req: &PreparedRequest, trace: &mut Vec<StatementTrace>) -> Outcome {
        let mut allowed = false;
        let mut denied = false;
        for st in &self.statements {
            let s = st.explain(req);
            if s.applies {
                match st.effect {
                    Some(Effect::Deny) => denied = true,
                    Some(Effect::Allow) => allowed = true,
                    None => {}
                }
            }
            trace.push(s);
        }
        if denied {
            Outcome::Deny
        } else if allowed {
            Outcome::Allow
        } else {
            Outcome::NoMatch
        }
    }
}

/// How an Allow in a resource-based policy names the caller, which decides what else must allow in the same
/// account. Ordered from weakest to strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Grant {
    /// The account (`"111122223333"`, `arn:…:root`): only delegates to the account's identity policies.
    Account,
    /// The role ARN: overrides the identity policies' implicit deny; the permissions boundary and session policy
    /// still limit it.
    Role,
    /// Everyone (`"*"`), or everyone but a NotPrincipal: as `Direct`. AWS: "Permissions boundaries and session
    /// policies do not limit permissions granted using the aws:PrincipalArn condition key with a wildcard(*) in
    /// the Principal element" (IAM User Guide, "How AWS enforcement code logic evaluates requests").
    Everyone,
    /// The IAM user, role-session, federated-user or service principal itself: grants by itself.
    Direct,
}

impl CompiledPolicy {
    /// The strongest way an applying Allow statement names the caller (for resource-based policies).
    pub fn grant(&self, req: &PreparedRequest) -> Option<Grant> {
        self.statements
            .iter()
            .filter(|st| st.effect == Some(Effect::Allow) && st.applies(req))
            .map(|st| match &st.principal {
                Some(Compiled {
                    negated: false,
                    values: pats,
                    ..
                }) => match st.principal_match(req).and_then(|i| pats.get(i)) {
                    Some((_, PrincipalPattern::Account(_))) => Grant::Account,
                    Some((_, PrincipalPattern::Role { .. })) => Grant::Role,
                    Some((_, PrincipalPattern::Exact(_))) => Grant::Direct,
                    _ => Grant::Everyone,
                },
                _ => Grant::Everyone,
            })
            .max()
    }
}

impl CompiledPolicy {
    /// True when a `Deny` statement with `NotPrincipal` applies to the request's action, resource and conditions,
    /// whatever its NotPrincipal lists. AWS always denies such a request to a principal that has a permissions
    /// boundary (IAM User Guide, "AWS JSON policy elements: NotPrincipal").
    pub fn not_principal_deny_matches(&self, req: &PreparedRequest) -> bool {
        self.statements.iter().any(|st| {
            st.effect == Some(Effect::Deny)
                && matches!(st.principal, Some(Compiled { negated: true, .. }))
                && st.applies_with(req, false)
        })
    }
}

fn element_values(e: &Element) -> Vec<String> {
    e.values.iter().map(|v| v.value.clone()).collect()
}

fn compile_statement(index: usize, st: &Statement, kind: PolicyKind, variables: bool) -> CompiledStatement {
    let name = |e: &Element, base: &str| {
        if e.negated {
            format!("Not{base}")
        } else {
            base.to_string()
        }
    };
    let principal = match (&st.principal, kind) {
        (_, PolicyKind::Identity) | (None, _) => None,
        (Some(p), _) => {
            let patterns = match &p.kind {
                PrincipalKind::Bare(v) => vec![(v.value.clone(), PrincipalPattern::new("*", &v.value))],
                PrincipalKind::Map(entries) => entries
                    .iter()
                    .flat_map(|e| {
                        e.values.iter().map(|v| {
                            (
                                format!("{}: {}", e.key.value, v.value),
                                PrincipalPattern::new(&e.key.value, &v.value),
                            )
                        })
                    })
                    .collect(),
            };
            Some(Compiled {
                name: if p.negated {
                    "NotPrincipal".into()
                } else {
                    "Principal".into()
                },
                negated: p.negated,
                values: patterns,
            })
        }
    };
    CompiledStatement {
        index,
        principal_missing: st.principal.is_none() && matches!(kind, PolicyKind::Resource),
        sid: st.sid.as_ref().map(|s| s.value.clone()),
        effect: st.effect_kind(),
        action: st.action.as_ref().map(|e| Compiled {
            name: name(e, "Action"),
            negated: e.negated,
            values: element_values(e).iter().map(|a| ActionPattern::new(a)).collect(),
        }),
        resource: match &st.resource {
            Some(e) => Some(Compiled {
                name: name(e, "Resource"),
                negated: e.negated,
                values: element_values(e)
                    .iter()
                    .map(|r| ResourcePattern::new(r, variables))
                    .collect(),
            }),
            // A trust policy's statement is about the role it is attached to, whatever the request names.
            None if kind == PolicyKind::Resource && st.is_trust_statement() => Some(Compiled {
                name: "Resource (none: the role the trust policy is attached to)".into(),
                negated: false,
                values: vec![ResourcePattern::new("*", false)],
            }),
            None => None,
        },
        principal,
        conditions: st
            .condition
            .as_ref()
            .map(|c| {
                c.operators
                    .iter()
                    .flat_map(|op| {
                        op.keys.iter().map(move |k| {
                            CompiledCondition::new(
                                &op.name.value,
                                &k.name.value,
                                &element_values_of(k),
                                variables,
                            )
                        })
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn element_values_of(k: &crate::model::ConditionKey) -> Vec<String> {
    k.values.iter().map(|v| v.value.clone()).collect()
}

impl CompiledStatement {
    fn action_match(&self, req: &PreparedRequest) -> Option<usize> {
        self.action
            .as_ref()
            .and_then(|c| c.values.iter().position(|p| p.matches(&req.action)))
    }

    fn resource_match(
        &self,
        req: &PreparedRequest,
        mut resolved: Option<&mut Vec<super::variables::Resolution>>,
    ) -> Option<usize> {
        self.resource.as_ref().and_then(|c| {
            c.values
                .iter()
                .position(|p| p.matches(req, resolved.as_deref_mut()))
        })
    }

    fn principal_match(&self, req: &PreparedRequest) -> Option<usize> {
        self.principal
            .as_ref()
            .and_then(|c| c.values.iter().position(|(_, p)| p.matches(req)))
    }

    /// Applies the Not* inversion: an element matches when a value matched, or for Not* when none did.
    fn element(found: Option<usize>, negated: bool) -> bool {
        found.is_some() != negated
    }

    fn applies(&self, req: &PreparedRequest) -> bool {
        self.applies_with(req, true)
    }

    /// As [`Self::applies`], with the Principal or NotPrincipal element left out when `principal` is false.
    fn applies_with(&self, req: &PreparedRequest, principal: bool) -> bool {
        let (Some(Compiled { negated: an, .. }), Some(Compiled { negated: rn, .. })) =
            (&self.action, &self.resource)
        else {
            return false;
        };
        if self.principal_missing {
            return false;
        }
        if !Self::element(self.action_match(req), *an) {
            return false;
        }
        if !Self::element(self.resource_match(req, None), *rn) {
            return false;
        }
        if let Some(Compiled { negated: pn, .. }) = self.principal.as_ref().filter(|_| principal) {
            if !Self::element(self.principal_match(req), *pn) {
                return false;
            }
        }
        self.conditions.iter().all(|c| c.evaluate(req, None))
    }

    fn explain(&self, req: &PreparedRequest) -> StatementTrace {
        let action = match &self.action {
            None => missing("Action", Message::new("trace-no-action")),
            Some(Compiled {
                name,
                negated,
                values: pats,
            }) => {
                let found = self.action_match(req);
                describe(
                    name,
                    *negated,
                    found.and_then(|i| pats.get(i)).map(|p| p.text.clone()),
                    &req.action_raw,
                    Vec::new(),
                )
            }
        };
        let resource = match &self.resource {
            None => missing("Resource", Message::new("trace-no-resource")),
            Some(Compiled {
                name,
                negated,
                values: pats,
            }) => {
                let mut resolved = Vec::new();
                let found = self.resource_match(req, Some(&mut resolved));
                describe(
                    name,
                    *negated,
                    found.and_then(|i| pats.get(i)).map(|p| p.text.clone()),
                    &req.resource,
                    resolved,
                )
            }
        };
        let who = req.principal.clone().unwrap_or_else(|| "anonymous".into());
        let principal = match &self.principal {
            None if self.principal_missing => {
                missing("Principal", Message::new("trace-no-principal-resource"))
            }
            None => ElementTrace {
                element: "Principal".into(),
                matched: true,
                matched_value: None,
                resolved: Vec::new(),
                reason: Message::new("trace-no-principal-identity"),
            },
            Some(Compiled {
                name,
                negated,
                values: pats,
            }) => {
                let found = self.principal_match(req);
                let text = found.and_then(|i| pats.get(i)).map(|(t, _)| t.clone());
                describe(name, *negated, text, &who, Vec::new())
            }
        };
        let mut conditions = Vec::new();
        let mut all = true;
        for c in &self.conditions {
            all &= c.evaluate(req, Some(&mut conditions));
        }
        let applies = action.matched && resource.matched && principal.matched && all;
        StatementTrace {
            index: self.index,
            sid: self.sid.clone(),
            effect: self.effect,
            applies,
            action,
            resource,
            principal,
            conditions,
        }
    }
}

fn missing(element: &str, words: Message) -> ElementTrace {
    ElementTrace {
        element: element.into(),
        matched: false,
        matched_value: None,
        resolved: Vec::new(),
        reason: words,
    }
}

fn describe(
    name: &str,
    negated: bool,
    found: Option<String>,
    request_value: &str,
    resolved: Vec<super::variables::Resolution>,
) -> ElementTrace {
    let matched = found.is_some() != negated;
    let words = match (&found, negated) {
        (Some(v), false) => Message::new("trace-value-matches").arg("value", v),
        (None, false) => Message::new("trace-no-value-matches").arg("element", name),
        (Some(v), true) => Message::new("trace-value-matches-excludes")
            .arg("value", v)
            .arg("element", name),
        (None, true) => Message::new("trace-no-value-matches-includes").arg("element", name),
    }
    .arg("request", request_value);
    ElementTrace {
        element: name.into(),
        matched,
        matched_value: found,
        resolved,
        reason: words,
    }
}

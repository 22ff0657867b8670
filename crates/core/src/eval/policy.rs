//! A policy compiled once for many evaluations: its statements ([`super::statement`]) in the order that decides
//! fastest, and its decision with an optional trace.

use super::matching::PrincipalPattern;
use super::request::PreparedRequest;
use super::statement::{compile_statement, Compiled, CompiledStatement};
use super::trace::{Outcome, StatementTrace};
use crate::diagnostic::{DiagnosticReport, Severity};
use crate::lint::{validate, PolicyKind, ValidateOptions, Validation};
use crate::model::Effect;
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
        // The lines are indexed at the first error to report: most keystrokes leave none, and indexing a long policy
        // was 4% of validating and compiling it.
        let mut index = None;
        let (errors, error_words): (Vec<DiagnosticReport>, Vec<_>) = v
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| {
                let index = index.get_or_insert_with(|| LineIndex::new(src));
                (d.report(index), d.words.0.clone())
            })
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

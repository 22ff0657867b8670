//! The evaluator: AWS request evaluation across policy layers, with an explanation trace.
//!
//! Decision order: an explicit Deny in any supplied layer wins; then every gate layer (endpoint, SCPs, RCPs,
//! permissions boundary, session policy) must allow; then identity and resource policies decide — in the same
//! account either one allowing is enough, across accounts every supplied one must allow. A layer that is not
//! supplied is not part of the request path.

mod condition;
mod matching;
mod policy;
mod request;
mod testfile;
mod trace;
mod variables;

pub use condition::{arn_like, CompiledCondition};
pub use matching::{ActionPattern, PrincipalPattern, ResourcePattern};
pub use policy::CompiledPolicy;
pub use request::{ContextScalar, ContextValue, PreparedRequest, Request};
pub use testfile::{Policies, PolicySource, TestCase, TestFile, TestReport, TestResult};
pub use trace::{ConditionTrace, ElementTrace, Outcome, PolicyTrace, StatementTrace};
pub use variables::{Resolution, Template};

use crate::diagnostic::DiagnosticReport;
use serde::{Deserialize, Serialize};

/// A policy layer on the request path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Layer {
    /// The VPC endpoint policy.
    Endpoint,
    /// Service control policies.
    Scp,
    /// Resource control policies.
    Rcp,
    /// The permissions boundary.
    PermissionsBoundary,
    /// The session policy.
    Session,
    /// Identity-based policies.
    Identity,
    /// The resource-based policy.
    Resource,
}

impl Layer {
    /// The camelCase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Endpoint => "endpoint",
            Layer::Scp => "scp",
            Layer::Rcp => "rcp",
            Layer::PermissionsBoundary => "permissionsBoundary",
            Layer::Session => "session",
            Layer::Identity => "identity",
            Layer::Resource => "resource",
        }
    }

    /// The policy kind used to validate this layer's policies.
    pub fn policy_kind(self) -> crate::lint::PolicyKind {
        use crate::lint::PolicyKind;
        match self {
            Layer::Endpoint => PolicyKind::Endpoint,
            Layer::Resource | Layer::Rcp => PolicyKind::Resource,
            _ => PolicyKind::Identity,
        }
    }
}

/// The final decision, named as AWS's policy simulator names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Decision {
    /// Allowed.
    Allowed,
    /// An explicit Deny applied.
    ExplicitDeny,
    /// Nothing allowed it.
    ImplicitDeny,
}

impl Decision {
    /// `allowed`, `explicitDeny` or `implicitDeny`.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allowed => "allowed",
            Decision::ExplicitDeny => "explicitDeny",
            Decision::ImplicitDeny => "implicitDeny",
        }
    }

    /// Parses the names above.
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "allowed" => Some(Decision::Allowed),
            "explicitDeny" => Some(Decision::ExplicitDeny),
            "implicitDeny" => Some(Decision::ImplicitDeny),
            _ => None,
        }
    }
}

/// The policies on a request path, compiled.
#[derive(Debug, Clone, Default)]
pub struct PolicySet {
    /// The endpoint policy.
    pub endpoint: Option<CompiledPolicy>,
    /// Service control policies (each must allow).
    pub scp: Vec<CompiledPolicy>,
    /// Resource control policies (each must allow).
    pub rcp: Vec<CompiledPolicy>,
    /// Permissions boundary.
    pub permissions_boundary: Option<CompiledPolicy>,
    /// Session policy.
    pub session: Option<CompiledPolicy>,
    /// Identity policies (any may allow).
    pub identity: Vec<CompiledPolicy>,
    /// The resource policy.
    pub resource: Option<CompiledPolicy>,
}

/// A validator error in one of the policies.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LayerError {
    /// The layer.
    pub layer: Layer,
    /// Index within the layer.
    pub index: usize,
    /// The finding.
    pub diagnostic: DiagnosticReport,
}

/// The result of evaluating one request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EvalResult {
    /// The decision.
    pub decision: Decision,
    /// The layer that denied the request (none when allowed).
    pub blocked_by: Option<Layer>,
    /// False when a supplied policy has validator errors: the decision is then only "as written".
    pub valid: bool,
    /// The validator errors behind `valid: false`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<LayerError>,
    /// Per-layer, per-statement explanation (when asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<Vec<PolicyTrace>>,
}

impl PolicySet {
    /// The layers in evaluation order with their policies.
    fn layers(&self) -> Vec<(Layer, Vec<&CompiledPolicy>)> {
        vec![
            (Layer::Endpoint, self.endpoint.iter().collect()),
            (Layer::Scp, self.scp.iter().collect()),
            (Layer::Rcp, self.rcp.iter().collect()),
            (
                Layer::PermissionsBoundary,
                self.permissions_boundary.iter().collect(),
            ),
            (Layer::Session, self.session.iter().collect()),
            (Layer::Identity, self.identity.iter().collect()),
            (Layer::Resource, self.resource.iter().collect()),
        ]
    }

    /// True when every supplied policy validated without errors.
    pub fn valid(&self) -> bool {
        self.layers().iter().all(|(_, ps)| ps.iter().all(|p| p.valid))
    }

    /// Evaluates a request. With `explain`, the result carries the full trace.
    pub fn evaluate(&self, request: &Request, explain: bool) -> EvalResult {
        self.evaluate_prepared(&request.prepare(), explain)
    }

    /// Evaluates an already prepared request.
    pub fn evaluate_prepared(&self, req: &PreparedRequest, explain: bool) -> EvalResult {
        let mut traces: Vec<PolicyTrace> = Vec::new();
        let mut errors = Vec::new();
        let mut outcomes: Vec<(Layer, Vec<Outcome>)> = Vec::new();
        for (layer, policies) in self.layers() {
            if policies.is_empty() {
                continue;
            }
            let mut layer_outcomes = Vec::new();
            for (index, p) in policies.iter().enumerate() {
                errors.extend(p.errors.iter().map(|d| LayerError {
                    layer,
                    index,
                    diagnostic: d.clone(),
                }));
                if explain {
                    let mut statements = Vec::new();
                    let outcome = p.evaluate(req, Some(&mut statements));
                    traces.push(PolicyTrace {
                        layer,
                        index,
                        outcome,
                        statements,
                    });
                    layer_outcomes.push(outcome);
                } else {
                    layer_outcomes.push(p.evaluate(req, None));
                }
            }
            outcomes.push((layer, layer_outcomes));
        }
        let (decision, blocked_by) = decide(&outcomes, req);
        EvalResult {
            decision,
            blocked_by,
            valid: errors.is_empty(),
            errors,
            trace: explain.then_some(traces),
        }
    }
}

fn decide(outcomes: &[(Layer, Vec<Outcome>)], req: &PreparedRequest) -> (Decision, Option<Layer>) {
    if outcomes.is_empty() {
        return (Decision::ImplicitDeny, None);
    }
    if let Some((layer, _)) = outcomes.iter().find(|(_, o)| o.contains(&Outcome::Deny)) {
        return (Decision::ExplicitDeny, Some(*layer));
    }
    let gates = [
        Layer::Endpoint,
        Layer::Scp,
        Layer::Rcp,
        Layer::PermissionsBoundary,
        Layer::Session,
    ];
    for (layer, o) in outcomes.iter().filter(|(l, _)| gates.contains(l)) {
        if !o.iter().all(|x| *x == Outcome::Allow) {
            return (Decision::ImplicitDeny, Some(*layer));
        }
    }
    let allows = |layer: Layer| {
        outcomes
            .iter()
            .find(|(l, _)| *l == layer)
            .map(|(_, o)| o.contains(&Outcome::Allow))
    };
    let (identity, resource) = (allows(Layer::Identity), allows(Layer::Resource));
    let same_account = match (&req.resource_account, &req.principal_account) {
        (Some(r), Some(p)) => r == p,
        _ => true,
    };
    let blocked = match (identity, resource) {
        (None, None) => None,
        (Some(i), None) => (!i).then_some(Layer::Identity),
        (None, Some(r)) => (!r).then_some(Layer::Resource),
        (Some(i), Some(r)) if same_account => (!(i || r)).then_some(Layer::Identity),
        (Some(i), Some(r)) => (!i)
            .then_some(Layer::Identity)
            .or((!r).then_some(Layer::Resource)),
    };
    match blocked {
        Some(layer) => (Decision::ImplicitDeny, Some(layer)),
        None => (Decision::Allowed, None),
    }
}

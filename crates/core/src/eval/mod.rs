//! The evaluator: AWS request evaluation across policy layers, with an explanation trace.
//!
//! How the layers combine is in [`layers`]; a layer that is not modelled is outside the question.

mod condition;
mod context;
mod layers;
mod lines;
mod matching;
mod policy;
mod request;
mod request_fields;
mod request_line;
mod request_scan;
mod statement;
mod testfile;
mod trace;
mod variables;

pub use condition::{arn_like, CompiledCondition};
pub use context::{ContextScalar, ContextValue};
pub use layers::{Level, ResourcePolicy};
pub use lines::{
    is_blank, parse_prepared_line, parse_request_line, read_line, LineError, RequestError, RequestLines,
    MAX_LINE_BYTES,
};
pub use matching::{ActionPattern, PrincipalPattern, ResourcePattern};
pub use policy::{CompiledPolicy, Grant};
pub use request::{Caller, PreparedRequest, Request};
pub use request_line::LineParser;
pub use testfile::{
    LevelSource, Policies, PolicySource, ReadPolicy, TestCase, TestFile, TestFileError, TestReport,
    TestResult,
};
pub use trace::{ConditionTrace, ElementTrace, Outcome, PolicyTrace, StatementTrace};
pub use variables::{Resolution, Template};

use crate::diagnostic::DiagnosticReport;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// A policy layer on the request path.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub enum Decision {
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

/// The policies on a request path, compiled. Empty lists and `None` mean "not modelled": outside the question.
#[derive(Debug, Clone, Default)]
#[allow(missing_docs)] // the members' names say what they are
pub struct PolicySet {
    /// The endpoint policy.
    pub endpoint: Option<CompiledPolicy>,
    /// SCPs by organization level (root, OUs, account): every level must have an Allow.
    pub scp: Vec<Level>,
    /// RCPs by level: only an explicit Deny counts.
    pub rcp: Vec<Level>,
    pub permissions_boundary: Option<CompiledPolicy>,
    /// Session policy.
    pub session: Option<CompiledPolicy>,
    /// The principal's identity policies: `Some(vec![])` says it has none that allow anything.
    pub identity: Option<Vec<CompiledPolicy>>,
    /// The resource's resource-based policy.
    pub resource: ResourcePolicy,
}

/// A validator error in one of the policies.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct LayerError {
    pub layer: Layer,
    /// Index within the layer.
    pub index: usize,
    /// The finding.
    pub diagnostic: DiagnosticReport,
    /// Its message's id and arguments (the JSON has the English `diagnostic.message`).
    #[serde(skip)]
    pub words: crate::i18n::Message,
}

/// The result of evaluating one request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct EvalResult {
    pub decision: Decision,
    /// The layer that denied the request (none when allowed).
    pub blocked_by: Option<Layer>,
    /// The SCP or RCP level that decided, when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked_level: Option<String>,
    /// The rule that decided, in words: a message, rendered in a face's language when shown (JSON: English), so
    /// that evaluating renders nothing.
    #[serde(serialize_with = "crate::i18n::json_text")]
    pub reason: Message,
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
    /// Every policy with its layer, its index within the layer and its level name (SCPs and RCPs).
    fn policies(&self) -> Vec<(Layer, usize, Option<&str>, &CompiledPolicy)> {
        let mut out: Vec<(Layer, usize, Option<&str>, &CompiledPolicy)> = Vec::new();
        out.extend(self.endpoint.iter().map(|p| (Layer::Endpoint, 0, None, p)));
        for (layer, levels) in [(Layer::Scp, &self.scp), (Layer::Rcp, &self.rcp)] {
            let mut index = 0;
            for level in levels {
                for p in &level.policies {
                    out.push((layer, index, Some(level.name.as_str()), p));
                    index += 1;
                }
            }
        }
        out.extend(
            self.permissions_boundary
                .iter()
                .map(|p| (Layer::PermissionsBoundary, 0, None, p)),
        );
        out.extend(self.session.iter().map(|p| (Layer::Session, 0, None, p)));
        for (i, p) in self.identity.iter().flatten().enumerate() {
            out.push((Layer::Identity, i, None, p));
        }
        out.extend(self.resource.policy().map(|p| (Layer::Resource, 0, None, p)));
        out
    }

    /// True when every supplied policy validated without errors.
    pub fn valid(&self) -> bool {
        self.policies().iter().all(|(_, _, _, p)| p.valid)
    }

    /// Evaluates a request. With `explain`, the result carries the full trace.
    pub fn evaluate(&self, request: &Request, explain: bool) -> EvalResult {
        self.evaluate_prepared(&request.prepare(), explain)
    }

    /// Evaluates an already prepared request.
    pub fn evaluate_prepared(&self, req: &PreparedRequest, explain: bool) -> EvalResult {
        let mut traces: Vec<PolicyTrace> = Vec::new();
        let mut errors = Vec::new();
        let mut run = |layer: Layer, index: usize, level: Option<&str>, p: &CompiledPolicy| -> Outcome {
            errors.extend(p.errors.iter().zip(&p.error_words).map(|(d, words)| LayerError {
                layer,
                index,
                diagnostic: d.clone(),
                words: words.clone(),
            }));
            if !explain {
                return p.evaluate(req, None);
            }
            let mut statements = Vec::new();
            let outcome = p.evaluate(req, Some(&mut statements));
            traces.push(PolicyTrace {
                layer,
                index,
                level: level.map(str::to_string),
                outcome,
                statements,
            });
            outcome
        };
        let mut o = layers::Outcomes {
            endpoint: self.endpoint.as_ref().map(|p| run(Layer::Endpoint, 0, None, p)),
            ..layers::Outcomes::default()
        };
        let scp_exempt = layers::scp_exemption(req);
        // Looked up in the IAM data only when there are RCPs to apply.
        let rcp_applies = !self.rcp.is_empty() && layers::rcp_applies(req);
        for (layer, levels, applies) in [
            (Layer::Scp, &self.scp, scp_exempt.is_none()),
            (Layer::Rcp, &self.rcp, rcp_applies),
        ] {
            let mut index = 0;
            let mut outs = Vec::new();
            for level in levels {
                let mut level_outcomes = Vec::new();
                for p in &level.policies {
                    level_outcomes.push(run(layer, index, Some(&level.name), p));
                    index += 1;
                }
                outs.push((level.name.clone(), level_outcomes));
            }
            if applies {
                match layer {
                    Layer::Scp => o.scp = outs,
                    _ => o.rcp = outs,
                }
            }
        }
        o.scp_exempt = (!self.scp.is_empty()).then_some(scp_exempt).flatten();
        o.rcp_exempt = !self.rcp.is_empty() && !rcp_applies;
        o.boundary = self
            .permissions_boundary
            .as_ref()
            .map(|p| run(Layer::PermissionsBoundary, 0, None, p));
        o.session = self.session.as_ref().map(|p| run(Layer::Session, 0, None, p));
        o.identity = self.identity.as_ref().map(|ps| {
            ps.iter()
                .enumerate()
                .map(|(i, p)| run(Layer::Identity, i, None, p))
                .collect()
        });
        o.not_principal_deny_with_boundary = o.boundary.is_some()
            && !matches!(req.caller, Caller::Anonymous | Caller::Service)
            && self
                .resource
                .policy()
                .is_some_and(|p| p.not_principal_deny_matches(req));
        o.resource = match &self.resource {
            ResourcePolicy::NotModelled => layers::ResourceSide::NotModelled,
            ResourcePolicy::Absent => layers::ResourceSide::NoPolicy,
            ResourcePolicy::Present(p) => {
                let outcome = run(Layer::Resource, 0, None, p);
                layers::ResourceSide::Policy(outcome, p.grant(req))
            }
        };
        let v = layers::decide(&o, req);
        let mut words = v.reason;
        if let Some(why) = o.scp_exempt {
            words = Message::new("eval-with-note")
                .words("reason", words)
                .words("note", Message::new(why));
        }
        if o.rcp_exempt {
            words = Message::new("eval-with-note")
                .words("reason", words)
                .words("note", Message::new("eval-rcp-exempt"));
        }
        EvalResult {
            decision: v.decision,
            blocked_by: v.blocked_by,
            blocked_level: v.level,
            reason: words,
            valid: errors.is_empty(),
            errors,
            trace: explain.then_some(traces),
        }
    }
}

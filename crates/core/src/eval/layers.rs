//! How AWS combines the policy layers on a request path into one decision, and which rule decided.
//!
//! Order (IAM "Policy evaluation logic", Organizations "SCP evaluation" and "RCP evaluation"):
//! 1. `sts:GetCallerIdentity` needs no permission: allowed, whatever any policy says.
//! 2. An explicit Deny in any layer that applies wins.
//! 3. The endpoint policy must allow.
//! 4. SCPs (when they limit the caller) must allow at every level. RCPs never deny implicitly:
//!    `RCPFullAWSAccess` is attached at every level and cannot be detached.
//! 5. Identity side and resource side, by account: in the same account either may grant (with the nuances of
//!    [`Grant`]); across accounts each must allow.
//!
//! A layer that is not modelled is outside the question and blocks nothing.

use super::policy::Grant;
use super::request::{Caller, PreparedRequest};
use super::trace::Outcome;
use super::{CompiledPolicy, Decision, Layer};
use crate::data::evaluation;
use crate::i18n::Message;

/// One level of an organization (root, an OU, the account) with the policies attached there.
#[derive(Debug, Clone, Default)]
pub struct Level {
    /// The level's name, e.g. `root`, `ou-prod`.
    pub name: String,
    /// The policies attached at this level.
    pub policies: Vec<CompiledPolicy>,
}

/// The resource-based policy of the requested resource.
#[derive(Debug, Clone, Default)]
pub enum ResourcePolicy {
    /// Outside the question.
    #[default]
    NotModelled,
    /// The resource has no resource-based policy.
    Absent,
    /// The resource's policy.
    Present(CompiledPolicy),
}

impl ResourcePolicy {
    /// The policy, when there is one.
    pub fn policy(&self) -> Option<&CompiledPolicy> {
        match self {
            ResourcePolicy::Present(p) => Some(p),
            _ => None,
        }
    }
}

/// What the resource-based policy layer said about one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum ResourceSide {
    /// Outside the question.
    #[default]
    NotModelled,
    /// The resource has no resource-based policy.
    NoPolicy,
    /// Its policy's outcome, and whom it grants the request to.
    Policy(Outcome, Option<Grant>),
}

/// What each layer said about one request (`None`: not modelled or not applicable).
#[derive(Debug, Default)]
pub(super) struct Outcomes {
    pub endpoint: Option<Outcome>,
    /// Per SCP level: its name and its policies' outcomes; empty when SCPs do not apply.
    pub scp: Vec<(String, Vec<Outcome>)>,
    pub rcp: Vec<(String, Vec<Outcome>)>,
    pub boundary: Option<Outcome>,
    pub session: Option<Outcome>,
    pub identity: Option<Vec<Outcome>>,
    pub resource: ResourceSide,
    /// SCPs were given but do not limit this caller, and why.
    pub scp_exempt: Option<&'static str>,
    /// RCPs were given but do not apply to this service.
    pub rcp_exempt: bool,
    /// The caller has a permissions boundary and the resource policy has a `Deny` with `NotPrincipal` that
    /// matches the request's action, resource and conditions.
    pub not_principal_deny_with_boundary: bool,
}

/// The decision, the blocking layer and level, and the rule that decided, in words.
pub(super) struct Verdict {
    pub decision: Decision,
    pub blocked_by: Option<Layer>,
    pub level: Option<String>,
    pub reason: Message,
}

fn verdict(decision: Decision, blocked_by: Option<Layer>, reason: Message) -> Verdict {
    Verdict {
        decision,
        blocked_by,
        level: None,
        reason,
    }
}

/// Whether SCPs limit this caller, or why not (a message id).
pub(super) fn scp_exemption(req: &PreparedRequest) -> Option<&'static str> {
    if req.service_linked_role {
        Some("eval-scp-exempt-service-linked")
    } else if req.management_account {
        Some("eval-scp-exempt-management")
    } else {
        match req.caller {
            Caller::Anonymous => Some("eval-scp-exempt-anonymous"),
            Caller::Service => Some("eval-scp-exempt-service"),
            _ => None,
        }
    }
}

/// True when RCPs apply: to the services that support them, for every caller but service-linked roles.
pub(super) fn rcp_applies(req: &PreparedRequest) -> bool {
    !req.service_linked_role && evaluation::rcp_applies_to(&req.action)
}

pub(super) fn decide(o: &Outcomes, req: &PreparedRequest) -> Verdict {
    if evaluation::ALWAYS_ALLOWED
        .iter()
        .any(|a| a.eq_ignore_ascii_case(&req.action))
    {
        return verdict(
            Decision::Allowed,
            None,
            Message::new("eval-always-allowed").arg("action", &req.action_raw),
        );
    }
    if let Some(v) = explicit_deny(o) {
        return v;
    }
    let nothing_modelled = o.endpoint.is_none()
        && o.scp.is_empty()
        && o.rcp.is_empty()
        && o.boundary.is_none()
        && o.session.is_none()
        && o.identity.is_none()
        && o.resource == ResourceSide::NotModelled;
    if nothing_modelled {
        return verdict(
            Decision::ImplicitDeny,
            None,
            Message::new("eval-no-policy-on-path"),
        );
    }
    if o.endpoint.is_some_and(|e| e != Outcome::Allow) {
        return verdict(
            Decision::ImplicitDeny,
            Some(Layer::Endpoint),
            Message::new("eval-endpoint-not-allow"),
        );
    }
    for (name, outcomes) in &o.scp {
        if !outcomes.contains(&Outcome::Allow) {
            return Verdict {
                level: Some(name.clone()),
                ..verdict(
                    Decision::ImplicitDeny,
                    Some(Layer::Scp),
                    Message::new("eval-no-scp-at-level").arg("level", name),
                )
            };
        }
    }
    principal_side(o, req)
}

fn explicit_deny(o: &Outcomes) -> Option<Verdict> {
    let denies = |x: &Option<Outcome>| *x == Some(Outcome::Deny);
    let deny = |layer: Layer, reason: &'static str| {
        Some(verdict(Decision::ExplicitDeny, Some(layer), Message::new(reason)))
    };
    if denies(&o.endpoint) {
        return deny(Layer::Endpoint, "eval-endpoint-denies");
    }
    for (layer, levels) in [(Layer::Scp, &o.scp), (Layer::Rcp, &o.rcp)] {
        if let Some((name, _)) = levels.iter().find(|(_, outs)| outs.contains(&Outcome::Deny)) {
            return Some(Verdict {
                level: Some(name.clone()),
                ..verdict(
                    Decision::ExplicitDeny,
                    Some(layer),
                    Message::new(if layer == Layer::Scp {
                        "eval-scp-denies"
                    } else {
                        "eval-rcp-denies"
                    })
                    .arg("level", name),
                )
            });
        }
    }
    if denies(&o.boundary) {
        return deny(Layer::PermissionsBoundary, "eval-boundary-denies");
    }
    if denies(&o.session) {
        return deny(Layer::Session, "eval-session-denies");
    }
    if o.identity.as_ref().is_some_and(|v| v.contains(&Outcome::Deny)) {
        return deny(Layer::Identity, "eval-identity-denies");
    }
    if matches!(o.resource, ResourceSide::Policy(Outcome::Deny, _)) {
        return deny(Layer::Resource, "eval-resource-denies");
    }
    if o.not_principal_deny_with_boundary {
        return deny(Layer::Resource, "eval-not-principal-deny-with-boundary");
    }
    None
}

/// The identity side and the resource side.
fn principal_side(o: &Outcomes, req: &PreparedRequest) -> Verdict {
    let allowed = |reason: Message| verdict(Decision::Allowed, None, reason);
    let blocked = |layer: Layer, reason: Message| verdict(Decision::ImplicitDeny, Some(layer), reason);
    // Anonymous callers and service principals have no identity: when the resource layer is in the question, only
    // a resource-based policy that names them (everyone, or the service) can grant the request.
    let without_identity =
        caller_without_identity(req.caller).filter(|_| o.resource != ResourceSide::NotModelled);
    if let Some((who, whom)) = without_identity {
        return match o.resource {
            ResourceSide::Policy(Outcome::Allow, _) => allowed(
                Message::new("eval-no-identity-granted")
                    .words("who", who)
                    .words("whom", whom),
            ),
            ResourceSide::Policy(..) => blocked(
                Layer::Resource,
                Message::new("eval-no-identity-not-granted")
                    .words("who", who)
                    .words("whom", whom),
            ),
            ResourceSide::NoPolicy | ResourceSide::NotModelled => blocked(
                Layer::Resource,
                Message::new("eval-no-identity-no-policy")
                    .words("who", who)
                    .words("whom", whom),
            ),
        };
    }
    // The identity side: identity policies, then the boundary and the session policy that limit them.
    let has_identity = !matches!(req.caller, Caller::Anonymous | Caller::Service);
    // Anonymous callers and service principals have no identity policies: the layer does not apply to them.
    let identity_allows = o
        .identity
        .as_ref()
        .filter(|_| has_identity)
        .map(|v| v.contains(&Outcome::Allow));
    let limits = || -> Option<(Layer, &'static str)> {
        if !has_identity {
            return None;
        }
        if o.boundary.is_some_and(|b| b != Outcome::Allow) {
            return Some((Layer::PermissionsBoundary, "eval-boundary-not-allow"));
        }
        if o.session.is_some_and(|s| s != Outcome::Allow) {
            return Some((Layer::Session, "eval-session-not-allow"));
        }
        None
    };
    let identity_side = || -> Result<&'static str, (Layer, &'static str)> {
        match identity_allows {
            Some(false) => Err((Layer::Identity, "eval-identity-not-allow")),
            _ => match limits() {
                Some(block) => Err(block),
                None if identity_allows == Some(true) => Ok("eval-identity-allows"),
                None => Ok("eval-every-layer-allows"),
            },
        }
    };
    // None: not modelled; Some(None): no policy, or one that does not allow; Some(Some(g)): allowed, granted to g.
    let grant = match o.resource {
        ResourceSide::NotModelled => None,
        ResourceSide::NoPolicy => Some(None),
        ResourceSide::Policy(out, g) => Some((out == Outcome::Allow).then_some(g).flatten()),
    };
    // Looked up only when the resource policy is modelled and does not allow it.
    let required = || evaluation::required_resource_policy(&req.action, &req.resource);
    let same_account = match (&req.resource_account, &req.principal_account) {
        (Some(r), Some(p)) => r == p,
        _ => true,
    };
    if !same_account {
        return match (identity_side(), grant) {
            (Err((layer, why)), _) => blocked(
                layer,
                Message::new("eval-cross-account-blocked").words("why", Message::new(why)),
            ),
            (Ok(_), Some(None)) => blocked(
                Layer::Resource,
                Message::new("eval-cross-account-resource-not-allow"),
            ),
            (Ok(why), _) => {
                allowed(Message::new("eval-cross-account-allowed").words("why", Message::new(why)))
            }
        };
    }
    match (grant, if grant == Some(None) { required() } else { None }) {
        // Not modelled: the identity side decides.
        (None, _) => match identity_side() {
            Ok(why) => allowed(Message::new(why)),
            Err((layer, why)) => blocked(layer, Message::new(why)),
        },
        (Some(None), Some(what)) => blocked(
            Layer::Resource,
            Message::new("eval-required-resource-policy").arg("what", what),
        ),
        (Some(Some(Grant::Direct)), _) => allowed(Message::new("eval-same-account-direct")),
        (Some(Some(Grant::Everyone)), _) => allowed(Message::new("eval-same-account-everyone")),
        (Some(Some(Grant::Role)), _) => match limits() {
            Some((layer, why)) => blocked(
                layer,
                Message::new("eval-same-account-role-limited").words("why", Message::new(why)),
            ),
            None => allowed(Message::new("eval-same-account-role")),
        },
        (Some(Some(Grant::Account)), _) => match identity_side() {
            Ok(why) => allowed(Message::new("eval-same-account-delegates").words("why", Message::new(why))),
            Err((layer, why)) => blocked(
                layer,
                Message::new("eval-same-account-delegates-blocked").words("why", Message::new(why)),
            ),
        },
        (Some(None), None) => match identity_side() {
            Ok(why) => {
                // Say why a service whose resource policy is usually required did not need it here.
                match evaluation::resource_policy_rule(&req.action, &req.resource) {
                    Some((rule, _)) => allowed(
                        Message::new("eval-same-account-exempt")
                            .words("why", Message::new(why))
                            .arg("action", &req.action_raw)
                            .arg("type", rule.resource_type)
                            .arg("what", rule.what),
                    ),
                    None => allowed(Message::new("eval-same-account").words("why", Message::new(why))),
                }
            }
            Err((layer, why)) => blocked(
                layer,
                Message::new("eval-same-account-blocked").words("why", Message::new(why)),
            ),
        },
    }
}

/// How a caller that has no identity-based policies is named in a reason, and whom a resource-based policy must
/// grant to for it; `None` for every other caller.
fn caller_without_identity(caller: Caller) -> Option<(Message, Message)> {
    match caller {
        Caller::Anonymous => Some((
            Message::new("eval-who-anonymous"),
            Message::new("eval-whom-everyone"),
        )),
        Caller::Service => Some((
            Message::new("eval-who-service"),
            Message::new("eval-whom-service"),
        )),
        _ => None,
    }
}

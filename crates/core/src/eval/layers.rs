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
use std::borrow::Cow;

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
    pub reason: Cow<'static, str>,
}

fn verdict(decision: Decision, blocked_by: Option<Layer>, reason: impl Into<Cow<'static, str>>) -> Verdict {
    Verdict {
        decision,
        blocked_by,
        level: None,
        reason: reason.into(),
    }
}

/// Whether SCPs limit this caller, or why not.
pub(super) fn scp_exemption(req: &PreparedRequest) -> Option<&'static str> {
    if req.service_linked_role {
        Some("SCPs do not limit service-linked roles")
    } else if req.management_account {
        Some("SCPs do not limit principals of the management account")
    } else {
        match req.caller {
            Caller::Anonymous => Some("SCPs do not limit anonymous callers"),
            Caller::Service => Some("SCPs do not limit AWS service principals"),
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
            format!(
                "{} needs no permission: no policy, not even an explicit deny, stops it",
                req.action_raw
            ),
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
            "no policy is on the request path, so nothing allows it",
        );
    }
    if o.endpoint.is_some_and(|e| e != Outcome::Allow) {
        return verdict(
            Decision::ImplicitDeny,
            Some(Layer::Endpoint),
            "the VPC endpoint policy does not allow it",
        );
    }
    for (name, outcomes) in &o.scp {
        if !outcomes.contains(&Outcome::Allow) {
            return Verdict {
                level: Some(name.clone()),
                ..verdict(
                    Decision::ImplicitDeny,
                    Some(Layer::Scp),
                    format!("no SCP attached at the level {name} allows it: every level must"),
                )
            };
        }
    }
    principal_side(o, req)
}

fn explicit_deny(o: &Outcomes) -> Option<Verdict> {
    let denies = |x: &Option<Outcome>| *x == Some(Outcome::Deny);
    let deny =
        |layer: Layer, reason: &'static str| Some(verdict(Decision::ExplicitDeny, Some(layer), reason));
    if denies(&o.endpoint) {
        return deny(Layer::Endpoint, "the VPC endpoint policy explicitly denies it");
    }
    for (layer, levels) in [(Layer::Scp, &o.scp), (Layer::Rcp, &o.rcp)] {
        if let Some((name, _)) = levels.iter().find(|(_, outs)| outs.contains(&Outcome::Deny)) {
            return Some(Verdict {
                level: Some(name.clone()),
                ..verdict(
                    Decision::ExplicitDeny,
                    Some(layer),
                    format!(
                        "an {} attached at the level {name} explicitly denies it",
                        if layer == Layer::Scp { "SCP" } else { "RCP" }
                    ),
                )
            });
        }
    }
    if denies(&o.boundary) {
        return deny(
            Layer::PermissionsBoundary,
            "the permissions boundary explicitly denies it",
        );
    }
    if denies(&o.session) {
        return deny(Layer::Session, "the session policy explicitly denies it");
    }
    if o.identity.as_ref().is_some_and(|v| v.contains(&Outcome::Deny)) {
        return deny(Layer::Identity, "an identity-based policy explicitly denies it");
    }
    if matches!(o.resource, ResourceSide::Policy(Outcome::Deny, _)) {
        return deny(Layer::Resource, "the resource-based policy explicitly denies it");
    }
    if o.not_principal_deny_with_boundary {
        return deny(
            Layer::Resource,
            "the resource-based policy has a Deny with NotPrincipal for this request, and the caller has a permissions boundary: AWS then always denies, whatever NotPrincipal lists",
        );
    }
    None
}

/// The identity side and the resource side.
fn principal_side(o: &Outcomes, req: &PreparedRequest) -> Verdict {
    let allowed = |reason: Cow<'static, str>| verdict(Decision::Allowed, None, reason);
    let blocked =
        |layer: Layer, reason: Cow<'static, str>| verdict(Decision::ImplicitDeny, Some(layer), reason);
    // Anonymous callers and service principals have no identity: when the resource layer is in the question, only
    // a resource-based policy that names them (everyone, or the service) can grant the request.
    let without_identity =
        caller_without_identity(req.caller).filter(|_| o.resource != ResourceSide::NotModelled);
    if let Some((who, whom)) = without_identity {
        return match o.resource {
            ResourceSide::Policy(Outcome::Allow, _) => {
                allowed(format!("{who}: the resource-based policy grants it to {whom}").into())
            }
            ResourceSide::Policy(..) => blocked(
                Layer::Resource,
                format!("{who}: the resource-based policy does not grant it to {whom}, and nothing else can").into(),
            ),
            ResourceSide::NoPolicy | ResourceSide::NotModelled => blocked(
                Layer::Resource,
                format!("{who}: no resource-based policy grants it to {whom} (the resource has none), and nothing else can").into(),
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
            return Some((
                Layer::PermissionsBoundary,
                "the permissions boundary does not allow it",
            ));
        }
        if o.session.is_some_and(|s| s != Outcome::Allow) {
            return Some((Layer::Session, "the session policy does not allow it"));
        }
        None
    };
    let identity_side = || -> Result<&'static str, (Layer, &'static str)> {
        match identity_allows {
            Some(false) => Err((Layer::Identity, "no identity-based policy allows it")),
            _ => match limits() {
                Some(block) => Err(block),
                None if identity_allows == Some(true) => Ok("an identity-based policy allows it"),
                None => Ok("every modelled layer allows it (identity-based policies are not modelled)"),
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
            (Err((layer, why)), _) => blocked(layer, format!("cross account: {why}; both sides must allow").into()),
            (Ok(_), Some(None)) => blocked(
                Layer::Resource,
                "cross account: the resource-based policy does not allow it (or there is none); both sides must allow".into(),
            ),
            (Ok(why), _) => allowed(format!("cross account: {why}, and the resource side allows it").into()),
        };
    }
    match (grant, if grant == Some(None) { required() } else { None }) {
        // Not modelled: the identity side decides.
        (None, _) => match identity_side() {
            Ok(why) => allowed(why.into()),
            Err((layer, why)) => blocked(layer, why.into()),
        },
        (Some(None), Some(what)) => blocked(
            Layer::Resource,
            format!("the {what} does not allow it: this action needs it even in the same account").into(),
        ),
        (Some(Some(Grant::Direct)), _) => allowed(
            "same account: the resource-based policy names the caller itself, so neither the identity policies nor the boundary or session policy limit it"
                .into(),
        ),
        (Some(Some(Grant::Everyone)), _) => allowed(
            "same account: the resource-based policy grants to everyone (\"*\"), which neither the identity policies nor the boundary or session policy limit"
                .into(),
        ),
        (Some(Some(Grant::Role)), _) => match limits() {
            Some((layer, why)) => blocked(
                layer,
                format!("same account: the resource-based policy allows the role, but {why}, and that still limits a grant to the role ARN").into(),
            ),
            None => allowed("same account: the resource-based policy allows the role, which is enough".into()),
        },
        (Some(Some(Grant::Account)), _) => match identity_side() {
            Ok(why) => allowed(format!("same account: the resource-based policy delegates to the account, and {why}").into()),
            Err((layer, why)) => blocked(
                layer,
                format!("same account: the resource-based policy only delegates to the account's identity policies, and {why}").into(),
            ),
        },
        (Some(None), None) => match identity_side() {
            Ok(why) => {
                // Say why a service whose resource policy is usually required did not need it here.
                let exempt = evaluation::resource_policy_rule(&req.action, &req.resource)
                    .map(|(rule, _)| {
                        format!(
                            "; {} does not act on a {} here, so no {} applies",
                            req.action_raw, rule.resource_type, rule.what
                        )
                    })
                    .unwrap_or_default();
                allowed(format!("same account: {why}{exempt}").into())
            }
            Err((layer, why)) => blocked(layer, format!("same account: {why}, and no resource-based policy allows it").into()),
        },
    }
}

/// How a caller that has no identity-based policies is named in a reason, and whom a resource-based policy must
/// grant to for it; `None` for every other caller.
fn caller_without_identity(caller: Caller) -> Option<(&'static str, &'static str)> {
    match caller {
        Caller::Anonymous => Some(("anonymous", "everyone")),
        Caller::Service => Some(("a service principal", "the service")),
        _ => None,
    }
}

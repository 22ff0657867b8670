//! The documentation of the codes whose check lives outside the core (the template reader's), one entry each. The
//! others sit beside their checks. Every rule's failing and fixed examples are fixture files,
//! `examples/<code>.bad.json` and `examples/<code>.good.json` (lower-case code).

use super::{Code, RuleDoc};
use crate::kind::PolicyKind;

/// The rules checked outside the core.
pub(super) const RULES: &[RuleDoc] = &[RuleDoc {
    code: Code::EndpointWithoutPolicy,
    bad: include_str!("examples/endpoint_without_policy.bad.json"),
    good: include_str!("examples/endpoint_without_policy.good.json"),
    kind: PolicyKind::Endpoint,
    region: "",
    url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
}];

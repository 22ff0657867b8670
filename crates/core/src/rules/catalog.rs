//! The documentation of the codes whose check lives outside the core (the template reader's), one entry each. The
//! others sit beside their checks. Every rule's failing and fixed examples are fixture files,
//! `examples/<code>.bad.json` and `examples/<code>.good.json` (lower-case code).

use super::{Code, RuleDoc};
use crate::kind::PolicyKind;

/// The rules checked outside the core.
pub(super) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::EndpointWithoutPolicy,
        severity: Code::EndpointWithoutPolicy.severity(),
        title: "A VPC endpoint with no policy (templates)",
        checks: "In a CloudFormation template or a Terraform file, flags an AWS::EC2::VPCEndpoint or aws_vpc_endpoint with no policy (and, in Terraform, no aws_vpc_endpoint_policy for it) whose service takes endpoint policies. The services that take none are data from AWS's pages (crates/core/src/data/no_endpoint_policy.tsv), so they are never flagged. `validate --strict` makes it an error. The examples are template snippets.",
        why: "An endpoint without a policy gets AWS's default policy, which allows every action on every resource to every principal: anyone in the VPC reaches any account's resources of that service through it, the data-exfiltration path endpoint policies exist to close.",
        bad: include_str!("examples/endpoint_without_policy.bad.json"),
        good: include_str!("examples/endpoint_without_policy.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
];

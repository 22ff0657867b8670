//! The scenario suite: requests that must get through each endpoint, and requests that must not.

use super::config::GeneratorConfig;
use super::export::EndpointKind;
use super::kit::kit;
use super::kit_scenarios::kit_scenarios;
pub use super::scenario::Scenario;
use super::scenario::{ctx, scenario, Cast};
use crate::data::endpoints::EndpointId;
use crate::data::regions;
use crate::eval::{CompiledPolicy, Decision, PolicySet, Request};
use crate::lint::PolicyKind;
use serde::Serialize;

/// One scenario's outcome.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct ScenarioResult {
    pub name: String,
    pub endpoint: EndpointId,
    pub decision: Decision,
    /// The expected decision.
    pub expect: Decision,
    /// Whether they agree.
    pub pass: bool,
    /// Why the scenario expects what it does.
    pub why: String,
    /// The endpoint the request needs but the kit does not have (it was turned off): no route, so the request
    /// never reaches AWS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_endpoint: Option<EndpointId>,
    /// The request, so that a face can replay it with its trace.
    #[serde(skip)]
    pub request: Request,
}

impl ScenarioResult {
    /// The decision in words, saying so when no endpoint carried the request.
    pub fn outcome(&self) -> String {
        match self.missing_endpoint {
            Some(id) => format!("no route: the {} endpoint is missing", id.as_str()),
            None => self.decision.as_str().to_string(),
        }
    }
}

/// All outcomes.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioReport {
    /// The endpoint policies AWS would refuse (they have error findings): the endpoint then keeps its previous
    /// policy, and `results` are only what the policy as written would decide.
    pub rejected: Vec<Rejection>,
    /// Per scenario.
    pub results: Vec<ScenarioResult>,
    /// Count passed.
    pub passed: usize,
    /// Count failed.
    pub failed: usize,
}

/// An endpoint policy with error findings, which AWS refuses.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rejection {
    /// Which endpoint.
    pub endpoint: EndpointKind,
    /// How many error findings.
    pub errors: usize,
    /// The first error: `line:column CODE message`.
    pub first: String,
}

impl ScenarioReport {
    /// A one-line warning when a policy is rejected: say it first, before any result.
    pub fn rejection_notice(&self) -> Option<String> {
        let names: Vec<String> = self
            .rejected
            .iter()
            .map(|r| {
                format!(
                    "the {} endpoint policy ({} error{}, first {})",
                    r.endpoint.as_str(),
                    r.errors,
                    if r.errors == 1 { "" } else { "s" },
                    r.first
                )
            })
            .collect();
        (!names.is_empty()).then(|| {
            format!(
                "AWS rejects {}: the endpoint keeps its previous policy. The results below are for the policy as written, not for what AWS would run.",
                names.join(" and ")
            )
        })
    }
}

/// The scenarios for a configuration.
pub fn scenarios(config: &GeneratorConfig) -> Vec<Scenario> {
    let p = config.partition().name;
    let region = config.region.as_str();
    let env = config.environment.as_str();
    let cast = Cast::new(config);
    let (account, org) = (cast.account.as_str(), cast.org.as_str());
    let member = cast.member.clone();
    let own_image = format!("arn:{p}:imagebuilder:{region}:{account}:image/app/1.0.0/1");
    let member_ctx = cast.member_ctx();
    let s = |name: &str,
             endpoint,
             principal: Option<&str>,
             action: &str,
             resource: String,
             context,
             expect,
             why: &str| {
        scenario(
            (name, endpoint),
            principal,
            (action, resource),
            context,
            (expect, why),
        )
    };
    use Decision::*;
    use EndpointId::{Imagebuilder as Ib, S3};
    let toe =
        |r: &str, e: &str| format!("arn:{p}:s3:::ec2imagebuilder-toe-{r}-{e}/TOE/1.0.0/linux/amd64/awstoe");
    let mut out = vec![
        s("AWSTOE download", S3, None, "s3:GetObject", toe(region, env), ctx(&[]), Allowed, "Image Builder downloads the AWSTOE component manager anonymously from the AWS-owned toe bucket"),
        s("Managed component download", S3, None, "s3:GetObject",
          format!("arn:{p}:s3:::ec2imagebuilder-managed-resources-{region}-{env}/components/amazon-cloudwatch-agent-linux/1.0.1/1/component.yaml"),
          ctx(&[]), Allowed, "Managed components come from the AWS-owned managed-resources bucket, anonymously"),
    ];
    if config.ssm {
        out.push(s(
            "SSM agent download",
            S3,
            None,
            "s3:GetObject",
            format!("arn:{p}:s3:::amazon-ssm-{region}/latest/linux_amd64/amazon-ssm-agent.rpm"),
            ctx(&[]),
            Allowed,
            "Linux images whose recipe has no user data install the SSM agent from amazon-ssm-REGION",
        ));
    }
    let managed_ok = config.managed_resources || !config.restricts_to_org();
    out.push(s(
        "GetComponent on a managed component",
        Ib,
        Some(&member),
        "imagebuilder:GetComponent",
        format!("arn:{p}:imagebuilder:{region}:aws:component/amazon-cloudwatch-agent-linux/1.0.1/1"),
        ctx(&[("aws:PrincipalOrgID", org)]),
        if managed_ok { Allowed } else { ImplicitDeny },
        if managed_ok {
            "Recipes that use AWS-managed components read them through the Image Builder endpoint"
        } else {
            "Org-restricted without managed components: AWS-managed components are not in your organization"
        },
    ));
    out.push(s(
        "CreateImage from the organization",
        Ib,
        Some(&member),
        "imagebuilder:CreateImage",
        own_image.clone(),
        member_ctx.clone(),
        Allowed,
        "Your own pipelines must still build images",
    ));
    out.push(s(
        "GetImage from the organization",
        Ib,
        Some(&member),
        "imagebuilder:GetImage",
        own_image.clone(),
        member_ctx.clone(),
        Allowed,
        "Your own principals read your own images",
    ));
    let (del_expect, del_why) = if config.deny_deletes {
        (
            ExplicitDeny,
            "Deny deletes is on: deletions through the endpoint are explicitly denied",
        )
    } else {
        (
            Allowed,
            "Deny deletes is off: deletions are allowed like every other action",
        )
    };
    out.push(s(
        "DeleteImage",
        Ib,
        Some(&member),
        "imagebuilder:DeleteImage",
        own_image.clone(),
        member_ctx.clone(),
        del_expect,
        del_why,
    ));
    out.push(s(
        "DeleteComponent",
        Ib,
        Some(&member),
        "imagebuilder:DeleteComponent",
        format!("arn:{p}:imagebuilder:{region}:{account}:component/app/1.0.0/1"),
        member_ctx.clone(),
        del_expect,
        del_why,
    ));
    if config.restricts_to_org() || !config.account_ids.is_empty() {
        let outsider = cast.outsider.clone();
        let outsider_ctx = cast.outsider_ctx();
        out.push(s(
            "Call from outside the organization",
            Ib,
            Some(&outsider),
            "imagebuilder:GetImage",
            own_image,
            outsider_ctx.clone(),
            ImplicitDeny,
            "Principals outside your organization or accounts are locked out",
        ));
        out.push(s(
            "S3 access from outside the organization",
            S3,
            Some(&outsider),
            "s3:PutObject",
            format!("arn:{p}:s3:::my-artifacts/builds/app.tar"),
            outsider_ctx,
            ImplicitDeny,
            "Outsiders cannot use your S3 endpoint for your buckets",
        ));
    }
    out.push(s(
        "Anonymous PutObject to the AWS bucket",
        S3,
        None,
        "s3:PutObject",
        toe(region, env),
        ctx(&[]),
        ImplicitDeny,
        "The AWS-owned buckets are read-only: only s3:GetObject is allowed",
    ));
    out.push(s(
        "Member PutObject to the AWS bucket",
        S3,
        Some(&member),
        "s3:PutObject",
        toe(region, env),
        ctx(&[("aws:PrincipalOrgID", org)]),
        ImplicitDeny,
        "Even your own principals cannot write to AWS-owned buckets",
    ));
    let other_region = regions::all_regions()
        .find(|r| *r != region)
        .unwrap_or("us-west-2");
    out.push(s(
        "Another region's toe bucket",
        S3,
        None,
        "s3:GetObject",
        toe(other_region, env),
        ctx(&[]),
        ImplicitDeny,
        "Only this region's Image Builder buckets are reachable",
    ));
    let other_env = if env == "prod" { "beta" } else { "prod" };
    out.push(s(
        "Another environment's toe bucket",
        S3,
        None,
        "s3:GetObject",
        toe(region, other_env),
        ctx(&[]),
        ImplicitDeny,
        "Only this environment's Image Builder buckets are reachable",
    ));
    out.push(s("Another environment's managed components", S3, None, "s3:GetObject",
        format!("arn:{p}:s3:::ec2imagebuilder-managed-resources-{region}-{other_env}/components/x/1.0.0/1/component.yaml"), ctx(&[]), ImplicitDeny,
        "Only this environment's managed-resources bucket is reachable"));
    if config.kit.is_some() {
        out.extend(kit_scenarios(config, &cast));
    }
    out
}

/// Runs the scenarios against the given policy texts.
pub fn run_scenarios(config: &GeneratorConfig, imagebuilder_policy: &str, s3_policy: &str) -> ScenarioReport {
    let compile = |src: &str| CompiledPolicy::compile(src, PolicyKind::Endpoint);
    run_compiled_scenarios(config, compile(imagebuilder_policy), compile(s3_policy))
}

/// Runs the scenarios against already compiled endpoint policies.
pub fn run_compiled_scenarios(
    config: &GeneratorConfig,
    imagebuilder_policy: CompiledPolicy,
    s3_policy: CompiledPolicy,
) -> ScenarioReport {
    let rejected: Vec<Rejection> = [
        (EndpointKind::Imagebuilder, &imagebuilder_policy),
        (EndpointKind::S3, &s3_policy),
    ]
    .into_iter()
    .filter(|(_, p)| !p.errors.is_empty())
    .map(|(endpoint, p)| Rejection {
        endpoint,
        errors: p.errors.len(),
        first: p
            .errors
            .first()
            .map(|e| format!("{}:{} {} {}", e.line, e.column, e.code, e.message))
            .unwrap_or_default(),
    })
    .collect();
    let set = |p: CompiledPolicy| PolicySet {
        endpoint: Some(p),
        ..PolicySet::default()
    };
    // The two edited policies, and the kit's generated ones for the other endpoints it has.
    let mut endpoints: Vec<(EndpointId, PolicySet)> = Vec::new();
    let the_kit = config.kit.as_ref().map(|_| kit(config));
    let has = |id| the_kit.as_ref().is_none_or(|k| k.get(id).is_some());
    if has(EndpointId::Imagebuilder) {
        endpoints.push((EndpointId::Imagebuilder, set(imagebuilder_policy)));
    }
    if has(EndpointId::S3) {
        endpoints.push((EndpointId::S3, set(s3_policy)));
    }
    for e in the_kit.iter().flat_map(|k| &k.endpoints) {
        if !matches!(e.id, EndpointId::Imagebuilder | EndpointId::S3) {
            let text = super::export::pretty(&e.plan.policy);
            endpoints.push((e.id, set(CompiledPolicy::compile(&text, PolicyKind::Endpoint))));
        }
    }
    let results: Vec<ScenarioResult> = scenarios(config)
        .into_iter()
        .map(|sc| {
            let route = endpoints.iter().find(|(id, _)| *id == sc.endpoint);
            let decision = route.map_or(Decision::ImplicitDeny, |(_, policies)| {
                policies.evaluate(&sc.request, false).decision
            });
            ScenarioResult {
                // Without a route the request never reaches AWS: that refuses it as surely as a Deny.
                pass: if route.is_some() {
                    decision == sc.expect
                } else {
                    sc.expect != Decision::Allowed
                },
                missing_endpoint: route.is_none().then_some(sc.endpoint),
                request: sc.request,
                name: sc.name,
                endpoint: sc.endpoint,
                decision,
                expect: sc.expect,
                why: sc.why,
            }
        })
        .collect();
    let passed = results.iter().filter(|r| r.pass).count();
    ScenarioReport {
        rejected,
        failed: results.len() - passed,
        passed,
        results,
    }
}

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
use crate::i18n::{self, Locale, Message};
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
    /// The name and the why as message ids, for faces in other languages.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub words: (Message, Message),
}

impl ScenarioResult {
    /// The decision in words, saying so when no endpoint carried the request (the decision itself is AWS's
    /// term and stays as written).
    pub fn outcome(&self, locale: Locale) -> String {
        match self.missing_endpoint {
            Some(id) => i18n::text(
                locale,
                "scenario-no-route",
                &[("endpoint", id.as_str().to_string())],
            ),
            None => self.decision.as_str().to_string(),
        }
    }

    /// The scenario's name in a language.
    pub fn name_in(&self, locale: Locale) -> String {
        self.words.0.render(locale)
    }

    /// Why it expects what it does, in a language.
    pub fn why_in(&self, locale: Locale) -> String {
        self.words.1.render(locale)
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
    /// The first error: `line:column CODE message` (English).
    pub first: String,
    /// The first error's place and code, `line:column CODE`, the same in every language (its message is in the
    /// findings).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub first_place: String,
}

impl ScenarioReport {
    /// A one-line warning when a policy is rejected: say it first, before any result.
    pub fn rejection_notice(&self, locale: Locale) -> Option<String> {
        let names: Vec<String> = self
            .rejected
            .iter()
            .map(|r| {
                let args = [
                    ("endpoint", r.endpoint.as_str().to_string()),
                    (
                        "first",
                        if locale == Locale::En {
                            r.first.clone()
                        } else {
                            r.first_place.clone()
                        },
                    ),
                ];
                i18n::count(locale, "scenario-rejected-policy", r.errors, &args)
            })
            .collect();
        (!names.is_empty()).then(|| {
            let and = i18n::text(locale, "list-and", &[]);
            i18n::text(locale, "scenario-rejection", &[("policies", names.join(&and))])
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
    let s = |name: Message,
             endpoint,
             principal: Option<&str>,
             action: &str,
             resource: String,
             context,
             expect,
             why: Message| {
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
        s(Message::new("scenario-awstoe-download"), S3, None, "s3:GetObject", toe(region, env), ctx(&[]), Allowed, Message::new("scenario-awstoe-download.why")),
        s(Message::new("scenario-managed-component-download"), S3, None, "s3:GetObject",
          format!("arn:{p}:s3:::ec2imagebuilder-managed-resources-{region}-{env}/components/amazon-cloudwatch-agent-linux/1.0.1/1/component.yaml"),
          ctx(&[]), Allowed, Message::new("scenario-managed-component-download.why")),
    ];
    if config.ssm {
        out.push(s(
            Message::new("scenario-ssm-agent-download"),
            S3,
            None,
            "s3:GetObject",
            format!("arn:{p}:s3:::amazon-ssm-{region}/latest/linux_amd64/amazon-ssm-agent.rpm"),
            ctx(&[]),
            Allowed,
            Message::new("scenario-ssm-agent-download.why"),
        ));
    }
    let managed_ok = config.managed_resources || !config.restricts_to_org();
    out.push(s(
        Message::new("scenario-getcomponent-managed"),
        Ib,
        Some(&member),
        "imagebuilder:GetComponent",
        format!("arn:{p}:imagebuilder:{region}:aws:component/amazon-cloudwatch-agent-linux/1.0.1/1"),
        ctx(&[("aws:PrincipalOrgID", org)]),
        if managed_ok { Allowed } else { ImplicitDeny },
        Message::new(if managed_ok {
            "scenario-getcomponent-managed.why-allowed"
        } else {
            "scenario-getcomponent-managed.why-refused"
        }),
    ));
    out.push(s(
        Message::new("scenario-createimage-from-the-organization"),
        Ib,
        Some(&member),
        "imagebuilder:CreateImage",
        own_image.clone(),
        member_ctx.clone(),
        Allowed,
        Message::new("scenario-createimage-from-the-organization.why"),
    ));
    out.push(s(
        Message::new("scenario-getimage-from-the-organization"),
        Ib,
        Some(&member),
        "imagebuilder:GetImage",
        own_image.clone(),
        member_ctx.clone(),
        Allowed,
        Message::new("scenario-getimage-from-the-organization.why"),
    ));
    let (del_expect, del_why) = if config.deny_deletes {
        (ExplicitDeny, Message::new("scenario-delete.why-denied"))
    } else {
        (Allowed, Message::new("scenario-delete.why-allowed"))
    };
    out.push(s(
        Message::new("scenario-delete").arg("action", "DeleteImage"),
        Ib,
        Some(&member),
        "imagebuilder:DeleteImage",
        own_image.clone(),
        member_ctx.clone(),
        del_expect,
        del_why.clone(),
    ));
    out.push(s(
        Message::new("scenario-delete").arg("action", "DeleteComponent"),
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
            Message::new("scenario-call-from-outside-the-organization"),
            Ib,
            Some(&outsider),
            "imagebuilder:GetImage",
            own_image,
            outsider_ctx.clone(),
            ImplicitDeny,
            Message::new("scenario-call-from-outside-the-organization.why"),
        ));
        out.push(s(
            Message::new("scenario-s3-access-from-outside-the-organization"),
            S3,
            Some(&outsider),
            "s3:PutObject",
            format!("arn:{p}:s3:::my-artifacts/builds/app.tar"),
            outsider_ctx,
            ImplicitDeny,
            Message::new("scenario-s3-access-from-outside-the-organization.why"),
        ));
    }
    out.push(s(
        Message::new("scenario-anonymous-putobject-to-the-aws-bucket"),
        S3,
        None,
        "s3:PutObject",
        toe(region, env),
        ctx(&[]),
        ImplicitDeny,
        Message::new("scenario-anonymous-putobject-to-the-aws-bucket.why"),
    ));
    out.push(s(
        Message::new("scenario-member-putobject-to-the-aws-bucket"),
        S3,
        Some(&member),
        "s3:PutObject",
        toe(region, env),
        ctx(&[("aws:PrincipalOrgID", org)]),
        ImplicitDeny,
        Message::new("scenario-member-putobject-to-the-aws-bucket.why"),
    ));
    let other_region = regions::all_regions()
        .find(|r| *r != region)
        .unwrap_or("us-west-2");
    out.push(s(
        Message::new("scenario-another-region-s-toe-bucket"),
        S3,
        None,
        "s3:GetObject",
        toe(other_region, env),
        ctx(&[]),
        ImplicitDeny,
        Message::new("scenario-another-region-s-toe-bucket.why"),
    ));
    let other_env = if env == "prod" { "beta" } else { "prod" };
    out.push(s(
        Message::new("scenario-another-environment-s-toe-bucket"),
        S3,
        None,
        "s3:GetObject",
        toe(region, other_env),
        ctx(&[]),
        ImplicitDeny,
        Message::new("scenario-another-environment-s-toe-bucket.why"),
    ));
    out.push(s(Message::new("scenario-another-environment-s-managed-components"), S3, None, "s3:GetObject",
        format!("arn:{p}:s3:::ec2imagebuilder-managed-resources-{region}-{other_env}/components/x/1.0.0/1/component.yaml"), ctx(&[]), ImplicitDeny,
        Message::new("scenario-another-environment-s-managed-components.why")));
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
        first_place: p
            .errors
            .first()
            .map(|e| format!("{}:{} {}", e.line, e.column, e.code))
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
                words: sc.words,
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

//! The private-VPC kit: every endpoint a build needs for the chosen features, each with its policy.

use super::config::{GeneratorConfig, KitConfig};
use super::templates::{imagebuilder_policy, org_condition, s3_policy, statement, EndpointPlan};
use crate::data::endpoints::{EndpointId, EndpointSpec, Feature, Need, CATALOGUE};
use crate::i18n::Locale;
use crate::model::Effect;
use serde::Serialize;
use serde_json::{json, Value};

/// One endpoint of the kit.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KitEndpoint {
    /// Which endpoint (`ssm`, `ecr.api`, …).
    pub id: EndpointId,
    /// The AWS service behind it (English; a face shows `EndpointSpec::title` in its language).
    pub title: String,
    /// `Gateway` or `Interface`.
    pub endpoint_type: &'static str,
    /// Service name, private DNS name and policy.
    #[serde(flatten)]
    pub plan: EndpointPlan,
    /// When it is needed.
    pub need: Need,
    /// What the build does through it (English, as `title`).
    pub purpose: String,
    /// The AWS page that documents it.
    pub source: &'static str,
}

/// The kit for a configuration.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Kit {
    /// The endpoints to create, in catalogue order.
    pub endpoints: Vec<KitEndpoint>,
    /// Endpoints the features need but that were turned off.
    pub omitted: Vec<EndpointId>,
}

impl Kit {
    /// The endpoint with this ID, when the kit has it.
    pub fn get(&self, id: EndpointId) -> Option<&KitEndpoint> {
        self.endpoints.iter().find(|e| e.id == id)
    }
}

/// The kit settings of a configuration (the defaults when it has none).
pub fn kit_config(config: &GeneratorConfig) -> KitConfig {
    config.kit.clone().unwrap_or_default()
}

/// Whether an endpoint is needed for the features of a configuration (whether or not it was turned off).
pub fn needed(config: &GeneratorConfig, spec: &EndpointSpec) -> bool {
    let kit = kit_config(config);
    spec.need.holds(|f| kit.has(f))
}

/// Builds the kit (call [`GeneratorConfig::validate`] first). A configuration without kit settings gets the
/// default kit.
pub fn kit(config: &GeneratorConfig) -> Kit {
    let mut config = config.clone();
    let settings = kit_config(&config);
    config.kit = Some(settings.clone());
    let partition = config.partition();
    let (mut endpoints, mut omitted) = (Vec::new(), Vec::new());
    for spec in CATALOGUE.iter().filter(|s| needed(&config, s)) {
        if settings.omit.contains(&spec.id) {
            omitted.push(spec.id);
            continue;
        }
        endpoints.push(KitEndpoint {
            id: spec.id,
            title: spec.title(Locale::En),
            endpoint_type: if spec.gateway { "Gateway" } else { "Interface" },
            plan: EndpointPlan {
                service_name: spec.service_name(partition, &config.region),
                private_dns_name: spec.private_dns_name(partition, &config.region),
                policy: endpoint_policy(&config, spec),
            },
            need: spec.need,
            purpose: spec.purpose(Locale::En),
            source: spec.source,
        });
    }
    Kit { endpoints, omitted }
}

/// The policy of one kit endpoint.
pub fn endpoint_policy(config: &GeneratorConfig, spec: &EndpointSpec) -> Value {
    match spec.id {
        EndpointId::Imagebuilder => imagebuilder_policy(config),
        EndpointId::S3 => s3_policy(config),
        _ if kit_config(config).least_privilege => least_privilege_policy(config, spec),
        _ => organization_policy(config, spec),
    }
}

/// Actions a Session Manager operator calls through the ssm endpoint (not in the instance's managed policy).
const SESSION_ACTIONS: [&str; 3] = ["ssm:ResumeSession", "ssm:StartSession", "ssm:TerminateSession"];

/// The page that lists the Session Manager actions.
pub const SESSION_SOURCE: &str =
    "https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-restrict-access-quickstart.html";

/// The actions a least-privilege policy allows through an endpoint.
pub fn allowed_actions(config: &GeneratorConfig, spec: &EndpointSpec) -> Vec<&'static str> {
    let mut actions = spec.managed_actions();
    if spec.id == EndpointId::Ssm && config.has(Feature::SessionManager) {
        actions.extend(SESSION_ACTIONS);
        crate::order::sort(&mut actions);
    }
    actions
}

fn sid(spec: &EndpointSpec, what: &str, restricted: bool) -> String {
    let scope = if restricted { "WithinOrganization" } else { "" };
    format!("Allow{}{what}{scope}", spec.id.pascal_name())
}

/// Only the actions the build instance calls, for your organization's (or accounts') principals.
fn least_privilege_policy(config: &GeneratorConfig, spec: &EndpointSpec) -> Value {
    let condition = org_condition(config, false);
    let (partition, region) = (config.partition().name, config.region.as_str());
    let resource = if spec.id == EndpointId::Logs {
        // As in EC2InstanceProfileForImageBuilder: Image Builder's log groups only.
        json!(format!(
            "arn:{partition}:logs:{region}:*:log-group:/aws/imagebuilder/*"
        ))
    } else {
        json!("*")
    };
    let statements = vec![statement(
        &sid(spec, "BuildActions", condition.is_some()),
        Effect::Allow,
        json!({"AWS": "*"}),
        json!(allowed_actions(config, spec)),
        resource,
        condition,
    )];
    json!({ "Version": "2012-10-17", "Statement": statements })
}

/// Every action of the endpoint's services, for your organization's (or accounts') principals.
fn organization_policy(config: &GeneratorConfig, spec: &EndpointSpec) -> Value {
    let condition = org_condition(config, false);
    let actions: Vec<String> = spec.action_prefixes.iter().map(|p| format!("{p}:*")).collect();
    let statements = vec![statement(
        &sid(spec, "", condition.is_some()),
        Effect::Allow,
        json!({"AWS": "*"}),
        json!(actions),
        json!("*"),
        condition,
    )];
    json!({ "Version": "2012-10-17", "Statement": statements })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::endpoints::Feature;

    fn config(features: &[Feature]) -> GeneratorConfig {
        GeneratorConfig {
            principal_org_id: Some("o-abcdefghij".into()),
            kit: Some(KitConfig {
                features: features.to_vec(),
                ..KitConfig::default()
            }),
            ..GeneratorConfig::default()
        }
    }

    #[test]
    fn the_kit_grows_with_the_features() {
        let ids = |k: &Kit| k.endpoints.iter().map(|e| e.id.as_str()).collect::<Vec<_>>();
        assert_eq!(
            ids(&kit(&config(&[]))),
            ["imagebuilder", "s3", "ssm", "ssmmessages", "ec2messages"]
        );
        assert_eq!(
            ids(&kit(&config(&[
                Feature::Logging,
                Feature::Containers,
                Feature::Kms
            ]))),
            [
                "imagebuilder",
                "s3",
                "ssm",
                "ssmmessages",
                "ec2messages",
                "logs",
                "ecr.api",
                "ecr.dkr",
                "kms"
            ]
        );
    }

    #[test]
    fn least_privilege_allows_the_managed_actions_to_the_organization_only() {
        let k = kit(&config(&[]));
        let ssm = k.get(EndpointId::Ssm).unwrap();
        let st = &ssm.plan.policy["Statement"][0];
        assert_eq!(
            st["Condition"]["StringEquals"]["aws:PrincipalOrgID"],
            "o-abcdefghij"
        );
        let actions = st["Action"].as_array().unwrap();
        assert!(actions.contains(&json!("ssm:UpdateInstanceInformation")));
        assert!(!actions.contains(&json!("ssm:StartSession")));
        let with_sessions = kit(&config(&[Feature::SessionManager]));
        let st = &with_sessions.get(EndpointId::Ssm).unwrap().plan.policy["Statement"][0];
        assert!(st["Action"]
            .as_array()
            .unwrap()
            .contains(&json!("ssm:StartSession")));
    }

    #[test]
    fn the_s3_policy_grows_with_package_repositories_containers_and_your_buckets() {
        let mut c = config(&[Feature::PackageRepos, Feature::Containers]);
        if let Some(k) = c.kit.as_mut() {
            k.buckets = vec!["my-artifacts".into()];
        }
        let text = super::super::pretty(&kit(&c).get(EndpointId::S3).unwrap().plan.policy);
        for needle in [
            "al2023-repos-us-east-1-de612dc2/*",
            "amazonlinux-2-repos-us-east-1/*",
            "amazon-ssm-us-east-1/*",
            "prod-us-east-1-starport-layer-bucket/*",
            "arn:aws:s3:::my-artifacts/*",
        ] {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
    }

    #[test]
    fn omitted_endpoints_are_reported_not_built() {
        let mut c = config(&[]);
        if let Some(k) = c.kit.as_mut() {
            k.set_endpoint(EndpointId::Ssmmessages, false);
        }
        let k = kit(&c);
        assert!(k.get(EndpointId::Ssmmessages).is_none());
        assert_eq!(k.omitted, [EndpointId::Ssmmessages]);
    }
}

//! The policy templates: the Image Builder interface endpoint and the S3 endpoint.

use super::config::GeneratorConfig;
use crate::data::actions::imagebuilder_deletes;
use crate::data::owned;
use crate::model::Effect;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// One endpoint to create: its service name, private DNS name and policy.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EndpointPlan {
    /// The endpoint service name, e.g. `com.amazonaws.us-east-1.imagebuilder`.
    pub service_name: String,
    /// The API's private DNS name (interface endpoints only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_dns_name: Option<String>,
    /// The endpoint policy.
    #[cfg_attr(feature = "ts", ts(type = "object"))]
    pub policy: Value,
}

/// Both endpoints.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// The Image Builder interface endpoint.
    pub imagebuilder: EndpointPlan,
    /// The S3 gateway endpoint.
    pub s3: EndpointPlan,
}

/// Builds both endpoints for a configuration (call [`GeneratorConfig::validate`] first).
pub fn plan(config: &GeneratorConfig) -> Plan {
    let p = config.partition();
    Plan {
        imagebuilder: EndpointPlan {
            service_name: format!("{}.{}.imagebuilder", p.service_name_prefix, config.region),
            private_dns_name: Some(format!("imagebuilder.{}.{}", config.region, p.dns_suffix)),
            policy: imagebuilder_policy(config),
        },
        s3: EndpointPlan {
            service_name: format!("com.amazonaws.{}.s3", config.region),
            private_dns_name: None,
            policy: s3_policy(config),
        },
    }
}

/// `StringEquals` on the organization (and accounts) for principals and, with `resources`, resources.
pub(super) fn org_condition(config: &GeneratorConfig, resources: bool) -> Option<Value> {
    let mut eq = Map::new();
    if config.restricts_to_org() {
        if let Some(org) = config.principal_org_id.as_deref() {
            eq.insert("aws:PrincipalOrgID".into(), json!(org));
        }
        if resources {
            if let Some(org) = config.effective_resource_org_id() {
                eq.insert("aws:ResourceOrgID".into(), json!(org));
            }
        }
    }
    if !config.account_ids.is_empty() {
        eq.insert("aws:PrincipalAccount".into(), json!(config.account_ids));
    }
    (!eq.is_empty()).then(|| json!({ "StringEquals": eq }))
}

pub(super) fn statement(
    sid: &str,
    effect: Effect,
    principal: Value,
    action: Value,
    resource: Value,
    condition: Option<Value>,
) -> Value {
    let mut s = json!({ "Sid": sid, "Effect": effect.as_str(), "Principal": principal, "Action": action, "Resource": resource });
    if let (Some(obj), Some(c)) = (s.as_object_mut(), condition) {
        obj.insert("Condition".into(), c);
    }
    s
}

/// The Image Builder endpoint policy: full access (optionally org-restricted), managed components, deny deletes.
pub fn imagebuilder_policy(config: &GeneratorConfig) -> Value {
    let (partition, region) = (config.partition().name, config.region.as_str());
    let mut statements = Vec::new();
    let restricted = org_condition(config, true);
    let limited = restricted.is_some();
    let sid = if restricted.is_some() {
        "AllowImageBuilderWithinOrganization"
    } else {
        "AllowImageBuilder"
    };
    statements.push(statement(
        sid,
        Effect::Allow,
        json!({"AWS": "*"}),
        json!("imagebuilder:*"),
        json!("*"),
        restricted,
    ));
    // Only a policy limited to the organization needs it: an open one already allows them.
    if config.managed_resources && limited {
        statements.push(statement(
            "AllowAwsManagedComponentsAndImages",
            Effect::Allow,
            json!({"AWS": "*"}),
            json!(["imagebuilder:GetComponent", "imagebuilder:GetImage"]),
            json!([
                format!("arn:{partition}:imagebuilder:{region}:aws:component/*"),
                format!("arn:{partition}:imagebuilder:{region}:aws:image/*")
            ]),
            org_condition(config, false),
        ));
    }
    if config.deny_deletes {
        let actions: Vec<String> = if config.deny_all_deletes {
            imagebuilder_deletes()
                .map(|a| format!("imagebuilder:{a}"))
                .collect()
        } else {
            vec![
                "imagebuilder:DeleteImage".into(),
                "imagebuilder:DeleteComponent".into(),
            ]
        };
        statements.push(statement(
            "DenyImageBuilderDeletes",
            Effect::Deny,
            json!({"AWS": "*"}),
            json!(actions),
            json!("*"),
            None,
        ));
    }
    json!({ "Version": "2012-10-17", "Statement": statements })
}

/// The AWS-owned buckets the build downloads from, as object ARNs: Image Builder's own, the SSM agent's when
/// asked for (or in the kit), and those of the kit's features.
pub fn aws_bucket_arns(config: &GeneratorConfig) -> Vec<String> {
    let (partition, region, env) = (
        config.partition().name,
        config.region.as_str(),
        config.environment.as_str(),
    );
    owned::catalogue()
        .iter()
        .filter(|r| match config.kit {
            // Without the kit: Image Builder's own buckets, and the agent's when asked for.
            None => {
                (r.service == "imagebuilder" && r.kit.is_some())
                    || (r.id == "ssm-agent-packages" && config.ssm)
            }
            Some(_) => r.needed_by_kit(|f| config.has(f)),
        })
        .map(|r| r.object_arn(partition, region, env))
        .collect()
}

/// The S3 endpoint policy. The AWS-owned buckets are never org-restricted: Image Builder's downloads from them
/// are anonymous and the buckets are not in your organization.
pub fn s3_policy(config: &GeneratorConfig) -> Value {
    let mut statements = vec![statement(
        "AllowImageBuilderBuckets",
        Effect::Allow,
        json!("*"),
        json!(["s3:GetObject"]),
        json!(aws_bucket_arns(config)),
        None,
    )];
    let partition = config.partition().name;
    let own: Vec<String> = config
        .kit
        .iter()
        .flat_map(|k| &k.buckets)
        .flat_map(|b| {
            [
                format!("arn:{partition}:s3:::{b}"),
                format!("arn:{partition}:s3:::{b}/*"),
            ]
        })
        .collect();
    if !own.is_empty() {
        statements.push(statement(
            "AllowYourBuckets",
            Effect::Allow,
            json!("*"),
            json!("s3:*"),
            json!(own),
            org_condition(config, false),
        ));
    }
    if config.restricts_to_org() {
        statements.push(statement(
            "AllowOrganizationBuckets",
            Effect::Allow,
            json!("*"),
            json!("s3:*"),
            json!("*"),
            org_condition(config, true),
        ));
    } else if !config.account_ids.is_empty() {
        let mut eq = Map::new();
        eq.insert("aws:PrincipalAccount".into(), json!(config.account_ids));
        eq.insert("aws:ResourceAccount".into(), json!(config.account_ids));
        statements.push(statement(
            "AllowAccountBuckets",
            Effect::Allow,
            json!("*"),
            json!("s3:*"),
            json!("*"),
            Some(json!({ "StringEquals": eq })),
        ));
    }
    json!({ "Version": "2012-10-17", "Statement": statements })
}

//! Exports of a generated endpoint: JSON, AWS CLI commands, CloudFormation YAML and Terraform HCL.

use super::config::GeneratorConfig;
use super::kit::Kit;
use super::templates::EndpointPlan;
use crate::data::endpoints::EndpointId;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An export format.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// Pretty-printed JSON.
    Json,
    /// Minified JSON.
    JsonMin,
    /// `aws ec2 create-vpc-endpoint` and `modify-vpc-endpoint` commands.
    Cli,
    /// A CloudFormation template with `AWS::EC2::VPCEndpoint`.
    Cloudformation,
    /// Terraform `aws_vpc_endpoint` with `policy = jsonencode(...)`.
    Terraform,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 5] = [
        Self::Json,
        Self::JsonMin,
        Self::Cli,
        Self::Cloudformation,
        Self::Terraform,
    ];

    /// The command-line name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::JsonMin => "json-min",
            Self::Cli => "cli",
            Self::Cloudformation => "cloudformation",
            Self::Terraform => "terraform",
        }
    }

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Json => "JSON",
            Self::JsonMin => "JSON (minified)",
            Self::Cli => "AWS CLI",
            Self::Cloudformation => "CloudFormation",
            Self::Terraform => "Terraform",
        }
    }

    /// A file name suffix for downloads.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json | Self::JsonMin => "json",
            Self::Cli => "sh",
            Self::Cloudformation => "yaml",
            Self::Terraform => "tf",
        }
    }
}

/// Which endpoint an export describes.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EndpointKind {
    /// The Image Builder interface endpoint.
    Imagebuilder,
    /// The S3 gateway endpoint.
    S3,
}

impl EndpointKind {
    /// `imagebuilder` or `s3`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Imagebuilder => "imagebuilder",
            Self::S3 => "s3",
        }
    }

    /// The kit's name for the same endpoint.
    pub fn id(self) -> EndpointId {
        match self {
            Self::Imagebuilder => EndpointId::Imagebuilder,
            Self::S3 => EndpointId::S3,
        }
    }

    /// The editable endpoint a kit endpoint is, if it is one.
    pub fn from_id(id: EndpointId) -> Option<EndpointKind> {
        match id {
            EndpointId::Imagebuilder => Some(Self::Imagebuilder),
            EndpointId::S3 => Some(Self::S3),
            _ => None,
        }
    }
}

/// Pretty JSON with two-space indentation.
pub fn pretty(policy: &Value) -> String {
    serde_json::to_string_pretty(policy).unwrap_or_default()
}

/// Minified JSON.
pub fn minified(policy: &Value) -> String {
    serde_json::to_string(policy).unwrap_or_default()
}

/// Renders one endpoint in a format.
pub fn export(
    config: &GeneratorConfig,
    kind: EndpointKind,
    plan: &EndpointPlan,
    format: ExportFormat,
) -> String {
    match format {
        ExportFormat::Json => pretty(&plan.policy) + "\n",
        ExportFormat::JsonMin => minified(&plan.policy) + "\n",
        ExportFormat::Cli => aws_cli(config, kind.id(), plan),
        ExportFormat::Cloudformation => cloudformation_template(&[(kind, plan)]),
        ExportFormat::Terraform => terraform(kind.id(), plan),
    }
}

/// The whole kit in one file of a format: one CloudFormation template, one Terraform file (with its variables),
/// one shell script, or a JSON document with every endpoint.
pub fn export_kit(config: &GeneratorConfig, kit: &Kit, format: ExportFormat) -> String {
    let endpoints: Vec<(EndpointId, &EndpointPlan)> = kit.endpoints.iter().map(|e| (e.id, &e.plan)).collect();
    match format {
        ExportFormat::Json => serde_json::to_string_pretty(kit).unwrap_or_default() + "\n",
        ExportFormat::JsonMin => serde_json::to_string(kit).unwrap_or_default() + "\n",
        ExportFormat::Cli => endpoints
            .iter()
            .map(|(id, plan)| aws_cli(config, *id, plan))
            .collect::<Vec<_>>()
            .join("\n"),
        ExportFormat::Cloudformation => cloudformation_for(&endpoints),
        ExportFormat::Terraform => {
            let gateway = endpoints.iter().any(|(id, _)| id.spec().gateway);
            let interface = endpoints.iter().any(|(id, _)| !id.spec().gateway);
            let mut vars = vec![("vpc_id", "string")];
            if interface {
                vars.extend([
                    ("subnet_ids", "list(string)"),
                    ("security_group_ids", "list(string)"),
                ]);
            }
            if gateway {
                vars.push(("route_table_ids", "list(string)"));
            }
            let variables: String = vars
                .iter()
                .map(|(name, ty)| format!("variable \"{name}\" {{\n  type = {ty}\n}}\n\n"))
                .collect();
            let resources: Vec<String> = endpoints.iter().map(|(id, plan)| terraform(*id, plan)).collect();
            format!("# Every VPC endpoint an EC2 Image Builder build needs without internet (generated by vpce-policy)\n\n{variables}{}", resources.join("\n"))
        }
    }
}

fn aws_cli(config: &GeneratorConfig, id: EndpointId, plan: &EndpointPlan) -> String {
    let policy = shell_words::quote(&minified(&plan.policy)).into_owned();
    let region = shell_words::quote(&config.region).into_owned();
    let service = shell_words::quote(&plan.service_name).into_owned();
    let placement = if id.spec().gateway {
        "--vpc-endpoint-type Gateway \\\n  --route-table-ids \"$ROUTE_TABLE_IDS\""
    } else {
        "--vpc-endpoint-type Interface \\\n  --subnet-ids \"$SUBNET_IDS\" \\\n  --security-group-ids \"$SECURITY_GROUP_IDS\" \\\n  --private-dns-enabled"
    };
    format!(
        "# Create the {kind} endpoint (set VPC_ID and the ids below first)\n\
         aws ec2 create-vpc-endpoint --region {region} \\\n  --vpc-id \"$VPC_ID\" \\\n  --service-name {service} \\\n  {placement} \\\n  --policy-document {policy}\n\n\
         # Or replace the policy of an existing endpoint\n\
         aws ec2 modify-vpc-endpoint --region {region} \\\n  --vpc-endpoint-id \"$VPC_ENDPOINT_ID\" \\\n  --policy-document {policy}\n",
        kind = id.as_str()
    )
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .map(|l| format!("{pad}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The CloudFormation parameters the endpoints need (YAML lines): subnets and security groups for interface
/// endpoints, route tables for gateway endpoints.
fn cfn_parameters(endpoints: &[(EndpointId, &EndpointPlan)]) -> String {
    let mut out = String::new();
    if endpoints.iter().any(|(id, _)| !id.spec().gateway) {
        out.push_str("  SubnetIds:\n    Type: List<AWS::EC2::Subnet::Id>\n  SecurityGroupIds:\n    Type: List<AWS::EC2::SecurityGroup::Id>\n");
    }
    if endpoints.iter().any(|(id, _)| id.spec().gateway) {
        out.push_str("  RouteTableIds:\n    Type: CommaDelimitedList\n");
    }
    out
}

/// One `AWS::EC2::VPCEndpoint` resource (YAML lines under `Resources:`).
fn cfn_resource(id: EndpointId, plan: &EndpointPlan) -> String {
    let placement = if id.spec().gateway {
        "      VpcEndpointType: Gateway\n      RouteTableIds: !Ref RouteTableIds\n"
    } else {
        "      VpcEndpointType: Interface\n      PrivateDnsEnabled: true\n      SubnetIds: !Ref SubnetIds\n      SecurityGroupIds: !Ref SecurityGroupIds\n"
    };
    // JSON is YAML: the policy is embedded as a flow mapping, exactly as generated.
    format!(
        "  {name}Endpoint:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcId: !Ref VpcId\n      ServiceName: {service}\n{placement}      PolicyDocument:\n{policy}\n",
        name = id.pascal_name(),
        service = serde_json::to_string(&plan.service_name).unwrap_or_default(),
        policy = indent(&pretty(&plan.policy), 8),
    )
}

/// "a", "a and b", "a, b and c".
fn human_list(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

/// One CloudFormation template holding every given endpoint.
pub fn cloudformation_template(endpoints: &[(EndpointKind, &EndpointPlan)]) -> String {
    let endpoints: Vec<(EndpointId, &EndpointPlan)> = endpoints.iter().map(|(k, p)| (k.id(), *p)).collect();
    cloudformation_for(&endpoints)
}

fn cloudformation_for(endpoints: &[(EndpointId, &EndpointPlan)]) -> String {
    let names: Vec<&str> = endpoints.iter().map(|(id, _)| id.as_str()).collect();
    let resources: String = endpoints.iter().map(|(id, p)| cfn_resource(*id, p)).collect();
    format!(
        "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: {names} VPC endpoints for EC2 Image Builder (generated by vpce-policy)\nParameters:\n  VpcId:\n    Type: AWS::EC2::VPC::Id\n{params}Resources:\n{resources}",
        names = human_list(&names),
        params = cfn_parameters(endpoints),
    )
}

/// A JSON value as an HCL expression laid out as `terraform fmt` lays it out (`"key" : value`).
fn hcl_value(v: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| "  ".repeat(d);
    match v {
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            let n = map.len();
            for (i, (k, val)) in map.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                out.push_str(&hcl_string_escape(&serde_json::to_string(k).unwrap_or_default()));
                out.push_str(" : ");
                hcl_value(val, depth + 1, out);
                out.push_str(if i + 1 < n { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            let n = items.len();
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                hcl_value(item, depth + 1, out);
                out.push_str(if i + 1 < n { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        other => out.push_str(&hcl_string_escape(
            &serde_json::to_string(other).unwrap_or_default(),
        )),
    }
}

/// Attribute lines with their `=` aligned, as `terraform fmt` aligns consecutive attributes.
fn hcl_attributes(pairs: &[(&str, String)]) -> String {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    pairs
        .iter()
        .map(|(k, v)| format!("  {k:width$} = {v}\n"))
        .collect()
}

fn hcl_string_escape(json: &str) -> String {
    json.replace("${", "$${").replace("%{", "%%{")
}

fn terraform(id: EndpointId, plan: &EndpointPlan) -> String {
    let service = serde_json::to_string(&plan.service_name).unwrap_or_default();
    let mut attributes = vec![("vpc_id", "var.vpc_id".to_string()), ("service_name", service)];
    if id.spec().gateway {
        attributes.extend([
            ("vpc_endpoint_type", "\"Gateway\"".to_string()),
            ("route_table_ids", "var.route_table_ids".to_string()),
        ]);
    } else {
        attributes.extend([
            ("vpc_endpoint_type", "\"Interface\"".to_string()),
            ("subnet_ids", "var.subnet_ids".to_string()),
            ("security_group_ids", "var.security_group_ids".to_string()),
            ("private_dns_enabled", "true".to_string()),
        ]);
    }
    let mut policy = String::new();
    hcl_value(&plan.policy, 1, &mut policy);
    format!(
        "resource \"aws_vpc_endpoint\" \"{name}\" {{\n{attributes}\n  policy = jsonencode({policy})\n}}\n",
        name = id.snake_name(),
        attributes = hcl_attributes(&attributes),
    )
}

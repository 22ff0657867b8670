//! CloudFormation (JSON, YAML, CDK-synthesized): the policies of each resource, with intrinsic functions
//! resolved where their values are known (`--var`, parameters) and kept unknown where they are not.

use crate::render::Rendered;
use crate::tree::{Kind, Node, Text};
use crate::{Found, Vars};
use vpce_policy_core::i18n::Message;
use vpce_policy_core::PolicyKind;

/// Where each resource type keeps its policies: (type, property, kind). `Policies` means the inline
/// `Policies[].PolicyDocument` of a role, user or group.
const PLACES: &[(&str, &str, PolicyKind)] = &[
    ("AWS::EC2::VPCEndpoint", "PolicyDocument", PolicyKind::Endpoint),
    ("AWS::IAM::Policy", "PolicyDocument", PolicyKind::Identity),
    ("AWS::IAM::ManagedPolicy", "PolicyDocument", PolicyKind::Identity),
    ("AWS::IAM::Role", "AssumeRolePolicyDocument", PolicyKind::Resource),
    ("AWS::IAM::Role", "Policies", PolicyKind::Identity),
    ("AWS::IAM::User", "Policies", PolicyKind::Identity),
    ("AWS::IAM::Group", "Policies", PolicyKind::Identity),
    ("AWS::S3::BucketPolicy", "PolicyDocument", PolicyKind::Resource),
    ("AWS::KMS::Key", "KeyPolicy", PolicyKind::Resource),
    ("AWS::SQS::QueuePolicy", "PolicyDocument", PolicyKind::Resource),
    ("AWS::SNS::TopicPolicy", "PolicyDocument", PolicyKind::Resource),
];

/// True for a tree that is a CloudFormation template.
pub fn is_template(root: &Node) -> bool {
    root.get("AWSTemplateFormatVersion").is_some()
        || root
            .get("Resources")
            .is_some_and(|r| matches!(r.kind, Kind::Map(_)))
}

/// Every policy of the template.
pub fn policies(root: &Node, vars: &Vars) -> Vec<Found> {
    let mut out = Vec::new();
    let Some(Kind::Map(resources)) = root.get("Resources").map(|r| &r.kind) else {
        return out;
    };
    for (logical_id, key_span, resource) in resources {
        let Some(ty) = resource.get("Type").and_then(Node::as_str) else {
            continue;
        };
        let Some(props) = resource.get("Properties") else {
            continue;
        };
        if ty == "AWS::EC2::VPCEndpoint" {
            out.extend(without_policy(logical_id, key_span, props, vars));
        }
        for (_, property, kind) in PLACES.iter().filter(|(t, _, _)| *t == ty) {
            let Some(value) = props.get(property) else {
                continue;
            };
            if *property == "Policies" {
                if let Kind::Seq(items) = &value.kind {
                    for (i, item) in items.iter().enumerate() {
                        let name = item.get("PolicyName").and_then(Node::as_str).unwrap_or("");
                        if let Some(doc) = item.get("PolicyDocument") {
                            out.push(found(
                                format!("{logical_id}.Policies[{i}] {name}")
                                    .trim_end()
                                    .to_string(),
                                *kind,
                                doc,
                                vars,
                            ));
                        }
                    }
                }
            } else {
                out.push(found(format!("{logical_id}.{property}"), *kind, value, vars));
            }
        }
    }
    out
}

fn found(name: String, kind: PolicyKind, value: &Node, vars: &Vars) -> Found {
    let resolved = resolve(value, vars);
    let (policy, unchecked) = match &resolved.kind {
        Kind::Map(_) => (Some(Rendered::from_node(&resolved)), None),
        Kind::Str(t) => (Some(Rendered::from_text(t)), None),
        Kind::Unknown(what) => (
            None,
            Some(Message::new("template-unchecked-deploy").words("what", what.clone())),
        ),
        _ => (None, Some(Message::new("template-unchecked-not-object"))),
    };
    Found {
        name,
        kind,
        policy,
        unchecked,
        no_policy: None,
        external: None,
    }
}

/// An `AWS::EC2::VPCEndpoint` with no `PolicyDocument`, of a service that takes one.
fn without_policy(
    logical_id: &str,
    key_span: &std::ops::Range<usize>,
    props: &Node,
    vars: &Vars,
) -> Option<Found> {
    if props.get("PolicyDocument").is_some()
        || props.get("VpcEndpointType").and_then(Node::as_str) == Some("GatewayLoadBalancer")
    {
        return None;
    }
    let name = resolve(props.get("ServiceName")?, vars);
    let Kind::Str(text) = &name.kind else { return None };
    let service = vpce_policy_core::data::endpoint_policy_support::service_of(&text.text)?;
    vpce_policy_core::data::endpoint_policy_support::supports_endpoint_policy(service).then(|| Found {
        name: format!("{logical_id}.PolicyDocument"),
        kind: PolicyKind::Endpoint,
        policy: None,
        unchecked: None,
        no_policy: Some((service.to_string(), key_span.clone())),
        external: None,
    })
}

/// The value of a pseudo parameter or parameter, when given.
fn known(vars: &Vars, name: &str) -> Option<String> {
    match name {
        "AWS::Region" => vars.region(),
        "AWS::Partition" => vars.partition(),
        "AWS::AccountId" => vars.get("account"),
        "AWS::URLSuffix" => vars.partition().map(|p| {
            if p == "aws-cn" {
                "amazonaws.com.cn".into()
            } else {
                "amazonaws.com".into()
            }
        }),
        other => vars.get(other),
    }
}

/// Resolves CloudFormation's intrinsic functions where their values are known.
pub fn resolve(node: &Node, vars: &Vars) -> Node {
    let span = node.span.clone();
    let unknown = |what: String| Node {
        span: span.clone(),
        kind: Kind::Unknown(what.into()),
    };
    match &node.kind {
        Kind::Map(members) if members.len() == 1 => {
            let Some((key, _, value)) = members.first() else {
                return node.clone();
            };
            match key.as_str() {
                "Ref" => match value.as_str() {
                    Some(name) => match known(vars, name) {
                        Some(v) => Node {
                            span: span.clone(),
                            kind: Kind::Str(Text::at(&v, span.clone())),
                        },
                        None => unknown(format!("!Ref {name}")),
                    },
                    None => unknown("!Ref".into()),
                },
                "Fn::Sub" => sub(node, value, vars),
                "Fn::Join" => join(node, value, vars),
                "Fn::ToJsonString" => resolve(value, vars),
                k if k.starts_with("Fn::") || k == "Condition" => {
                    unknown(format!("!{}", k.trim_start_matches("Fn::")))
                }
                _ => map(node, members, vars),
            }
        }
        Kind::Map(members) => map(node, members, vars),
        Kind::Seq(items) => Node {
            span,
            kind: Kind::Seq(items.iter().map(|i| resolve(i, vars)).collect()),
        },
        _ => node.clone(),
    }
}

fn map(node: &Node, members: &[(String, std::ops::Range<usize>, Node)], vars: &Vars) -> Node {
    Node {
        span: node.span.clone(),
        kind: Kind::Map(
            members
                .iter()
                .map(|(k, s, v)| (k.clone(), s.clone(), resolve(v, vars)))
                .collect(),
        ),
    }
}

/// `!Sub "text"` or `!Sub ["text", {Var: value}]`: `${…}` known from the variables, else unknown.
fn sub(node: &Node, value: &Node, vars: &Vars) -> Node {
    let (template, locals) = match &value.kind {
        Kind::Str(t) => (t.clone(), Vec::new()),
        Kind::Seq(items) => match (
            items.first().map(|i| &i.kind),
            items.get(1).map(|i| resolve(i, vars)),
        ) {
            (
                Some(Kind::Str(t)),
                Some(Node {
                    kind: Kind::Map(m), ..
                }),
            ) => (
                t.clone(),
                m.into_iter()
                    .filter_map(|(k, _, v)| v.as_str().map(|s| (k, s.to_string())))
                    .collect(),
            ),
            (Some(Kind::Str(t)), _) => (t.clone(), Vec::new()),
            _ => {
                return Node {
                    span: node.span.clone(),
                    kind: Kind::Unknown("!Sub".into()),
                }
            }
        },
        _ => {
            return Node {
                span: node.span.clone(),
                kind: Kind::Unknown("!Sub".into()),
            }
        }
    };
    let lookup = |name: &str| -> Option<String> {
        locals
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .or_else(|| {
                if name.contains('.') {
                    None
                } else {
                    known(vars, name)
                }
            })
    };
    Node {
        span: node.span.clone(),
        kind: Kind::Str(template.with_interpolations(&lookup)),
    }
}

/// `!Join [delimiter, [parts]]`: a known string when every part is known.
fn join(node: &Node, value: &Node, vars: &Vars) -> Node {
    let parts = match &value.kind {
        Kind::Seq(items) => match (
            items.first().and_then(Node::as_str),
            items.get(1).map(|i| resolve(i, vars)),
        ) {
            (
                Some(d),
                Some(Node {
                    kind: Kind::Seq(parts),
                    ..
                }),
            ) => {
                let texts: Option<Vec<String>> =
                    parts.iter().map(|p| p.as_str().map(str::to_string)).collect();
                texts.map(|t| t.join(d))
            }
            _ => None,
        },
        _ => None,
    };
    match parts {
        Some(text) => Node {
            span: node.span.clone(),
            kind: Kind::Str(Text::at(&text, node.span.clone())),
        },
        None => Node {
            span: node.span.clone(),
            kind: Kind::Unknown("!Join".into()),
        },
    }
}

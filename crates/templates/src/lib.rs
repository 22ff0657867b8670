//! Policies where users keep them: CloudFormation templates (JSON, YAML with short-form tags, CDK-synthesized)
//! and Terraform files. Finds every policy with its kind, renders it as the JSON AWS would receive, validates it
//! with the core, and maps every finding back to the file's own line and column. A value known only at deploy
//! time (`!Ref`, `${var.x}`) never causes a finding by itself.
//!
//! A crate of its own, beside the core: the YAML and HCL readers stay out of the playground's first load.

mod cfn;
mod json;
mod render;
mod terraform;
mod tf_document;
mod tf_json;
mod tree;
mod yaml;

pub use render::Rendered;

use std::collections::BTreeMap;
use vpce_policy_core::i18n::Message;
use vpce_policy_core::rules::Code;
use vpce_policy_core::{Diagnostic, PolicyKind, Span, ValidateOptions};

/// Why a file could not be read as a template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// The file is not well-formed JSON, YAML or HCL.
    #[error("{message}")]
    Syntax {
        /// Byte offset of the problem.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// The file holds no document.
    #[error("the file is empty")]
    Empty,
    /// The file is well-formed but is no template this tool reads.
    #[error("not a CloudFormation template or a Terraform file")]
    NotATemplate,
}

/// Values given on the command line (`--var region=eu-west-1`, CloudFormation parameters).
#[derive(Debug, Clone, Default)]
pub struct Vars(pub BTreeMap<String, String>);

impl Vars {
    /// A value by name.
    pub fn get(&self, name: &str) -> Option<String> {
        self.0.get(name).cloned()
    }

    /// The value of a Terraform reference `var.NAME`, when given.
    pub fn terraform(&self, reference: &str) -> Option<String> {
        reference.strip_prefix("var.").and_then(|v| self.get(v))
    }

    /// The region, from `region` or `AWS::Region`.
    pub fn region(&self) -> Option<String> {
        self.get("region").or_else(|| self.get("AWS::Region"))
    }

    /// The partition of the region.
    pub fn partition(&self) -> Option<String> {
        self.region()
            .and_then(|r| vpce_policy_core::data::regions::partition_of(&r).map(|p| p.name.to_string()))
    }
}

/// The file formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CloudFormation JSON (or CDK-synthesized).
    CloudformationJson,
    /// CloudFormation YAML.
    CloudformationYaml,
    /// Terraform HCL (`.tf`).
    Terraform,
    /// Terraform JSON (`.tf.json`).
    TerraformJson,
}

/// A policy found in a template.
#[derive(Debug, Clone)]
pub struct Found {
    /// Where it is: the resource's logical ID and property, or the Terraform address.
    pub name: String,
    /// The kind of policy the place holds.
    pub kind: PolicyKind,
    /// The policy as the validator reads it, when it can be known before deploy.
    pub policy: Option<Rendered>,
    /// Why it is not checked (a variable, a reference), when it is not.
    pub unchecked: Option<Message>,
    /// An endpoint with no policy at all: its service and where the endpoint is declared.
    pub no_policy: Option<(String, std::ops::Range<usize>)>,
    /// The policy is another file (`file("policy.json")`, `templatefile(…)`), relative to this one.
    pub external: Option<String>,
}

/// One policy's findings, with spans in the file.
#[derive(Debug, Clone)]
#[allow(missing_docs)] // the members' names say what they are
pub struct Report {
    /// Where the policy is.
    pub name: String,
    pub kind: PolicyKind,
    /// Its findings, spans in the file (no certain fix: fixes apply to the rendered JSON, not the file).
    pub diagnostics: Vec<Diagnostic>,
    /// Why it was not checked, when it was not.
    pub unchecked: Option<Message>,
    /// The policy is this other file, to be checked as a policy of `kind` (`file("policy.json")`).
    pub external: Option<String>,
}

/// A policy written in a file of its own that a template reads (`templatefile` values unknown), as a `Found`.
pub fn found_in_file(name: &str, kind: PolicyKind, text: &str, vars: &Vars) -> Found {
    // A templatefile's own variables are bare names.
    let lookup = |n: &str| vars.terraform(n).or_else(|| vars.get(n));
    let t = tree::Text::verbatim(text, 0).with_interpolations(&lookup);
    Found {
        name: name.to_string(),
        kind,
        policy: Some(Rendered::from_text(&t)),
        unchecked: None,
        no_policy: None,
        external: None,
    }
}

/// Values from a file: Terraform's `.tfvars` (HCL) or `.tfvars.json`, or CloudFormation parameters
/// (`[{"ParameterKey": …, "ParameterValue": …}]` or `{"Parameters": {…}}`).
pub fn vars_from_file(name: &str, text: &str) -> Result<Vars, TemplateError> {
    let mut vars = Vars::default();
    if name.ends_with(".json") {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| TemplateError::Syntax {
            offset: 0,
            message: e.to_string(),
        })?;
        let pairs: Vec<(String, String)> = match &v {
            serde_json::Value::Array(items) => items
                .iter()
                .filter_map(|i| {
                    Some((
                        i.get("ParameterKey")?.as_str()?.to_string(),
                        i.get("ParameterValue")?.as_str()?.to_string(),
                    ))
                })
                .collect(),
            serde_json::Value::Object(o) => o
                .get("Parameters")
                .and_then(|p| p.as_object())
                .unwrap_or(o)
                .iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect(),
            _ => Vec::new(),
        };
        vars.0.extend(pairs);
        return Ok(vars);
    }
    let body = hcl_edit::parser::parse_body(text).map_err(|e| TemplateError::Syntax {
        offset: 0,
        message: e.message().to_string(),
    })?;
    for a in body.attributes() {
        if let hcl_edit::expr::Expression::String(s) = &a.value {
            vars.0.insert(a.key.as_str().to_string(), s.value().clone());
        }
    }
    Ok(vars)
}

/// The format a file name and text suggest, if it is a template at all.
pub fn sniff(file_name: &str, text: &str) -> Option<Format> {
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".tf.json") {
        return Some(Format::TerraformJson);
    }
    if lower.ends_with(".tf") {
        return Some(Format::Terraform);
    }
    let trimmed = text.trim_start();
    let looks_cfn = text.contains("AWSTemplateFormatVersion")
        || text.contains("\"Resources\"")
        || text.contains("Resources:");
    if lower.ends_with(".yaml")
        || lower.ends_with(".yml")
        || (lower.ends_with(".template") && !trimmed.starts_with('{'))
    {
        return looks_cfn.then_some(Format::CloudformationYaml);
    }
    if (lower.ends_with(".json") || lower.ends_with(".template")) && trimmed.starts_with('{') && looks_cfn {
        return Some(Format::CloudformationJson);
    }
    None
}

/// Every policy of a template.
pub fn find(format: Format, text: &str, vars: &Vars) -> Result<Vec<Found>, TemplateError> {
    match format {
        Format::CloudformationJson | Format::CloudformationYaml => {
            let root = if format == Format::CloudformationJson {
                json::parse(text)?
            } else {
                yaml::parse(text)?
            };
            if !cfn::is_template(&root) {
                return Err(TemplateError::NotATemplate);
            }
            Ok(cfn::policies(&root, vars))
        }
        Format::Terraform => terraform::policies(text, vars),
        Format::TerraformJson => tf_json::policies(text, vars),
    }
}

/// The options a template's policies are validated with: the build-needs checks (private Image Builder builds)
/// run only on a template that builds images, or when the features are given.
pub fn options_for(text: &str, base: &ValidateOptions) -> ValidateOptions {
    let about_builds = text.contains("AWS::ImageBuilder::") || text.contains("aws_imagebuilder_");
    ValidateOptions {
        skip_build_needs: base.skip_build_needs || (!about_builds && base.features.is_none()),
        ..base.clone()
    }
}

/// Validates each policy found with the core and maps its findings back to the file. Findings that touch a
/// value known only at deploy time are left out: an unknown value never causes a finding by itself.
pub fn check(found: &[Found], vars: &Vars, base: &ValidateOptions) -> Vec<Report> {
    found
        .iter()
        .map(|f| {
            if let Some((service, at)) = &f.no_policy {
                let d = Diagnostic::new(
                    Code::EndpointWithoutPolicy,
                    Span::new(at.start, at.end),
                    "",
                    format!("this {service} endpoint has no policy: AWS gives it the default policy, which allows every action on every resource to every principal"),
                    "add a policy that allows what your workloads need (`vpce-policy generate --kit` writes one per endpoint)",
                );
                return Report { name: f.name.clone(), kind: f.kind, diagnostics: vec![d], unchecked: None, external: None };
            }
            let Some(policy) = &f.policy else {
                return Report {
                    name: f.name.clone(),
                    kind: f.kind,
                    diagnostics: Vec::new(),
                    unchecked: f.unchecked.clone(),
                    external: f.external.clone(),
                };
            };
            let options = ValidateOptions {
                kind: f.kind,
                region: base.region.clone().or_else(|| vars.region()),
                ..base.clone()
            };
            let diagnostics = vpce_policy_core::validate(&policy.text, &options)
                .diagnostics
                .into_iter()
                .filter(|d| !policy.touches_unknown(&(d.span.start..d.span.end)))
                .map(|mut d| {
                    let at = policy.to_file(d.span.start..d.span.end);
                    d.span = Span::new(at.start, at.end);
                    d.fix = None;
                    d.related.clear();
                    d
                })
                .collect();
            Report {
                name: f.name.clone(),
                kind: f.kind,
                diagnostics,
                unchecked: None,
                external: None,
            }
        })
        .collect()
}

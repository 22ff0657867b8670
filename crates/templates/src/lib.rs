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
mod tf_json;
mod tree;
mod yaml;

pub use render::Rendered;

use std::collections::BTreeMap;
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
    pub unchecked: Option<String>,
    /// An endpoint with no policy at all: its service and where the endpoint is declared.
    pub no_policy: Option<(String, std::ops::Range<usize>)>,
}

/// One policy's findings, with spans in the file.
#[derive(Debug, Clone)]
pub struct Report {
    /// Where the policy is.
    pub name: String,
    /// Its kind.
    pub kind: PolicyKind,
    /// Its findings, spans in the file (no certain fix: fixes apply to the rendered JSON, not the file).
    pub diagnostics: Vec<Diagnostic>,
    /// Why it was not checked, when it was not.
    pub unchecked: Option<String>,
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
                    "ENDPOINT_WITHOUT_POLICY",
                    vpce_policy_core::Severity::Warning,
                    Span::new(at.start, at.end),
                    "",
                    format!("this {service} endpoint has no policy: AWS gives it the default policy, which allows every action on every resource to every principal"),
                    "add a policy that allows what your workloads need (`vpce-policy generate --kit` writes one per endpoint)",
                );
                return Report { name: f.name.clone(), kind: f.kind, diagnostics: vec![d], unchecked: None };
            }
            let Some(policy) = &f.policy else {
                return Report {
                    name: f.name.clone(),
                    kind: f.kind,
                    diagnostics: Vec::new(),
                    unchecked: f.unchecked.clone(),
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
            }
        })
        .collect()
}

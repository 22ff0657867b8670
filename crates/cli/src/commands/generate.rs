//! `vpce-policy generate` and the generator options shared with `scenarios`.

use crate::exit;
use clap::ValueEnum;
use vpce_policy_core::generate::{
    cloudformation_template, export, plan, EndpointKind, Environment, ExportFormat, GeneratorConfig,
};

/// Generator options (shared by `generate` and `scenarios`).
#[derive(clap::Args, Clone)]
pub struct ConfigArgs {
    /// Region code, e.g. us-east-1 (any partition).
    #[arg(long)]
    pub region: String,
    /// Image Builder environment.
    #[arg(long, value_enum, default_value = "prod")]
    pub environment: EnvArg,
    /// Your organization ID (o-…), for aws:PrincipalOrgID.
    #[arg(long)]
    pub principal_org_id: Option<String>,
    /// The organization that owns your resources, for aws:ResourceOrgID (defaults to --principal-org-id).
    #[arg(long)]
    pub resource_org_id: Option<String>,
    /// An account whose principals may use the endpoints (repeatable).
    #[arg(long = "account-id")]
    pub account_ids: Vec<String>,
    /// Deny DeleteImage and DeleteComponent.
    #[arg(long)]
    pub deny_deletes: bool,
    /// With --deny-deletes, deny every Image Builder Delete* action.
    #[arg(long, requires = "deny_deletes")]
    pub deny_all_deletes: bool,
    /// Allow AWS-managed components and images.
    #[arg(long)]
    pub managed_resources: bool,
    /// Allow the SSM agent bucket amazon-ssm-REGION.
    #[arg(long)]
    pub ssm: bool,
    /// Accepted for compatibility: an org ID now always restricts both endpoints to the organization.
    #[arg(long, hide = true)]
    pub restrict_to_org: bool,
    /// Widen on purpose: keep --principal-org-id out of the policies' conditions.
    #[arg(long)]
    pub allow_outside_org: bool,
}

/// Environments on the command line.
#[derive(Clone, Copy, ValueEnum)]
pub enum EnvArg {
    /// prod
    Prod,
    /// preprod
    Preprod,
    /// beta
    Beta,
}

impl ConfigArgs {
    /// The generator configuration, or every input error.
    pub fn config(&self) -> Result<GeneratorConfig, String> {
        let config = GeneratorConfig {
            region: self.region.clone(),
            environment: match self.environment {
                EnvArg::Prod => Environment::Prod,
                EnvArg::Preprod => Environment::Preprod,
                EnvArg::Beta => Environment::Beta,
            },
            principal_org_id: self.principal_org_id.clone(),
            resource_org_id: self.resource_org_id.clone(),
            account_ids: self.account_ids.clone(),
            deny_deletes: self.deny_deletes,
            deny_all_deletes: self.deny_all_deletes,
            managed_resources: self.managed_resources,
            ssm: self.ssm,
            allow_outside_org: self.allow_outside_org,
            kit: None,
        };
        let errors = config.validate();
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors
                .iter()
                .map(|e| format!("--{}: {}", kebab(e.field), e.message))
                .collect::<Vec<_>>()
                .join("\nerror: "))
        }
    }
}

fn kebab(field: &str) -> String {
    match field {
        "accountIds" => "account-id".into(),
        other => other
            .chars()
            .flat_map(|c| {
                if c.is_ascii_uppercase() {
                    vec!['-', c.to_ascii_lowercase()]
                } else {
                    vec![c]
                }
            })
            .collect(),
    }
}

/// Which endpoint(s) to print.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TargetArg {
    /// The Image Builder interface endpoint.
    Imagebuilder,
    /// The S3 endpoint.
    S3,
    /// Both.
    All,
}

/// Output formats.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FormatArg {
    /// Pretty JSON (with --target all: service names, DNS name and policies).
    Json,
    /// Minified JSON.
    JsonMin,
    /// AWS CLI commands.
    Cli,
    /// CloudFormation YAML.
    Cloudformation,
    /// Terraform HCL.
    Terraform,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Json => ExportFormat::Json,
            FormatArg::JsonMin => ExportFormat::JsonMin,
            FormatArg::Cli => ExportFormat::Cli,
            FormatArg::Cloudformation => ExportFormat::Cloudformation,
            FormatArg::Terraform => ExportFormat::Terraform,
        }
    }
}

/// Arguments of `generate`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Which endpoint.
    #[arg(long, value_enum, default_value = "all")]
    pub target: TargetArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: FormatArg,
}

/// Runs `generate`.
pub fn run(args: &Args) -> Result<u8, String> {
    let config = args.config.config()?;
    let plan = plan(&config);
    let format: ExportFormat = args.format.into();
    let text = match (args.target, format) {
        (TargetArg::Imagebuilder, f) => export(&config, EndpointKind::Imagebuilder, &plan.imagebuilder, f),
        (TargetArg::S3, f) => export(&config, EndpointKind::S3, &plan.s3, f),
        (TargetArg::All, ExportFormat::Json) => {
            serde_json::to_string_pretty(&plan).map_err(|e| e.to_string())? + "\n"
        }
        (TargetArg::All, ExportFormat::JsonMin) => {
            serde_json::to_string(&plan).map_err(|e| e.to_string())? + "\n"
        }
        (TargetArg::All, ExportFormat::Cloudformation) => cloudformation_template(&[
            (EndpointKind::Imagebuilder, &plan.imagebuilder),
            (EndpointKind::S3, &plan.s3),
        ]),
        (TargetArg::All, f) => format!(
            "{}\n{}",
            export(&config, EndpointKind::Imagebuilder, &plan.imagebuilder, f),
            export(&config, EndpointKind::S3, &plan.s3, f)
        ),
    };
    print!("{text}");
    Ok(exit::OK)
}

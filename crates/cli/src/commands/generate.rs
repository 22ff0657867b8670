//! `vpce-policy generate` and the generator options shared with `scenarios`.

use crate::{exit, Failure};
use clap::ValueEnum;
use vpce_policy_core::data::endpoints::{EndpointId, Feature};
use vpce_policy_core::generate::{
    cloudformation_template, export, export_kit, kit, plan, EndpointKind, Environment, ExportFormat,
    GeneratorConfig, KitConfig,
};
use vpce_policy_core::i18n::Message;

/// Generator options (shared by `generate` and `scenarios`).
#[derive(clap::Args, Clone)]
pub struct ConfigArgs {
    /// Region code, e.g. us-east-1 (any partition).
    #[arg(long)]
    pub region: String,
    /// Image Builder environment.
    #[arg(long, value_enum, default_value = "prod")]
    pub environment: Environment,
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
    /// The recipes use AWS-managed components and images, so the Image Builder policy allows them (the default).
    #[arg(long, overrides_with = "no_managed_resources")]
    pub managed_resources: bool,
    /// The recipes use no AWS-managed component or image: an organization-limited policy may refuse them.
    #[arg(long, overrides_with = "managed_resources")]
    pub no_managed_resources: bool,
    /// Allow the SSM agent bucket amazon-ssm-REGION.
    #[arg(long)]
    pub ssm: bool,
    /// Accepted for compatibility: an org ID now always restricts both endpoints to the organization.
    #[arg(long, hide = true)]
    pub restrict_to_org: bool,
    /// Widen on purpose: keep --principal-org-id out of the policies' conditions.
    #[arg(long)]
    pub allow_outside_org: bool,
    /// The whole private-VPC kit: every endpoint a build needs (ssm, ssmmessages, ec2messages, and those of
    /// the features), not only imagebuilder and s3. By default with package updates and logging.
    #[arg(long)]
    pub kit: bool,
    /// Add a kit feature (repeatable).
    #[arg(long = "with", value_enum, requires = "kit")]
    pub with: Vec<Feature>,
    /// Leave out a kit feature that is on by default (repeatable).
    #[arg(long = "without", value_enum, requires = "kit")]
    pub without: Vec<Feature>,
    /// The policy of each kit interface endpoint.
    #[arg(long, value_enum, default_value = "least-privilege", requires = "kit")]
    pub kit_policy: KitPolicyArg,
    /// One of your own buckets the build uses through the S3 endpoint (repeatable).
    #[arg(long = "bucket", requires = "kit")]
    pub buckets: Vec<String>,
    /// Leave an endpoint out of the kit, to see which scenarios break without it (repeatable).
    #[arg(long = "omit-endpoint", value_enum, requires = "kit")]
    pub omit_endpoints: Vec<EndpointId>,
}

/// Kit endpoint policy styles.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum KitPolicyArg {
    /// Only the actions a build instance calls, for your organization or accounts.
    LeastPrivilege,
    /// Every action of the service, for your organization or accounts.
    Organization,
}

impl ConfigArgs {
    /// The generator configuration, or every input error.
    pub fn config(&self) -> Result<GeneratorConfig, Failure> {
        let config = GeneratorConfig {
            region: self.region.clone(),
            environment: self.environment,
            principal_org_id: self.principal_org_id.clone(),
            resource_org_id: self.resource_org_id.clone(),
            account_ids: self.account_ids.clone(),
            deny_deletes: self.deny_deletes,
            deny_all_deletes: self.deny_all_deletes,
            managed_resources: !self.no_managed_resources,
            ssm: self.ssm,
            allow_outside_org: self.allow_outside_org,
            kit: self.kit.then(|| self.kit_config()),
        };
        let errors: Vec<Message> = config
            .validate()
            .into_iter()
            .map(|e| {
                Message::new("cli-field")
                    .arg("option", kebab(e.field))
                    .words("message", e.words)
            })
            .collect();
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(Failure(errors))
        }
    }
}

impl ConfigArgs {
    fn kit_config(&self) -> KitConfig {
        let mut kit = KitConfig {
            least_privilege: self.kit_policy == KitPolicyArg::LeastPrivilege,
            buckets: self.buckets.clone(),
            ..KitConfig::default()
        };
        for f in &self.with {
            kit.set(*f, true);
        }
        for f in &self.without {
            kit.set(*f, false);
        }
        for e in &self.omit_endpoints {
            kit.set_endpoint(*e, false);
        }
        kit
    }
}

fn kebab(field: &str) -> String {
    match field {
        "accountIds" => "account-id".into(),
        "buckets" => "bucket".into(),
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
pub fn run(args: &Args) -> Result<u8, Failure> {
    let config = args.config.config()?;
    let plan = plan(&config);
    let format: ExportFormat = args.format.into();
    let text = match (args.target, format) {
        (TargetArg::All, f) if config.kit.is_some() => export_kit(&config, &kit(&config), f),
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

//! `vpce-policy validate`.

use super::generate::FeatureArg;
use crate::format::Format;
use crate::{exit, input, render};
use clap::ValueEnum;
use vpce_policy_core::diagnostic::has_errors;
use vpce_policy_core::{LineIndex, PolicyKind, ValidateOptions};

/// Policy kinds on the command line.
#[derive(Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// VPC endpoint policy (Principal required, 20,480 characters).
    Endpoint,
    /// Identity-based policy (no Principal).
    Identity,
    /// Resource-based policy (Principal required).
    Resource,
}

impl From<KindArg> for PolicyKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Endpoint => PolicyKind::Endpoint,
            KindArg::Identity => PolicyKind::Identity,
            KindArg::Resource => PolicyKind::Resource,
        }
    }
}

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file, or - for standard input.
    pub file: String,
    /// What kind of policy this is.
    #[arg(long, value_enum, default_value = "endpoint")]
    pub kind: KindArg,
    /// The region the policy is for: checks bucket and ARN regions and fills `region` placeholders with --fix.
    #[arg(long)]
    pub region: Option<String>,
    /// The Image Builder environment (prod, preprod, beta): fills `environment` placeholders with --fix.
    #[arg(long)]
    pub environment: Option<String>,
    /// The policy is an AWS managed policy: the 6,144-character customer-managed quota does not apply.
    #[arg(long)]
    pub aws_managed: bool,
    /// The kit features the builds use (comma-separated), for the checks that an S3 endpoint policy lets the
    /// build reach the AWS-owned resources it needs. Default: the kit's defaults (package-repos, logging).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub features: Option<Vec<FeatureArg>>,
    /// Leave out the build-needs checks (for an S3 endpoint policy that no private build uses).
    #[arg(long, conflicts_with = "features")]
    pub no_build_checks: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Apply every certain fix and print the fixed policy (findings that remain go to standard error).
    #[arg(long)]
    pub fix: bool,
    /// With --fix, write the fixed policy back to FILE instead of printing it.
    #[arg(long, requires = "fix")]
    pub write: bool,
}

/// Runs `validate`.
pub fn run(args: &Args) -> Result<u8, String> {
    if let Some(region) = &args.region {
        if !vpce_policy_core::data::regions::is_region(region) {
            return Err(format!("unknown region `{region}`"));
        }
    }
    if args.write && args.file == "-" {
        return Err("--write needs a file, not standard input".into());
    }
    let src = input::read(&args.file)?;
    let options = ValidateOptions {
        kind: args.kind.into(),
        region: args.region.clone(),
        environment: args.environment.clone(),
        aws_managed: args.aws_managed,
        features: args
            .features
            .as_ref()
            .map(|fs| fs.iter().map(|&f| f.into()).collect()),
        skip_build_needs: args.no_build_checks,
    };
    let name = input::display_name(&args.file);
    let (text, diagnostics) = if args.fix {
        vpce_policy_core::fix(&src, &options)
    } else {
        let diagnostics = vpce_policy_core::validate(&src, &options).diagnostics;
        (src, diagnostics)
    };
    let report = match args.format {
        Format::Human => render::human(name, &text, &diagnostics),
        Format::Json => {
            let index = LineIndex::new(&text);
            let reports: Vec<_> = diagnostics.iter().map(|d| d.report(&index)).collect();
            serde_json::json!({ "diagnostics": reports }).to_string() + "\n"
        }
    };
    if args.fix {
        if args.write {
            std::fs::write(&args.file, &text).map_err(|e| format!("cannot write {}: {e}", args.file))?;
        } else {
            print!("{text}");
        }
        eprint!("{report}");
    } else {
        print!("{report}");
    }
    Ok(if has_errors(&diagnostics) {
        exit::FAILED
    } else {
        exit::OK
    })
}

//! `vpce-policy validate`.

use crate::reports::{self, PolicyFindings};
use crate::Failure;
use crate::{exit, input, render, sources};
use clap::ValueEnum;
use vpce_policy_core::diagnostic::has_errors;
use vpce_policy_core::i18n::Locale;
use vpce_policy_core::i18n::Message;
use vpce_policy_core::rules::Code;
use vpce_policy_core::{LineIndex, PolicyKind, ValidateOptions};

/// Output formats of `validate`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ValidateFormat {
    /// rustc-style findings.
    Human,
    /// JSON: `{"diagnostics": [...]}` for one policy file; `{"files": [{"file", "policies": [...]}]}` otherwise.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML: a test case per policy.
    Junit,
}

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Policy files, CloudFormation templates (JSON, YAML, `.template`), Terraform files (`.tf`), or directories
    /// of them (walked honouring .gitignore); - for a policy on standard input.
    #[arg(required = true)]
    pub files: Vec<String>,
    /// What kind of policy a policy file is (templates say it for each of theirs).
    #[arg(long, value_enum, default_value = "endpoint")]
    pub kind: PolicyKind,
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
    pub features: Option<Vec<vpce_policy_core::data::endpoints::Feature>>,
    /// Leave out the build-needs checks (for an S3 endpoint policy that no private build uses).
    #[arg(long, conflicts_with = "features")]
    pub no_build_checks: bool,
    /// A value for templates, NAME=VALUE (repeatable): `region`, `account`, a CloudFormation parameter, or a
    /// Terraform variable (`var.NAME`). Values not given are unknown and never cause a finding.
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// Values from a file (repeatable): Terraform `.tfvars` or `.tfvars.json`, or CloudFormation parameters
    /// (`[{"ParameterKey", "ParameterValue"}]` or `{"Parameters": {…}}`). `--var` wins over them.
    #[arg(long = "var-file", alias = "parameters", value_name = "FILE")]
    pub var_files: Vec<String>,
    /// Templates: an endpoint with no policy (ENDPOINT_WITHOUT_POLICY) is an error, not a warning.
    #[arg(long)]
    pub strict: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: ValidateFormat,
    /// Apply every certain fix and print the fixed policy (findings that remain go to standard error).
    #[arg(long)]
    pub fix: bool,
    /// With --fix, write the fixed policy back to FILE instead of printing it.
    #[arg(long, requires = "fix")]
    pub write: bool,
}

/// Runs `validate`.
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    if let Some(region) = &args.region {
        if !vpce_policy_core::data::regions::is_region(region) {
            return Err(Message::new("cli-unknown-region").arg("region", region).into());
        }
    }
    let options = ValidateOptions {
        kind: args.kind,
        region: args.region.clone(),
        environment: args.environment.clone(),
        aws_managed: args.aws_managed,
        features: args.features.clone(),
        skip_build_needs: args.no_build_checks,
    };
    let paths = sources::expand(&args.files)?;
    if args.fix {
        let [file] = args.files.as_slice() else {
            return Err(Message::new("cli-fix-one-file").into());
        };
        return Ok(fix(file, args.write, &options, args.format, locale)?);
    }
    let vars = sources::vars(&args.var_files, &args.vars)?;
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut found: Vec<PolicyFindings> = Vec::new();
    let mut unreadable = false;
    for path in &paths {
        let text = input::read(path)?;
        let name = input::display_name(path).to_string();
        // A file that cannot be read as its format is reported, and the others are still checked.
        match sources::check_file(&name, &text, &vars, &options) {
            Ok((f, read)) => {
                found.extend(f);
                texts.extend(read);
            }
            Err(e) if paths.len() > 1 => {
                eprintln!("{}", crate::error_line(&e, locale));
                unreadable = true;
            }
            Err(e) => return Err(e.into()),
        }
        texts.push((name, text));
    }
    if args.strict {
        for d in found.iter_mut().flat_map(|f| f.diagnostics.iter_mut()) {
            if d.code == Code::EndpointWithoutPolicy {
                d.severity = vpce_policy_core::Severity::Error;
            }
        }
    }
    if locale != Locale::En {
        for f in &mut found {
            f.diagnostics.iter_mut().for_each(|d| d.localize(locale));
            // Every report (SARIF, JSON, JUnit, annotations) then says why in the language.
            f.unchecked = f.unchecked.take().map(|why| why.render(locale).into());
        }
    }
    // One policy file keeps the output it always had; templates and several files are grouped.
    let single_policy = paths.len() == 1 && found.len() == 1 && found.iter().all(|f| f.name.is_empty());
    let all: Vec<&vpce_policy_core::Diagnostic> = found.iter().flat_map(|f| f.diagnostics.iter()).collect();
    let failed = unreadable
        || all
            .iter()
            .any(|d| d.severity == vpce_policy_core::Severity::Error);
    let out = match args.format {
        ValidateFormat::Human => sources::human(&texts, &found, single_policy, locale),
        ValidateFormat::Json if single_policy => {
            let (_, text) = texts.first().ok_or(Message::new("cli-nothing-found"))?;
            let index = LineIndex::new(text);
            let reports: Vec<_> = found
                .iter()
                .flat_map(|f| f.diagnostics.iter())
                .map(|d| d.report(&index))
                .collect();
            serde_json::json!({ "diagnostics": reports }).to_string() + "\n"
        }
        ValidateFormat::Json => reports::json(&texts, &found).to_string() + "\n",
        ValidateFormat::Sarif => reports::sarif(&texts, &found, locale).to_string() + "\n",
        ValidateFormat::Github => reports::github(&texts, &found),
        ValidateFormat::Junit => reports::junit(&texts, &found),
    };
    print!("{out}");
    Ok(if failed { exit::FAILED } else { exit::OK })
}

/// `--fix` on one policy file.
fn fix(
    file: &str,
    write: bool,
    options: &ValidateOptions,
    format: ValidateFormat,
    locale: Locale,
) -> Result<u8, Message> {
    if write && file == "-" {
        return Err(Message::new("cli-write-needs-file"));
    }
    let src = input::read(file)?;
    if sources::template_format(file, &src).is_some() {
        return Err(Message::new("cli-fix-template").arg("file", file));
    }
    let name = input::display_name(file);
    let (text, mut diagnostics) = vpce_policy_core::fix(&src, options);
    diagnostics.iter_mut().for_each(|d| d.localize(locale));
    let report = match format {
        ValidateFormat::Human => render::human(name, &text, &diagnostics, locale),
        _ => {
            let index = LineIndex::new(&text);
            let reports: Vec<_> = diagnostics.iter().map(|d| d.report(&index)).collect();
            serde_json::json!({ "diagnostics": reports }).to_string() + "\n"
        }
    };
    if write {
        std::fs::write(file, &text)
            .map_err(|e| Message::new("cli-cannot-write").arg("file", file).arg("error", e))?;
    } else {
        print!("{text}");
    }
    eprint!("{report}");
    Ok(if has_errors(&diagnostics) {
        exit::FAILED
    } else {
        exit::OK
    })
}

//! `vpce-policy scenarios`: run the scenario suite against given or generated policies.

use super::generate::ConfigArgs;
use crate::format::Format;
use crate::Failure;
use crate::{exit, input};
use vpce_policy_core::generate::{kit, plan, pretty, run_scenarios};
use vpce_policy_core::i18n::{self, Locale};

/// Arguments of `scenarios`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// The Image Builder endpoint policy to test (default: the generated one).
    #[arg(long)]
    pub imagebuilder_policy: Option<String>,
    /// The S3 endpoint policy to test (default: the generated one).
    #[arg(long)]
    pub s3_policy: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// Runs `scenarios`; exits 1 on any failure, and when AWS would reject a policy.
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    let config = args.config.config()?;
    let generated = plan(&config);
    let ib = match &args.imagebuilder_policy {
        Some(p) => input::read(p)?,
        None => pretty(&generated.imagebuilder.policy),
    };
    let s3 = match &args.s3_policy {
        Some(p) => input::read(p)?,
        None => pretty(&generated.s3.policy),
    };
    let report = run_scenarios(&config, &ib, &s3);
    match args.format {
        Format::Json => println!("{}", serde_json::to_string(&report).map_err(|e| e.to_string())?),
        Format::Human => {
            if let Some(notice) = report.rejection_notice(locale) {
                println!("REJECTED {notice}\n");
            }
            for r in &report.results {
                let mark = if r.pass { "ok  " } else { "FAIL" };
                println!(
                    "{mark} [{}] {}: {} ({}) — {}",
                    r.endpoint.as_str(),
                    r.name_in(locale),
                    r.outcome(locale),
                    i18n::text(
                        locale,
                        "cli-expected",
                        &[("decision", r.expect.as_str().to_string())]
                    ),
                    r.why_in(locale)
                );
            }
            let as_written = if report.rejected.is_empty() {
                String::new()
            } else {
                i18n::text(locale, "cli-as-written", &[])
            };
            let counts = [
                ("passed", report.passed.to_string()),
                ("failed", report.failed.to_string()),
            ];
            println!(
                "{}{as_written}",
                i18n::text(locale, "cli-scenarios-summary", &counts)
            );
            for id in kit(&config).omitted {
                let broken = report
                    .results
                    .iter()
                    .filter(|r| r.missing_endpoint == Some(id) && !r.pass)
                    .count();
                let args = [
                    ("endpoint", id.as_str().to_string()),
                    (
                        "service",
                        id.spec().service_name(config.partition(), &config.region),
                    ),
                ];
                println!("{}", i18n::count(locale, "cli-missing-endpoint", broken, &args));
            }
        }
    }
    Ok(if report.failed > 0 || !report.rejected.is_empty() {
        exit::FAILED
    } else {
        exit::OK
    })
}

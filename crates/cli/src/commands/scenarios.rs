//! `vpce-policy scenarios`: run the scenario suite against given or generated policies.

use super::generate::ConfigArgs;
use crate::format::Format;
use crate::{exit, input};
use vpce_policy_core::generate::{kit, plan, pretty, run_scenarios};

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
pub fn run(args: &Args) -> Result<u8, String> {
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
            if let Some(notice) = report.rejection_notice() {
                println!("REJECTED {notice}\n");
            }
            for r in &report.results {
                let mark = if r.pass { "ok  " } else { "FAIL" };
                println!(
                    "{mark} [{}] {}: {} (expected {}) — {}",
                    r.endpoint.as_str(),
                    r.name,
                    r.outcome(),
                    r.expect.as_str(),
                    r.why
                );
            }
            let as_written = if report.rejected.is_empty() {
                ""
            } else {
                " (as written)"
            };
            println!("{} passed, {} failed{as_written}", report.passed, report.failed);
            for id in kit(&config).omitted {
                let broken = report
                    .results
                    .iter()
                    .filter(|r| r.missing_endpoint == Some(id) && !r.pass)
                    .count();
                println!(
                    "missing endpoint {} ({}) breaks {broken} scenario{}",
                    id.as_str(),
                    id.spec().service_name(config.partition(), &config.region),
                    if broken == 1 { "" } else { "s" }
                );
            }
        }
    }
    Ok(if report.failed > 0 || !report.rejected.is_empty() {
        exit::FAILED
    } else {
        exit::OK
    })
}

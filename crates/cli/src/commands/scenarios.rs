//! `vpce-policy scenarios`: run the scenario suite against given or generated policies.

use super::generate::ConfigArgs;
use crate::format::Format;
use crate::{exit, input};
use vpce_policy_core::generate::{plan, pretty, run_scenarios};

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

/// Runs `scenarios`; exits 1 on any failure.
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
            for r in &report.results {
                let mark = if r.pass { "ok  " } else { "FAIL" };
                println!(
                    "{mark} [{}] {}: {} (expected {}) — {}",
                    r.endpoint.as_str(),
                    r.name,
                    r.decision.as_str(),
                    r.expect.as_str(),
                    r.why
                );
            }
            println!("{} passed, {} failed", report.passed, report.failed);
        }
    }
    Ok(if report.failed > 0 { exit::FAILED } else { exit::OK })
}

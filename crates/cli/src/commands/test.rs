//! `vpce-policy test`: run a policy test file.

use crate::format::Format;
use crate::{exit, input};
use std::path::Path;
use vpce_policy_core::eval::{TestFile, TestFileError};

/// Arguments of `test`.
#[derive(clap::Args)]
pub struct Args {
    /// The test file.
    pub file: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// Runs `test`; exits 1 when any expectation fails.
pub fn run(args: &Args) -> Result<u8, String> {
    let file = TestFile::parse(&input::read(&args.file)?).map_err(|e| format!("{}: {e}", args.file))?;
    let dir = Path::new(&args.file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let read = |p: &str| input::read(&dir.join(p).to_string_lossy()).map_err(TestFileError::Unreadable);
    let report = file.run(&read).map_err(|e| e.to_string())?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string(&report).map_err(|e| e.to_string())?),
        Format::Human => {
            for r in &report.results {
                let blocked = r
                    .blocked_by
                    .map(|b| format!(", blocked by {}", b.as_str()))
                    .unwrap_or_default();
                let mark = if r.pass { "ok  " } else { "FAIL" };
                println!(
                    "{mark} {}: {}{blocked} (expected {})",
                    r.name,
                    r.decision.as_str(),
                    r.expect.as_str()
                );
            }
            if !report.valid {
                println!("warning: a policy has validator errors; run `vpce-policy validate` on it");
            }
            println!("{} passed, {} failed", report.passed, report.failed);
        }
    }
    Ok(if report.failed > 0 { exit::FAILED } else { exit::OK })
}

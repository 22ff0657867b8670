//! `vpce-policy test`: run a policy test file.

use crate::format::Format;
use crate::Failure;
use crate::{exit, input};
use std::path::Path;
use vpce_policy_core::eval::{TestFile, TestFileError};
use vpce_policy_core::i18n::{self, Locale};

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
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    let file = TestFile::parse(&input::read(&args.file)?).map_err(|e| format!("{}: {e}", args.file))?;
    let dir = Path::new(&args.file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let read = |p: &str| {
        input::read(&dir.join(p).to_string_lossy()).map_err(|e| TestFileError::Unreadable(e.to_string()))
    };
    let report = file.run(&read).map_err(|e| e.to_string())?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string(&report).map_err(|e| e.to_string())?),
        Format::Human => {
            let text = |id, args: &[(&str, String)]| i18n::text(locale, id, args);
            for r in &report.results {
                let blocked = r
                    .blocked_by
                    .map(|b| text("cli-test-blocked-by", &[("layer", b.as_str().to_string())]))
                    .unwrap_or_default();
                let mark = if r.pass { "ok  " } else { "FAIL" };
                let expected = text("cli-expected", &[("decision", r.expect.as_str().to_string())]);
                println!("{mark} {}: {}{blocked} ({expected})", r.name, r.decision.as_str());
            }
            if !report.valid {
                println!("{}", text("cli-test-invalid", &[]));
            }
            let counts = [
                ("passed", report.passed.to_string()),
                ("failed", report.failed.to_string()),
            ];
            println!("{}", text("cli-scenarios-summary", &counts));
        }
    }
    Ok(if report.failed > 0 { exit::FAILED } else { exit::OK })
}

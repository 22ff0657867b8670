//! `vpce-policy rules` and `vpce-policy explain CODE`: the rule registry.

use crate::exit;
use crate::format::Format;
use std::io::Write;
use vpce_policy_core::rules;

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn emit(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Arguments of `rules`.
#[derive(clap::Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// Arguments of `explain`.
#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The finding code, e.g. UNKNOWN_ACTION (case-insensitive).
    pub code: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// Lists every rule: code, severity and title.
pub fn list(args: &RulesArgs) -> Result<u8, String> {
    match args.format {
        Format::Human => {
            let width = rules::all().iter().map(|r| r.code.len()).max().unwrap_or(0);
            let mut out = String::new();
            for r in rules::all() {
                out += &format!("{:width$}  {:16}  {}\n", r.code, r.severity.as_str(), r.title);
            }
            out += &format!(
                "\n{} rules; `vpce-policy explain CODE` prints one.\n",
                rules::all().len()
            );
            emit(&out);
        }
        Format::Json => emit(&format!("{}\n", serde_json::json!({ "rules": rules::all() }))),
    }
    Ok(exit::OK)
}

/// Prints one rule's documentation.
pub fn explain(args: &ExplainArgs) -> Result<u8, String> {
    let Some(rule) = rules::get(&args.code) else {
        return Err(match rules::closest(&args.code) {
            Some(c) => format!(
                "no rule `{}`; did you mean `{c}`? (`vpce-policy rules` lists them)",
                args.code
            ),
            None => format!("no rule `{}` (`vpce-policy rules` lists them)", args.code),
        });
    };
    match args.format {
        Format::Human => emit(&rules::render(rule)),
        Format::Json => emit(&format!("{}\n", serde_json::json!(rule))),
    }
    Ok(exit::OK)
}

//! `vpce-policy rules` and `vpce-policy explain CODE`: the rule registry.

use crate::exit;
use crate::format::Format;
use crate::Failure;
use std::io::Write;
use vpce_policy_core::i18n::Locale;
use vpce_policy_core::i18n::Message;
use vpce_policy_core::rules;

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn emit(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Output formats of `rules`.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum RulesFormat {
    /// A table: code, severity, title.
    Human,
    /// Every rule's documentation as JSON.
    Json,
    /// The rule reference as Markdown (what docs/rules.md holds).
    Markdown,
}

/// Arguments of `rules`.
#[derive(clap::Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: RulesFormat,
}

/// The rule reference as Markdown, generated from the registry (docs/rules.md; a test keeps it current).
fn markdown(locale: Locale) -> String {
    let mut out = String::from(
        "# Rules\n\nEvery finding code, generated from the rule registry (`crates/core/src/rules/catalog.rs`) by\n`vpce-policy rules --format markdown`; a test fails when this page and the registry differ.\n\n| code | severity | title |\n|---|---|---|\n",
    );
    for r in rules::all() {
        out += &format!(
            "| [{code}](#{anchor}) | {} | {} |\n",
            r.severity().as_str(),
            r.title(locale),
            code = r.code,
            anchor = r.code.as_str().to_ascii_lowercase()
        );
    }
    for r in rules::all() {
        let lang = if r.bad.trim_start().starts_with('{') {
            "json"
        } else {
            "yaml"
        };
        out += &format!(
            "\n## {}\n\n**{}** — {}\n\n{}\n\n{}\n\nFails:\n\n```{lang}\n{}\n```\n\nPasses:\n\n```{lang}\n{}\n```\n\n[AWS documentation]({})\n",
            r.code,
            r.severity().as_str(),
            r.title(locale),
            r.checks(locale),
            r.why(locale),
            r.bad,
            r.good,
            r.url
        );
    }
    out
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
pub fn list(args: &RulesArgs, locale: Locale) -> Result<u8, Failure> {
    match args.format {
        RulesFormat::Markdown => emit(&markdown(locale)),
        RulesFormat::Human => {
            let width = rules::all()
                .iter()
                .map(|r| r.code.as_str().len())
                .max()
                .unwrap_or(0);
            let mut out = String::new();
            for r in rules::all() {
                out += &format!(
                    "{:width$}  {:16}  {}\n",
                    r.code,
                    r.severity().label(locale),
                    r.title(locale)
                );
            }
            let n = [("n", rules::all().len().to_string())];
            out += &format!(
                "\n{}\n",
                vpce_policy_core::i18n::text(locale, "cli-rules-count", &n)
            );
            emit(&out);
        }
        RulesFormat::Json => emit(&format!(
            "{}\n",
            serde_json::json!({ "rules": rules::all().iter().map(|r| r.describe(locale)).collect::<Vec<_>>() })
        )),
    }
    Ok(exit::OK)
}

/// Prints one rule's documentation.
pub fn explain(args: &ExplainArgs, locale: Locale) -> Result<u8, Failure> {
    let Some(rule) = rules::get(&args.code) else {
        let message = match rules::closest(&args.code) {
            Some(c) => Message::new("cli-no-rule-did-you-mean").arg("closest", c),
            None => Message::new("cli-no-rule"),
        };
        return Err(message.arg("code", &args.code).into());
    };
    match args.format {
        Format::Human => emit(&rules::render(rule, locale)),
        Format::Json => emit(&format!("{}\n", serde_json::json!(rule.describe(locale)))),
    }
    Ok(exit::OK)
}

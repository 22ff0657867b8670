//! `vpce-policy diagnose`: from what the user sees to the endpoint or policy that causes it.

use crate::format::Format;
use crate::Failure;
use crate::{exit, input};
use vpce_policy_core::diagnose::{self, Diagnosis};
use vpce_policy_core::eval::Request;
use vpce_policy_core::i18n::{self, Locale};

/// Arguments of `diagnose`.
#[derive(clap::Args)]
pub struct Args {
    /// The text seen: an error line from a build log, the SSM console, dnf, docker pull or CloudWatch, an
    /// AccessDenied message, or a CloudTrail event. Words are joined with spaces; without any, --file is read.
    pub text: Vec<String>,
    /// Read the text from a file (- for standard input).
    #[arg(long, conflicts_with = "text")]
    pub file: Option<String>,
    /// The endpoint policy the request went through: names the statement that refuses an AccessDenied request.
    #[arg(long)]
    pub endpoint_policy: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// Runs `diagnose`. Exit 0 when a cause was found, 1 when none was.
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    let text = match (&args.file, args.text.is_empty()) {
        (Some(f), _) => input::read(f)?,
        (None, false) => args.text.join(" "),
        (None, true) => input::read("-")?,
    };
    let found = diagnose::diagnose(&text);
    let statements = match &args.endpoint_policy {
        Some(path) => deciding_statements(&text, &input::read(path)?),
        None => Vec::new(),
    };
    match args.format {
        Format::Human => print!("{}", human(&found, &statements, locale)),
        // Causes, fixes and evidence in the chosen language; causes' kinds, endpoints and sources as always.
        Format::Json => println!(
            "{}",
            i18n::serialize_in(
                locale,
                || serde_json::json!({ "diagnoses": found, "endpointPolicy": statements })
            )
        ),
    }
    Ok(if found.is_empty() { exit::FAILED } else { exit::OK })
}

/// The statements of the endpoint policy that decide the request an AccessDenied message or event describes.
fn deciding_statements(text: &str, policy: &str) -> Vec<String> {
    let denial = diagnose::parse_event(text).or_else(|| diagnose::parse_message(text));
    let Some((action, resource)) = denial
        .as_ref()
        .and_then(|d| d.action.clone().zip(d.resource.clone()))
    else {
        return vec!["the text names no action and resource to evaluate".into()];
    };
    let request = Request {
        principal: denial.and_then(|d| d.principal),
        action,
        resource,
        ..Request::default()
    };
    diagnose::explain_endpoint_denial(policy, &request)
}

fn human(found: &[Diagnosis], statements: &[String], locale: Locale) -> String {
    let word = |id| i18n::text(locale, id, &[]);
    if found.is_empty() {
        return word("cli-diagnose-none") + "\n";
    }
    let mut out = String::new();
    for (i, d) in found.iter().enumerate() {
        out += &format!("{}. {}\n", i + 1, d.summary.render(locale));
        if let Some(e) = d.endpoint {
            out += &format!(
                "   {}: com.amazonaws.REGION.{}\n",
                word("cli-endpoint"),
                e.as_str()
            );
        }
        out += &format!(
            "   {}: {}\n   {}: {}",
            word("cli-fix"),
            d.fix.render(locale),
            word("cli-from"),
            d.evidence.render(locale)
        );
        if let Some(s) = &d.source {
            out += &format!(" ({s})");
        }
        out += "\n";
    }
    for s in statements {
        out += &format!("{}: {s}\n", word("cli-endpoint-policy"));
    }
    out
}

//! `vpce-policy`: validate, generate, evaluate and test VPC endpoint policies for EC2 Image Builder.

mod commands;
mod format;
mod help;
mod input;
mod render;
mod replay_report;
mod reports;
mod sources;
mod trail_input;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use vpce_policy_core::i18n::{Locale, Message};

/// mimalloc: request streams allocate a few small strings per line, and the system allocator was a quarter of the
/// time (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

/// Builds, validates and evaluates the VPC endpoint policies EC2 Image Builder needs in a private VPC.
#[derive(Parser)]
#[command(name = "vpce-policy", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of findings and rule docs: en or ja (default: LC_ALL, LC_MESSAGES, LANG, else English).
    /// JSON keeps its codes and fields; its messages are in this language.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Locale>,
}

fn parse_lang(tag: &str) -> Result<Locale, String> {
    Locale::parse(tag).ok_or_else(|| {
        let known: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        format!("no language `{tag}`; this build speaks {}", known.join(", "))
    })
}

/// `--lang`, else the POSIX environment.
fn locale(flag: Option<Locale>) -> Locale {
    flag.unwrap_or_else(|| {
        let var = |name| std::env::var(name).ok();
        Locale::from_env(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    })
}

/// `error: …` in the chosen language.
pub fn error_line(e: &Message, locale: Locale) -> String {
    Message::new("cli-error")
        .words("message", e.clone())
        .render(locale)
}

#[derive(Subcommand)]
enum Command {
    /// Validate a policy document and report findings with positions.
    Validate(commands::validate::Args),
    /// Evaluate requests against the policies on a request path.
    Eval(commands::eval::Args),
    /// Run a policy test file: requests with expected decisions.
    Test(commands::test::Args),
    /// Generate the Image Builder and S3 endpoint policies and their exports.
    Generate(commands::generate::Args),
    /// Run the scenario suite against given or generated endpoint policies.
    Scenarios(commands::scenarios::Args),
    /// List every finding code with its severity and title.
    Rules(commands::rules::RulesArgs),
    /// Explain one finding code: what it checks, why, a failing and a fixed example, the AWS page.
    Explain(commands::rules::ExplainArgs),
    /// From a symptom (a build log line, an AccessDenied message, a CloudTrail event) to the missing endpoint or
    /// the policy that refuses the request, with the fix.
    Diagnose(commands::diagnose::Args),
    /// Replay CloudTrail events through an endpoint policy: the calls it would deny, grouped, and with
    /// --baseline what is newly denied and newly allowed.
    Replay(commands::replay::Args),
    /// Draft a least-privilege endpoint policy from the calls a CloudTrail trail recorded.
    Draft(commands::draft::Args),
}

/// Exit codes shared by every command.
pub mod exit {
    /// No error-severity finding, every test passed.
    pub const OK: u8 = 0;
    /// An error finding, a failed test or a failed scenario.
    pub const FAILED: u8 = 1;
    /// Usage or I/O error.
    pub const USAGE: u8 = 2;
}

/// Why a command stopped: one error, or several (every invalid option at once).
pub struct Failure(pub Vec<Message>);

impl From<Message> for Failure {
    fn from(m: Message) -> Self {
        Failure(vec![m])
    }
}

/// An error from a library that speaks English only (serde's, the file system's).
impl From<String> for Failure {
    fn from(text: String) -> Self {
        Failure(vec![text.into()])
    }
}

/// `--lang` as the arguments give it, before clap reads them: the help and clap's errors speak it too.
fn lang_in(args: &[std::ffi::OsString]) -> Option<Locale> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = it.next() {
        match arg {
            "--" => return None,
            "--lang" => return it.next().and_then(Locale::parse),
            _ => {
                if let Some(tag) = arg.strip_prefix("--lang=") {
                    return Locale::parse(tag);
                }
            }
        }
    }
    None
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let early = locale(lang_in(&args));
    let parsed = help::localize(Cli::command(), early)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => match help::error(&e, early) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(exit::USAGE);
            }
            None => e.exit(),
        },
    };
    let locale = locale(cli.lang);
    let result = match cli.command {
        Command::Validate(args) => commands::validate::run(&args, locale),
        Command::Eval(args) => commands::eval::run(&args, locale),
        Command::Test(args) => commands::test::run(&args, locale),
        Command::Generate(args) => commands::generate::run(&args),
        Command::Scenarios(args) => commands::scenarios::run(&args, locale),
        Command::Rules(args) => commands::rules::list(&args, locale),
        Command::Explain(args) => commands::rules::explain(&args, locale),
        Command::Diagnose(args) => commands::diagnose::run(&args, locale),
        Command::Replay(args) => commands::replay::run(&args, locale),
        Command::Draft(args) => commands::draft::run(&args, locale),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure(errors)) => {
            for e in errors {
                eprintln!("{}", error_line(&e, locale));
            }
            ExitCode::from(exit::USAGE)
        }
    }
}

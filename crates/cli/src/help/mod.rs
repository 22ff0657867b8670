//! The command line's own words in the chosen language: `--help` (what each command and option does, clap's
//! headings) and clap's usage errors. English is the doc comments on the commands and options; other languages
//! are a help pack of the CLI (`crates/cli/locales/help-<tag>.ftl`), which browsers never download.
//!
//! An option's text is looked up as `<command>-<option>` first, then `<option>` (options shared by several
//! commands, such as `generate`'s and `scenarios'`, say it once); a possible value as `<command>-<option>-<value>`,
//! `<option>-<value>`, then `value-<value>`. `tests::every_command_and_option_has_its_japanese` keeps the pack
//! complete and free of unused entries.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::collections::HashMap;
use vpce_policy_core::i18n::{ftl, Locale};

/// The help pack of a language, or `None` for English (the doc comments).
fn pack(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => None,
        Locale::Ja => Some(include_str!("../../locales/help-ja.ftl")),
    }
}

/// A help pack read: id → text with its variables.
struct Words(HashMap<String, ftl::Pattern>);

impl Words {
    fn of(locale: Locale) -> Option<Words> {
        let entries = ftl::parse(pack(locale)?).ok()?;
        Some(Words(
            entries
                .into_iter()
                .filter_map(|(id, e)| Some((id, e.value?)))
                .collect(),
        ))
    }

    /// The text of `id` with `args` put in (the id itself when the pack lacks it: a test keeps it complete).
    fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        self.0
            .get(id)
            .map_or_else(|| id.to_string(), |pattern| ftl::format(pattern, args))
    }

    /// The text of the first of `ids` the pack has.
    fn first(&self, ids: &[String]) -> Option<String> {
        ids.iter()
            .find(|id| self.0.contains_key(*id))
            .map(|id| self.text(id, &[]))
    }
}

/// The ids an option's text is looked up by, most particular first (clap's own `--help` and `--version` are
/// `flag-help` and `flag-version`).
fn option_ids(command: &str, arg: &str) -> Vec<String> {
    if matches!(arg, "help" | "version") {
        return vec![format!("flag-{arg}")];
    }
    let arg = arg.replace('_', "-");
    vec![format!("{command}-{arg}"), arg]
}

/// The ids a possible value's text is looked up by.
fn value_ids(command: &str, arg: &str, value: &str) -> Vec<String> {
    let arg = arg.replace('_', "-");
    // Message ids have no dots (`ecr.api` is `ecr-api`).
    let value = value.replace('.', "-");
    vec![
        format!("{command}-{arg}-{value}"),
        format!("{arg}-{value}"),
        format!("value-{value}"),
    ]
}

/// The command line in `locale`: every command's and option's help from the pack, clap's headings, its
/// `help` command and its `--help` and `--version` in the language. English is returned as it is.
pub fn localize(command: Command, locale: Locale) -> Command {
    let Some(words) = Words::of(locale) else {
        return command;
    };
    let mut command = translate(command, true, &words);
    // clap adds its `help` command when it builds. Its arguments are not touched once built (clap indexes them
    // then); the command's own text can be.
    command.build();
    command.mut_subcommand("help", |help| help.about(words.text("help", &[])))
}

fn translate(mut command: Command, root: bool, words: &Words) -> Command {
    let key = if root {
        "vpce-policy".to_string()
    } else {
        command.get_name().to_string()
    };
    if let Some(about) = words.first(std::slice::from_ref(&key)) {
        command = command.about(about).long_about(None);
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        words.text("usage", &[])
    );
    command = command
        .help_template(template)
        .subcommand_help_heading(words.text("commands", &[]))
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help));
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    }
    let args: Vec<String> = command
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in args {
        command = command.mut_arg(&id, |arg| translate_arg(arg, &key, words));
    }
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subs {
        command = command.mut_subcommand(&sub, |c| translate(c, false, words));
    }
    command
}

fn translate_arg(arg: Arg, command: &str, words: &Words) -> Arg {
    let id = arg.get_id().to_string();
    let mut help = words
        .first(&option_ids(command, &id))
        .unwrap_or_else(|| arg.get_help().map(ToString::to_string).unwrap_or_default());
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let name = v.get_name();
            match words.first(&value_ids(command, &id, name)) {
                Some(text) => format!("\n  - {name}: {text}"),
                None => format!("\n  - {name}"),
            }
        })
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        help += &format!("\n{}{}", words.text("values", &[]), values.concat());
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        help += &format!("\n{}", words.text("default", &[("value", defaults.join(", "))]));
    }
    let heading = if arg.is_positional() {
        "arguments"
    } else {
        "options"
    };
    let takes_values = arg.get_action().takes_values();
    arg.help(help)
        .long_help(None)
        .hide_possible_values(takes_values)
        .hide_default_value(takes_values)
        .help_heading(words.text(heading, &[]))
}

/// A clap error (a typo in an option, a missing argument…) in `locale`; `None` to let clap say it: English, and
/// what is not an error message (`--help`, `--version`, the help shown when no command is given).
pub fn error(e: &clap::Error, locale: Locale) -> Option<String> {
    let words = Words::of(locale)?;
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let valid = context(ContextKind::ValidValue);
    let id = match e.kind() {
        ErrorKind::MissingSubcommand => "error-missing-subcommand",
        ErrorKind::InvalidValue if !valid.is_empty() => "error-invalid-value",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "error-invalid-value-any",
        ErrorKind::UnknownArgument => "error-unknown-argument",
        ErrorKind::InvalidSubcommand => "error-invalid-subcommand",
        ErrorKind::MissingRequiredArgument => "error-missing-required",
        ErrorKind::ArgumentConflict => "error-conflict",
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => "error-values",
        _ => return None,
    };
    let values = [
        ("arg", context(ContextKind::InvalidArg)),
        ("value", context(ContextKind::InvalidValue)),
        ("valid", valid),
        ("subcommand", context(ContextKind::InvalidSubcommand)),
        ("prior", context(ContextKind::PriorArg)),
    ];
    let message = words.text(id, &values);
    let mut out = vpce_policy_core::i18n::text(locale, "cli-error", &[("message", message)]);
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand].map(context);
    for s in suggested.iter().filter(|s| !s.is_empty()) {
        out += &format!("\n\n  {}", words.text("tip", &[("arg", s.clone())]));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim_start_matches("Usage:").trim();
        out += &format!("\n\n{} {usage}", words.text("usage", &[]));
    }
    out += &format!("\n\n{}\n", words.text("more", &[]));
    Some(out)
}

#[cfg(test)]
mod tests;

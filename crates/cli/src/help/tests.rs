#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use super::*;
use clap::CommandFactory;

/// Every id the command line looks up: (ids most particular first, the English).
fn lookups() -> Vec<(Vec<String>, String)> {
    let mut command = crate::Cli::command();
    command.build();
    let mut out = Vec::new();
    walk(&command, true, &mut out);
    out
}

fn walk(command: &Command, root: bool, out: &mut Vec<(Vec<String>, String)>) {
    let key = if root {
        "vpce-policy".to_string()
    } else {
        command.get_name().to_string()
    };
    let about = command.get_about().map(ToString::to_string).unwrap_or_default();
    out.push((vec![key.clone()], about));
    for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
        let id = arg.get_id().as_str();
        let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
        out.push((option_ids(&key, id), help));
        if arg.get_action().takes_values() {
            for v in arg.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
                let help = v.get_help().map(ToString::to_string).unwrap_or_default();
                if !help.is_empty() {
                    out.push((value_ids(&key, id, v.get_name()), help));
                }
            }
        }
    }
    for sub in command.get_subcommands() {
        walk(sub, false, out);
    }
}

/// Every command, option and described value has its Japanese, and the pack has nothing the command line does not
/// look up.
#[test]
fn every_command_and_option_has_its_japanese() {
    if let Err(e) = ftl::parse(pack(Locale::Ja).unwrap_or_default()) {
        panic!("help-ja.ftl: {e}");
    }
    let words = Words::of(Locale::Ja).unwrap();
    // The fixed words (headings, clap's errors) are the ids this module's code names.
    let source = include_str!("mod.rs");
    let mut used: std::collections::BTreeSet<String> = words
        .0
        .keys()
        .filter(|id| source.contains(&format!("\"{id}\"")))
        .cloned()
        .collect();
    let mut missing = Vec::new();
    for (ids, english) in lookups() {
        match ids.iter().find(|id| words.0.contains_key(*id)) {
            Some(id) => {
                used.insert(id.clone());
            }
            None => missing.push(format!("{}: {english}", ids.join(" | "))),
        }
    }
    assert_eq!(missing, Vec::<String>::new(), "no Japanese for these");
    let unused: Vec<&String> = words.0.keys().filter(|k| !used.contains(*k)).collect();
    assert_eq!(unused, Vec::<&String>::new(), "looked up by nothing");
}

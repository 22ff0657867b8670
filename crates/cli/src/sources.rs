//! What `validate` reads: policy files, templates and directories of them, and how each is checked.

use crate::reports::PolicyFindings;
use crate::{input, render};
use vpce_policy_core::i18n::Message;
use vpce_policy_core::i18n::{self, Locale};
use vpce_policy_core::ValidateOptions;
use vpce_policy_templates::{self as templates, Format, Vars};

/// The template format of a file, by its name (and its text, when given).
pub fn template_format(path: &str, text: &str) -> Option<Format> {
    if text.is_empty() {
        let lower = path.to_ascii_lowercase();
        return (lower.ends_with(".tf")
            || lower.ends_with(".yaml")
            || lower.ends_with(".yml")
            || lower.ends_with(".template"))
        .then_some(Format::CloudformationYaml);
    }
    templates::sniff(path, text)
}

/// Files as given, directories walked (honouring .gitignore, hidden files skipped) for the files this tool
/// reads: `.json`, `.yaml`, `.yml`, `.template`, `.tf`.
pub fn expand(paths: &[String]) -> Result<Vec<String>, Message> {
    let out = walk(paths, &[".json", ".yaml", ".yml", ".template", ".tf"], true);
    if out.is_empty() {
        return Err(Message::new("cli-nothing-found"));
    }
    Ok(out)
}

/// Files as given; directories walked for files whose names end (case aside) with one of `endings`, each
/// directory's sorted. `filters`: honour .gitignore and skip hidden files (a repository), or take every file (a
/// folder of data).
pub fn walk(paths: &[String], endings: &[&str], filters: bool) -> Vec<String> {
    let mut out = Vec::new();
    for p in paths {
        if p != "-" && std::path::Path::new(p).is_dir() {
            let mut found: Vec<String> = ignore::WalkBuilder::new(p)
                .standard_filters(filters)
                .build()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .map(|e| e.path().to_string_lossy().into_owned())
                .filter(|f| endings.iter().any(|x| f.to_ascii_lowercase().ends_with(x)))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Values from `--var-file` files (`.tfvars`, `.tfvars.json`, CloudFormation parameter files), then `--var`
/// `NAME=VALUE` pairs, which win.
pub fn vars(files: &[String], pairs: &[String]) -> Result<Vars, Message> {
    let mut vars = Vars::default();
    for f in files {
        let text = input::read(f)?;
        let more = templates::vars_from_file(f, &text).map_err(|e| format!("{f}: {e}"))?;
        vars.0.extend(more.0);
    }
    for p in pairs {
        let (k, v) = p
            .split_once('=')
            .ok_or_else(|| format!("--var {p}: expected NAME=VALUE"))?;
        vars.0
            .insert(k.trim().trim_start_matches("var.").to_string(), v.to_string());
    }
    Ok(vars)
}

/// The findings of a file, and the policy files it read with their texts (file name, text).
pub type Checked = (Vec<PolicyFindings>, Vec<(String, String)>);

/// Checks one file: a template's every policy, or the file as one policy. Policy files a template reads
/// (`file("policy.json")`) are checked too, and returned with their texts.
pub fn check_file(
    name: &str,
    text: &str,
    vars: &Vars,
    options: &ValidateOptions,
) -> Result<Checked, Message> {
    let found = check_one(name, text, vars, options)?;
    let mut out = Vec::new();
    let mut read = Vec::new();
    for f in found {
        let Some(external) = &f.external else {
            out.push(f);
            continue;
        };
        let path = std::path::Path::new(name)
            .parent()
            .unwrap_or(std::path::Path::new(""))
            .join(external);
        let shown = path.to_string_lossy().into_owned();
        match std::fs::read_to_string(&path) {
            Ok(policy) => {
                let inner = templates::found_in_file(&f.name, f.kind, &policy, vars);
                let options = templates::options_for(text, options);
                for r in templates::check(&[inner], vars, &options) {
                    out.push(PolicyFindings {
                        file: shown.clone(),
                        name: r.name,
                        kind: r.kind,
                        diagnostics: r.diagnostics,
                        unchecked: None,
                        external: None,
                        read_by: Some(name.to_string()),
                    });
                }
                read.push((shown, policy));
            }
            Err(e) => out.push(PolicyFindings {
                unchecked: Some(
                    Message::new("template-unchecked-unreadable-file")
                        .arg("file", &shown)
                        .arg("error", e),
                ),
                ..f
            }),
        }
    }
    Ok((out, read))
}

fn check_one(
    name: &str,
    text: &str,
    vars: &Vars,
    options: &ValidateOptions,
) -> Result<Vec<PolicyFindings>, Message> {
    let Some(format) = (name != "-").then(|| templates::sniff(name, text)).flatten() else {
        return Ok(vec![PolicyFindings {
            file: name.to_string(),
            name: String::new(),
            kind: options.kind,
            diagnostics: vpce_policy_core::validate(text, options).diagnostics,
            unchecked: None,
            external: None,
            read_by: None,
        }]);
    };
    let options = &templates::options_for(text, options);
    let found = templates::find(format, text, vars).map_err(|e| match &e {
        templates::TemplateError::Syntax { offset, .. } => {
            let p = vpce_policy_core::LineIndex::new(text).position(*offset);
            format!("{name}:{}:{}: {e}", p.line, p.column)
        }
        _ => format!("{name}: {e}"),
    })?;
    Ok(templates::check(&found, vars, options)
        .into_iter()
        .map(|r| PolicyFindings {
            file: name.to_string(),
            name: r.name,
            kind: r.kind,
            diagnostics: r.diagnostics,
            unchecked: r.unchecked,
            external: r.external,
            read_by: None,
        })
        .collect())
}

/// rustc-style output: a policy file as before; templates grouped per file and per policy.
pub fn human(
    texts: &[(String, String)],
    found: &[PolicyFindings],
    single_policy: bool,
    locale: Locale,
) -> String {
    let word = |id, args: &[(&str, String)]| i18n::text(locale, id, args);
    if single_policy {
        if let (Some((name, text)), Some(f)) = (texts.first(), found.first()) {
            return render::human(name, text, &f.diagnostics, locale);
        }
    }
    let mut out = String::new();
    let mut total = Vec::new();
    for (file, text) in texts {
        let mine: Vec<&PolicyFindings> = found.iter().filter(|f| &f.file == file).collect();
        if mine.is_empty() {
            out += &format!("{file}: {}\n\n", word("cli-no-policy-found", &[]));
            continue;
        }
        for f in mine {
            let label = if f.name.is_empty() {
                String::new()
            } else {
                format!(" {}", f.label(locale))
            };
            let kind = serde_json::to_value(f.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            match &f.unchecked {
                Some(why) => {
                    let why = why.render(locale);
                    out += &format!("{file}{label}: {}: {why}\n\n", word("cli-not-checked", &[]));
                }
                None if f.diagnostics.is_empty() => {
                    out += &format!(
                        "{file}{label} ({}): {}\n\n",
                        word("cli-kind-policy", &[("kind", kind.clone())]),
                        word("no-findings", &[])
                    )
                }
                None => {
                    out += &format!(
                        "{file}{label} ({}):\n",
                        word("cli-kind-policy", &[("kind", kind.clone())])
                    );
                    let body = render::human(input::display_name(file), text, &f.diagnostics, locale);
                    out += &body;
                    out.push('\n');
                }
            }
            total.extend(f.diagnostics.iter().cloned());
        }
    }
    // Each policy's block ends with its own count; a total only when there are several.
    if found.len() > 1 {
        out += &render::summary(&total, locale);
        out.push('\n');
    }
    out
}

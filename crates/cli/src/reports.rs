//! Findings of many files and policies, and their renderings for CI: SARIF 2.1.0 (code scanning), GitHub
//! workflow commands, and the grouped JSON.

use vpce_policy_core::i18n::{self, Locale, Message};
use vpce_policy_core::{rules, Diagnostic, LineIndex, PolicyKind, Severity};

/// The findings of one policy in one file.
pub struct PolicyFindings {
    /// The file, as given.
    pub file: String,
    /// The policy's place in the file (empty for a policy file).
    pub name: String,
    /// The kind it was validated as.
    pub kind: PolicyKind,
    /// Findings, spans in the file.
    pub diagnostics: Vec<Diagnostic>,
    /// Why it was not checked, when it was not.
    pub unchecked: Option<Message>,
    /// A policy file the template reads, checked on its own.
    pub external: Option<String>,
    /// For a policy file a template reads: that template.
    pub read_by: Option<String>,
}

impl PolicyFindings {
    /// The policy's place as shown: one that a template reads from a file of its own names that template.
    pub fn label(&self, locale: Locale) -> String {
        match &self.read_by {
            Some(template) => i18n::text(
                locale,
                "cli-read-by",
                &[("name", self.name.clone()), ("template", template.clone())],
            ),
            None => self.name.clone(),
        }
    }
}

/// The text of a file read, by its name.
fn text_of<'a>(texts: &'a [(String, String)], file: &str) -> &'a str {
    texts
        .iter()
        .find(|(f, _)| f == file)
        .map_or("", |(_, t)| t.as_str())
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::SecurityWarning | Severity::Warning => "warning",
        Severity::Suggestion => "note",
    }
}

/// SARIF 2.1.0, one run, the rule metadata from the registry.
pub fn sarif(texts: &[(String, String)], found: &[PolicyFindings], locale: Locale) -> serde_json::Value {
    let mut used: Vec<rules::Code> = found
        .iter()
        .flat_map(|f| f.diagnostics.iter().map(|d| d.code))
        .collect();
    used.sort_unstable();
    used.dedup();
    let rule_docs: Vec<serde_json::Value> = used
        .iter()
        .filter_map(|c| rules::doc(*c))
        .map(|r| {
            serde_json::json!({
                "id": r.code,
                "name": r.title(locale),
                "shortDescription": { "text": r.title(locale) },
                "fullDescription": { "text": r.checks(locale) },
                "help": { "text": r.why(locale) },
                "helpUri": r.url,
                "defaultConfiguration": { "level": level(r.severity()) },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = found
        .iter()
        .flat_map(|f| {
            let index = LineIndex::new(text_of(texts, &f.file));
            let used = &used;
            f.diagnostics.iter().map(move |d| {
                let r = d.report(&index);
                let message = if f.name.is_empty() { r.message.clone() } else { format!("{} ({})", r.message, f.label(locale)) };
                serde_json::json!({
                    "ruleId": r.code,
                    "ruleIndex": used.iter().position(|c| *c == d.code).unwrap_or(0),
                    "level": level(r.severity),
                    "message": { "text": message },
                    "locations": [{ "physicalLocation": {
                        "artifactLocation": { "uri": uri(&f.file) },
                        "region": { "startLine": r.line, "startColumn": r.column, "endLine": r.end_line, "endColumn": r.end_column.max(1) },
                    }}],
                })
            }).collect::<Vec<_>>()
        })
        .collect();
    serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "vpce-policy",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
                "rules": rule_docs,
            }},
            "results": results,
        }],
    })
}

/// A file name as a SARIF artifact URI: a relative reference as given, an absolute path as a `file://` URI,
/// each byte outside the URI's unreserved characters percent-encoded.
fn uri(file: &str) -> String {
    let mut out = String::new();
    for b in file.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out += &format!("%{b:02X}");
        }
    }
    if out.starts_with('/') {
        format!("file://{out}")
    } else {
        out
    }
}

/// Replaces each character of the table by its escape, in one pass.
fn escape(s: &str, table: &[(char, &str)]) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match table.iter().find(|(k, _)| *k == c) {
            Some((_, e)) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// A property value of a workflow command, escaped as GitHub's toolkit does.
fn property(s: &str) -> String {
    escape(
        s,
        &[
            ('%', "%25"),
            ('\r', "%0D"),
            ('\n', "%0A"),
            (':', "%3A"),
            (',', "%2C"),
        ],
    )
}

/// A workflow command's message.
fn data(s: &str) -> String {
    escape(s, &[('%', "%25"), ('\r', "%0D"), ('\n', "%0A")])
}

/// GitHub Actions workflow commands: one annotation a finding.
pub fn github(texts: &[(String, String)], found: &[PolicyFindings]) -> String {
    let mut out = String::new();
    for f in found {
        let text = texts
            .iter()
            .find(|(file, _)| *file == f.file)
            .map(|(_, t)| t.as_str())
            .unwrap_or("");
        let index = LineIndex::new(text);
        for d in &f.diagnostics {
            let r = d.report(&index);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::SecurityWarning | Severity::Warning => "warning",
                Severity::Suggestion => "notice",
            };
            let name = if f.name.is_empty() {
                String::new()
            } else {
                format!(" ({})", f.label(Locale::En))
            };
            out += &format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                property(&f.file),
                r.line,
                r.column,
                r.end_line,
                r.end_column,
                property(&r.code),
                data(&format!("{}{name}", r.message))
            );
        }
        if let Some(why) = &f.unchecked {
            out += &format!(
                "::notice file={},title=not checked::{}\n",
                property(&f.file),
                data(&format!("{}: {why}", f.label(Locale::En)))
            );
        }
    }
    out
}

fn xml(s: &str) -> String {
    escape(
        s,
        &[('&', "&amp;"), ('<', "&lt;"), ('>', "&gt;"), ('"', "&quot;")],
    )
}

/// JUnit XML: a test case per policy, failed when it has an error finding; the other findings in its output.
pub fn junit(texts: &[(String, String)], found: &[PolicyFindings]) -> String {
    let failures = found
        .iter()
        .filter(|f| f.diagnostics.iter().any(|d| d.severity == Severity::Error))
        .count();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n<testsuite name=\"vpce-policy\" tests=\"{}\" failures=\"{failures}\">\n",
        found.len()
    );
    for f in found {
        let text = texts
            .iter()
            .find(|(file, _)| *file == f.file)
            .map(|(_, t)| t.as_str())
            .unwrap_or("");
        let index = LineIndex::new(text);
        let name = if f.name.is_empty() {
            f.file.clone()
        } else {
            f.label(Locale::En)
        };
        out += &format!(
            "<testcase classname=\"{}\" name=\"{}\">",
            xml(&f.file),
            xml(&name)
        );
        let line = |d: &Diagnostic| {
            let r = d.report(&index);
            format!(
                "{}:{}:{}: {}[{}]: {}",
                f.file, r.line, r.column, r.severity, r.code, r.message
            )
        };
        let errors: Vec<String> = f
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(line)
            .collect();
        if let Some(first) = errors.first() {
            out += &format!(
                "<failure message=\"{}\" type=\"error\">{}</failure>",
                xml(first),
                xml(&errors.join("\n"))
            );
        }
        let others: Vec<String> = f
            .diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Error)
            .map(line)
            .collect();
        if let Some(why) = &f.unchecked {
            out += &format!("<skipped message=\"{}\"/>", xml(&why.to_string()));
        }
        if !others.is_empty() {
            out += &format!("<system-out>{}</system-out>", xml(&others.join("\n")));
        }
        out += "</testcase>\n";
    }
    out + "</testsuite>\n</testsuites>\n"
}

/// The grouped JSON: per file, per policy.
pub fn json(texts: &[(String, String)], found: &[PolicyFindings]) -> serde_json::Value {
    let mut files: Vec<serde_json::Value> = Vec::new();
    for (file, text) in texts {
        let index = LineIndex::new(text);
        let policies: Vec<serde_json::Value> = found
            .iter()
            .filter(|f| &f.file == file)
            .map(|f| {
                let mut p = serde_json::json!({
                    "name": f.label(Locale::En),
                    "kind": f.kind,
                    "diagnostics": f.diagnostics.iter().map(|d| d.report(&index)).collect::<Vec<_>>(),
                });
                if let (Some(why), Some(o)) = (&f.unchecked, p.as_object_mut()) {
                    o.insert("unchecked".into(), serde_json::json!(why.to_string()));
                }
                p
            })
            .collect();
        files.push(serde_json::json!({ "file": file, "policies": policies }));
    }
    serde_json::json!({ "files": files })
}

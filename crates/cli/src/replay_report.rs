//! The replay report for people (human, Markdown) and spreadsheets (CSV). JSON is the core's report as it is.

use clap::ValueEnum;
use vpce_policy_core::trail::{Group, Report};

/// How `replay` prints.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReplayFormat {
    /// Grouped sections for a terminal.
    Human,
    /// Every event with its rebuilt requests and decisions, then the report.
    Json,
    /// One row per group, every section.
    Csv,
    /// Tables, for a pull request or a ticket.
    Markdown,
}

/// The sections in the order a reader needs them: what breaks, what is uncertain, what changes.
fn sections(r: &Report) -> [(&'static str, &'static str, &[Group]); 5] {
    [
        ("denied", "Denied by the candidate", &r.denied),
        ("unknown", "Rests on what the trail does not record", &r.unknown),
        ("newlyDenied", "Newly denied (the baseline allows them)", &r.newly_denied),
        ("newlyAllowed", "Newly allowed (the baseline denies them)", &r.newly_allowed),
        (
            "baselineContradicted",
            "Refused by the endpoint (VpceAccessDenied) but allowed by the baseline: the baseline is not the deployed policy",
            &r.baseline_contradicted,
        ),
    ]
}

/// Renders the report.
/// `unread`: the files that could not be read to their end, each with why (a people's format says so at the end).
pub fn render(r: &Report, format: ReplayFormat, policy: &str, baseline: bool, unread: &[String]) -> String {
    let mut out = match format {
        ReplayFormat::Csv => return csv(r),
        ReplayFormat::Markdown => markdown(r, policy),
        _ => human(r, policy, baseline),
    };
    if !unread.is_empty() {
        out += &format!(
            "\n{} file(s) could not be read to the end; the report covers the events before:\n",
            unread.len()
        );
        for u in unread {
            out += &format!("  {u}\n");
        }
    }
    out
}

fn calls(groups: &[Group]) -> u64 {
    groups.iter().map(|g| g.count).sum()
}

/// `1 call`, `2 calls`.
fn count(n: u64, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn decided_by(g: &Group) -> String {
    match &g.statement {
        Some(s) => format!("decided by {s}"),
        None => "no statement allows it".into(),
    }
}

fn depends(g: &Group) -> String {
    if g.depends_on
        .iter()
        .any(|k| k == vpce_policy_core::trail::replay::UNKNOWN_RESOURCE)
    {
        return "the event does not name the resource; denied for `*`".into();
    }
    format!(
        "rests on {} (not in CloudTrail: give --principal-org-id or --org to know)",
        g.depends_on.join(", ")
    )
}

fn human(r: &Report, policy: &str, baseline: bool) -> String {
    let mut out = format!(
        "Replayed {} of {} events ({} requests) through {policy}: {} allowed.\n",
        r.replayed, r.events, r.requests, r.allowed
    );
    for (id, title, groups) in sections(r) {
        if groups.is_empty() || (!baseline && id.starts_with("newly")) {
            continue;
        }
        out += &format!(
            "\n{title}: {} in {}\n",
            count(calls(groups), "call"),
            count(groups.len() as u64, "group")
        );
        for g in groups {
            out += &format!("  {:>6}× {}  {}\n", g.count, g.action, g.resource);
            let why = if g.depends_on.is_empty() {
                decided_by(g)
            } else {
                depends(g)
            };
            out += &format!(
                "          by {} · {why} · {} … {} · e.g. event {}\n",
                g.caller, g.first_seen, g.last_seen, g.example_event
            );
        }
    }
    if r.vpce_denied > 0 {
        out += &format!(
            "\nThe endpoint refused {} (errorCode VpceAccessDenied): what the deployed policy decided. The candidate refuses {} of them too (not counted as denied: nothing that works today breaks).\n",
            count(r.vpce_denied, "call"),
            count(r.still_refused, "request")
        );
    }
    if !r.skipped.is_empty() {
        let skipped = r.skipped.iter().map(|s| s.count).sum::<u64>();
        out += &format!("\nNot replayed: {}\n", count(skipped, "event"));
        for s in &r.skipped {
            out += &format!(
                "  {:>6}  {} (e.g. {})\n",
                s.count,
                s.reason,
                s.examples.join(", ")
            );
        }
    }
    if r.denied.is_empty() && r.unknown.is_empty() && r.replayed > 0 {
        out += "\nThe candidate denies none of the replayed calls.\n";
    }
    out
}

fn csv(r: &Report) -> String {
    let mut out = String::from(
        "section,action,caller,resource,statement,depends_on,count,first_seen,last_seen,example_event\n",
    );
    for (id, _, groups) in sections(r) {
        for g in groups {
            let fields = [
                id.to_string(),
                g.action.clone(),
                g.caller.clone(),
                g.resource.clone(),
                g.statement.clone().unwrap_or_default(),
                g.depends_on.join(" "),
                g.count.to_string(),
                g.first_seen.clone(),
                g.last_seen.clone(),
                g.example_event.clone(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out += &row.join(",");
            out += "\n";
        }
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_string()
    }
}

fn markdown(r: &Report, policy: &str) -> String {
    let mut out = format!(
        "## Replay of `{policy}`\n\n{} of {} events replayed ({} requests), {} allowed.\n",
        r.replayed, r.events, r.requests, r.allowed
    );
    for (_, title, groups) in sections(r) {
        if groups.is_empty() {
            continue;
        }
        out += &format!("\n### {title}\n\n| Calls | Action | Resource | Caller | Why | First seen | Last seen | Example |\n|---:|---|---|---|---|---|---|---|\n");
        for g in groups {
            let why = if g.depends_on.is_empty() {
                decided_by(g)
            } else {
                depends(g)
            };
            out += &format!(
                "| {} | `{}` | `{}` | `{}` | {} | {} | {} | `{}` |\n",
                g.count,
                g.action,
                g.resource,
                g.caller,
                why.replace('|', "\\|"),
                g.first_seen,
                g.last_seen,
                g.example_event
            );
        }
    }
    if !r.skipped.is_empty() {
        out += "\n### Not replayed\n\n| Events | Why |\n|---:|---|\n";
        for s in &r.skipped {
            out += &format!("| {} | {} |\n", s.count, s.reason.replace('|', "\\|"));
        }
    }
    out
}

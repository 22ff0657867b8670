//! The replay report for people (human, Markdown) and spreadsheets (CSV). JSON is the core's report as it is.

use clap::ValueEnum;
use vpce_policy_core::i18n::{self, Locale, Message};
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

/// The sections in the order a reader needs them: what breaks, what is uncertain, what changes. The id is the
/// CSV's `section` column; the message id titles the others.
fn sections(r: &Report) -> [(&'static str, &'static str, &[Group]); 5] {
    [
        ("denied", "cli-replay-denied", &r.denied),
        ("unknown", "cli-replay-unknown", &r.unknown),
        ("newlyDenied", "cli-replay-newly-denied", &r.newly_denied),
        ("newlyAllowed", "cli-replay-newly-allowed", &r.newly_allowed),
        (
            "baselineContradicted",
            "cli-replay-contradicted",
            &r.baseline_contradicted,
        ),
    ]
}

/// What the report is about, and in which language it speaks.
pub struct Shown<'a> {
    /// The candidate policy's file, as given.
    pub policy: &'a str,
    /// Whether a baseline was given (the "newly" sections are shown only then).
    pub baseline: bool,
    /// The files that could not be read to their end, each with why (said at the end).
    pub unread: &'a [Message],
    /// The language.
    pub locale: Locale,
}

impl Shown<'_> {
    fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        i18n::text(self.locale, id, args)
    }

    /// `1 call`, `2 calls`, …: `id` is the message's stem.
    fn count(&self, id: &str, n: u64) -> String {
        i18n::count(self.locale, id, usize::try_from(n).unwrap_or(usize::MAX), &[])
    }

    /// Why a group is where it is: its deciding statement, or what it rests on.
    fn why(&self, g: &Group) -> String {
        let unnamed = g
            .depends_on
            .iter()
            .any(|k| k == vpce_policy_core::trail::replay::UNKNOWN_RESOURCE);
        match (&g.statement, g.depends_on.is_empty()) {
            _ if unnamed => self.text("cli-replay-unnamed-resource", &[]),
            (_, false) => self.text("cli-replay-rests-on", &[("keys", g.depends_on.join(", "))]),
            (Some(s), true) => self.text("replay-decided-by", &[("statement", s.clone())]),
            (None, true) => self.text("replay-no-statement-allows", &[]),
        }
    }

    fn summary(&self, r: &Report) -> String {
        let n = |k, v: u64| (k, v.to_string());
        self.text(
            "cli-replay-summary",
            &[
                n("replayed", r.replayed),
                n("events", r.events),
                n("requests", r.requests),
                n("allowed", r.allowed),
                ("policy", self.policy.to_string()),
            ],
        )
    }
}

/// Renders the report.
pub fn render(r: &Report, format: ReplayFormat, shown: &Shown<'_>) -> String {
    let mut out = match format {
        ReplayFormat::Csv => return csv(r),
        ReplayFormat::Markdown => markdown(r, shown),
        _ => human(r, shown),
    };
    if !shown.unread.is_empty() {
        let n = shown.unread.len();
        out += &format!("\n{}\n", i18n::count(shown.locale, "cli-replay-unread", n, &[]));
        for u in shown.unread {
            out += &format!("  {}\n", u.render(shown.locale));
        }
    }
    out
}

fn calls(groups: &[Group]) -> u64 {
    groups.iter().map(|g| g.count).sum()
}

fn human(r: &Report, s: &Shown<'_>) -> String {
    let mut out = format!("{}\n", s.summary(r));
    for (id, title, groups) in sections(r) {
        if groups.is_empty() || (!s.baseline && id.starts_with("newly")) {
            continue;
        }
        let line = [
            ("title", s.text(title, &[])),
            ("calls", s.count("cli-replay-calls", calls(groups))),
            ("groups", s.count("cli-replay-groups", groups.len() as u64)),
        ];
        out += &format!("\n{}\n", s.text("cli-replay-section", &line));
        for g in groups {
            out += &format!("  {:>6}× {}  {}\n", g.count, g.action, g.resource);
            let detail = [
                ("caller", g.caller.clone()),
                ("why", s.why(g)),
                ("first", g.first_seen.clone()),
                ("last", g.last_seen.clone()),
                ("event", g.example_event.clone()),
            ];
            out += &format!("          {}\n", s.text("cli-replay-group", &detail));
        }
    }
    if r.vpce_denied > 0 {
        let counts = [
            ("calls", s.count("cli-replay-calls", r.vpce_denied)),
            ("requests", s.count("cli-replay-requests", r.still_refused)),
        ];
        out += &format!("\n{}\n", s.text("cli-replay-vpce-denied", &counts));
    }
    if !r.skipped.is_empty() {
        let skipped = r.skipped.iter().map(|k| k.count).sum::<u64>();
        let events = [("events", s.count("cli-replay-events", skipped))];
        out += &format!("\n{}\n", s.text("cli-replay-not-replayed", &events));
        for k in &r.skipped {
            let line = [
                ("reason", k.reason.render(s.locale)),
                ("examples", k.examples.join(", ")),
            ];
            out += &format!("  {:>6}  {}\n", k.count, s.text("cli-replay-skipped", &line));
        }
    }
    if r.denied.is_empty() && r.unknown.is_empty() && r.replayed > 0 {
        out += &format!("\n{}\n", s.text("replay-policy-denies-none-replayed", &[]));
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

fn markdown(r: &Report, s: &Shown<'_>) -> String {
    let mut out = format!(
        "## {}\n\n{}\n",
        s.text("cli-replay-title", &[("policy", s.policy.to_string())]),
        s.summary(r)
    );
    let columns = [
        "replay-calls",
        "replay-action",
        "replay-resource",
        "replay-caller",
        "replay-why",
        "cli-replay-first-seen",
        "cli-replay-last-seen",
        "cli-replay-example",
    ]
    .map(|id| s.text(id, &[]))
    .join(" | ");
    for (_, title, groups) in sections(r) {
        if groups.is_empty() {
            continue;
        }
        out += &format!(
            "\n### {}\n\n| {columns} |\n|---:|---|---|---|---|---|---|---|\n",
            s.text(title, &[])
        );
        for g in groups {
            out += &format!(
                "| {} | `{}` | `{}` | `{}` | {} | {} | {} | `{}` |\n",
                g.count,
                g.action,
                g.resource,
                g.caller,
                s.why(g).replace('|', "\\|"),
                g.first_seen,
                g.last_seen,
                g.example_event
            );
        }
    }
    if !r.skipped.is_empty() {
        out += &format!(
            "\n### {}\n\n| {} | {} |\n|---:|---|\n",
            s.text("cli-replay-not-replayed-heading", &[]),
            s.text("cli-replay-events", &[]),
            s.text("replay-why", &[])
        );
        for k in &r.skipped {
            out += &format!(
                "| {} | {} |\n",
                k.count,
                k.reason.render(s.locale).replace('|', "\\|")
            );
        }
    }
    out
}

//! `vpce-policy replay`: which of the calls a CloudTrail trail recorded would an endpoint policy deny.

use crate::replay_report::{self, ReplayFormat};
use crate::trail_input::{self, ReadFile};
use crate::Failure;
use crate::{exit, input};
use std::collections::BTreeMap;
use std::io::Write;
use vpce_policy_core::i18n::{Locale, Message};
use vpce_policy_core::lint::condition_format::is_account;
use vpce_policy_core::trail::{Collector, RebuildOptions, Replayer};

/// What selects and completes the events: shared by `replay` and `draft`.
#[derive(clap::Args)]
pub struct TrailArgs {
    /// CloudTrail files or folders: log files as delivered to S3 (`{"Records":[…]}`), JSON Lines exported from
    /// CloudTrail Lake or Athena, `aws cloudtrail lookup-events` output; gzipped or not; - for standard input.
    #[arg(required = true)]
    pub trail: Vec<String>,
    /// Only the calls through this VPC endpoint (`vpce-…`). Without it, the calls through any of your endpoints.
    #[arg(long)]
    pub vpce: Option<String>,
    /// Replay calls that did not pass a VPC endpoint too, as if they had (to try a policy before the endpoint
    /// exists).
    #[arg(long)]
    pub all_calls: bool,
    /// The organization of the accounts that recorded the trail (aws:PrincipalOrgID, aws:ResourceOrgID).
    /// CloudTrail does not record it; without it, decisions that rest on it are reported as such.
    #[arg(id = "trail-principal-org-id", long = "principal-org-id", value_name = "o-…")]
    pub principal_org_id: Option<String>,
    /// The organization of another account: ACCOUNT=o-… (repeatable).
    #[arg(long = "org", value_name = "ACCOUNT=o-…")]
    pub orgs: Vec<String>,
    /// A file of ACCOUNT,o-… lines (commas, tabs or spaces; # starts a comment).
    #[arg(long, value_name = "FILE")]
    pub org_file: Option<String>,
}

impl TrailArgs {
    /// The rebuild options from the flags.
    pub fn options(&self) -> Result<RebuildOptions, Message> {
        let mut orgs = BTreeMap::new();
        let mut add = |pair: &str, from: &str| -> Result<(), Message> {
            let mut f = pair.split(['=', ',', '\t', ' ']).filter(|s| !s.is_empty());
            match (f.next(), f.next(), f.next()) {
                (Some(a), Some(o), None) if is_account(a) && o.starts_with("o-") => {
                    orgs.insert(a.to_string(), o.to_string());
                    Ok(())
                }
                _ => Err(Message::new("cli-bad-org").arg("from", from).arg("value", pair)),
            }
        };
        for pair in &self.orgs {
            add(pair, "--org")?;
        }
        if let Some(file) = &self.org_file {
            for (i, line) in input::read(file)?.lines().enumerate() {
                let line = line.split('#').next().unwrap_or_default().trim();
                if !line.is_empty() {
                    add(line, &format!("{}:{}", input::display_name(file), i + 1))?;
                }
            }
        }
        Ok(RebuildOptions {
            orgs,
            home_org: self.principal_org_id.clone(),
            all_calls: self.all_calls,
        })
    }
}

/// Arguments of `replay`.
#[derive(clap::Args)]
pub struct Args {
    /// The candidate endpoint policy.
    #[arg(long)]
    pub policy: String,
    /// The policy deployed today: the report then says what is newly denied and newly allowed.
    #[arg(long)]
    pub baseline: Option<String>,
    #[command(flatten)]
    pub trail: TrailArgs,
    /// Output format. `json` lists every event (its ID, rebuilt requests and decisions) and then the report.
    #[arg(long, value_enum, default_value = "human")]
    pub format: ReplayFormat,
}

/// What one file gave.
struct FileResult {
    collector: Collector,
    /// The events as JSON, for `--format json`.
    events: Vec<String>,
    error: Option<Message>,
}

/// Runs `replay`. Exit 0 when the candidate denies none of the calls, 1 when it denies some (or, with a
/// baseline, newly denies some), 2 on a usage error or when a file could not be read to its end (the report
/// then covers the rest, and says so).
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    let candidate = input::read(&args.policy)?;
    let baseline = args.baseline.as_deref().map(input::read).transpose()?;
    let replayer = Replayer::new(
        &candidate,
        baseline.as_deref(),
        args.trail.vpce.clone(),
        args.trail.options()?,
    );
    for (e, words) in replayer.candidate_errors() {
        let at = format!("{}:{}:{}", args.policy, e.line, e.column);
        let warning = Message::new("cli-replay-as-written")
            .arg("at", at)
            .words("message", words.clone());
        eprintln!("{}", warning.render(locale));
    }
    let files = trail_input::expand(&args.trail.trail)?;
    let json = args.format == ReplayFormat::Json;
    let per_file = |read: &mut ReadFile<'_>| {
        let mut r = FileResult {
            collector: Collector::default(),
            events: Vec::new(),
            error: None,
        };
        let outcome = read(&mut |record| {
            if let Some(replayed) = r.collector.take(&replayer, record, "") {
                if json {
                    r.events
                        .push(serde_json::to_string(&replayed).unwrap_or_default());
                }
            }
        });
        r.error = outcome.err();
        r
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut total = Collector::default();
    let mut first = true;
    let mut unread: Vec<Message> = Vec::new();
    let mut write_error = None;
    if json {
        write_error = write!(out, "{{\"events\":[").err();
    }
    trail_input::for_each_file(&files, &per_file, &mut |_, r| {
        if let Some(e) = &r.error {
            eprintln!("{}", crate::error_line(e, locale));
            unread.push(e.clone());
        }
        for e in &r.events {
            let sep = if first { "\n" } else { ",\n" };
            first = false;
            if let Err(err) = write!(out, "{sep}{e}") {
                write_error.get_or_insert(err);
            }
        }
        total.merge(r.collector);
    });
    let report = total.report();
    let text = match args.format {
        ReplayFormat::Json => {
            let unread: Vec<String> = unread.iter().map(|m| m.english().into_owned()).collect();
            format!(
                "\n],\"report\":{},\"unreadable\":{}}}\n",
                serde_json::to_string(&report).map_err(|e| e.to_string())?,
                serde_json::to_string(&unread).map_err(|e| e.to_string())?
            )
        }
        other => {
            let shown = replay_report::Shown {
                policy: &args.policy,
                baseline: args.baseline.is_some(),
                unread: &unread,
                locale,
            };
            replay_report::render(&report, other, &shown)
        }
    };
    let cannot_write = |e: std::io::Error| Message::new("cli-cannot-write-report").arg("error", e);
    write!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(cannot_write)?;
    if let Some(e) = write_error {
        return Err(cannot_write(e).into());
    }
    Ok(if !unread.is_empty() {
        exit::USAGE
    } else if !report.denied.is_empty() || !report.newly_denied.is_empty() {
        exit::FAILED
    } else {
        exit::OK
    })
}

//! `vpce-policy eval`: evaluate requests against the policies on a request path.

use crate::format::Format;
use crate::Failure;
use crate::{exit, input};
use std::io::{BufWriter, Write};
use vpce_policy_core::eval::{CompiledPolicy, EvalResult, Layer, Level, PolicySet, Request, ResourcePolicy};
use vpce_policy_core::i18n::Locale;
use vpce_policy_core::i18n::Message;

/// Arguments of `eval`.
#[derive(clap::Args)]
pub struct Args {
    /// The VPC endpoint policy.
    #[arg(long)]
    pub endpoint_policy: Option<String>,
    /// An identity-based policy of the principal (repeatable). Without it, and without --no-identity-policies,
    /// the identity layer is outside the question.
    #[arg(long)]
    pub identity_policy: Vec<String>,
    /// The principal's identity policies are exactly those given with --identity-policy: none, if none is given.
    #[arg(long)]
    pub no_identity_policies: bool,
    /// The resource-based policy.
    #[arg(long, conflicts_with = "no_resource_policy")]
    pub resource_policy: Option<String>,
    /// The resource has no resource-based policy (without this or --resource-policy, that layer is outside the
    /// question).
    #[arg(long)]
    pub no_resource_policy: bool,
    /// A service control policy, as an organization level of its own (repeatable; every level must allow).
    #[arg(long)]
    pub scp: Vec<String>,
    /// An SCP level with its policies: NAME=FILE[,FILE...] (repeatable, root first; at least one policy of
    /// each level must allow).
    #[arg(long, value_name = "NAME=FILES")]
    pub scp_level: Vec<String>,
    /// A resource control policy, as a level of its own (repeatable; only an explicit Deny counts).
    #[arg(long)]
    pub rcp: Vec<String>,
    /// An RCP level with its policies: NAME=FILE[,FILE...] (repeatable).
    #[arg(long, value_name = "NAME=FILES")]
    pub rcp_level: Vec<String>,
    /// The permissions boundary.
    #[arg(long)]
    pub permissions_boundary: Option<String>,
    /// The session policy.
    #[arg(long)]
    pub session_policy: Option<String>,
    /// A request as a JSON object: {"principal","action","resource","resourceAccount","context",
    /// "serviceLinkedRole","managementAccount"}.
    #[arg(long, conflicts_with = "requests", required_unless_present = "requests")]
    pub request: Option<String>,
    /// Requests as JSON Lines, one object per line, streamed (gzip-compressed input is read as such), or - for
    /// standard input.
    #[arg(long)]
    pub requests: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Include the per-layer, per-statement explanation.
    #[arg(long)]
    pub explain: bool,
}

fn compile(path: &str, layer: Layer) -> Result<CompiledPolicy, Message> {
    Ok(CompiledPolicy::compile(&input::read(path)?, layer.policy_kind()))
}

/// The levels of `--scp`/`--rcp` (one each) followed by those of `--scp-level`/`--rcp-level` (NAME=FILES).
fn levels(single: &[String], named: &[String], layer: Layer) -> Result<Vec<Level>, Message> {
    let flag = layer.as_str();
    let mut out: Vec<Level> = single
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Ok(Level {
                name: format!("level-{}", i + 1),
                policies: vec![compile(p, layer)?],
            })
        })
        .collect::<Result<_, Message>>()?;
    for spec in named {
        let (name, files) = spec
            .split_once('=')
            .ok_or_else(|| Message::new("cli-bad-level").arg("flag", flag).arg("spec", spec))?;
        let policies = files
            .split(',')
            .filter(|f| !f.is_empty())
            .map(|f| compile(f, layer))
            .collect::<Result<Vec<_>, _>>()?;
        out.push(Level {
            name: name.to_string(),
            policies,
        });
    }
    Ok(out)
}

/// Runs `eval`. Exit code 0 whatever the decisions; 2 for unreadable input.
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    let one = |p: &Option<String>, l| p.as_deref().map(|p| compile(p, l)).transpose();
    let many = |ps: &Vec<String>, l| ps.iter().map(|p| compile(p, l)).collect::<Result<Vec<_>, _>>();
    let set = PolicySet {
        endpoint: one(&args.endpoint_policy, Layer::Endpoint)?,
        identity: (args.no_identity_policies || !args.identity_policy.is_empty())
            .then(|| many(&args.identity_policy, Layer::Identity))
            .transpose()?,
        resource: match (&args.resource_policy, args.no_resource_policy) {
            (Some(p), _) => ResourcePolicy::Present(compile(p, Layer::Resource)?),
            (None, true) => ResourcePolicy::Absent,
            (None, false) => ResourcePolicy::NotModelled,
        },
        scp: levels(&args.scp, &args.scp_level, Layer::Scp)?,
        rcp: levels(&args.rcp, &args.rcp_level, Layer::Rcp)?,
        permissions_boundary: one(&args.permissions_boundary, Layer::PermissionsBoundary)?,
        session: one(&args.session_policy, Layer::Session)?,
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut emit = |r: &EvalResult| -> Result<(), Message> {
        let text = match args.format {
            Format::Json => json_line(r, args.explain),
            Format::Human => crate::render::eval_result(r, locale),
        };
        writeln!(out, "{text}").map_err(|e| Message::new("cli-cannot-write-output").arg("error", e))
    };
    if let Some(path) = &args.request {
        let invalid = |e: &dyn std::fmt::Display| {
            Message::new("cli-invalid-request")
                .arg("file", path)
                .arg("error", e)
        };
        let request: Request = serde_json::from_str(&input::read(path)?).map_err(|e| invalid(&e))?;
        if let Some(problem) = request.principal_problem() {
            return Err(invalid(&problem).into());
        }
        emit(&set.evaluate(&request, args.explain))?;
    } else if let Some(path) = &args.requests {
        // Streamed line by line: a JSON Lines file of any size in bounded memory.
        let raw: Box<dyn std::io::Read> = if path == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(path).map_err(|e| input::cannot_read(path, &e))?)
        };
        // Gzip input (`requests.jsonl.gz`, or gzip on standard input) is recognised by its magic bytes.
        let mut buffered = std::io::BufReader::with_capacity(1 << 16, raw);
        let gzip = std::io::BufRead::fill_buf(&mut buffered)
            .map_err(|e| input::cannot_read(path, &e))?
            .starts_with(&[0x1f, 0x8b]);
        let reader: Box<dyn std::io::BufRead> = if gzip {
            Box::new(std::io::BufReader::new(flate2::bufread::MultiGzDecoder::new(
                buffered,
            )))
        } else {
            Box::new(buffered)
        };
        super::eval_stream::run(&set, reader, &mut out, (path, args.format, args.explain, locale))?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(exit::OK)
}

fn json_line(r: &EvalResult, explain: bool) -> String {
    let mut out = Vec::new();
    super::eval_stream::write_json(r, explain, &mut out);
    String::from_utf8_lossy(out.trim_ascii_end()).into_owned()
}

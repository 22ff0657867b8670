//! `vpce-policy draft --from-trail`: a least-privilege endpoint policy from the calls a trail recorded.

use super::replay::TrailArgs;
use crate::exit;
use crate::trail_input::{self, ReadFile};
use crate::Failure;
use vpce_policy_core::i18n::{self, Locale, Message};
use vpce_policy_core::trail::draft::{draft, DraftOptions, Observed};
use vpce_policy_core::trail::Replayer;

/// Arguments of `draft`.
#[derive(clap::Args)]
pub struct Args {
    /// Draft from the calls of a CloudTrail trail (the files or folders given, read as `replay` reads them):
    /// the one source a draft has today, named so that others can follow.
    #[arg(long, required = true)]
    pub from_trail: bool,
    #[command(flatten)]
    pub trail: TrailArgs,
    /// The region whose AWS-owned downloads (AWSTOE, the SSM agent, the Amazon Linux repositories…) the draft
    /// allows when the trail has S3 calls: what the kit's S3 endpoint allows. `none` leaves them out.
    #[arg(long, default_value = "us-east-1")]
    pub region: String,
}

/// Runs `draft`: prints the policy. Exit 0, or 1 when no call was observed or the draft is over the quota.
pub fn run(args: &Args, locale: Locale) -> Result<u8, Failure> {
    let trail = &args.trail;
    // Every call is rebuilt as a replay does; the candidate plays no part in what is observed.
    let replayer = Replayer::new("{}", None, trail.vpce.clone(), trail.options()?);
    let files = trail_input::expand(&trail.trail)?;
    let per_file = |read: &mut ReadFile<'_>| {
        let mut observed = Observed::default();
        let result = read(&mut |(_, e)| {
            if let Some(r) = e.ok().and_then(|e| replayer.replay(&e).ok()) {
                observed.add(&r);
            }
        });
        (observed, result.err())
    };
    let mut all = Observed::default();
    let mut failed = false;
    trail_input::for_each_file(&files, &per_file, &mut |_, (observed, error)| {
        if let Some(e) = error {
            eprintln!("{}", crate::error_line(&e, locale));
            failed = true;
        }
        all.merge(observed);
    });
    if failed {
        return Ok(exit::USAGE);
    }
    if all.is_empty() {
        eprintln!("{}", i18n::text(locale, "cli-draft-no-calls", &[]));
        return Ok(exit::FAILED);
    }
    let options = match args.region.as_str() {
        "none" => DraftOptions::default(),
        region => DraftOptions::default().with_kit_downloads(region),
    };
    let d = draft(&all, &options);
    println!("{}", d.policy);
    if d.generalised > 0 {
        let level = [("level", d.generalised.to_string())];
        eprintln!("{}", i18n::text(locale, "cli-draft-generalised", &level));
    }
    if d.over_quota {
        let over = Message::new("cli-draft-over-quota").arg("chars", d.chars);
        eprintln!("{}", crate::error_line(&over, locale));
        return Ok(exit::FAILED);
    }
    Ok(exit::OK)
}

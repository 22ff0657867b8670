//! From a CloudTrail event's `eventSource` and `eventName` to the IAM actions that authorized the call: the
//! service prefix and action name as the IAM data (the Service Authorization Reference) spells them, or a cited
//! exception (`data/trail_actions.tsv`, `data/trail_services.tsv`). Event sources are mapped to IAM prefixes by
//! `data/trail_sources.tsv`, generated from botocore's service models (`scripts/gen-trail-data.py`).

use crate::data::iam::iam;
use crate::i18n::Message;
use std::collections::HashMap;
use std::sync::OnceLock;

static ACTIONS: &str = include_str!("../data/trail_actions.tsv");
static SERVICES: &str = include_str!("../data/trail_services.tsv");
static SOURCES: &str = include_str!("../data/trail_sources.tsv");

/// Why an event's call could not be named as IAM actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    /// The source is not `<host>.amazonaws.com`.
    NotAService(String),
    /// No IAM service has the source's prefix.
    UnknownService(String),
    /// The service has no action of that name, and no exception maps it.
    UnknownAction {
        /// The service prefix.
        service: String,
        /// The event name.
        name: String,
    },
}

impl ActionError {
    /// The reason in the product's words (`replay-skip-…` in the language packs).
    pub fn message(&self) -> Message {
        match self {
            ActionError::NotAService(source) => {
                Message::new("replay-skip-not-a-service").arg("source", source)
            }
            ActionError::UnknownService(source) => {
                Message::new("replay-skip-unknown-service").arg("source", source)
            }
            ActionError::UnknownAction { service, name } => Message::new("replay-skip-unknown-action")
                .arg("service", service)
                .arg("name", name),
        }
    }
}

/// English, as the JSON report writes it.
impl std::fmt::Display for ActionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ActionError {}

/// The tables, read once: (host, event name) → actions, and host → IAM prefix (cited lines win over generated).
struct Tables {
    actions: HashMap<(&'static str, &'static str), Vec<String>>,
    prefixes: HashMap<&'static str, &'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let actions = rows(ACTIONS)
            .filter_map(|r| {
                let list = r.get(2)?.split(',').map(str::to_string).collect();
                Some(((*r.first()?, *r.get(1)?), list))
            })
            .collect();
        let mut prefixes = HashMap::new();
        for r in rows(SERVICES).chain(rows(SOURCES)) {
            if let (Some(host), Some(prefix)) = (r.first(), r.get(1)) {
                prefixes.entry(*host).or_insert(*prefix);
            }
        }
        Tables { actions, prefixes }
    })
}

/// The IAM actions that authorize an event's call, in the IAM data's spelling (`s3:GetObject`). Most calls are
/// one action; a few are authorized as several (`kms:ReEncrypt` → `ReEncryptFrom` and `ReEncryptTo`).
pub fn actions_for(event_source: &str, event_name: &str) -> Result<Vec<String>, ActionError> {
    let host = event_source
        .strip_suffix(".amazonaws.com")
        .or_else(|| event_source.strip_suffix(".amazonaws.com.cn"))
        .ok_or_else(|| ActionError::NotAService(event_source.to_string()))?;
    let t = tables();
    if let Some(actions) = t.actions.get(&(host, event_name)) {
        return Ok(actions.clone());
    }
    let prefix = t.prefixes.get(host).copied().unwrap_or(host);
    let data = iam();
    let service = data
        .service(prefix)
        .or_else(|| prefix.rsplit('.').next().and_then(|p| data.service(p)))
        .ok_or_else(|| ActionError::UnknownService(event_source.to_string()))?;
    let named = |name: &str| {
        data.action(service, name)
            .map(|a| format!("{}:{}", service.prefix, a.name))
    };
    named(event_name)
        .or_else(|| undated(event_name).and_then(named))
        .map(|a| vec![a])
        .ok_or_else(|| ActionError::UnknownAction {
            service: service.prefix.to_string(),
            name: event_name.to_string(),
        })
}

/// Lambda's event names carry the API version: `UpdateFunctionCode20150331v2` is `lambda:UpdateFunctionCode`
/// (Lambda developer guide, "Logging AWS Lambda API calls using AWS CloudTrail").
fn undated(name: &str) -> Option<&str> {
    let cut = name.find(|c: char| c.is_ascii_digit())?;
    let (base, suffix) = name.split_at(cut);
    let digits = suffix.bytes().take_while(u8::is_ascii_digit).count();
    let rest = suffix.get(digits..)?;
    let versioned =
        rest.is_empty() || (rest.starts_with('v') && rest.get(1..)?.bytes().all(|b| b.is_ascii_digit()));
    (digits == 8 && versioned && !base.is_empty()).then_some(base)
}

/// The data rows of a tab-separated table (comments and blank lines left out).
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_calls_as_the_service_authorization_reference_does() {
        let one = |s: &str, n: &str| actions_for(s, n).unwrap();
        assert_eq!(one("s3.amazonaws.com", "GetObject"), ["s3:GetObject"]);
        assert_eq!(one("s3.amazonaws.com", "ListBuckets"), ["s3:ListAllMyBuckets"]);
        assert_eq!(
            one("kms.amazonaws.com", "ReEncrypt"),
            ["kms:ReEncryptFrom", "kms:ReEncryptTo"]
        );
        assert_eq!(
            one("monitoring.amazonaws.com", "PutMetricData"),
            ["cloudwatch:PutMetricData"]
        );
        assert_eq!(
            one("lambda.amazonaws.com", "UpdateFunctionCode20150331v2"),
            ["lambda:UpdateFunctionCode"]
        );
        assert_eq!(
            one("lambda.amazonaws.com", "GetFunction20150331"),
            ["lambda:GetFunction"]
        );
        assert_eq!(
            one("ssmmessages.amazonaws.com", "OpenControlChannel"),
            ["ssmmessages:OpenControlChannel"]
        );
        assert_eq!(
            one("ec2.amazonaws.com", "describeinstances"),
            ["ec2:DescribeInstances"]
        );
        assert_eq!(
            actions_for("s3.amazonaws.com", "NoSuchCall"),
            Err(ActionError::UnknownAction {
                service: "s3".into(),
                name: "NoSuchCall".into()
            })
        );
        assert!(matches!(
            actions_for("nothing.amazonaws.com", "X"),
            Err(ActionError::UnknownService(_))
        ));
        assert!(matches!(
            actions_for("example.com", "X"),
            Err(ActionError::NotAService(_))
        ));
    }

    #[test]
    fn every_cited_exception_names_real_actions_and_services() {
        for r in rows(ACTIONS) {
            assert_eq!(r.len(), 4, "{r:?}");
            assert!(
                r.get(3)
                    .is_some_and(|u| u.starts_with("https://docs.aws.amazon.com/")),
                "{r:?}"
            );
            for action in r.get(2).into_iter().flat_map(|a| a.split(',')) {
                let (prefix, name) = action.split_once(':').unwrap();
                let service = iam().service(prefix).unwrap();
                assert_eq!(
                    iam().action(service, name).map(|a| a.name),
                    Some(name),
                    "{action}"
                );
            }
        }
        for r in rows(SERVICES) {
            assert_eq!(r.len(), 3, "{r:?}");
            assert!(iam().service(r[1]).is_some(), "{r:?}");
        }
        for r in rows(SOURCES) {
            assert_eq!(r.len(), 5, "{r:?}");
            assert!(iam().service(r[1]).is_some(), "{r:?}");
        }
        assert!(rows(SOURCES).count() > 300);
    }
}

//! From symptom to cause: what a user sees when a private build fails (a build log line, the SSM console, `dnf`,
//! `docker pull`, an AccessDenied message, a CloudTrail event) and which endpoint is missing or which policy
//! refuses the request, with the fix. The symptom table is cited data (`symptoms.tsv`).

mod access_denied;

pub use access_denied::{parse_event, parse_message, Denial};

use crate::data::endpoints::{EndpointId, CATALOGUE};
use crate::data::owned;
use crate::eval::{CompiledPolicy, Request};
use crate::i18n::Message;
use crate::lint::PolicyKind;
use crate::model::Effect;
use serde::Serialize;
use std::sync::OnceLock;

static TEXT: &str = include_str!("symptoms.tsv");

/// Why the build fails.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub enum Cause {
    /// The interface or gateway endpoint of a service is missing, so the request has no route.
    #[serde(rename_all = "camelCase")]
    MissingEndpoint {
        /// The endpoint's service, e.g. `ssmmessages`.
        service: String,
    },
    /// A policy refuses the request (AWS's message names its type).
    #[serde(rename_all = "camelCase")]
    PolicyDenies {
        /// The policy type, e.g. `VPC endpoint policy`.
        policy: String,
        /// The endpoint whose policy it is, when it is an endpoint policy.
        service: Option<String>,
        /// The action refused.
        action: Option<String>,
        resource: Option<String>,
        /// An explicit deny.
        explicit: bool,
    },
    /// The S3 endpoint policy refuses an AWS-owned resource the build needs (`data/owned.tsv`).
    #[serde(rename_all = "camelCase")]
    OwnedResource {
        /// Its catalogue id.
        id: String,
    },
    /// A principal condition on downloads that carry no principal (unsigned or AWS-presigned).
    PrincipalCondition,
    /// Names resolve to public addresses: the endpoint's private DNS is off, or the resolver is not used.
    PrivateDns,
    /// The endpoint is there but its security group does not let the instance in on port 443.
    SecurityGroup,
}

/// One explanation of the text.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct Diagnosis {
    pub cause: Cause,
    /// The cause in a sentence (shown in a face's language; JSON: English).
    #[serde(serialize_with = "crate::i18n::json_text")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub summary: Message,
    /// What to do (as `summary`).
    #[serde(serialize_with = "crate::i18n::json_text")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub fix: Message,
    /// The kit endpoint concerned, when there is one.
    pub endpoint: Option<EndpointId>,
    /// What in the text led here: the symptom's id, or the message read (as `summary`).
    #[serde(serialize_with = "crate::i18n::json_text")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub evidence: Message,
    /// Where this symptom is documented or reported.
    pub source: Option<String>,
}

/// One line of the symptom table.
#[derive(Debug, Clone)]
#[allow(missing_docs)] // the members' names say what they are
pub struct Symptom {
    /// Stable id.
    pub id: &'static str,
    /// Texts that must all appear (case-insensitive).
    pub markers: Vec<&'static str>,
    /// Where it is seen (imagebuilder-log, ssm-console, dnf, docker, …).
    pub seen_in: &'static str,
    /// The cause, as written in the table.
    pub cause: &'static str,
    /// Where the text appears.
    pub source: &'static str,
    /// The text as seen.
    pub example: &'static str,
}

impl Symptom {
    /// The message id of the fix (the packs' `symptom-<id>`: the table's words are there, per language).
    pub fn fix_id(&self) -> &'static str {
        symptom_fix_ids()
            .iter()
            .find(|(id, _)| *id == self.id)
            .map_or("", |(_, m)| m.as_str())
    }
}

/// `symptom-<id>` for every symptom, made once (message ids are `&'static str`).
fn symptom_fix_ids() -> &'static [(&'static str, String)] {
    static IDS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    IDS.get_or_init(|| {
        symptoms()
            .iter()
            .map(|s| (s.id, format!("symptom-{}", s.id)))
            .collect()
    })
}

/// The symptom table.
pub fn symptoms() -> &'static [Symptom] {
    static ALL: OnceLock<Vec<Symptom>> = OnceLock::new();
    ALL.get_or_init(|| {
        TEXT.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let f: Vec<&'static str> = l.split('\t').collect();
                let [id, markers, seen_in, cause, source, example] = f.as_slice() else {
                    return None;
                };
                Some(Symptom {
                    id,
                    markers: markers.split(" && ").collect(),
                    seen_in,
                    cause,
                    source,
                    example,
                })
            })
            .collect()
    })
}

/// The kit endpoint that carries a service's actions (`ssm` for `ssm:…`), or `None` outside the kit.
fn endpoint_for_service(service: &str) -> Option<EndpointId> {
    CATALOGUE
        .iter()
        .find(|e| {
            e.service.eq_ignore_ascii_case(service)
                || e.action_prefixes.iter().any(|p| p.eq_ignore_ascii_case(service))
        })
        .map(|e| e.id)
}

/// A cause written as in the table (`missing-endpoint:ssm`, `owned-resource:ecr-layers`, …).
fn table_cause(text: &str) -> Option<Cause> {
    let (kind, arg) = text.split_once(':').unwrap_or((text, ""));
    Some(match kind {
        "missing-endpoint" => Cause::MissingEndpoint { service: arg.into() },
        "endpoint-policy" => Cause::PolicyDenies {
            policy: "VPC endpoint policy".into(),
            service: Some(arg.into()),
            action: None,
            resource: None,
            explicit: false,
        },
        "owned-resource" => Cause::OwnedResource { id: arg.into() },
        "principal-condition" => Cause::PrincipalCondition,
        "private-dns" => Cause::PrivateDns,
        "security-group" => Cause::SecurityGroup,
        _ => return None,
    })
}

fn summary(cause: &Cause) -> Message {
    match cause {
        Cause::MissingEndpoint { service } => Message::new("cause-missing-endpoint").arg("service", service),
        Cause::PolicyDenies {
            policy,
            action,
            explicit,
            ..
        } => Message::new(match (explicit, action) {
            (true, Some(_)) => "cause-policy-denies-action",
            (false, Some(_)) => "cause-policy-allows-no-action",
            (true, None) => "cause-policy-denies",
            (false, None) => "cause-policy-allows-no",
        })
        .arg("policy", policy)
        .arg("action", action.as_deref().unwrap_or_default()),
        Cause::OwnedResource { id } => match owned::by_id(id) {
            Some(r) => Message::new("cause-owned-bucket")
                .arg("bucket", r.bucket)
                .arg("feature", r.feature),
            None => Message::new("cause-owned-resource").arg("id", id),
        },
        Cause::PrincipalCondition => Message::new("cause-principal-condition"),
        Cause::PrivateDns => Message::new("cause-private-dns"),
        Cause::SecurityGroup => Message::new("cause-security-group"),
    }
}

fn endpoint_of(cause: &Cause) -> Option<EndpointId> {
    match cause {
        Cause::MissingEndpoint { service } => endpoint_for_service(service),
        Cause::PolicyDenies { service, .. } => service.as_deref().and_then(endpoint_for_service),
        Cause::OwnedResource { .. } | Cause::PrincipalCondition => Some(EndpointId::S3),
        Cause::PrivateDns | Cause::SecurityGroup => None,
    }
}

/// The causes of an AccessDenied message or a VpceAccessDenied event.
fn from_denial(d: &Denial, evidence: &'static str) -> Vec<Diagnosis> {
    let service = d
        .action
        .as_deref()
        .and_then(|a| a.split(':').next())
        .map(str::to_string);
    let policy = d.policy.clone().unwrap_or_else(|| "policy".into());
    let endpoint_policy = policy == "VPC endpoint policy";
    let cause = Cause::PolicyDenies {
        policy: policy.clone(),
        service: service.clone().filter(|_| endpoint_policy),
        action: d.action.clone(),
        resource: d.resource.clone(),
        explicit: d.explicit,
    };
    let owned_resource = d
        .resource
        .as_deref()
        .and_then(crate::arn::Arn::parse)
        .and_then(|a| a.bucket().and_then(owned::for_bucket));
    let fix = match (endpoint_policy, owned_resource, d.explicit) {
        (true, Some(r), _) => Message::new("fix-allow-owned-bucket")
            .arg("bucket", r.bucket)
            .arg("keys", r.keys)
            .words("signing", Message::new(r.signing.words_id())),
        (true, None, true) => Message::new("fix-find-deny"),
        (true, None, false) => Message::new("fix-allow-action")
            .arg("action", d.action.as_deref().unwrap_or("*"))
            .arg("service", service.as_deref().unwrap_or("?")),
        (false, _, _) => Message::new("fix-other-policy").arg("policy", &policy),
    };
    let mut out = vec![Diagnosis {
        summary: summary(&cause),
        endpoint: endpoint_of(&cause),
        cause,
        fix,
        evidence: Message::new(evidence),
        source: Some(
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html".into(),
        ),
    }];
    if let (true, Some(r)) = (endpoint_policy, owned_resource) {
        let cause = Cause::OwnedResource { id: r.id.into() };
        out.push(Diagnosis {
            summary: summary(&cause),
            endpoint: Some(EndpointId::S3),
            cause,
            fix: Message::new("fix-build-needs")
                .arg("feature", r.feature)
                .arg("page", r.page),
            evidence: Message::new(evidence),
            source: Some(r.page.into()),
        });
    }
    out
}

/// Every cause the text points at, most specific first: an AccessDenied message or a VpceAccessDenied event,
/// then each symptom of the table whose markers all appear.
pub fn diagnose(text: &str) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    if let Some(d) = parse_event(text) {
        out.extend(from_denial(&d, "evidence-vpce-event"));
    } else if let Some(d) = parse_message(text).filter(|d| d.policy.is_some()) {
        out.extend(from_denial(&d, "evidence-access-denied"));
    }
    let lower = text.to_ascii_lowercase();
    for s in symptoms() {
        if !s.markers.iter().all(|m| lower.contains(&m.to_ascii_lowercase())) {
            continue;
        }
        let Some(cause) = table_cause(s.cause) else {
            continue;
        };
        if out.iter().any(|d: &Diagnosis| same_kind(&d.cause, &cause)) {
            continue;
        }
        out.push(Diagnosis {
            summary: summary(&cause),
            endpoint: endpoint_of(&cause),
            cause,
            fix: Message::new(s.fix_id()),
            evidence: Message::new("evidence-symptom").arg("id", s.id),
            source: Some(s.source.into()),
        });
    }
    out
}

/// Two causes that say the same (a parsed message and a table line about it).
fn same_kind(a: &Cause, b: &Cause) -> bool {
    match (a, b) {
        (Cause::PolicyDenies { policy: p, .. }, Cause::PolicyDenies { policy: q, .. }) => p == q,
        _ => a == b,
    }
}

/// Which statement of an endpoint policy decides a refused request, in words: the Deny that applies, or the
/// Allow statements that name the action and resource but whose conditions are not met.
pub fn explain_endpoint_denial(policy: &str, request: &Request) -> Vec<String> {
    let compiled = CompiledPolicy::compile(policy, PolicyKind::Endpoint);
    let mut statements = Vec::new();
    compiled.evaluate(&request.prepare(), Some(&mut statements));
    let name = |s: &crate::eval::StatementTrace| match &s.sid {
        Some(sid) => format!("Statement[{}] (\"{sid}\")", s.index),
        None => format!("Statement[{}]", s.index),
    };
    let denies: Vec<String> = statements
        .iter()
        .filter(|s| s.applies && s.effect == Some(Effect::Deny))
        .map(|s| format!("{} denies it", name(s)))
        .collect();
    if !denies.is_empty() {
        return denies;
    }
    if statements
        .iter()
        .any(|s| s.applies && s.effect == Some(Effect::Allow))
    {
        return vec!["the endpoint policy allows this request: another layer refuses it".into()];
    }
    let near: Vec<String> = statements
        .iter()
        .filter(|s| s.effect == Some(Effect::Allow) && s.action.matched && s.resource.matched)
        .map(|s| {
            let unmet: Vec<String> = s
                .conditions
                .iter()
                .filter(|c| !c.matched)
                .map(|c| format!("{} {}", c.operator, c.key))
                .collect();
            format!(
                "{} names the action and resource, but its condition {} is not met",
                name(s),
                unmet.join(", ")
            )
        })
        .collect();
    if near.is_empty() {
        vec!["no statement of the endpoint policy names this action and resource".into()]
    } else {
        near
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_symptom_has_its_fix_in_the_packs() {
        for s in symptoms() {
            assert!(crate::i18n::has(crate::i18n::Locale::En, s.fix_id()), "{}", s.id);
        }
    }

    use super::*;

    #[test]
    fn every_symptom_of_the_table_is_read_as_its_cause() {
        assert!(symptoms().len() >= 20);
        for s in symptoms() {
            assert!(s.source.starts_with("https://"), "{}", s.id);
            let want = table_cause(s.cause).unwrap_or_else(|| panic!("{}: cause {}", s.id, s.cause));
            let got = diagnose(s.example);
            assert!(
                got.iter().any(|d| same_kind(&d.cause, &want)),
                "{}: {:?} gives {:?}",
                s.id,
                s.example,
                got
            );
        }
    }

    #[test]
    fn an_endpoint_policy_message_on_an_aws_owned_bucket_names_the_bucket_and_the_fix() {
        let got = diagnose("User: arn:aws:sts::111122223333:assumed-role/Builder/i-1 is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/TOE/awstoe\" because no VPC endpoint policy allows the s3:GetObject action");
        assert_eq!(got[0].endpoint, Some(EndpointId::S3));
        assert!(
            got[0]
                .fix
                .to_string()
                .contains("ec2imagebuilder-toe-{region}-{env}"),
            "{}",
            got[0].fix
        );
        assert!(got.iter().any(|d| d.cause
            == Cause::OwnedResource {
                id: "imagebuilder-toe".into()
            }));
        assert!(diagnose("nothing to see here").is_empty());
    }

    #[test]
    fn the_deciding_statement_is_named() {
        let policy = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Org","Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}"#;
        let request = Request {
            action: "s3:GetObject".into(),
            resource: "arn:aws:s3:::al2023-repos-us-east-1-de612dc2/core/mirror.list".into(),
            ..Request::default()
        };
        let why = explain_endpoint_denial(policy, &request);
        assert_eq!(why.len(), 1);
        assert!(
            why[0].contains("\"Org\"") && why[0].contains("aws:PrincipalOrgID"),
            "{why:?}"
        );
    }
}

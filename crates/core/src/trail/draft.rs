//! A least-privilege endpoint policy drafted from observed traffic: each caller scope (an organization, the
//! accounts seen, anonymous callers, AWS services) gets the actions it used on the resources it used, actions
//! sharing their resources in one statement, wildcards only where the IAM data shows they add no other action.

use super::replay::EventReplay;
use super::report::resource_pattern;
use crate::data::iam::iam;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// AWS's quota on an endpoint policy, whitespace included.
const MAX_CHARS: usize = 20_480;

/// Who made a call, as a draft's statement conditions name them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Scope {
    /// Signed calls by principals of these accounts (or their organization).
    Principals,
    /// Unsigned calls: no principal condition can hold for them.
    Anonymous,
    /// AWS service principals.
    Services,
}

/// The traffic a draft allows: per scope, per action, the resources used. Collectors of separate inputs merge.
#[derive(Debug, Clone, Default)]
pub struct Observed {
    calls: BTreeMap<Scope, BTreeMap<String, BTreeSet<String>>>,
    /// The principals' accounts, each with its organization when the replay knew it.
    accounts: BTreeMap<String, Option<String>>,
}

impl Observed {
    /// Adds a replayed event's requests. Calls the endpoint refused are left out: they were not wanted traffic
    /// as far as the trail can tell (the report lists them).
    pub fn add(&mut self, e: &EventReplay) {
        if e.call.vpce_denied {
            return;
        }
        for r in &e.call.requests {
            let scope = match r.principal.as_deref() {
                None => Scope::Anonymous,
                Some(p) if !p.starts_with("arn:") => Scope::Services,
                Some(p) => {
                    if let Some(a) = crate::arn::Arn::parse(p).filter(|a| !a.account.is_empty()) {
                        let org = r
                            .context
                            .iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case("aws:PrincipalOrgID"));
                        let org = org.and_then(|(_, v)| v.single_text());
                        self.accounts.insert(a.account.to_string(), org);
                    }
                    Scope::Principals
                }
            };
            self.calls
                .entry(scope)
                .or_default()
                .entry(r.action.clone())
                .or_default()
                .insert(resource_pattern(&r.resource));
        }
    }

    /// Adds another collector's traffic.
    pub fn merge(&mut self, other: Observed) {
        self.accounts.extend(other.accounts);
        for (scope, actions) in other.calls {
            let mine = self.calls.entry(scope).or_default();
            for (action, resources) in actions {
                mine.entry(action).or_default().extend(resources);
            }
        }
    }

    /// True when no call was observed.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }
}

/// What a draft needs beyond the traffic.
#[derive(Debug, Clone, Default)]
pub struct DraftOptions {
    /// AWS-owned object ARNs the kit needs through this endpoint (S3), allowed to everyone: the build's downloads
    /// from them are unsigned or presigned, so no principal condition can hold.
    pub aws_owned: Vec<String>,
}

impl DraftOptions {
    /// The AWS-owned objects the default kit's build needs in `region` (production), as the generator names
    /// them: what `vpce-policy generate --kit` allows through the S3 endpoint.
    pub fn with_kit_downloads(mut self, region: &str) -> Self {
        let config = crate::generate::GeneratorConfig {
            region: region.to_string(),
            kit: Some(crate::generate::KitConfig::default()),
            ..crate::generate::GeneratorConfig::default()
        };
        self.aws_owned = crate::generate::aws_bucket_arns(&config);
        self
    }
}

/// A drafted policy.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// The policy, pretty-printed.
    pub policy: String,
    /// Its length in characters, whitespace included.
    pub chars: usize,
    /// How far resources had to be generalised to fit the quota: 0 none, 1 repeated IDs, 2 whole services.
    pub generalised: u8,
    /// True when even the most general form is over the quota.
    pub over_quota: bool,
}

/// Drafts the policy.
pub fn draft(observed: &Observed, options: &DraftOptions) -> Draft {
    let mut last = None;
    for level in 0..=2u8 {
        let policy = serde_json::to_string_pretty(&document(observed, options, level)).unwrap_or_default();
        let chars = policy.chars().count();
        let d = Draft {
            policy,
            chars,
            generalised: level,
            over_quota: chars > MAX_CHARS,
        };
        if !d.over_quota {
            return d;
        }
        last = Some(d);
    }
    last.unwrap_or(Draft {
        policy: String::new(),
        chars: 0,
        generalised: 0,
        over_quota: false,
    })
}

fn document(observed: &Observed, options: &DraftOptions, level: u8) -> Value {
    let mut statements = Vec::new();
    let uses_s3 = observed
        .calls
        .values()
        .any(|a| a.keys().any(|k| k.starts_with("s3:")));
    if uses_s3 && !options.aws_owned.is_empty() {
        statements.push(json!({
            "Sid": "AwsOwnedResourcesTheBuildNeeds",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": options.aws_owned,
        }));
    }
    for (scope, actions) in &observed.calls {
        let (name, condition) = match scope {
            Scope::Principals => ("Observed", principal_condition(&observed.accounts)),
            Scope::Anonymous => ("ObservedUnsigned", None),
            Scope::Services => (
                "ObservedServices",
                Some(json!({"Bool": {"aws:PrincipalIsAWSService": "true"}})),
            ),
        };
        // Actions that share their resources share a statement.
        let mut by_resources: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
        for (action, resources) in actions {
            by_resources
                .entry(generalise(resources, level))
                .or_default()
                .push(action.clone());
        }
        for (i, (resources, actions)) in by_resources.into_iter().enumerate() {
            let mut st = Map::new();
            st.insert("Sid".into(), json!(format!("{name}{}", i + 1)));
            st.insert("Effect".into(), json!("Allow"));
            st.insert("Principal".into(), json!("*"));
            st.insert("Action".into(), one_or_many(compress_actions(&actions)));
            st.insert("Resource".into(), one_or_many(resources));
            if let Some(c) = &condition {
                st.insert("Condition".into(), c.clone());
            }
            statements.push(Value::Object(st));
        }
    }
    json!({ "Version": "2012-10-17", "Statement": statements })
}

/// Principals named by their organization when the replay knew it for every account seen and it is one
/// organization, else by their accounts.
fn principal_condition(accounts: &BTreeMap<String, Option<String>>) -> Option<Value> {
    if accounts.is_empty() {
        return None;
    }
    let orgs: BTreeSet<Option<&String>> = accounts.values().map(Option::as_ref).collect();
    Some(match orgs.into_iter().collect::<Vec<_>>().as_slice() {
        [Some(org)] => json!({"StringEquals": {"aws:PrincipalOrgID": org}}),
        _ => {
            json!({"StringEquals": {"aws:PrincipalAccount": one_or_many(accounts.keys().cloned().collect())}})
        }
    })
}

fn one_or_many(mut v: Vec<String>) -> Value {
    if v.len() == 1 {
        json!(v.pop())
    } else {
        json!(v)
    }
}

/// Resources, generalised by `level`: 1 turns more than five ARNs that differ only after their last `/` or `:`
/// into one `…/*`; 2 turns a whole service's ARNs into `*`. A `*` among them stands for all.
fn generalise(resources: &BTreeSet<String>, level: u8) -> Vec<String> {
    if resources.contains("*") || (level >= 2 && !resources.is_empty()) {
        return vec!["*".into()];
    }
    if level == 0 {
        return resources.iter().cloned().collect();
    }
    let mut by_stem: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for r in resources {
        let cut = r.rfind(['/', ':']).map_or(r.len(), |i| i + 1);
        by_stem
            .entry(r.get(..cut).unwrap_or(r).to_string())
            .or_default()
            .push(r);
    }
    let mut out = BTreeSet::new();
    for (stem, members) in by_stem {
        if members.len() > 5 {
            out.insert(format!("{stem}*"));
        } else {
            out.extend(members.into_iter().cloned());
        }
    }
    out.into_iter().collect()
}

/// Actions with a shared prefix folded into `service:Prefix*` where every action the IAM data has under that
/// prefix is already in the list (so the wildcard allows nothing more), for two or more actions.
fn compress_actions(actions: &[String]) -> Vec<String> {
    let data = iam();
    let mut by_service: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for a in actions {
        if let Some((p, n)) = a.split_once(':') {
            by_service.entry(p).or_default().insert(n);
        }
    }
    let mut out = Vec::new();
    for (prefix, names) in by_service {
        let Some(service) = data.service(prefix) else {
            out.extend(names.iter().map(|n| format!("{prefix}:{n}")));
            continue;
        };
        let all: Vec<&str> = data.actions(service).iter().map(|a| a.name).collect();
        let mut left: BTreeSet<&str> = names.clone();
        let mut folded = Vec::new();
        for name in &names {
            if !left.contains(name) {
                continue;
            }
            // Prefixes at word boundaries, shortest first: `Get`, `GetObject`, …
            let cuts = name
                .char_indices()
                .skip(1)
                .filter(|(_, c)| c.is_ascii_uppercase())
                .map(|(i, _)| i);
            // Action names match case-insensitively: `DescribeVolumes*` also matches `DescribeVolumeStatus`.
            let under = |p: &str, a: &str| {
                a.len() >= p.len() && a.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            };
            let found = cuts.filter_map(|i| name.get(..i)).find(|p| {
                let matched: Vec<&&str> = all.iter().filter(|a| under(p, a)).collect();
                matched.len() >= 2 && matched.iter().all(|a| names.contains(**a))
            });
            if let Some(p) = found {
                left.retain(|n| !under(p, n));
                folded.push(format!("{prefix}:{p}*"));
            }
        }
        out.extend(folded);
        out.extend(left.iter().map(|n| format!("{prefix}:{n}")));
    }
    crate::order::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wildcard_only_where_it_allows_nothing_more() {
        let all_get_object_acl = ["s3:GetObjectAcl".to_string(), "s3:GetObject".to_string()];
        // s3:GetObject* would also allow GetObjectTagging, GetObjectVersion…: kept apart.
        assert_eq!(
            compress_actions(&all_get_object_acl),
            ["s3:GetObject", "s3:GetObjectAcl"]
        );
        let ssmmessages: Vec<String> = ["CreateControlChannel", "CreateDataChannel"]
            .iter()
            .map(|n| format!("ssmmessages:{n}"))
            .collect();
        let under_create = iam()
            .actions(iam().service("ssmmessages").unwrap())
            .iter()
            .filter(|a| a.name.starts_with("Create"))
            .count();
        let folded = compress_actions(&ssmmessages);
        assert_eq!(folded == ["ssmmessages:Create*"], under_create == 2, "{folded:?}");
    }

    #[test]
    fn repeated_ids_fold_at_level_one_and_services_at_two() {
        let many: BTreeSet<String> = (0..7)
            .map(|i| format!("arn:aws:ssm:us-east-1:111122223333:parameter/p{i}"))
            .collect();
        assert_eq!(generalise(&many, 0).len(), 7);
        assert_eq!(
            generalise(&many, 1),
            ["arn:aws:ssm:us-east-1:111122223333:parameter/*"]
        );
        assert_eq!(generalise(&many, 2), ["*"]);
    }
}

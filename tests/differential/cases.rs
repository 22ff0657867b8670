//! Deterministic requests made from real policies, for the differential test: each statement's own actions,
//! NotActions, resources and condition values, half meant to match and half not, with the principal, the
//! account and the derived keys consistent.

use serde_json::{json, Map, Value};
use vpce_policy_core::data::condition_keys::{self, KeyType};
use vpce_policy_core::data::iam::{iam, placeholder_match, Action, ResourceType};
use vpce_policy_core::glob::wildcard_match;

/// The caller of every generated request (a role session) and its account.
pub const ACCOUNT: &str = "111122223333";
const OTHER_ACCOUNT: &str = "444455556666";
const ROLE_ARN: &str = "arn:aws:iam::111122223333:role/DiffRole";
const SESSION_ARN: &str = "arn:aws:sts::111122223333:assumed-role/DiffRole/diff-session";
const REGION: &str = "us-east-1";

/// Keys derived from the principal and the resource's account: set once, consistently, never generated from a condition.
const PRINCIPAL_KEYS: &[&str] = &[
    "aws:resourceaccount",
    "aws:principalarn",
    "aws:principalaccount",
    "aws:userid",
    "aws:username",
    "aws:principaltype",
    "aws:principalisawsservice",
    "aws:principalservicename",
    "aws:principalservicenameslist",
];

/// One generated request and the policies it runs through.
pub struct Case {
    /// `source#n`, stable for a given source and data version.
    pub id: String,
    /// The request and policies, as the oracle reads them (`tests/differential/oracle.mjs`).
    pub json: Value,
}

/// A small deterministic generator (xorshift64*), so that every run makes the same requests.
pub struct Rng(u64);

impl Rng {
    /// Seeded from a text (the policy's name), so adding a policy does not shift the others' requests.
    pub fn seeded(text: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

fn statements(policy: &Value) -> Vec<Value> {
    match policy.get("Statement") {
        Some(Value::Array(a)) => a.clone(),
        Some(s @ Value::Object(_)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The actions of the IAM data that `pattern` names (`*` or `service:pattern`).
fn actions_named(pattern: &str, rng: &mut Rng) -> Vec<(&'static str, &'static Action)> {
    let data = iam();
    if pattern == "*" {
        let Some(service) = rng.pick(data.services()) else {
            return Vec::new();
        };
        return data
            .actions(service)
            .iter()
            .map(|a| (service.prefix, a))
            .collect();
    }
    let Some((prefix, name)) = pattern.split_once(':') else {
        return Vec::new();
    };
    let Some(service) = data.service(prefix) else {
        return Vec::new();
    };
    data.actions(service)
        .iter()
        .filter(|a| wildcard_match(name, a.name, true))
        .map(|a| (service.prefix, a))
        .collect()
}

fn any_matches(patterns: &[String], action: &str) -> bool {
    patterns.iter().any(|p| wildcard_match(p, action, true))
}

/// An action for the statement: one it covers (`matching`) or one of the same services it does not.
fn choose_action(st: &Value, matching: bool, rng: &mut Rng) -> Option<(String, &'static Action)> {
    let (listed, negated) = match st.get("Action") {
        Some(v) => (strings(Some(v)), false),
        None => (strings(st.get("NotAction")), true),
    };
    let pattern = rng.pick(&listed)?.clone();
    // Inside the listed patterns for a matching Action, outside them for a NotAction (and the reverse).
    let want_listed = matching != negated;
    let mut candidates = actions_named(&pattern, rng);
    if !want_listed {
        let prefix = pattern.split(':').next().unwrap_or("*");
        let service_pattern = if prefix == "*" {
            "*".to_string()
        } else {
            format!("{prefix}:*")
        };
        candidates = actions_named(&service_pattern, rng);
        candidates.retain(|(p, a)| !any_matches(&listed, &format!("{p}:{}", a.name)));
    }
    let (prefix, action) = *rng.pick(&candidates)?;
    Some((format!("{prefix}:{}", action.name), action))
}

/// Replaces the wildcards of an ARN pattern with concrete text: the region and account fields with a real
/// region and account, everything else with `example`.
fn concrete(pattern: &str, account: &str) -> String {
    let mut fields: Vec<String> = pattern.splitn(6, ':').map(str::to_string).collect();
    if fields.len() == 6 {
        if fields[1].contains(['*', '?']) {
            fields[1] = "aws".into();
        }
        if fields[3].contains(['*', '?']) {
            fields[3] = REGION.into();
        }
        if fields[4].contains(['*', '?']) {
            fields[4] = account.into();
        }
    }
    fields.join(":").replace('*', "example").replace('?', "x")
}

fn instantiate(format: &str, account: &str) -> String {
    let mut out = String::new();
    let mut rest = format;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else { break };
        let var = &rest[start + 2..start + end];
        out.push_str(&match var {
            "Partition" => "aws".to_string(),
            "Region" => REGION.to_string(),
            "Account" => account.to_string(),
            other => format!("example-{}", other.to_ascii_lowercase()),
        });
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// A resource of the action's first resource type: one of the statement's own resources made concrete when
/// it fits that type and `matching`, else the type's ARN format filled in. `*` for actions on no resource type.
fn choose_resource(action: &Action, st: &Value, matching: bool, account: &str, rng: &mut Rng) -> String {
    let data = iam();
    let types: Vec<&ResourceType> = data.action_resources(action).map(|(t, _)| t).collect();
    let Some(ty) = types.first() else {
        return "*".into();
    };
    if matching {
        let own: Vec<String> = strings(st.get("Resource"))
            .into_iter()
            .filter(|r| r != "*" && !r.contains("${"))
            .map(|r| concrete(&r, account))
            .filter(|r| placeholder_match(ty.arn, r))
            .collect();
        if let Some(r) = rng.pick(&own) {
            return r.clone();
        }
    }
    instantiate(ty.arn, account)
}

/// A value of the key's type that no policy here uses.
fn other_value(ty: KeyType) -> Value {
    match ty {
        KeyType::Bool => json!("false"),
        KeyType::Numeric => json!("42"),
        KeyType::Date => json!("2020-01-01T00:00:00Z"),
        KeyType::Ip => json!("203.0.113.7"),
        KeyType::Arn => json!("arn:aws:iam::999999999999:role/Other"),
        KeyType::String => json!("other-value"),
        KeyType::ArrayOfString | KeyType::ArrayOfBool => json!(["other-value"]),
        KeyType::ArrayOfArn => json!(["arn:aws:iam::999999999999:role/Other"]),
    }
}

/// A policy value made into a context value of the key's type.
fn own_value(value: &str, operator: &str, ty: KeyType) -> Value {
    let mut v = value.replace('*', "example").replace('?', "x");
    if operator.to_ascii_lowercase().contains("ipaddress") {
        v = v.split('/').next().unwrap_or("").to_string();
    }
    if ty.is_multi_valued() {
        json!([v])
    } else {
        json!(v)
    }
}

/// Context for the statement's conditions: each key the action can carry is left out, given one of the policy's
/// own values, or given another value of its type.
fn choose_context(st: &Value, prefix: &str, action: &Action, rng: &mut Rng) -> Map<String, Value> {
    let data = iam();
    let mut context = Map::new();
    let Some(Value::Object(operators)) = st.get("Condition") else {
        return context;
    };
    for (operator, keys) in operators {
        let Value::Object(keys) = keys else { continue };
        for (key, values) in keys {
            let lower = key.to_ascii_lowercase();
            if PRINCIPAL_KEYS.contains(&lower.as_str()) || context.contains_key(key) {
                continue;
            }
            let global = lower.starts_with("aws:");
            let of_action = data.action_keys(action).any(|k| placeholder_match(k.name, key));
            let own_service = lower.starts_with(&format!("{}:", prefix.to_ascii_lowercase()));
            if !(global || (of_action && own_service)) {
                continue;
            }
            let Some(info) = condition_keys::lookup(key) else {
                continue;
            };
            let values = strings(Some(values));
            match rng.below(3) {
                0 => {}
                1 => {
                    if let Some(v) = rng.pick(&values) {
                        context.insert(key.clone(), own_value(v, operator, info.ty));
                    }
                }
                _ => {
                    context.insert(key.clone(), other_value(info.ty));
                }
            }
        }
    }
    context
}

/// `count` requests for one policy. `endpoint`: the policy is an endpoint policy (the caller's identity policy
/// then allows everything); otherwise it is the caller's identity policy.
pub fn cases_for(source: &str, policy: &Value, endpoint: bool, count: usize) -> Vec<Case> {
    let mut rng = Rng::seeded(source);
    let sts = statements(policy);
    let mut out = Vec::new();
    let mut attempts = 0;
    while out.len() < count && attempts < count * 4 && !sts.is_empty() {
        attempts += 1;
        let st = &sts[rng.below(sts.len())];
        let matching = out.len() % 2 == 0;
        let Some((action_name, action)) = choose_action(st, matching, &mut rng) else {
            continue;
        };
        let account = if rng.below(8) == 0 { OTHER_ACCOUNT } else { ACCOUNT };
        let resource = choose_resource(action, st, matching, account, &mut rng);
        let prefix = action_name.split(':').next().unwrap_or("");
        let mut context = choose_context(st, prefix, action, &mut rng);
        context.insert("aws:PrincipalArn".into(), json!(ROLE_ARN));
        context.insert("aws:PrincipalAccount".into(), json!(ACCOUNT));
        // Our evaluator derives it from the resource's account; the oracle must be told.
        context.insert("aws:ResourceAccount".into(), json!(account));
        let allow_all = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]});
        // tests/differential.rs gives our evaluator the same layers (`policy_set`).
        let (identity, endpoint_policy) = if endpoint {
            (vec![allow_all], policy.clone())
        } else {
            (vec![policy.clone()], Value::Null)
        };
        let id = format!("{source}#{}", out.len());
        out.push(Case {
            json: json!({
                "id": id,
                "principal": SESSION_ARN,
                "action": action_name,
                "resource": resource,
                "resourceAccount": account,
                "context": context,
                "identity": identity,
                "endpoint": endpoint_policy,
            }),
            id,
        });
    }
    out
}

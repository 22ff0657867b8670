//! The request being evaluated, and its preparation (keys are case-insensitive).

use super::context::ContextValue;
use crate::arn::Arn;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A request, as written in request files and policy tests.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Request {
    /// The caller's ARN (or a service principal such as `imagebuilder.amazonaws.com`);
    /// omitted or `"anonymous"` for an unauthenticated request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// The action, e.g. `s3:GetObject`.
    pub action: String,
    /// The resource ARN.
    pub resource: String,
    /// The account that owns the resource (for same- versus cross-account decisions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_account: Option<String>,
    /// Condition keys and their values.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, ContextValue>>", optional))]
    pub context: BTreeMap<String, ContextValue>,
    /// The principal is a service-linked role (SCPs do not limit it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub service_linked_role: bool,
    /// The principal belongs to the organization's management account (SCPs do not limit it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub management_account: bool,
}

/// What kind of caller a request's principal is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Caller {
    /// No credentials.
    Anonymous,
    /// An AWS service principal such as `imagebuilder.amazonaws.com`.
    Service,
    /// The account root user (`arn:…:iam::ACCOUNT:root`).
    Root,
    /// An IAM user.
    User,
    /// An IAM role ARN used as the caller.
    Role,
    /// A role session (`arn:…:sts::ACCOUNT:assumed-role/ROLE/SESSION`).
    RoleSession,
    /// A federated user session (`arn:…:sts::ACCOUNT:federated-user/NAME`).
    FederatedUser,
    /// Any other ARN.
    Other,
}

impl Caller {
    /// Classifies a principal (`None`: anonymous).
    pub fn of(principal: Option<&str>) -> Caller {
        match principal {
            None => Caller::Anonymous,
            Some(p) => Caller::of_arn(Arn::parse(p)),
        }
    }

    /// Classifies a principal already split as an ARN (`None`: not an ARN, a service principal).
    fn of_arn(arn: Option<Arn<'_>>) -> Caller {
        let Some(arn) = arn else {
            return Caller::Service;
        };
        match (arn.service, before_slash(arn.resource)) {
            ("iam", "root") => Caller::Root,
            ("iam", "user") => Caller::User,
            ("iam", "role") => Caller::Role,
            ("sts", "assumed-role") => Caller::RoleSession,
            ("sts", "federated-user") => Caller::FederatedUser,
            _ => Caller::Other,
        }
    }
}

impl Request {
    /// What is wrong with the principal, if anything: it must be empty or `anonymous`, an IAM or STS ARN, a
    /// 12-digit account, or a service principal such as `ec2.amazonaws.com`.
    pub fn principal_problem(&self) -> Option<String> {
        let p = self.principal.as_deref().unwrap_or("").trim();
        principal_problem(p, || Arn::parse(p))
    }
}

/// What is wrong with a trimmed principal; `arn` splits it (called only when needed).
fn principal_problem<'a>(p: &str, arn: impl FnOnce() -> Option<Arn<'a>>) -> Option<String> {
    let ok = p.is_empty()
        || p == "anonymous"
        || (p.len() == 12 && p.bytes().all(|b| b.is_ascii_digit()))
        || arn().is_some_and(|a| matches!(a.service, "iam" | "sts") && !a.account.is_empty())
        || (p.ends_with(".amazonaws.com") || p.ends_with(".amazonaws.com.cn"))
            && !p.contains(char::is_whitespace);
    (!ok).then(|| {
        format!(
            "the principal \"{p}\" is not an IAM or STS ARN, a 12-digit account, a service principal such as ec2.amazonaws.com, or anonymous (empty)"
        )
    })
}

/// A request prepared for evaluation: lower-cased action and keys, and derived keys filled in.
#[derive(Debug, Clone)]
#[allow(missing_docs)] // the members' names say what they are
pub struct PreparedRequest {
    /// The principal, `None` when anonymous.
    pub principal: Option<String>,
    /// The account of the principal's ARN.
    pub principal_account: Option<String>,
    /// The action, lower-cased.
    pub action: String,
    /// The action as written.
    pub action_raw: String,
    pub resource: String,
    /// The resource's account.
    pub resource_account: Option<String>,
    /// Context, keys as written (looked up without regard to case: see [`PreparedRequest::get`]).
    pub context: Vec<(String, ContextValue)>,
    /// What kind of caller the principal is.
    pub caller: Caller,
    /// The principal is a service-linked role.
    pub service_linked_role: bool,
    /// The principal is in the organization's management account.
    pub management_account: bool,
    /// Where the resource's ARN fields end (after `arn:`), split once at preparation.
    resource_fields: Option<[usize; 4]>,
}

impl Request {
    /// Normalizes the request. Derived keys (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:username`,
    /// `aws:ResourceAccount`) are added when the context does not already give them.
    pub fn prepare(&self) -> PreparedRequest {
        self.clone().into_prepared()
    }

    /// Prepares a request it owns (no copies: what a stream of requests uses).
    pub fn into_prepared(self) -> PreparedRequest {
        self.prepare_checked(false).0
    }

    /// Checks the principal ([`Request::principal_problem`]) and prepares the request, splitting the principal's
    /// ARN once for both.
    pub fn into_checked(self) -> Result<PreparedRequest, super::RequestError> {
        match self.prepare_checked(true) {
            (_, Some(problem)) => Err(super::RequestError::Principal(problem)),
            (prepared, None) => Ok(prepared),
        }
    }

    fn prepare_checked(self, check: bool) -> (PreparedRequest, Option<String>) {
        let raw = self.context.len();
        let mut context: Vec<(String, ContextValue)> = Vec::with_capacity(raw + 3);
        context.extend(self.context);
        let mut prepared = PreparedRequest {
            principal: self.principal,
            action_raw: self.action,
            resource: self.resource,
            resource_account: self.resource_account,
            context,
            service_linked_role: self.service_linked_role,
            management_account: self.management_account,
            ..PreparedRequest::empty()
        };
        let problem = prepared.finish(raw, check);
        (prepared, problem)
    }
}

impl PreparedRequest {
    /// A request with empty buffers, for [`PreparedRequest::finish`] to prepare once its raw fields are written.
    pub(super) fn empty() -> Self {
        PreparedRequest {
            principal: None,
            principal_account: None,
            action: String::new(),
            action_raw: String::new(),
            resource: String::new(),
            resource_account: None,
            context: Vec::new(),
            caller: Caller::Anonymous,
            service_linked_role: false,
            management_account: false,
            resource_fields: None,
        }
    }

    /// Prepares the request in place from its raw fields (`principal`, `action_raw`, `resource`,
    /// `resource_account`, the flags and the first `raw` context entries, in key order), reusing every buffer.
    /// With `check`, returns what is wrong with the principal.
    pub(super) fn finish(&mut self, raw: usize, check: bool) -> Option<String> {
        if self
            .principal
            .as_deref()
            .is_some_and(|p| p.is_empty() || p == "anonymous")
        {
            self.principal = None;
        }
        let principal = self.principal.as_deref();
        let arn = principal.and_then(Arn::parse);
        let problem = match principal {
            Some(p) if check && p.trim() == p => principal_problem(p, || arn),
            Some(p) if check => principal_problem(p.trim(), || Arn::parse(p.trim())),
            _ => None,
        };
        match arn.map(|a| a.account).filter(|a| !a.is_empty()) {
            Some(account) => set_text(self.principal_account.get_or_insert_with(String::new), account),
            None => self.principal_account = None,
        }
        // Keys keep their case (no copies); lookups ignore it, and of keys differing only in case the last wins.
        let context = &mut self.context;
        let mut n = raw;
        if let (Some(p), Some(arn)) = (principal, arn) {
            derive(context, &mut n, "aws:principalarn", |out| {
                match arn.resource.strip_prefix("assumed-role/") {
                    Some(rest) => {
                        let role = before_slash(rest);
                        for part in ["arn:", arn.partition, ":iam::", arn.account, ":role/", role] {
                            out.push_str(part);
                        }
                    }
                    None => out.push_str(p),
                }
            });
            if let Some(user) = arn.resource.strip_prefix("user/") {
                let name = user.rsplit('/').next().unwrap_or(user);
                derive(context, &mut n, "aws:username", |out| out.push_str(name));
            }
        }
        if let Some(a) = &self.principal_account {
            derive(context, &mut n, "aws:principalaccount", |out| out.push_str(a));
        }
        if let Some(a) = &self.resource_account {
            derive(context, &mut n, "aws:resourceaccount", |out| out.push_str(a));
        }
        context.truncate(n);
        self.caller = match principal {
            Some(_) => Caller::of_arn(arn),
            None => Caller::Anonymous,
        };
        set_text(&mut self.action, &self.action_raw);
        self.action.make_ascii_lowercase();
        self.resource_fields = Arn::parse(&self.resource).map(|a| {
            let partition = 4 + a.partition.len();
            let service = partition + 1 + a.service.len();
            let region = service + 1 + a.region.len();
            [partition, service, region, region + 1 + a.account.len()]
        });
        problem
    }
}

/// The text before the first `/` (all of it if there is none): a byte loop, cheaper than a searcher on such short
/// text.
fn before_slash(s: &str) -> &str {
    let end = s.bytes().position(|b| b == b'/').unwrap_or(s.len());
    s.get(..end).unwrap_or(s)
}

/// Replaces a string's text, keeping its buffer.
pub(super) fn set_text(out: &mut String, text: &str) {
    out.clear();
    out.push_str(text);
}

/// Context entry `i` (at most one past the end) set to `key` and an empty string value, reusing its buffers; the
/// value is returned for writing.
pub(super) fn slot<'c>(
    context: &'c mut Vec<(String, ContextValue)>,
    i: usize,
    key: &str,
) -> Option<&'c mut String> {
    if i >= context.len() {
        context.push((String::new(), ContextValue::String(String::new())));
    }
    let (k, value) = context.get_mut(i)?;
    set_text(k, key);
    if !matches!(value, ContextValue::String(_)) {
        *value = ContextValue::String(String::new());
    }
    match value {
        ContextValue::String(s) => {
            s.clear();
            Some(s)
        }
        _ => None,
    }
}

/// Adds a derived key (lower-case) as entry `n` unless one of the first `n` entries already gives it (in any case).
fn derive(
    context: &mut Vec<(String, ContextValue)>,
    n: &mut usize,
    key: &str,
    value: impl FnOnce(&mut String),
) {
    let given = context
        .get(..*n)
        .unwrap_or_default()
        .iter()
        .any(|(k, _)| crate::bytes::eq_lower(k.as_bytes(), key.as_bytes()));
    if !given {
        if let Some(out) = slot(context, *n, key) {
            value(out);
            *n += 1;
        }
    }
}

impl PreparedRequest {
    /// The resource's ARN fields, if it is an ARN.
    pub fn resource_arn(&self) -> Option<Arn<'_>> {
        let [p, s, r, a] = self.resource_fields?;
        let field = |from: usize, to: usize| self.resource.get(from..to);
        Some(Arn {
            partition: field(4, p)?,
            service: field(p + 1, s)?,
            region: field(s + 1, r)?,
            account: field(r + 1, a)?,
            resource: self.resource.get(a + 1..)?,
        })
    }

    /// A context value by key (any case).
    pub fn get(&self, key: &str) -> Option<&ContextValue> {
        self.context
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    }

    /// A context value by its key lower-cased in advance (any case in the request): faster than [`Self::get`].
    pub fn get_lower(&self, key_lower: &str) -> Option<&ContextValue> {
        self.context
            .iter()
            .rev()
            .find(|(k, _)| crate::bytes::eq_lower(k.as_bytes(), key_lower.as_bytes()))
            .map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principals_are_arns_accounts_services_or_anonymous() {
        let r = |p: &str| Request {
            principal: Some(p.into()),
            ..Request::default()
        };
        for ok in [
            "",
            "anonymous",
            "111122223333",
            "arn:aws:iam::111122223333:role/R",
            "arn:aws:sts::111122223333:assumed-role/R/s",
            "ec2.amazonaws.com",
        ] {
            assert_eq!(r(ok).principal_problem(), None, "{ok}");
        }
        for bad in [
            "Builder",
            "role/Builder",
            "arn:aws:s3:::bucket",
            "1234",
            "arn:aws:iam:::role/R",
        ] {
            assert!(r(bad).principal_problem().is_some(), "{bad}");
        }
    }
}

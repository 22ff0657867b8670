//! Action, resource and principal matching.

use super::request::PreparedRequest;
use super::variables::{Resolution, Template};
use crate::arn::Arn;
use crate::glob::Pattern;

/// A compiled action pattern; `None` for a malformed action, which matches nothing.
#[derive(Debug, Clone)]
pub struct ActionPattern {
    /// As written.
    pub text: String,
    pattern: Option<Pattern>,
}

impl ActionPattern {
    /// Compiles an action: case-insensitive; whitespace or a comma makes it match nothing.
    pub fn new(text: &str) -> Self {
        let malformed =
            text.contains(|c: char| c.is_whitespace() || c == ',') || (text != "*" && !text.contains(':'));
        Self {
            text: text.to_string(),
            // Lower-cased once here, so that matching the lower-cased action compares bytes as they are.
            pattern: (!malformed).then(|| Pattern::new(&text.to_ascii_lowercase(), false)),
        }
    }

    /// Matches a lower-cased action.
    pub fn matches(&self, action: &str) -> bool {
        self.pattern.as_ref().is_some_and(|p| p.matches(action))
    }
}

/// A compiled resource pattern.
#[derive(Debug, Clone)]
pub struct ResourcePattern {
    /// As written.
    pub text: String,
    kind: ResourceKind,
}

#[derive(Debug, Clone)]
enum ResourceKind {
    Any,
    Arn {
        head: Box<[Pattern; 4]>,
        resource: Template,
    },
    /// Fewer than six fields: the whole string is one case-sensitive pattern.
    Whole(Template),
}

impl ResourcePattern {
    /// Compiles a resource; variables are honoured only with Version 2012-10-17 (`variables`).
    pub fn new(text: &str, variables: bool) -> Self {
        let kind = if text == "*" {
            ResourceKind::Any
        } else {
            match Arn::parse(text) {
                Some(a) => ResourceKind::Arn {
                    head: Box::new(
                        [a.partition, a.service, a.region, a.account].map(|s| Pattern::new(s, true)),
                    ),
                    resource: Template::parse(a.resource, variables),
                },
                None => ResourceKind::Whole(Template::parse(text, variables)),
            }
        };
        Self {
            text: text.to_string(),
            kind,
        }
    }

    /// Matches the request's resource. Segment-wise ARN match: `*`/`?` within partition, service, region and account; the resource part
    /// (after the fifth colon) is case-sensitive and its `*` spans `/` and `:`.
    pub fn matches(&self, req: &PreparedRequest, trace: Option<&mut Vec<Resolution>>) -> bool {
        match &self.kind {
            ResourceKind::Any => true,
            ResourceKind::Whole(t) => t
                .resolve_pattern(req, false, trace)
                .is_some_and(|p| p.matches(&req.resource)),
            ResourceKind::Arn { head, resource: tpl } => {
                let Some(r) = req.resource_arn() else {
                    return false;
                };
                let [p, s, reg, acct] = &**head;
                p.matches(r.partition)
                    && s.matches(r.service)
                    && reg.matches(r.region)
                    && acct.matches(r.account)
                    && tpl
                        .resolve_pattern(req, false, trace)
                        .is_some_and(|pat| pat.matches(r.resource))
            }
        }
    }
}

/// A compiled principal.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)] // the members' names say what they are
pub enum PrincipalPattern {
    /// `"*"`, `{"AWS": "*"}`: everyone, including anonymous callers.
    Everyone,
    /// A 12-digit account or `arn:…:iam::ACCOUNT:root`: any principal of that account.
    Account(String),
    /// A role ARN: the role itself and its assumed-role sessions.
    Role {
        /// The role ARN.
        arn: String,
        account: String,
        /// Its name (the last path segment).
        name: String,
    },
    /// Any other ARN or name (user, session, service, federated, canonical user): an exact match.
    Exact(String),
    /// Malformed: matches no one.
    Nothing,
}

impl PrincipalPattern {
    /// Compiles one principal value of the given type (`AWS`, `Service`, …).
    pub fn new(kind: &str, value: &str) -> Self {
        if value == "*" && (kind == "AWS" || kind == "Service" || kind == "*") {
            return Self::Everyone;
        }
        if value.contains(['*', '?']) {
            return Self::Nothing;
        }
        if kind != "AWS" {
            return Self::Exact(value.to_string());
        }
        if value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit()) {
            return Self::Account(value.to_string());
        }
        match Arn::parse(value) {
            Some(a) if a.service == "iam" && a.resource == "root" => Self::Account(a.account.to_string()),
            Some(a) if a.service == "iam" && a.resource.starts_with("role/") => Self::Role {
                arn: value.to_string(),
                account: a.account.to_string(),
                name: a.resource.rsplit('/').next().unwrap_or("").to_string(),
            },
            Some(_) => Self::Exact(value.to_string()),
            None => Self::Nothing,
        }
    }

    /// Whether the request's principal matches.
    pub fn matches(&self, req: &PreparedRequest) -> bool {
        let Some(p) = req.principal.as_deref() else {
            return *self == Self::Everyone;
        };
        match self {
            Self::Everyone => true,
            Self::Account(a) => req
                .principal_account
                .as_deref()
                .is_some_and(|p| crate::bytes::str_eq(p, a)),
            Self::Role { arn, account, name } => {
                p == arn
                    || Arn::parse(p).is_some_and(|s| {
                        s.service == "sts"
                            && s.account == account
                            && s.resource
                                .strip_prefix("assumed-role/")
                                .and_then(|r| r.split('/').next())
                                == Some(name.as_str())
                    })
            }
            Self::Exact(v) => crate::bytes::str_eq(p, v),
            Self::Nothing => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::request::Request;

    fn req(principal: Option<&str>, resource: &str) -> PreparedRequest {
        Request {
            principal: principal.map(str::to_string),
            action: "s3:GetObject".into(),
            resource: resource.into(),
            ..Request::default()
        }
        .prepare()
    }

    #[test]
    fn actions_are_case_insensitive_and_malformed_ones_never_match() {
        assert!(ActionPattern::new("ImageBuilder:Get*").matches("imagebuilder:getimage"));
        assert!(!ActionPattern::new("imagebuilder: DeleteImage").matches("imagebuilder:deleteimage"));
        assert!(!ActionPattern::new("s3:GetObject,PutObject").matches("s3:getobject"));
        assert!(ActionPattern::new("*").matches("anything:atall"));
    }

    #[test]
    fn resources_match_segment_wise() {
        let r = req(None, "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/a/b:c");
        let t = || None;
        assert!(
            ResourcePattern::new("arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/*", true).matches(&r, t())
        );
        assert!(ResourcePattern::new("arn:*:s3:::*", true).matches(&r, t()));
        assert!(
            !ResourcePattern::new("arn:aws:s3:::EC2IMAGEBUILDER-toe-us-east-1-prod/*", true).matches(&r, t())
        );
        assert!(ResourcePattern::new(
            "ARN:AWS:S3:::ec2imagebuilder-toe-us-east-1-prod/*"
                .replacen("ARN", "arn", 1)
                .as_str(),
            true
        )
        .matches(&r, t()));
        assert!(
            !ResourcePattern::new("arn:aws:s3:us-east-1::ec2imagebuilder-toe-us-east-1-prod/*", true)
                .matches(&r, t())
        );
    }

    #[test]
    fn principals() {
        let anon = req(None, "x");
        let role = req(Some("arn:aws:iam::111122223333:role/Builder"), "x");
        let session = req(Some("arn:aws:sts::111122223333:assumed-role/Builder/i-0abc"), "x");
        let other = req(Some("arn:aws:iam::444455556666:role/Builder"), "x");
        assert!(PrincipalPattern::new("AWS", "*").matches(&anon));
        assert!(!PrincipalPattern::new("AWS", "111122223333").matches(&anon));
        assert!(PrincipalPattern::new("AWS", "111122223333").matches(&session));
        assert!(PrincipalPattern::new("AWS", "arn:aws:iam::111122223333:root").matches(&role));
        assert!(
            PrincipalPattern::new("AWS", "arn:aws:iam::111122223333:role/path/Builder").matches(&session)
        );
        assert!(!PrincipalPattern::new("AWS", "arn:aws:iam::111122223333:role/Builder").matches(&other));
        assert!(PrincipalPattern::new("Service", "imagebuilder.amazonaws.com")
            .matches(&req(Some("imagebuilder.amazonaws.com"), "x")));
    }
}

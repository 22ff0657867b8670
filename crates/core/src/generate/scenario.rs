//! The parts every scenario is made of: the scenario itself, the cast of example identities, and the helpers
//! that build a request. Shared by the Image Builder and S3 scenarios and the kit's.

use super::config::GeneratorConfig;
use crate::data::endpoints::EndpointId;
use crate::eval::{ContextValue, Decision, Request};
use crate::i18n::{Locale, Message};
use serde::Serialize;

/// One scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct Scenario {
    /// Short name.
    pub name: String,
    /// The endpoint the request goes through.
    pub endpoint: EndpointId,
    pub request: Request,
    /// The decision it must get.
    pub expect: Decision,
    /// Why, in one line.
    pub why: String,
    /// The name and the why as message ids and arguments, for faces in other languages.
    #[serde(skip)]
    pub words: (Message, Message),
}

pub(super) const OUTSIDER_ACCOUNT: &str = "444455556666";
const EXAMPLE_ACCOUNT: &str = "111122223333";
const EXAMPLE_ORG: &str = "o-exampleorg1";

/// The example identities the scenarios use.
pub(super) struct Cast {
    /// The build instance's role session.
    pub member: String,
    pub account: String,
    /// Its organization.
    pub org: String,
    /// The organization owning the resources.
    pub resource_org: String,
    /// A role outside the organization.
    pub outsider: String,
}

impl Cast {
    pub(super) fn new(config: &GeneratorConfig) -> Cast {
        let p = config.partition().name;
        let account = config.account_ids.first().map_or(EXAMPLE_ACCOUNT, String::as_str);
        let org = config
            .principal_org_id
            .as_deref()
            .filter(|s| !s.is_empty())
            .unwrap_or(EXAMPLE_ORG);
        Cast {
            member: format!(
                "arn:{p}:sts::{account}:assumed-role/ImageBuilderInstanceRole/i-0123456789abcdef0"
            ),
            account: account.into(),
            org: org.into(),
            resource_org: config.effective_resource_org_id().unwrap_or(org).into(),
            outsider: format!("arn:{p}:iam::{OUTSIDER_ACCOUNT}:role/Outsider"),
        }
    }

    /// The member's condition keys.
    pub(super) fn member_ctx(&self) -> std::collections::BTreeMap<String, ContextValue> {
        ctx(&[
            ("aws:PrincipalOrgID", &self.org),
            ("aws:ResourceOrgID", &self.resource_org),
        ])
    }

    /// The outsider's condition keys.
    pub(super) fn outsider_ctx(&self) -> std::collections::BTreeMap<String, ContextValue> {
        ctx(&[
            ("aws:PrincipalOrgID", "o-outsider000"),
            ("aws:ResourceOrgID", &self.resource_org),
        ])
    }
}

/// A scenario from its parts (the request's principal `None` is anonymous).
pub(super) fn scenario(
    (name, endpoint): (Message, EndpointId),
    principal: Option<&str>,
    (action, resource): (&str, String),
    context: std::collections::BTreeMap<String, ContextValue>,
    (expect, why): (Decision, Message),
) -> Scenario {
    Scenario {
        name: name.render(Locale::En),
        endpoint,
        request: Request {
            principal: principal.map(str::to_string),
            action: action.into(),
            resource,
            context,
            ..Request::default()
        },
        expect,
        why: why.render(Locale::En),
        words: (name, why),
    }
}

pub(super) fn ctx(pairs: &[(&str, &str)]) -> std::collections::BTreeMap<String, ContextValue> {
    // Inserted one by one, not collected: `collect` into a map sorts first, with a copy of the standard sort of
    // its own in the playground's module (see `crate::order`).
    let mut map = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k.to_string(), ContextValue::String(v.to_string()));
    }
    map
}

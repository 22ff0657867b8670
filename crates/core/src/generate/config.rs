//! The generator's inputs: one serde struct shared by the CLI and the web.

use crate::data::endpoints::{EndpointId, Feature};
use crate::data::regions::{self, Partition};
use crate::i18n::Message;
use crate::lint::condition_format::is_bucket_name;
use crate::lint::condition_format::{is_account, is_org_id};
use serde::{Deserialize, Serialize};

pub use crate::data::environment::Environment;

/// What the user wants the endpoint policies to allow.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GeneratorConfig {
    /// Region code, e.g. `us-east-1`.
    pub region: String,
    /// Image Builder environment.
    #[cfg_attr(feature = "ts", ts(as = "Option<Environment>", optional))]
    pub environment: Environment,
    /// Your organization's ID for `aws:PrincipalOrgID`.
    pub principal_org_id: Option<String>,
    /// The organization that owns your resources, for `aws:ResourceOrgID` (defaults to the principal org).
    pub resource_org_id: Option<String>,
    /// Accounts whose principals may use the endpoints (`aws:PrincipalAccount`).
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub account_ids: Vec<String>,
    /// Deny DeleteImage and DeleteComponent through the Image Builder endpoint.
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub deny_deletes: bool,
    /// With `deny_deletes`, deny every other Image Builder `Delete*` action too.
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub deny_all_deletes: bool,
    /// The recipes use AWS-managed components and images: allow GetComponent/GetImage on them
    /// (`…:aws:component/*`, `…:aws:image/*`) even when the policy is limited to your organization. On by default,
    /// because most recipes do (`update-linux`, the CloudWatch agent, …): the scenario for them then expects the
    /// build to read them, whatever policy is judged.
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub managed_resources: bool,
    /// Allow the SSM agent bucket `amazon-ssm-REGION` (Linux images whose recipe has no user data).
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub ssm: bool,
    /// Widen on purpose: do not restrict the endpoints to the organization even though an org ID is given.
    /// (Without this, a principal org ID restricts both endpoints: see [`GeneratorConfig::restricts_to_org`].)
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub allow_outside_org: bool,
    /// The whole private-VPC kit (every endpoint a build needs), or `None` for the Image Builder and S3
    /// endpoints alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kit: Option<KitConfig>,
}

/// What the kit covers: the optional features, the policy style, your own buckets, and endpoints left out.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct KitConfig {
    /// The optional features the builds use.
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Feature>>", optional))]
    pub features: Vec<Feature>,
    /// Least privilege: each interface endpoint allows only the actions a build instance calls through it.
    /// Otherwise each allows every action of its service to your organization.
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub least_privilege: bool,
    /// Your own buckets the build reads or writes through the S3 endpoint (bucket names).
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub buckets: Vec<String>,
    /// Endpoints turned off (to see which scenarios break without them).
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<EndpointId>>", optional))]
    pub omit: Vec<EndpointId>,
}

impl Default for KitConfig {
    fn default() -> Self {
        Self {
            features: vec![Feature::PackageRepos, Feature::Logging],
            least_privilege: true,
            buckets: Vec::new(),
            omit: Vec::new(),
        }
    }
}

impl KitConfig {
    /// Whether a feature is on.
    pub fn has(&self, feature: Feature) -> bool {
        self.features.contains(&feature)
    }

    /// Turns a feature on or off, keeping [`Feature::ALL`] order.
    pub fn set(&mut self, feature: Feature, on: bool) {
        let now: Vec<Feature> = Feature::ALL
            .into_iter()
            .filter(|f| if *f == feature { on } else { self.has(*f) })
            .collect();
        self.features = now;
    }

    /// Turns an endpoint on or off.
    pub fn set_endpoint(&mut self, id: EndpointId, on: bool) {
        self.omit.retain(|e| *e != id);
        if !on {
            self.omit.push(id);
            crate::order::sort(&mut self.omit);
        }
    }
}

impl Default for GeneratorConfig {
    fn default() -> Self {
        Self {
            region: "us-east-1".into(),
            environment: Environment::Prod,
            principal_org_id: None,
            resource_org_id: None,
            account_ids: Vec::new(),
            deny_deletes: false,
            deny_all_deletes: false,
            managed_resources: true,
            ssm: false,
            allow_outside_org: false,
            kit: None,
        }
    }
}

/// A problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field, as named in the serde form (`principalOrgId`).
    pub field: &'static str,
    /// What is wrong (English; [`FieldError::message_in`] for another language).
    pub message: String,
    /// The message's id and arguments.
    #[serde(skip)]
    pub words: Message,
}

impl FieldError {
    fn new(field: &'static str, words: Message) -> Self {
        Self {
            field,
            message: words.render(crate::i18n::Locale::En),
            words,
        }
    }

    /// What is wrong, in a language.
    pub fn message_in(&self, locale: crate::i18n::Locale) -> String {
        self.words.render(locale)
    }
}

impl GeneratorConfig {
    /// The partition of the region (the commercial partition when the region is unknown).
    pub fn partition(&self) -> &'static Partition {
        regions::partition_of(&self.region).unwrap_or(&regions::AWS)
    }

    /// The one rule, for every face: a principal org ID restricts both endpoints to the organization, unless
    /// `allow_outside_org` widens them on purpose.
    pub fn restricts_to_org(&self) -> bool {
        self.principal_org_id.as_deref().is_some_and(|o| !o.is_empty()) && !self.allow_outside_org
    }

    /// The resource org ID to use: the given one, else the principal org ID.
    pub fn effective_resource_org_id(&self) -> Option<&str> {
        self.resource_org_id
            .as_deref()
            .filter(|s| !s.is_empty())
            .or(self.principal_org_id.as_deref().filter(|s| !s.is_empty()))
    }

    /// Every problem with the inputs; an empty list means the policies can be generated.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if !regions::is_region(&self.region) {
            errors.push(FieldError::new(
                "region",
                Message::new("field-not-a-region").arg("value", &self.region),
            ));
        }
        for (field, value) in [
            ("principalOrgId", &self.principal_org_id),
            ("resourceOrgId", &self.resource_org_id),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                if !is_org_id(v) {
                    errors.push(FieldError::new(
                        field,
                        Message::new("field-not-an-org-id").arg("value", v),
                    ));
                }
            }
        }
        for a in &self.account_ids {
            if !is_account(a) {
                errors.push(FieldError::new(
                    "accountIds",
                    Message::new("account-not-12-digits").arg("account", a),
                ));
            }
        }
        for b in self.kit.iter().flat_map(|k| &k.buckets) {
            if !is_bucket_name(b) {
                errors.push(FieldError::new(
                    "buckets",
                    Message::new("field-not-a-bucket").arg("value", b),
                ));
            }
        }
        errors
    }

    /// Whether a kit feature is on (never without the kit).
    pub fn has(&self, feature: Feature) -> bool {
        self.kit.as_ref().is_some_and(|k| k.has(feature))
    }
}

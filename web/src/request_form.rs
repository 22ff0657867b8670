//! The custom request panel's form: its fields, how its policy layers are modelled, and the sample request that
//! follows the configuration.

use serde::{Deserialize, Serialize};
use vpce_policy_core::data::endpoints::EndpointId;
use vpce_policy_core::generate::GeneratorConfig;

/// The custom request panel's fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RequestForm {
    /// Which endpoint the request goes through: Image Builder, S3, or any other endpoint of the kit.
    pub endpoint: EndpointId,
    /// Principal ARN; empty for anonymous.
    pub principal: String,
    /// Action.
    pub action: String,
    /// Resource ARN.
    pub resource: String,
    /// Context, one `key = value[, value]` per line.
    pub context: String,
    /// The account that owns the resource (empty: the principal's own account).
    pub resource_account: String,
    /// Still the sample request: it follows the configuration and the endpoint until the user edits a field.
    pub sample: bool,
}

impl RequestForm {
    /// The form for a request that goes through `endpoint` (a scenario replayed in the request panel).
    pub fn from_request(endpoint: EndpointId, r: &vpce_policy_core::eval::Request) -> RequestForm {
        use vpce_policy_core::eval::ContextValue;
        let context = r
            .context
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    ContextValue::List(items) => {
                        items.iter().map(|i| i.as_text()).collect::<Vec<_>>().join(", ")
                    }
                    other => other.single_text().unwrap_or_default(),
                };
                format!("{k} = {value}")
            })
            .collect::<Vec<_>>()
            .join("\n");
        RequestForm {
            endpoint,
            principal: r.principal.clone().unwrap_or_default(),
            action: r.action.clone(),
            resource: r.resource.clone(),
            context,
            resource_account: r.resource_account.clone().unwrap_or_default(),
            sample: false,
        }
    }
}

/// Whether a layer of the custom request is modelled, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum LayerMode {
    /// Outside the question.
    #[default]
    NotModelled,
    /// Modelled, and empty: the principal has no identity policy that allows it / the resource has no policy.
    None,
    /// The policy text given.
    These,
}

impl LayerMode {
    /// The value used in the page's selects.
    pub fn as_str(self) -> &'static str {
        match self {
            LayerMode::NotModelled => "not-modelled",
            LayerMode::None => "none",
            LayerMode::These => "these",
        }
    }

    /// Parses [`LayerMode::as_str`].
    pub fn parse(s: &str) -> LayerMode {
        match s {
            "none" => LayerMode::None,
            "these" => LayerMode::These,
            _ => LayerMode::NotModelled,
        }
    }
}

impl Default for RequestForm {
    fn default() -> Self {
        Self {
            endpoint: EndpointId::S3,
            principal: String::new(),
            action: "s3:GetObject".into(),
            resource: "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/TOE/1.0.0/linux/amd64/awstoe".into(),
            context: String::new(),
            resource_account: String::new(),
            sample: true,
        }
    }
}

/// The sample request for the panel's endpoint: it follows the configuration (region, environment, account,
/// organization) until the user edits a field.
pub fn sample_request(c: &GeneratorConfig, form: &RequestForm) -> RequestForm {
    let p = c.partition().name;
    let (region, env) = (c.region.as_str(), c.environment.as_str());
    let account = c
        .account_ids
        .first()
        .cloned()
        .unwrap_or_else(|| "111122223333".into());
    let org = c.principal_org_id.clone().filter(|o| !o.is_empty());
    let org_context = match (org, c.effective_resource_org_id()) {
        (Some(o), Some(r)) => format!("aws:PrincipalOrgID = {o}\naws:ResourceOrgID = {r}"),
        _ => String::new(),
    };
    match form.endpoint {
        EndpointId::S3 => RequestForm {
            principal: String::new(),
            action: "s3:GetObject".into(),
            resource: format!("arn:{p}:s3:::ec2imagebuilder-toe-{region}-{env}/TOE/1.0.0/linux/amd64/awstoe"),
            context: String::new(),
            ..form.clone()
        },
        EndpointId::Imagebuilder => RequestForm {
            principal: format!("arn:{p}:iam::{account}:role/ImageBuilderRole"),
            action: "imagebuilder:GetImage".into(),
            resource: format!("arn:{p}:imagebuilder:{region}:{account}:image/my-image/1.0.0/1"),
            context: org_context,
            ..form.clone()
        },
        // Every other kit endpoint: the build instance calling the first action the managed policies give it
        // through that endpoint.
        other => RequestForm {
            principal: format!(
                "arn:{p}:sts::{account}:assumed-role/ImageBuilderInstanceRole/i-0123456789abcdef0"
            ),
            action: other
                .spec()
                .managed_actions()
                .first()
                .map_or_else(|| format!("{}:*", other.as_str()), |a| a.to_string()),
            resource: "*".into(),
            context: org_context,
            ..form.clone()
        },
    }
}

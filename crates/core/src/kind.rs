//! What kind of policy a text is: it decides which elements are required and the size quota. Its own module,
//! because the validator, the rule registry and the evaluator all speak of it.

use serde::{Deserialize, Serialize};

/// What kind of policy is being validated; it changes which elements are required and the size quota.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum PolicyKind {
    /// A VPC endpoint policy (the default): Principal required, 20,480 characters including whitespace.
    #[default]
    Endpoint,
    /// An identity-based policy: no Principal, 6,144 characters excluding whitespace (managed policy).
    Identity,
    /// A resource-based policy: Principal required, 20,480 characters (S3 bucket policy).
    Resource,
}

impl PolicyKind {
    /// Parses `endpoint`, `identity` or `resource`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "endpoint" => Some(Self::Endpoint),
            "identity" => Some(Self::Identity),
            "resource" => Some(Self::Resource),
            _ => None,
        }
    }
}

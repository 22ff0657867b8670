//! Image Builder's pipeline environments, which name its AWS-owned buckets (`ec2imagebuilder-toe-REGION-ENV`).

use serde::{Deserialize, Serialize};

/// Image Builder's pipeline environment (part of the AWS-owned bucket names).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Environment {
    /// `prod` (what customer pipelines use).
    #[default]
    Prod,
    /// `preprod`.
    Preprod,
    /// `beta`.
    Beta,
}

impl Environment {
    /// Every environment.
    pub const ALL: [Environment; 3] = [Environment::Prod, Environment::Preprod, Environment::Beta];

    /// `prod`, `preprod` or `beta`.
    pub fn as_str(self) -> &'static str {
        match self {
            Environment::Prod => "prod",
            Environment::Preprod => "preprod",
            Environment::Beta => "beta",
        }
    }

    /// Parses the names above.
    pub fn parse(s: &str) -> Option<Environment> {
        Environment::ALL.into_iter().find(|e| e.as_str() == s)
    }
}

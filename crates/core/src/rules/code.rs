//! The finding codes, declared once: every finding, rule document, corpus case and face names its code with this
//! enum, and the text form (`UNKNOWN_ACTION`) exists only here. A new rule adds its line below and its entry in
//! `catalog.rs` (a test checks that the two lists agree).

use serde::{Serialize, Serializer};
use std::fmt;

/// Declares [`Code`]: each variant with its text, in the catalogue's (alphabetical) order.
macro_rules! codes {
    ($($variant:ident = $text:literal,)*) => {
        /// A finding code (UPPER_SNAKE in every output, Access Analyzer style).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "SCREAMING_SNAKE_CASE"))]
        pub enum Code {
            $(#[doc = $text] $variant,)*
        }

        impl Code {
            /// Every code, sorted by its text.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The text form, e.g. `UNKNOWN_ACTION`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    AllowWithNotPrincipal = "ALLOW_WITH_NOT_PRINCIPAL",
    ArnAccountNotAllowed = "ARN_ACCOUNT_NOT_ALLOWED",
    ArnPartitionMismatch = "ARN_PARTITION_MISMATCH",
    ArnRegionNotAllowed = "ARN_REGION_NOT_ALLOWED",
    AwsOwnedResourceNotAllowed = "AWS_OWNED_RESOURCE_NOT_ALLOWED",
    ConflictingElements = "CONFLICTING_ELEMENTS",
    EmptyArrayAction = "EMPTY_ARRAY_ACTION",
    EmptyArrayCondition = "EMPTY_ARRAY_CONDITION",
    EmptyArrayPrincipal = "EMPTY_ARRAY_PRINCIPAL",
    EmptyArrayResource = "EMPTY_ARRAY_RESOURCE",
    EmptyObjectCondition = "EMPTY_OBJECT_CONDITION",
    EmptyObjectPrincipal = "EMPTY_OBJECT_PRINCIPAL",
    EndpointPolicyWithoutAllow = "ENDPOINT_POLICY_WITHOUT_ALLOW",
    EndpointWithoutPolicy = "ENDPOINT_WITHOUT_POLICY",
    ForallvaluesWithSingleValuedKey = "FORALLVALUES_WITH_SINGLE_VALUED_KEY",
    ImagebuilderBucketRegionMismatch = "IMAGEBUILDER_BUCKET_REGION_MISMATCH",
    InvalidAccountIdFormat = "INVALID_ACCOUNT_ID_FORMAT",
    InvalidAction = "INVALID_ACTION",
    InvalidArn = "INVALID_ARN",
    InvalidArnAccount = "INVALID_ARN_ACCOUNT",
    InvalidArnPrefix = "INVALID_ARN_PREFIX",
    InvalidArnRegion = "INVALID_ARN_REGION",
    InvalidArnResource = "INVALID_ARN_RESOURCE",
    InvalidCondition = "INVALID_CONDITION",
    InvalidConditionKeyFormat = "INVALID_CONDITION_KEY_FORMAT",
    InvalidConditionOperator = "INVALID_CONDITION_OPERATOR",
    InvalidEffect = "INVALID_EFFECT",
    InvalidGlobalConditionKey = "INVALID_GLOBAL_CONDITION_KEY",
    InvalidId = "INVALID_ID",
    InvalidOrgIdFormat = "INVALID_ORG_ID_FORMAT",
    InvalidOrgPathFormat = "INVALID_ORG_PATH_FORMAT",
    InvalidPartition = "INVALID_PARTITION",
    InvalidPrincipalFormat = "INVALID_PRINCIPAL_FORMAT",
    InvalidPrincipalKey = "INVALID_PRINCIPAL_KEY",
    InvalidResource = "INVALID_RESOURCE",
    InvalidServiceConditionKey = "INVALID_SERVICE_CONDITION_KEY",
    InvalidSid = "INVALID_SID",
    InvalidStatement = "INVALID_STATEMENT",
    InvalidVariableForOperator = "INVALID_VARIABLE_FOR_OPERATOR",
    InvalidVersion = "INVALID_VERSION",
    InvalidVpceFormat = "INVALID_VPCE_FORMAT",
    InvalidVpcFormat = "INVALID_VPC_FORMAT",
    JsonSyntaxError = "JSON_SYNTAX_ERROR",
    MissingAction = "MISSING_ACTION",
    MissingArnRegion = "MISSING_ARN_REGION",
    MissingBraceInVariable = "MISSING_BRACE_IN_VARIABLE",
    MissingEffect = "MISSING_EFFECT",
    MissingPrincipal = "MISSING_PRINCIPAL",
    MissingResource = "MISSING_RESOURCE",
    MissingStatement = "MISSING_STATEMENT",
    MissingVersion = "MISSING_VERSION",
    NullWithIfExists = "NULL_WITH_IF_EXISTS",
    NumericOperatorOnSystemIdKey = "NUMERIC_OPERATOR_ON_SYSTEM_ID_KEY",
    OrgConditionOnAwsOwnedBucket = "ORG_CONDITION_ON_AWS_OWNED_BUCKET",
    PolicySizeExceedsEndpointQuota = "POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA",
    PolicySizeExceedsIdentityPolicyQuota = "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA",
    PolicySizeExceedsResourcePolicyQuota = "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA",
    PrincipalConditionOnAwsOwnedResource = "PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE",
    RedundantAction = "REDUNDANT_ACTION",
    RedundantResource = "REDUNDANT_RESOURCE",
    RedundantStatement = "REDUNDANT_STATEMENT",
    ResourceTypeMismatch = "RESOURCE_TYPE_MISMATCH",
    TypeMismatch = "TYPE_MISMATCH",
    UndocumentedAction = "UNDOCUMENTED_ACTION",
    UndocumentedService = "UNDOCUMENTED_SERVICE",
    UniqueSidsRequired = "UNIQUE_SIDS_REQUIRED",
    UnknownAction = "UNKNOWN_ACTION",
    UnknownImagebuilderEnvironment = "UNKNOWN_IMAGEBUILDER_ENVIRONMENT",
    UnknownService = "UNKNOWN_SERVICE",
    UnreplacedPlaceholder = "UNREPLACED_PLACEHOLDER",
    UnsupportedElement = "UNSUPPORTED_ELEMENT",
    UnsupportedPrincipal = "UNSUPPORTED_PRINCIPAL",
    UnsupportedSid = "UNSUPPORTED_SID",
    UnsupportedWildcardInPrincipal = "UNSUPPORTED_WILDCARD_IN_PRINCIPAL",
    VariableUnsupportedInVersion = "VARIABLE_UNSUPPORTED_IN_VERSION",
    WildcardInServiceName = "WILDCARD_IN_SERVICE_NAME",
    WildcardOnSystemIdKey = "WILDCARD_ON_SYSTEM_ID_KEY",
    WildcardWithoutSixLiteralCharacters = "WILDCARD_WITHOUT_SIX_LITERAL_CHARACTERS",
}

impl Code {
    /// The severity of every finding with this code: its rule's (a test checks that every code has one).
    pub fn severity(self) -> crate::diagnostic::Severity {
        super::doc(self).map_or(crate::diagnostic::Severity::Error, |r| r.severity)
    }

    /// The code a user typed (`explain unknown_action`, `--ignore`), case-insensitively.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(text))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Reports keep the code as text (they are read back from JSON): comparing one with a code needs no conversion.
impl PartialEq<Code> for String {
    fn eq(&self, other: &Code) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Code> for &str {
    fn eq(&self, other: &Code) -> bool {
        *self == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_unique_and_read_back() {
        assert!(Code::ALL
            .windows(2)
            .all(|w| matches!(w, [a, b] if a.as_str() < b.as_str() && a < b)));
        for c in Code::ALL {
            assert_eq!(Code::parse(&c.as_str().to_ascii_lowercase()), Some(*c));
            assert_eq!(serde_json::to_string(c).unwrap(), format!("\"{c}\""));
        }
        assert_eq!(Code::parse("NOT_A_CODE"), None);
    }
}

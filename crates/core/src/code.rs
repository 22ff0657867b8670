//! The finding codes, declared once with their severity: every finding, rule document, corpus case and face
//! names its code with this enum, and the text form (`UNKNOWN_ACTION`) exists only here. A new rule adds its line
//! below; its check and its documentation live together in the file that checks it (see `rules`).

use crate::severity::Severity;
use serde::{Serialize, Serializer};
use std::fmt;

/// Declares [`Code`]: each variant with its text and severity, in alphabetical order.
macro_rules! codes {
    ($($variant:ident = $text:literal, $severity:ident,)*) => {
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

            /// The severity of every finding with this code, declared here and nowhere else.
            pub const fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    AllowWithNotPrincipal = "ALLOW_WITH_NOT_PRINCIPAL", SecurityWarning,
    ArnAccountNotAllowed = "ARN_ACCOUNT_NOT_ALLOWED", Error,
    ArnPartitionMismatch = "ARN_PARTITION_MISMATCH", Error,
    ArnRegionNotAllowed = "ARN_REGION_NOT_ALLOWED", Error,
    AwsOwnedResourceNotAllowed = "AWS_OWNED_RESOURCE_NOT_ALLOWED", Warning,
    ConflictingElements = "CONFLICTING_ELEMENTS", Error,
    EmptyArrayAction = "EMPTY_ARRAY_ACTION", Error,
    EmptyArrayCondition = "EMPTY_ARRAY_CONDITION", Warning,
    EmptyArrayPrincipal = "EMPTY_ARRAY_PRINCIPAL", Error,
    EmptyArrayResource = "EMPTY_ARRAY_RESOURCE", Error,
    EmptyObjectCondition = "EMPTY_OBJECT_CONDITION", Warning,
    EmptyObjectPrincipal = "EMPTY_OBJECT_PRINCIPAL", Error,
    EndpointPolicyWithoutAllow = "ENDPOINT_POLICY_WITHOUT_ALLOW", Warning,
    EndpointWithoutPolicy = "ENDPOINT_WITHOUT_POLICY", Warning,
    ForallvaluesWithSingleValuedKey = "FORALLVALUES_WITH_SINGLE_VALUED_KEY", SecurityWarning,
    ImagebuilderBucketRegionMismatch = "IMAGEBUILDER_BUCKET_REGION_MISMATCH", Error,
    InvalidAccountIdFormat = "INVALID_ACCOUNT_ID_FORMAT", Error,
    InvalidAction = "INVALID_ACTION", Error,
    InvalidArn = "INVALID_ARN", Error,
    InvalidArnAccount = "INVALID_ARN_ACCOUNT", Error,
    InvalidArnPrefix = "INVALID_ARN_PREFIX", Error,
    InvalidArnRegion = "INVALID_ARN_REGION", Error,
    InvalidArnResource = "INVALID_ARN_RESOURCE", Warning,
    InvalidCondition = "INVALID_CONDITION", Error,
    InvalidConditionKeyFormat = "INVALID_CONDITION_KEY_FORMAT", Error,
    InvalidConditionOperator = "INVALID_CONDITION_OPERATOR", Error,
    InvalidEffect = "INVALID_EFFECT", Error,
    InvalidGlobalConditionKey = "INVALID_GLOBAL_CONDITION_KEY", Warning,
    InvalidId = "INVALID_ID", Error,
    InvalidOrgIdFormat = "INVALID_ORG_ID_FORMAT", Error,
    InvalidOrgPathFormat = "INVALID_ORG_PATH_FORMAT", Error,
    InvalidPartition = "INVALID_PARTITION", Error,
    InvalidPrincipalFormat = "INVALID_PRINCIPAL_FORMAT", Error,
    InvalidPrincipalKey = "INVALID_PRINCIPAL_KEY", Error,
    InvalidResource = "INVALID_RESOURCE", Error,
    InvalidServiceConditionKey = "INVALID_SERVICE_CONDITION_KEY", Warning,
    InvalidSid = "INVALID_SID", Error,
    InvalidStatement = "INVALID_STATEMENT", Error,
    InvalidVariableForOperator = "INVALID_VARIABLE_FOR_OPERATOR", Error,
    InvalidVersion = "INVALID_VERSION", Error,
    InvalidVpceFormat = "INVALID_VPCE_FORMAT", Error,
    InvalidVpcFormat = "INVALID_VPC_FORMAT", Error,
    JsonSyntaxError = "JSON_SYNTAX_ERROR", Error,
    MissingAction = "MISSING_ACTION", Error,
    MissingArnRegion = "MISSING_ARN_REGION", Warning,
    MissingBraceInVariable = "MISSING_BRACE_IN_VARIABLE", Warning,
    MissingEffect = "MISSING_EFFECT", Error,
    MissingPrincipal = "MISSING_PRINCIPAL", Error,
    MissingResource = "MISSING_RESOURCE", Error,
    MissingStatement = "MISSING_STATEMENT", Error,
    MissingVersion = "MISSING_VERSION", Warning,
    NullWithIfExists = "NULL_WITH_IF_EXISTS", Error,
    NumericOperatorOnSystemIdKey = "NUMERIC_OPERATOR_ON_SYSTEM_ID_KEY", Error,
    OrgConditionOnAwsOwnedBucket = "ORG_CONDITION_ON_AWS_OWNED_BUCKET", Warning,
    PolicySizeExceedsEndpointQuota = "POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA", Error,
    PolicySizeExceedsIdentityPolicyQuota = "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", Error,
    PolicySizeExceedsResourcePolicyQuota = "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA", Error,
    PrincipalConditionOnAwsOwnedResource = "PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE", Warning,
    RedundantAction = "REDUNDANT_ACTION", Warning,
    RedundantResource = "REDUNDANT_RESOURCE", Warning,
    RedundantStatement = "REDUNDANT_STATEMENT", Warning,
    ResourceTypeMismatch = "RESOURCE_TYPE_MISMATCH", Warning,
    TypeMismatch = "TYPE_MISMATCH", Error,
    UndocumentedAction = "UNDOCUMENTED_ACTION", Warning,
    UndocumentedService = "UNDOCUMENTED_SERVICE", Warning,
    UniqueSidsRequired = "UNIQUE_SIDS_REQUIRED", Error,
    UnknownAction = "UNKNOWN_ACTION", Error,
    UnknownImagebuilderEnvironment = "UNKNOWN_IMAGEBUILDER_ENVIRONMENT", Error,
    UnknownService = "UNKNOWN_SERVICE", Error,
    UnreplacedPlaceholder = "UNREPLACED_PLACEHOLDER", Error,
    UnsupportedElement = "UNSUPPORTED_ELEMENT", Error,
    UnsupportedPrincipal = "UNSUPPORTED_PRINCIPAL", Error,
    UnsupportedSid = "UNSUPPORTED_SID", Error,
    UnsupportedWildcardInPrincipal = "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", Error,
    VariableUnsupportedInVersion = "VARIABLE_UNSUPPORTED_IN_VERSION", Error,
    WildcardInServiceName = "WILDCARD_IN_SERVICE_NAME", Warning,
    WildcardOnSystemIdKey = "WILDCARD_ON_SYSTEM_ID_KEY", Error,
    WildcardWithoutSixLiteralCharacters = "WILDCARD_WITHOUT_SIX_LITERAL_CHARACTERS", Error,
}

impl Code {
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

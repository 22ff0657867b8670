//! The value types of condition keys, shared by the IAM data and the global keys.

/// The value type of a condition key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // the members' names say what they are
pub enum KeyType {
    String,
    /// ARN.
    Arn,
    /// Boolean.
    Bool,
    /// Number.
    Numeric,
    Date,
    /// IP address.
    Ip,
    /// Multi-valued strings.
    ArrayOfString,
    /// Multi-valued ARNs.
    ArrayOfArn,
    /// Multi-valued booleans.
    ArrayOfBool,
}

impl KeyType {
    /// True for the multi-valued types (`ArrayOf…`).
    pub fn is_multi_valued(self) -> bool {
        matches!(
            self,
            KeyType::ArrayOfString | KeyType::ArrayOfArn | KeyType::ArrayOfBool
        )
    }
}

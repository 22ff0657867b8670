//! Action lists for S3 and the services an Image Builder endpoint policy commonly names.

/// Amazon S3 actions.
pub const S3_ACTIONS: &[&str] = &[
    "GetObject",
    "PutObject",
    "ListBucket",
    "GetBucketLocation",
    "GetObjectVersion",
];
/// AWS STS actions.
pub const STS_ACTIONS: &[&str] = &["AssumeRole"];
/// Session Manager message actions.
pub const SSMMESSAGES_ACTIONS: &[&str] = &["CreateControlChannel"];
/// EC2 messages actions.
pub const EC2MESSAGES_ACTIONS: &[&str] = &["AcknowledgeMessage"];

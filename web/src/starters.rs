//! Starting texts and notices: the policies a layer starts from when it is first modelled, and the words of the
//! notice a link that cannot be opened shows.

use vpce_policy_core::i18n::Message;

/// A starter identity policy for the request panel.
pub const STARTER_IDENTITY: &str = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"imagebuilder:*\", \"s3:GetObject\"],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n";

/// A starter resource-based policy (an S3 bucket policy naming a role) for the request panel.
pub const STARTER_RESOURCE: &str = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/Builder\"},\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::my-bucket/*\"\n    }\n  ]\n}\n";

/// The notice for a share link that could not be read (`why`: the message id of the reason), in plain words.
pub fn broken_link_notice(why: &'static str) -> Message {
    Message::new("notice-broken-link").words("why", Message::new(why))
}

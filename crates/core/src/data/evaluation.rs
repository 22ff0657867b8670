//! Per-service facts of AWS request evaluation that are not in the Service Authorization Reference.

/// Actions whose resource-based policy is required even in the same account: the identity side alone allows
/// nothing. (service prefix, action pattern, the policy's name, the AWS page.)
pub const RESOURCE_POLICY_REQUIRED: &[(&str, &str, &str, &str)] = &[
    (
        "kms",
        "*",
        "key policy",
        "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
    ),
    (
        "sts",
        "AssumeRole*",
        "role trust policy",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html",
    ),
];

/// Actions that need no permission: `sts:GetCallerIdentity` works even against an explicit deny.
pub const ALWAYS_ALLOWED: &[&str] = &["sts:GetCallerIdentity"];

/// The policy that must allow `action` (lower-cased `service:name`) even in the same account, if any.
pub fn required_resource_policy(action: &str) -> Option<&'static str> {
    let (prefix, name) = action.split_once(':')?;
    RESOURCE_POLICY_REQUIRED
        .iter()
        .find(|(p, pattern, _, _)| {
            p.eq_ignore_ascii_case(prefix) && crate::glob::wildcard_match(pattern, name, true)
        })
        .map(|(_, _, what, _)| *what)
}

/// True when resource control policies apply to the action's service (from the IAM data).
pub fn rcp_applies_to(action: &str) -> bool {
    let prefix = action.split(':').next().unwrap_or("");
    super::iam::iam().service(prefix).is_some_and(|s| s.rcp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_service_rules() {
        assert_eq!(required_resource_policy("kms:decrypt"), Some("key policy"));
        assert_eq!(
            required_resource_policy("sts:assumerolewithsaml"),
            Some("role trust policy")
        );
        assert_eq!(required_resource_policy("sts:getcalleridentity"), None);
        assert_eq!(required_resource_policy("s3:getobject"), None);
        assert!(
            rcp_applies_to("s3:getobject")
                && rcp_applies_to("sts:assumerole")
                && rcp_applies_to("kms:decrypt")
        );
        assert!(rcp_applies_to("sqs:sendmessage") && rcp_applies_to("secretsmanager:getsecretvalue"));
        assert!(!rcp_applies_to("imagebuilder:getimage") && !rcp_applies_to("ec2:runinstances"));
    }
}

//! Per-service facts of AWS request evaluation that are not in the Service Authorization Reference.

/// A resource-based policy that must allow even in the same account: the identity side alone allows nothing.
#[derive(Debug, Clone, Copy)]
pub struct RequiredResourcePolicy {
    /// The service prefix, e.g. `kms`.
    pub service: &'static str,
    /// The resource type (as the Service Authorization Reference names it) whose policy is required: only
    /// actions that act on it need the policy (`kms:ListAliases` acts on no key, so no key policy applies).
    pub resource_type: &'static str,
    /// Action names the rule is limited to (`*` for every action on the resource type).
    pub actions: &'static str,
    /// The policy's name, e.g. `key policy`.
    pub what: &'static str,
    /// The AWS page that says so.
    pub page: &'static str,
}

/// The resource-based policies AWS requires even in the same account.
pub const RESOURCE_POLICY_REQUIRED: &[RequiredResourcePolicy] = &[
    RequiredResourcePolicy {
        service: "kms",
        resource_type: "key",
        actions: "*",
        what: "key policy",
        page: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
    },
    RequiredResourcePolicy {
        service: "sts",
        resource_type: "role",
        actions: "AssumeRole*",
        what: "role trust policy",
        page: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html",
    },
];

/// Actions that need no permission: `sts:GetCallerIdentity` works even against an explicit deny.
pub const ALWAYS_ALLOWED: &[&str] = &["sts:GetCallerIdentity"];

/// The service's same-account resource-policy rule for `action` (lower-cased `service:name`), and whether the
/// action falls under it.
///
/// Decided from the IAM data: the rule applies only when the action acts on the rule's resource type. An action
/// the data does not know keeps the rule of its service (the safer answer for an unknown KMS action).
pub fn resource_policy_rule(action: &str) -> Option<(&'static RequiredResourcePolicy, bool)> {
    let (prefix, name) = action.split_once(':')?;
    let rule = RESOURCE_POLICY_REQUIRED.iter().find(|r| {
        r.service.eq_ignore_ascii_case(prefix) && crate::glob::wildcard_match(r.actions, name, true)
    })?;
    let iam = super::iam::iam();
    let acts_on_type = match iam.service(prefix).and_then(|s| iam.action(s, name)) {
        Some(a) => iam.action_resources(a).any(|(t, _)| t.name == rule.resource_type),
        None => true,
    };
    Some((rule, acts_on_type))
}

/// The policy that must allow `action` (lower-cased `service:name`) even in the same account, if any.
pub fn required_resource_policy(action: &str) -> Option<&'static str> {
    resource_policy_rule(action).and_then(|(rule, applies)| applies.then_some(rule.what))
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
        // Actions on no key need no key policy (AWS managed policies grant them on "*").
        for action in ["kms:listaliases", "kms:createkey", "kms:listkeys", "kms:generaterandom"] {
            assert_eq!(required_resource_policy(action), None, "{action}");
        }
        assert_eq!(required_resource_policy("kms:listgrants"), Some("key policy"));
        assert_eq!(required_resource_policy("sts:assumerolewithwebidentity"), Some("role trust policy"));
        assert!(
            rcp_applies_to("s3:getobject")
                && rcp_applies_to("sts:assumerole")
                && rcp_applies_to("kms:decrypt")
        );
        assert!(rcp_applies_to("sqs:sendmessage") && rcp_applies_to("secretsmanager:getsecretvalue"));
        assert!(!rcp_applies_to("imagebuilder:getimage") && !rcp_applies_to("ec2:runinstances"));
    }
}

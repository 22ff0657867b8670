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

/// The service's same-account resource-policy rule for `action` (lower-cased `service:name`) on `resource`, and
/// whether the request falls under it.
///
/// Decided from the IAM data: the rule applies only when the action acts on the rule's resource type and the
/// requested resource is of that type (`kms:CreateAlias` on an alias ARN is authorized by IAM policies alone;
/// on the key, by the key policy). A resource that is not an ARN, or an action the data does not know, keeps
/// the rule of its service: the safer answer.
pub fn resource_policy_rule(action: &str, resource: &str) -> Option<(&'static RequiredResourcePolicy, bool)> {
    let (prefix, name) = action.split_once(':')?;
    let rule = RESOURCE_POLICY_REQUIRED.iter().find(|r| {
        r.service.eq_ignore_ascii_case(prefix) && crate::glob::wildcard_match(r.actions, name, true)
    })?;
    let iam = super::iam::iam();
    let Some(known) = iam.service(prefix).and_then(|s| iam.action(s, name)) else {
        return Some((rule, true));
    };
    let is_arn = resource.starts_with("arn:");
    let applies = iam.action_resources(known).any(|(t, _)| {
        t.name == rule.resource_type && (!is_arn || super::iam::placeholder_match(t.arn, resource))
    });
    Some((rule, applies))
}

/// The policy that must allow `action` (lower-cased `service:name`) on `resource` even in the same account.
pub fn required_resource_policy(action: &str, resource: &str) -> Option<&'static str> {
    resource_policy_rule(action, resource).and_then(|(rule, applies)| applies.then_some(rule.what))
}

/// True when resource control policies apply to the action's service (from the IAM data).
pub fn rcp_applies_to(action: &str) -> bool {
    let prefix = action.split(':').next().unwrap_or("");
    super::iam::iam().service(prefix).is_some_and(|s| s.rcp)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const ROLE: &str = "arn:aws:iam::111122223333:role/Deployer";

    #[test]
    fn per_service_rules() {
        assert_eq!(required_resource_policy("kms:decrypt", KEY), Some("key policy"));
        assert_eq!(
            required_resource_policy("sts:assumerolewithsaml", ROLE),
            Some("role trust policy")
        );
        assert_eq!(required_resource_policy("sts:getcalleridentity", "*"), None);
        assert_eq!(required_resource_policy("s3:getobject", "arn:aws:s3:::b/k"), None);
        // Actions on no key need no key policy (AWS managed policies grant them on "*").
        for action in [
            "kms:listaliases",
            "kms:createkey",
            "kms:listkeys",
            "kms:generaterandom",
        ] {
            assert_eq!(required_resource_policy(action, "*"), None, "{action}");
        }
        assert_eq!(
            required_resource_policy("kms:listgrants", KEY),
            Some("key policy")
        );
        // CreateAlias acts on the alias (IAM policies) and on the key (the key policy).
        let alias = "arn:aws:kms:us-east-1:111122223333:alias/builds";
        assert_eq!(required_resource_policy("kms:createalias", alias), None);
        assert_eq!(
            required_resource_policy("kms:createalias", KEY),
            Some("key policy")
        );
        assert_eq!(
            required_resource_policy("sts:assumerolewithwebidentity", ROLE),
            Some("role trust policy")
        );
        assert!(
            rcp_applies_to("s3:getobject")
                && rcp_applies_to("sts:assumerole")
                && rcp_applies_to("kms:decrypt")
        );
        assert!(rcp_applies_to("sqs:sendmessage") && rcp_applies_to("secretsmanager:getsecretvalue"));
        assert!(!rcp_applies_to("imagebuilder:getimage") && !rcp_applies_to("ec2:runinstances"));
    }
}

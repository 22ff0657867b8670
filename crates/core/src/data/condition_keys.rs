//! Condition keys: types, multi-valuedness, and which hold system-generated IDs.

pub use super::key_type::KeyType;

/// The format of an ID held by a key, checked in condition values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdFormat {
    /// 12-digit account ID.
    Account,
    /// `o-…` organization ID.
    Organization,
    /// `o-…/r-…/ou-…/` organization path.
    OrgPath,
    /// `vpc-…`.
    Vpc,
    /// `vpce-…`.
    Vpce,
}

/// What is known about one condition key.
#[derive(Debug, Clone, Copy)]
pub struct KeyInfo {
    /// Name (a prefix ending in `/` for tag keys).
    pub name: &'static str,
    /// Value type.
    pub ty: KeyType,
    /// Holds a system-generated ID: endpoint policies may not use wildcards or numeric operators on it.
    pub system_id: bool,
    /// Format of the ID it holds.
    pub format: Option<IdFormat>,
}

const fn key(name: &'static str, ty: KeyType) -> KeyInfo {
    KeyInfo {
        name,
        ty,
        system_id: false,
        format: None,
    }
}

const fn id_key(name: &'static str, ty: KeyType, format: IdFormat) -> KeyInfo {
    KeyInfo {
        name,
        ty,
        system_id: true,
        format: Some(format),
    }
}

use IdFormat::*;
use KeyType::*;

/// Global (`aws:`) condition keys, with the ID formats the endpoint-policy rules need. Service keys come from
/// the generated IAM data ([`super::iam`]).
pub const KEYS: &[KeyInfo] = &[
    key("aws:CalledVia", ArrayOfString),
    key("aws:CalledViaFirst", String),
    key("aws:CalledViaLast", String),
    key("aws:CurrentTime", Date),
    key("aws:EpochTime", Date),
    key("aws:FederatedProvider", String),
    key("aws:MultiFactorAuthAge", Numeric),
    key("aws:MultiFactorAuthPresent", Bool),
    id_key("aws:PrincipalAccount", String, Account),
    key("aws:PrincipalArn", Arn),
    key("aws:PrincipalIsAWSService", Bool),
    id_key("aws:PrincipalOrgID", String, Organization),
    KeyInfo {
        name: "aws:PrincipalOrgPaths",
        ty: ArrayOfString,
        system_id: false,
        format: Some(OrgPath),
    },
    key("aws:PrincipalServiceName", String),
    key("aws:PrincipalServiceNamesList", ArrayOfString),
    key("aws:PrincipalTag/", String),
    key("aws:PrincipalType", String),
    key("aws:referer", String),
    key("aws:RequestedRegion", String),
    key("aws:RequestTag/", String),
    id_key("aws:ResourceAccount", String, Account),
    id_key("aws:ResourceOrgID", String, Organization),
    KeyInfo {
        name: "aws:ResourceOrgPaths",
        ty: ArrayOfString,
        system_id: false,
        format: Some(OrgPath),
    },
    key("aws:ResourceTag/", String),
    key("aws:SecureTransport", Bool),
    id_key("aws:SourceAccount", String, Account),
    key("aws:SourceArn", Arn),
    key("aws:SourceIdentity", String),
    key("aws:SourceIp", Ip),
    id_key("aws:SourceOrgID", String, Organization),
    KeyInfo {
        name: "aws:SourceOrgPaths",
        ty: ArrayOfString,
        system_id: false,
        format: Some(OrgPath),
    },
    id_key("aws:SourceVpc", String, Vpc),
    key("aws:SourceVpcArn", Arn),
    id_key("aws:SourceVpce", String, Vpce),
    key("aws:TagKeys", ArrayOfString),
    key("aws:TokenIssueTime", Date),
    key("aws:UserAgent", String),
    key("aws:userid", String),
    key("aws:username", String),
    key("aws:ViaAWSService", Bool),
    key("aws:VpcSourceIp", Ip),
    id_key("aws:VpceAccount", String, Account),
    id_key("aws:VpceOrgID", String, Organization),
    KeyInfo {
        name: "aws:VpceOrgPaths",
        ty: ArrayOfString,
        system_id: false,
        format: Some(OrgPath),
    },
    key("aws:Ec2InstanceSourceVpc", String),
    key("aws:Ec2InstanceSourcePrivateIPv4", Ip),
];

/// Looks a key up, case-insensitively: the global keys first (tag keys match their `…/` prefix), then every
/// service's keys from the IAM data.
pub fn lookup(name: &str) -> Option<KeyInfo> {
    let global = KEYS.iter().find(|k| {
        if k.name.ends_with('/') {
            name.len() > k.name.len()
                && name
                    .get(..k.name.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(k.name))
        } else {
            k.name.eq_ignore_ascii_case(name)
        }
    });
    if let Some(k) = global {
        return Some(*k);
    }
    super::iam::iam().key(name).map(|k| key(k.name, k.ty))
}

/// True when the key's prefix is `aws` or a service of the IAM data, so an unknown key is a finding.
pub fn prefix_is_known(name: &str) -> bool {
    let prefix = name.split(':').next().unwrap_or("");
    prefix.eq_ignore_ascii_case("aws") || super::iam::iam().service(prefix).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_is_case_insensitive_and_handles_tag_prefixes() {
        assert_eq!(lookup("AWS:principalorgid").unwrap().name, "aws:PrincipalOrgID");
        assert_eq!(lookup("aws:PrincipalTag/team").unwrap().ty, String);
        assert!(lookup("aws:PrincipalTag/").is_none());
        assert!(lookup("aws:Nope").is_none());
        assert!(lookup("aws:SourceVpc").unwrap().system_id);
    }

    #[test]
    fn service_keys_come_from_the_iam_data() {
        assert_eq!(
            lookup("imagebuilder:CreatedResourceTagKeys").unwrap().ty,
            ArrayOfString
        );
        assert_eq!(lookup("imagebuilder:CreatedResourceTag/team").unwrap().ty, String);
        assert_eq!(lookup("kms:ViaService").unwrap().ty, String);
        assert!(lookup("s3:NoSuchKey").is_none());
        assert!(prefix_is_known("s3:NoSuchKey"));
        assert!(!prefix_is_known("nosuchservice:Key"));
    }
}

//! The catalogue of AWS-owned S3 resources that a private build or workload reaches through the S3 endpoint
//! (`owned.tsv`, one cited line each): where each lives, how its requests are signed, and what needs it. The
//! kit, the generator and the lint rules all read it; nothing else lists AWS-owned buckets.

use super::endpoints::{Feature, Need};
use crate::glob::wildcard_match;
use std::sync::OnceLock;

static TEXT: &str = include_str!("owned.tsv");

/// How a request for the resource reaches S3, which decides which condition keys it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signing {
    /// A plain HTTPS GET with no AWS signature (`dnf`, AWSTOE's and the SSM agent's downloads): the request has
    /// no principal, so no principal key (`aws:PrincipalOrgID`, `aws:PrincipalArn`, …) is in it.
    Unsigned,
    /// A URL presigned by an AWS service principal (ECR layers, CloudFormation responses): the principal is
    /// AWS's, never in your organization or account.
    Presigned,
    /// Signed with the caller's own credentials.
    Signed,
}

impl Signing {
    fn parse(s: &str) -> Option<Signing> {
        match s {
            "unsigned" => Some(Signing::Unsigned),
            "presigned" => Some(Signing::Presigned),
            "signed" => Some(Signing::Signed),
            _ => None,
        }
    }

    /// How the request is made, as a message id (`signing-*` in the packs).
    pub fn words_id(self) -> &'static str {
        match self {
            Signing::Unsigned => "signing-unsigned",
            Signing::Presigned => "signing-presigned",
            Signing::Signed => "signing-signed",
        }
    }

    /// How the request is made, in words.
    pub fn describe(self) -> &'static str {
        match self {
            Signing::Unsigned => "unsigned",
            Signing::Presigned => "presigned by an AWS service",
            Signing::Signed => "signed by the caller",
        }
    }
}

/// One AWS-owned resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedResource {
    /// Stable identifier, e.g. `imagebuilder-toe`.
    pub id: &'static str,
    /// The service that owns it.
    pub service: &'static str,
    /// When the kit needs it (`None`: the kit does not).
    pub kit: Option<Need>,
    /// The bucket name; `{region}`, `{region_nodash}` and `{env}` are filled in, `*` is a suffix AWS adds.
    pub bucket: &'static str,
    /// The object keys, e.g. `components/*`.
    pub keys: &'static str,
    /// The S3 actions the request needs.
    pub actions: Vec<&'static str>,
    /// How the request is signed.
    pub signing: Signing,
    /// The partitions where AWS documents it.
    pub partitions: Vec<&'static str>,
    /// What needs it, in words.
    pub feature: &'static str,
    /// The AWS page that documents it.
    pub page: &'static str,
    /// Why, and what is known about it.
    pub note: &'static str,
}

impl OwnedResource {
    /// The bucket name in a region and Image Builder environment.
    pub fn bucket_in(&self, region: &str, env: &str) -> String {
        self.bucket
            .replace("{region_nodash}", &region.replace('-', ""))
            .replace("{region}", region)
            .replace("{env}", env)
    }

    /// The object ARN pattern in a partition, region and environment.
    pub fn object_arn(&self, partition: &str, region: &str, env: &str) -> String {
        format!(
            "arn:{partition}:s3:::{}/{}",
            self.bucket_in(region, env),
            self.keys
        )
    }

    /// The bucket name as a pattern for every region, in an environment (`*` for every one).
    fn in_every_region(&self, env: &str) -> String {
        self.bucket
            .replace("{region_nodash}", "*")
            .replace("{region}", "*")
            .replace("{env}", env)
    }

    /// The object ARN pattern in every region of a partition (when the region is not known).
    pub fn object_arn_in_every_region(&self, partition: &str, env: &str) -> String {
        format!("arn:{partition}:s3:::{}/{}", self.in_every_region(env), self.keys)
    }

    /// True when `bucket` is this resource's bucket in some region and environment.
    pub fn is_bucket(&self, bucket: &str) -> bool {
        wildcard_match(&self.in_every_region("*"), bucket, false)
    }

    /// True when the kit needs it with these features enabled.
    pub fn needed_by_kit(&self, enabled: impl Fn(Feature) -> bool) -> bool {
        self.kit.is_some_and(|n| n.holds(enabled))
    }
}

fn parse_line(line: &'static str) -> Option<OwnedResource> {
    let f: Vec<&'static str> = line.split('\t').collect();
    let [id, service, kit, bucket, keys, actions, signing, partitions, feature, page, note] = f.as_slice()
    else {
        return None;
    };
    let kit = match *kit {
        "-" => None,
        "always" => Some(Need::Always),
        other => Some(Need::With(Feature::parse(other)?)),
    };
    Some(OwnedResource {
        id,
        service,
        kit,
        bucket,
        keys,
        actions: actions.split(',').collect(),
        signing: Signing::parse(signing)?,
        partitions: partitions.split(',').collect(),
        feature,
        page,
        note,
    })
}

/// Every entry, in the file's order (the kit's buckets first, in the order its policies list them).
pub fn catalogue() -> &'static [OwnedResource] {
    static ALL: OnceLock<Vec<OwnedResource>> = OnceLock::new();
    ALL.get_or_init(|| {
        TEXT.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(parse_line)
            .collect()
    })
}

/// The entry with this id.
pub fn by_id(id: &str) -> Option<&'static OwnedResource> {
    catalogue().iter().find(|r| r.id == id)
}

/// The entry whose bucket this is, in any region.
pub fn for_bucket(bucket: &str) -> Option<&'static OwnedResource> {
    catalogue().iter().find(|r| r.is_bucket(bucket))
}

/// The entries the kit needs with these features enabled, in the kit's order.
pub fn kit_needs(enabled: impl Fn(Feature) -> bool + Copy) -> impl Iterator<Item = &'static OwnedResource> {
    catalogue().iter().filter(move |r| r.needed_by_kit(enabled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses_and_cites_a_page() {
        let lines = TEXT
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(catalogue().len(), lines, "a line of owned.tsv does not parse");
        assert!(catalogue().len() >= 25);
        let mut ids = std::collections::BTreeSet::new();
        for r in catalogue() {
            assert!(ids.insert(r.id), "{} twice", r.id);
            assert!(r.page.starts_with("https://"), "{} cites no page", r.id);
            assert!(r.actions.iter().all(|a| a.starts_with("s3:")), "{}", r.id);
            assert!(!r.bucket.contains('/') && !r.bucket.is_empty(), "{}", r.id);
        }
    }

    #[test]
    fn buckets_are_found_in_any_region() {
        assert_eq!(
            for_bucket("ec2imagebuilder-toe-eu-west-1-prod").map(|r| r.id),
            Some("imagebuilder-toe")
        );
        assert_eq!(
            for_bucket("al2023-repos-ap-northeast-1-de612dc2").map(|r| r.id),
            Some("al2023-repos")
        );
        assert_eq!(
            for_bucket("prod-us-east-1-starport-layer-bucket").map(|r| r.id),
            Some("ecr-layers")
        );
        assert_eq!(
            by_id("cfn-custom-resource-response").map(|r| r.bucket_in("us-west-2", "prod")),
            Some("cloudformation-custom-resource-response-uswest2".into())
        );
        assert!(for_bucket("my-company-artifacts").is_none());
        let always: Vec<&str> = kit_needs(|_| false).map(|r| r.id).collect();
        assert_eq!(
            always,
            [
                "imagebuilder-toe",
                "imagebuilder-managed-components",
                "ssm-agent-packages",
                "ssm-modules"
            ]
        );
        assert!(by_id("ecr-layers").is_some_and(|r| r.signing == Signing::Presigned));
    }
}

//! Partitions and their regions (botocore partitions.json, 2026-08).

/// A partition: its ARN name, DNS suffix and regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// ARN partition, e.g. `aws-cn`.
    pub name: &'static str,
    /// A human title.
    pub title: &'static str,
    /// DNS suffix, e.g. `amazonaws.com.cn`.
    pub dns_suffix: &'static str,
    /// Prefix of interface endpoint service names (`com.amazonaws` or `cn.com.amazonaws`).
    pub service_name_prefix: &'static str,
    /// Region codes.
    pub regions: &'static [&'static str],
}

/// The commercial partition, the default.
pub const AWS: Partition = Partition {
    name: "aws",
    title: "AWS commercial",
    dns_suffix: "amazonaws.com",
    service_name_prefix: "com.amazonaws",
    regions: &[
        "af-south-1",
        "ap-east-1",
        "ap-east-2",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-northeast-3",
        "ap-south-1",
        "ap-south-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "ca-central-1",
        "ca-west-1",
        "eu-central-1",
        "eu-central-2",
        "eu-north-1",
        "eu-south-1",
        "eu-south-2",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "il-central-1",
        "me-central-1",
        "me-south-1",
        "mx-central-1",
        "sa-east-1",
        "us-east-1",
        "us-east-2",
        "us-west-1",
        "us-west-2",
    ],
};

/// Every partition.
pub const PARTITIONS: &[Partition] = &[
    AWS,
    Partition {
        name: "aws-cn",
        title: "AWS China",
        dns_suffix: "amazonaws.com.cn",
        service_name_prefix: "cn.com.amazonaws",
        regions: &["cn-north-1", "cn-northwest-1"],
    },
    Partition {
        name: "aws-us-gov",
        title: "AWS GovCloud (US)",
        dns_suffix: "amazonaws.com",
        service_name_prefix: "com.amazonaws",
        regions: &["us-gov-east-1", "us-gov-west-1"],
    },
    Partition {
        name: "aws-iso",
        title: "AWS ISO (US)",
        dns_suffix: "c2s.ic.gov",
        service_name_prefix: "com.amazonaws",
        regions: &["us-iso-east-1", "us-iso-west-1"],
    },
    Partition {
        name: "aws-iso-b",
        title: "AWS ISOB (US)",
        dns_suffix: "sc2s.sgov.gov",
        service_name_prefix: "com.amazonaws",
        regions: &["us-isob-east-1", "us-isob-west-1"],
    },
    Partition {
        name: "aws-iso-e",
        title: "AWS ISOE (Europe)",
        dns_suffix: "cloud.adc-e.uk",
        service_name_prefix: "com.amazonaws",
        regions: &["eu-isoe-west-1"],
    },
    Partition {
        name: "aws-iso-f",
        title: "AWS ISOF",
        dns_suffix: "csp.hci.ic.gov",
        service_name_prefix: "com.amazonaws",
        regions: &["us-isof-east-1", "us-isof-south-1"],
    },
    Partition {
        name: "aws-eusc",
        title: "AWS European Sovereign Cloud",
        dns_suffix: "amazonaws.eu",
        service_name_prefix: "com.amazonaws",
        regions: &["eusc-de-east-1"],
    },
];

/// The partition a region belongs to.
pub fn partition_of(region: &str) -> Option<&'static Partition> {
    PARTITIONS.iter().find(|p| p.regions.contains(&region))
}

/// The partition with this ARN name.
pub fn partition_named(name: &str) -> Option<&'static Partition> {
    PARTITIONS.iter().find(|p| p.name == name)
}

/// Every region of every partition.
pub fn all_regions() -> impl Iterator<Item = &'static str> {
    PARTITIONS.iter().flat_map(|p| p.regions.iter().copied())
}

/// True for a known region code.
pub fn is_region(region: &str) -> bool {
    partition_of(region).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_unique_and_partitioned() {
        let all: Vec<_> = all_regions().collect();
        let mut sorted = all.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(all.len(), sorted.len());
        assert_eq!(PARTITIONS[0].regions.len(), 34);
        assert_eq!(partition_of("cn-north-1").unwrap().name, "aws-cn");
        assert_eq!(
            partition_named("aws-us-gov").unwrap().regions,
            &["us-gov-east-1", "us-gov-west-1"]
        );
    }
}

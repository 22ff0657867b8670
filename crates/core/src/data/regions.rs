//! Partitions and their regions (botocore partitions.json, 2026-08).

use crate::i18n::{self, Locale};

/// A partition: its ARN name, DNS suffix and regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// ARN partition, e.g. `aws-cn`.
    pub name: &'static str,
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
        dns_suffix: "amazonaws.com.cn",
        service_name_prefix: "cn.com.amazonaws",
        regions: &["cn-north-1", "cn-northwest-1"],
    },
    Partition {
        name: "aws-us-gov",
        dns_suffix: "amazonaws.com",
        service_name_prefix: "com.amazonaws",
        regions: &["us-gov-east-1", "us-gov-west-1"],
    },
    Partition {
        name: "aws-iso",
        dns_suffix: "c2s.ic.gov",
        service_name_prefix: "com.amazonaws",
        regions: &["us-iso-east-1", "us-iso-west-1"],
    },
    Partition {
        name: "aws-iso-b",
        dns_suffix: "sc2s.sgov.gov",
        service_name_prefix: "com.amazonaws",
        regions: &["us-isob-east-1", "us-isob-west-1"],
    },
    Partition {
        name: "aws-iso-e",
        dns_suffix: "cloud.adc-e.uk",
        service_name_prefix: "com.amazonaws",
        regions: &["eu-isoe-west-1"],
    },
    Partition {
        name: "aws-iso-f",
        dns_suffix: "csp.hci.ic.gov",
        service_name_prefix: "com.amazonaws",
        regions: &["us-isof-east-1", "us-isof-south-1"],
    },
    Partition {
        name: "aws-eusc",
        dns_suffix: "amazonaws.eu",
        service_name_prefix: "com.amazonaws",
        regions: &["eusc-de-east-1"],
    },
];

/// Countries, cities and other words people search a region by, beyond AWS's location name.
pub const SEARCH_WORDS: &[(&str, &str)] = &[
    ("af-south-1", "south africa"),
    ("ap-east-1", "hong kong, china"),
    ("ap-east-2", "taiwan, taipei"),
    ("ap-northeast-1", "japan"),
    ("ap-northeast-2", "south korea, korea"),
    ("ap-northeast-3", "japan"),
    ("ap-south-1", "india"),
    ("ap-south-2", "india"),
    ("ap-southeast-1", "singapore"),
    ("ap-southeast-2", "australia"),
    ("ap-southeast-3", "indonesia"),
    ("ap-southeast-4", "australia"),
    ("ap-southeast-5", "malaysia, kuala lumpur"),
    ("ap-southeast-6", "new zealand, auckland"),
    ("ap-southeast-7", "thailand, bangkok"),
    ("ca-central-1", "canada, montreal"),
    ("ca-west-1", "canada"),
    ("eu-central-1", "germany, deutschland"),
    ("eu-central-2", "switzerland"),
    ("eu-north-1", "sweden"),
    ("eu-south-1", "italy"),
    ("eu-south-2", "spain, aragon"),
    ("eu-west-1", "ireland, dublin"),
    ("eu-west-2", "united kingdom, uk, england"),
    ("eu-west-3", "france"),
    ("il-central-1", "israel"),
    ("me-central-1", "united arab emirates, dubai"),
    ("me-south-1", "bahrain"),
    ("mx-central-1", "mexico"),
    ("sa-east-1", "brazil, são paulo"),
    ("us-east-1", "united states, usa, virginia"),
    ("us-east-2", "united states, usa"),
    ("us-west-1", "united states, usa, california"),
    ("us-west-2", "united states, usa"),
    ("cn-north-1", "china"),
    ("cn-northwest-1", "china"),
    ("us-gov-east-1", "united states, usa"),
    ("us-gov-west-1", "united states, usa"),
    ("eusc-de-east-1", "germany, deutschland"),
];

/// The region a browser language suggests on a first visit (`ja-JP` → Tokyo), when one does: the commercial
/// region of the country the language tag names, or of the language's main country.
pub fn region_for_locale(tag: &str) -> Option<&'static str> {
    let lower = tag.to_ascii_lowercase();
    let (language, country) = lower
        .split_once('-')
        .map_or((lower.as_str(), ""), |(l, c)| (l, c));
    let by_country = match country {
        "jp" => Some("ap-northeast-1"),
        "kr" => Some("ap-northeast-2"),
        "in" => Some("ap-south-1"),
        "sg" => Some("ap-southeast-1"),
        "au" => Some("ap-southeast-2"),
        "nz" => Some("ap-southeast-6"),
        "id" => Some("ap-southeast-3"),
        "ca" => Some("ca-central-1"),
        "de" | "at" => Some("eu-central-1"),
        "ch" => Some("eu-central-2"),
        "se" => Some("eu-north-1"),
        "it" => Some("eu-south-1"),
        "es" => Some("eu-south-2"),
        "ie" => Some("eu-west-1"),
        "gb" => Some("eu-west-2"),
        "fr" => Some("eu-west-3"),
        "br" => Some("sa-east-1"),
        "us" => Some("us-east-1"),
        _ => None,
    };
    by_country.or(match language {
        "ja" => Some("ap-northeast-1"),
        "ko" => Some("ap-northeast-2"),
        "de" => Some("eu-central-1"),
        "fr" => Some("eu-west-3"),
        "it" => Some("eu-south-1"),
        "es" => Some("eu-south-2"),
        "sv" => Some("eu-north-1"),
        "pt" => Some("sa-east-1"),
        "he" => Some("il-central-1"),
        _ => None,
    })
}

/// The region's location as AWS names it in the console, e.g. `Europe (Frankfurt)`, in a language (the packs'
/// `region-<code>`); `None` for a region without one.
pub fn location(region: &str, locale: Locale) -> Option<String> {
    let id = format!("region-{region}");
    i18n::has(Locale::En, &id).then(|| i18n::text(locale, &id, &[]))
}

impl Partition {
    /// The partition's name for people, e.g. `AWS GovCloud (US)` (the packs' `partition-<name>`).
    pub fn title(&self, locale: Locale) -> String {
        i18n::text(locale, &format!("partition-{}", self.name), &[])
    }
}

/// True when `query` (case-insensitive) is in the region code, its location or its partition's name or title:
/// "frankfurt", "tokyo", "govcloud", "eu-". Case is folded in ASCII only: outside ASCII the names have no capitals
/// ("São Paulo", the Japanese names), and Unicode's case tables would cost the page's first load 1.5 KB.
pub fn region_matches(region: &str, query: &str) -> bool {
    let q = query.trim().to_ascii_lowercase();
    let partition = partition_of(region);
    q.is_empty()
        || region.contains(&q)
        || Locale::ALL
            .iter()
            .any(|l| location(region, *l).is_some_and(|name| name.to_ascii_lowercase().contains(&q)))
        || SEARCH_WORDS
            .iter()
            .any(|(r, words)| *r == region && words.split(", ").any(|w| w.contains(&q)))
        || partition
            .is_some_and(|p| p.name.contains(&q) || p.title(Locale::En).to_ascii_lowercase().contains(&q))
}

/// The known region closest to a mistyped one, for "did you mean".
pub fn closest_region(region: &str) -> Option<&'static str> {
    PARTITIONS
        .iter()
        .flat_map(|p| p.regions.iter().copied())
        .map(|r| (crate::data::actions::edit_distance(r, region), r))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, r)| r)
}

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
    fn every_region_has_a_location_and_search_finds_places() {
        for p in PARTITIONS {
            for r in p.regions {
                assert!(location(r, Locale::En).is_some(), "{r}");
            }
        }
        let named = i18n::ids(Locale::En)
            .into_iter()
            .filter(|(id, _)| id.strip_prefix("region-").is_some_and(is_region))
            .count();
        assert_eq!(named, PARTITIONS.iter().map(|p| p.regions.len()).sum::<usize>());
        assert!(region_matches("eu-central-1", "Frankfurt"));
        // Japanese names find their regions too.
        assert!(region_matches("ap-northeast-1", "東京") && region_matches("eu-central-1", "フランクフルト"));
        assert!(region_matches("ap-northeast-1", "tokyo"));
        assert!(region_matches("us-gov-west-1", "GovCloud"));
        assert!(!region_matches("us-east-1", "tokyo"));
        // Countries and cities beyond AWS's location names.
        assert!(region_matches("eu-central-1", "germany") && region_matches("eusc-de-east-1", "Germany"));
        assert!(region_matches("ap-northeast-1", "japan") && region_matches("ap-southeast-2", "sydney"));
        assert!(!region_matches("eu-west-1", "zzz"));
        // The search folds case in ASCII only; that is enough while no name has a capital outside ASCII.
        assert!(region_matches("sa-east-1", "são paulo") && region_matches("sa-east-1", "SãO PAULO"));
        for p in PARTITIONS {
            let titles = Locale::ALL.iter().map(|l| p.title(*l));
            let names = p
                .regions
                .iter()
                .flat_map(|r| Locale::ALL.iter().filter_map(|l| location(r, *l)));
            for name in titles.chain(names) {
                assert!(!name.chars().any(|c| !c.is_ascii() && c.is_uppercase()), "{name}");
            }
        }
        for (r, _) in SEARCH_WORDS {
            assert!(location(r, Locale::En).is_some(), "{r}");
        }
        assert_eq!(region_for_locale("ja-JP"), Some("ap-northeast-1"));
        assert_eq!(region_for_locale("ja"), Some("ap-northeast-1"));
        assert_eq!(region_for_locale("en-GB"), Some("eu-west-2"));
        assert_eq!(region_for_locale("en-US"), Some("us-east-1"));
        assert_eq!(region_for_locale("en"), None);
        assert_eq!(closest_region("eu-wst-1"), Some("eu-west-1"));
        assert_eq!(closest_region("mars-north-9"), None);
    }

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

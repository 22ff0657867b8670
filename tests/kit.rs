//! The private-VPC kit: every generated kit validates clean in every region of every partition, its full-build
//! scenarios pass, and turning off any one endpoint fails exactly the scenarios that need it, naming it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use vpce_policy_core::data::endpoints::{EndpointId, Feature, CATALOGUE};
use vpce_policy_core::data::owned;
use vpce_policy_core::data::regions::{all_regions, PARTITIONS};
use vpce_policy_core::eval::{CompiledPolicy, Decision};
use vpce_policy_core::generate::{kit, plan, pretty, run_scenarios, GeneratorConfig, KitConfig};
use vpce_policy_core::rules::Code;
use vpce_policy_core::{validate, PolicyKind, ValidateOptions};

fn kit_config(region: &str, bits: u32) -> GeneratorConfig {
    GeneratorConfig {
        region: region.into(),
        principal_org_id: (bits & 1 != 0).then(|| "o-a1b2c3d4e5".to_string()),
        account_ids: if bits & 2 != 0 {
            vec!["111122223333".into()]
        } else {
            vec![]
        },
        deny_deletes: bits & 4 != 0,
        managed_resources: true,
        kit: Some(KitConfig {
            features: if bits & 8 != 0 {
                Feature::ALL.to_vec()
            } else {
                vec![]
            },
            least_privilege: bits & 16 == 0,
            buckets: if bits & 32 != 0 {
                vec!["my-artifacts".into()]
            } else {
                vec![]
            },
            omit: vec![],
        }),
        ..GeneratorConfig::default()
    }
}

fn run(config: &GeneratorConfig) -> vpce_policy_core::generate::ScenarioReport {
    let p = plan(config);
    run_scenarios(config, &pretty(&p.imagebuilder.policy), &pretty(&p.s3.policy))
}

#[test]
fn every_kit_validates_clean_in_every_region_of_every_partition() {
    let mut checked = 0;
    for region in all_regions() {
        for bits in 0..64 {
            let config = kit_config(region, bits);
            assert!(config.validate().is_empty(), "{config:?}");
            let options = ValidateOptions {
                region: Some(region.into()),
                environment: Some("prod".into()),
                features: config.kit.as_ref().map(|k| k.features.clone()),
                ..ValidateOptions::default()
            };
            for e in kit(&config).endpoints {
                let text = pretty(&e.plan.policy);
                let findings = validate(&text, &options).diagnostics;
                assert!(
                    findings.is_empty(),
                    "{} in {region} ({bits}): {findings:#?}\n{text}",
                    e.id.as_str()
                );
                assert!(text.chars().count() <= 20_480);
                checked += 1;
            }
        }
    }
    assert!(checked > all_regions().count() * 64 * 5);
}

#[test]
fn the_full_build_passes_for_the_generated_kit() {
    for region in ["us-east-1", "cn-north-1", "us-gov-west-1", "eusc-de-east-1"] {
        for bits in 0..64 {
            let config = kit_config(region, bits);
            let report = run(&config);
            let failed: Vec<_> = report.results.iter().filter(|r| !r.pass).collect();
            assert!(failed.is_empty(), "{config:?}: {failed:#?}");
            let names: Vec<&str> = report.results.iter().map(|r| r.name.as_str()).collect();
            for needed in [
                "SSM agent registers",
                "Run Command delivers a step",
                "AWSTOE download",
            ] {
                assert!(names.contains(&needed), "{names:?}");
            }
            if bits & 8 != 0 {
                for needed in [
                    "dnf update on Amazon Linux 2023",
                    "Component logs are written",
                    "Container image is pushed",
                    "Decrypt with your key",
                    "An operator opens a shell",
                ] {
                    assert!(names.contains(&needed), "{names:?}");
                }
            }
            if bits & 3 != 0 {
                for id in ["ssm", "ssmmessages", "ec2messages"] {
                    let outsider = format!("Outsider on the {id} endpoint");
                    assert!(names.contains(&outsider.as_str()), "{names:?}");
                }
            }
        }
    }
}

#[test]
fn removing_any_endpoint_fails_exactly_the_scenarios_that_need_it() {
    for bits in [8, 9, 11, 15, 24, 41] {
        let full = kit_config("eu-west-1", bits);
        let ids: Vec<EndpointId> = kit(&full).endpoints.iter().map(|e| e.id).collect();
        assert!(ids.len() >= 5);
        let baseline = run(&full);
        for id in ids {
            let mut config = full.clone();
            config.kit.as_mut().unwrap().set_endpoint(id, false);
            assert_eq!(kit(&config).omitted, [id]);
            let report = run(&config);
            assert_eq!(report.results.len(), baseline.results.len());
            let failed: Vec<&str> = report
                .results
                .iter()
                .filter(|r| !r.pass)
                .map(|r| r.name.as_str())
                .collect();
            let needing: Vec<&str> = baseline
                .results
                .iter()
                .filter(|r| r.endpoint == id && r.expect == Decision::Allowed)
                .map(|r| r.name.as_str())
                .collect();
            assert!(!needing.is_empty(), "no scenario needs {id:?}");
            assert_eq!(failed, needing, "turning off {id:?}");
            for r in report.results.iter().filter(|r| !r.pass) {
                assert_eq!(r.missing_endpoint, Some(id));
                assert!(
                    r.outcome(vpce_policy_core::i18n::Locale::En)
                        .contains(id.as_str()),
                    "{}",
                    r.outcome(vpce_policy_core::i18n::Locale::En)
                );
            }
        }
    }
}

#[test]
fn service_names_follow_each_partition() {
    for p in PARTITIONS {
        for region in p.regions {
            let config = kit_config(region, 8);
            for e in kit(&config).endpoints {
                let spec = e.id.spec();
                let prefix = if p.name == "aws-cn" && spec.china_cn_prefix {
                    "cn.com.amazonaws"
                } else {
                    "com.amazonaws"
                };
                assert_eq!(e.plan.service_name, format!("{prefix}.{region}.{}", spec.service));
                let text = pretty(&e.plan.policy);
                for arn in text.split('"').filter(|s| s.starts_with("arn:")) {
                    assert!(arn.starts_with(&format!("arn:{}:", p.name)), "{arn} in {region}");
                }
            }
        }
    }
}

#[test]
fn aws_owned_buckets_are_never_org_restricted_and_every_entry_cites_a_page() {
    let config = kit_config("us-east-1", 1 | 8 | 32);
    let s3 = kit(&config).get(EndpointId::S3).unwrap().plan.policy.clone();
    let aws = &s3["Statement"][0];
    assert!(aws["Condition"].is_null(), "{aws}");
    assert_eq!(aws["Action"], serde_json::json!(["s3:GetObject"]));
    let own = s3["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["Sid"] == "AllowYourBuckets")
        .unwrap();
    assert_eq!(
        own["Condition"]["StringEquals"]["aws:PrincipalOrgID"],
        "o-a1b2c3d4e5"
    );
    for b in owned::catalogue() {
        assert!(b.page.starts_with("https://"), "{}", b.bucket);
    }
    for e in CATALOGUE {
        assert!(
            e.source.starts_with("https://docs.aws.amazon.com/"),
            "{}",
            e.service
        );
    }
}

#[test]
fn organization_style_allows_every_action_of_the_service_to_the_organization() {
    let config = kit_config("us-east-1", 1 | 16);
    let k = kit(&config);
    let ssm = &k.get(EndpointId::Ssm).unwrap().plan.policy["Statement"][0];
    assert_eq!(ssm["Action"], serde_json::json!(["ssm:*"]));
    assert_eq!(
        ssm["Condition"]["StringEquals"]["aws:PrincipalOrgID"],
        "o-a1b2c3d4e5"
    );
}

/// The journey of issue "valid is not working": an S3 endpoint policy that allows only the organization's
/// principals validates without error, but the build's unsigned downloads carry no principal. The finding names
/// AWSTOE and dnf, and Fix all turns it into a policy under which every full-build scenario passes.
#[test]
fn an_org_only_s3_policy_is_flagged_and_fix_all_makes_the_full_build_pass() {
    let org_only = r#"{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OrganizationOnly",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": "*",
      "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
    }
  ]
}"#;
    let config = GeneratorConfig {
        region: "eu-central-1".into(),
        principal_org_id: Some("o-a1b2c3d4e5".into()),
        kit: Some(KitConfig::default()),
        ..GeneratorConfig::default()
    };
    let options = ValidateOptions {
        region: Some(config.region.clone()),
        environment: Some("prod".into()),
        features: config.kit.as_ref().map(|k| k.features.clone()),
        ..ValidateOptions::default()
    };
    let found = validate(org_only, &options).diagnostics;
    // The page's path (validated and compiled once) finds the same, and compiles the same policy.
    let (page, compiled) = vpce_policy_core::validate_compiled(org_only, &options, 1 << 20);
    assert_eq!(page.diagnostics, found);
    assert_eq!(
        compiled.valid,
        CompiledPolicy::compile(org_only, PolicyKind::Endpoint).valid
    );
    let not_allowed = found
        .iter()
        .find(|d| d.code == Code::AwsOwnedResourceNotAllowed)
        .expect("the org-only policy is flagged");
    assert!(not_allowed.message.contains("AWSTOE") && not_allowed.message.contains("dnf"));
    assert!(not_allowed.fix.is_some());
    assert!(found
        .iter()
        .any(|d| d.code == Code::PrincipalConditionOnAwsOwnedResource));

    let ib = pretty(&plan(&config).imagebuilder.policy);
    let before = run_scenarios(&config, &ib, org_only);
    let failing_before: Vec<&str> = before
        .results
        .iter()
        .filter(|r| !r.pass)
        .map(|r| r.name.as_str())
        .collect();
    assert!(
        failing_before.iter().any(|n| n.contains("dnf")),
        "{failing_before:?}"
    );

    let (fixed, remaining) = vpce_policy_core::fix(org_only, &options);
    assert!(remaining.is_empty(), "{remaining:#?}\n{fixed}");
    // Every request the build makes now passes. (The policy's own choices stay: it still lets members write
    // anywhere, which the security scenarios of the kit point out.)
    let after = run_scenarios(&config, &ib, &fixed);
    let failing: Vec<_> = after
        .results
        .iter()
        .filter(|r| r.expect == Decision::Allowed && !r.pass)
        .collect();
    assert!(failing.is_empty(), "{failing:#?}\n{fixed}");
    assert!(
        after
            .results
            .iter()
            .filter(|r| r.expect == Decision::Allowed)
            .count()
            >= 8
    );
}

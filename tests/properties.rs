//! Property tests (proptest) on input nobody wrote by hand: spans stay inside the input and agree with their line
//! and column; fixing is idempotent, never adds an error and keeps parseable text parseable; a decision does not
//! depend on statement order; generated policies validate clean and every export parses back to the policy.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use proptest::prelude::*;
use vpce_policy_core::eval::{parse_request_line, CompiledPolicy, LineParser, PolicySet, Request};
use vpce_policy_core::generate::{self, EndpointKind, Environment, ExportFormat, GeneratorConfig};
use vpce_policy_core::{lint, validate, LineIndex, PolicyKind, Severity, ValidateOptions};

/// Text that looks like a policy often enough to reach the deep rules, and breaks it in every way.
fn policyish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\u{a0}",
        "\"",
        "\\u00e9",
        "\\ud800",
        "//c\n",
        "'x'",
        "\"Version\"",
        "\"2012-10-17\"",
        "\"Statement\"",
        "\"Effect\"",
        "\"Allow\"",
        "\"Deny\"",
        "\"Principal\"",
        "\"*\"",
        "\"Action\"",
        "\"imagebuilder: DeleteImage\"",
        "\"s3:GetObject\"",
        "\"s3:Get*\"",
        "\"imagebuildr:GetImage\"",
        "\"Resource\"",
        "\"arn:aws:s3:::b/*\"",
        "\"arn:aws:s3:us-east-1::b\"",
        "\"arn:aws:imagebuilder:<region>:aws:image/*\"",
        "\"Condition\"",
        "\"StringEquals\"",
        "\"StringLike\"",
        "\"aws:PrincipalOrgID\"",
        "\"o-a1b2c3d4e5\"",
        "\"${aws:username}\"",
        "\"NotAction\"",
        "\"Sid\"",
        "1",
        "true",
        "null",
        "é",
        "\u{2028}",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn well_formed() -> impl Strategy<Value = String> {
    let effect = prop::sample::select(vec!["Allow", "Deny"]);
    let action = prop::sample::select(vec![
        "s3:GetObject",
        "s3:*",
        "imagebuilder:GetImage",
        "imagebuilder:Delete*",
        "*",
        "imagebuilder: GetImage",
    ]);
    let resource = prop::sample::select(vec![
        "*",
        "arn:aws:s3:::b/*",
        "arn:aws:s3:::b",
        "arn:aws:imagebuilder:us-east-1:111122223333:image/*",
    ]);
    let condition = prop::option::of(prop::sample::select(vec!["o-a1b2c3d4e5", "o-zzzzzzzzzz"]));
    let statement =
        (effect, prop::collection::vec(action, 1..3), resource, condition).prop_map(|(e, a, r, c)| {
            let mut st = serde_json::json!({"Effect": e, "Principal": "*", "Action": a, "Resource": r});
            if let Some(org) = c {
                st["Condition"] = serde_json::json!({"StringEquals": {"aws:PrincipalOrgID": org}});
            }
            st
        });
    prop::collection::vec(statement, 1..6).prop_map(|sts| {
        serde_json::to_string_pretty(&serde_json::json!({"Version": "2012-10-17", "Statement": sts})).unwrap()
    })
}

/// A request line: fields in any order, some repeated or unknown, context keys differing only in case or
/// repeated, values of every JSON type, strings with escapes; now and then not a request at all.
fn request_line() -> impl Strategy<Value = String> {
    let text = prop::sample::select(vec![
        "\"arn:aws:iam::111122223333:user/team/u\"",
        "\"arn:aws:sts::111122223333:assumed-role/Builder/i-1\"",
        "\"ec2.amazonaws.com\"",
        "\"anonymous\"",
        "\"\"",
        "\" 111122223333 \"",
        "\"Builder\"",
        "\"arn:aws:imagebuilder:us-east-1:111122223333:image/app/1.0.0/1\"",
        "\"imagebuilder:GetImage\"",
        "\"a\\u0062\\\"c\"",
        "null",
        "true",
        "7",
        "-1.5e3",
        "[\"a\", 1, false]",
        "[[1]]",
        "{}",
    ]);
    let key = prop::sample::select(vec![
        "aws:SourceVpce",
        "aws:sourcevpce",
        "aws:PrincipalArn",
        "aws:principalaccount",
        "aws:Resource\\u0041ccount",
        "k",
    ]);
    let context = prop::collection::vec((key, text.clone()), 0..5).prop_map(|entries| {
        let body: Vec<String> = entries.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
        format!("{{{}}}", body.join(", "))
    });
    let field = prop_oneof![
        text.clone().prop_map(|v| format!("\"principal\": {v}")),
        text.clone().prop_map(|v| format!("\"action\": {v}")),
        text.clone().prop_map(|v| format!("\"resource\": {v}")),
        text.clone().prop_map(|v| format!("\"resourceAccount\": {v}")),
        context.prop_map(|c| format!("\"context\": {c}")),
        prop::bool::ANY.prop_map(|b| format!("\"serviceLinkedRole\": {b}")),
        prop::bool::ANY.prop_map(|b| format!("\"managementAccount\": {b}")),
        Just("\"other\": 1".to_string()),
    ];
    let string = prop::sample::select(vec![
        "\"imagebuilder:GetImage\"",
        "\"arn:aws:imagebuilder:us-east-1:111122223333:image/app/1.0.0/1\"",
        "\"a\\u0062\\\"c\"",
        "\"*\"",
    ]);
    let required = (string.clone(), string)
        .prop_map(|(a, r)| vec![format!("\"action\": {a}"), format!("\"resource\": {r}")]);
    (
        required,
        prop::collection::vec(field, 0..6),
        any::<prop::sample::Index>(),
        0..20u8,
    )
        .prop_map(|(mut fields, more, at, shape)| {
            for f in more {
                let i = at.index(fields.len() + 1);
                fields.insert(i, f);
            }
            match shape {
                0 => format!("[{}]", fields.join(", ")),
                1 => format!("{{{}}} trailing", fields.join(", ")),
                _ => format!("{{{}}}", fields.join(", ")),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn every_span_lies_inside_the_input_and_agrees_with_its_line_and_column(src in policyish()) {
        let index = LineIndex::new(&src);
        for d in validate(&src, &ValidateOptions::default()).diagnostics {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= src.len(), "{d:?}");
            prop_assert!(src.is_char_boundary(d.span.start) && src.is_char_boundary(d.span.end), "{d:?}");
            let r = d.report(&index);
            let before = &src[..d.span.start];
            prop_assert_eq!(r.line, before.matches('\n').count() + 1);
            prop_assert_eq!(r.column, before.rsplit('\n').next().unwrap().chars().count() + 1);
        }
    }

    #[test]
    fn fixing_is_idempotent_adds_no_error_and_keeps_json_parseable(src in prop_oneof![policyish(), well_formed()]) {
        let options = ValidateOptions::default();
        let errors = |text: &str| validate(text, &options).diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let (once, _) = lint::fix(&src, &options);
        let (twice, _) = lint::fix(&once, &options);
        prop_assert_eq!(&twice, &once, "fix(fix(x)) == fix(x)");
        prop_assert!(errors(&once) <= errors(&src), "fix added an error: {} -> {}", errors(&src), errors(&once));
        if serde_json::from_str::<serde_json::Value>(&src).is_ok() {
            prop_assert!(serde_json::from_str::<serde_json::Value>(&once).is_ok(), "fix broke the JSON:\n{once}");
        }
    }

    #[test]
    fn the_stream_reader_agrees_with_parse_check_prepare_line_after_line(lines in prop::collection::vec(request_line(), 1..8)) {
        // One parser for all the lines: what a line leaves in its reused buffers never shows in the next.
        let mut parser = LineParser::default();
        for line in &lines {
            let slow = parse_request_line(line.as_bytes()).map(Request::into_prepared);
            let fast = parser.parse(line.as_bytes()).cloned();
            prop_assert_eq!(format!("{slow:?}"), format!("{fast:?}"), "{}", line);
        }
    }

    #[test]
    fn a_decision_does_not_depend_on_statement_order(
        src in well_formed(),
        action in prop::sample::select(vec!["s3:GetObject", "s3:PutObject", "imagebuilder:GetImage", "imagebuilder:DeleteImage"]),
        resource in prop::sample::select(vec!["arn:aws:s3:::b/k", "arn:aws:s3:::b", "arn:aws:imagebuilder:us-east-1:111122223333:image/x"]),
        org in prop::option::of(prop::sample::select(vec!["o-a1b2c3d4e5", "o-zzzzzzzzzz"])),
        seed in any::<u64>(),
    ) {
        let mut doc: serde_json::Value = serde_json::from_str(&src).unwrap();
        let statements = doc["Statement"].as_array_mut().unwrap();
        let n = statements.len();
        statements.rotate_left((seed % n as u64) as usize);
        if seed % 2 == 0 {
            statements.reverse();
        }
        let shuffled = serde_json::to_string(&doc).unwrap();
        let request = Request {
            action: action.into(),
            resource: resource.into(),
            context: org.map(|o| [("aws:PrincipalOrgID".to_string(), vpce_policy_core::eval::ContextValue::String(o.into()))].into()).unwrap_or_default(),
            ..Request::default()
        };
        // Untraced, Deny statements are tried first and the first deciding statement stops the search; traced,
        // every statement is explained in order: both give the same decision, whatever the order.
        let decide = |text: &str, explain: bool| {
            let set = PolicySet { endpoint: Some(CompiledPolicy::compile(text, PolicyKind::Endpoint)), ..PolicySet::default() };
            let r = set.evaluate(&request, explain);
            (r.decision, r.blocked_by)
        };
        prop_assert_eq!(decide(&src, false), decide(&shuffled, false));
        prop_assert_eq!(decide(&src, false), decide(&src, true));
        prop_assert_eq!(decide(&shuffled, false), decide(&shuffled, true));
    }

    #[test]
    fn generated_policies_validate_clean_and_every_export_parses_back(
        region in prop::sample::select(vec!["us-east-1", "eu-central-1", "cn-north-1", "us-gov-west-1", "ap-southeast-7", "eusc-de-east-1"]),
        environment in prop::sample::select(Environment::ALL.to_vec()),
        org in prop::option::of(Just("o-a1b2c3d4e5".to_string())),
        accounts in prop::collection::vec(Just("111122223333".to_string()), 0..2),
        flags in any::<[bool; 5]>(),
    ) {
        let config = GeneratorConfig {
            region: region.into(), environment, principal_org_id: org, account_ids: accounts,
            deny_deletes: flags[0], deny_all_deletes: flags[0] && flags[1], managed_resources: flags[2], ssm: flags[3],
            allow_outside_org: flags[4], ..GeneratorConfig::default()
        };
        let plan = generate::plan(&config);
        let options = ValidateOptions { region: Some(config.region.clone()), environment: Some(environment.as_str().into()), skip_build_needs: true, ..ValidateOptions::default() };
        for (kind, ep) in [(EndpointKind::Imagebuilder, &plan.imagebuilder), (EndpointKind::S3, &plan.s3)] {
            let text = generate::pretty(&ep.policy);
            let findings = validate(&text, &options).diagnostics;
            prop_assert!(findings.is_empty(), "{findings:?}");
            for format in [ExportFormat::Json, ExportFormat::JsonMin] {
                let back: serde_json::Value = serde_json::from_str(&generate::export(&config, kind, ep, format)).unwrap();
                prop_assert_eq!(&back, &ep.policy);
            }
            let cli = generate::export(&config, kind, ep, ExportFormat::Cli);
            let words = shell_words::split(&cli.replace("\\\n", " ")).unwrap();
            let policy = words.iter().position(|w| w == "--policy-document").map(|i| &words[i + 1]).unwrap();
            prop_assert_eq!(&serde_json::from_str::<serde_json::Value>(policy).unwrap(), &ep.policy);
            let yaml: serde_yaml::Value = serde_yaml::from_str(&generate::export(&config, kind, ep, ExportFormat::Cloudformation)).unwrap();
            let resources = yaml["Resources"].as_mapping().unwrap();
            let document = &resources.values().next().unwrap()["Properties"]["PolicyDocument"];
            prop_assert_eq!(&serde_json::to_value(document).unwrap(), &ep.policy);
        }
    }
}

/// Inputs the fuzzers found (`fuzz/regressions/`), kept as tests that run without the nightly toolchain.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions/fix");
    let options = ValidateOptions {
        region: Some("eu-west-1".into()),
        environment: Some("prod".into()),
        ..ValidateOptions::default()
    };
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let Ok(src) = String::from_utf8(bytes) else {
            continue;
        };
        let (once, _) = lint::fix(&src, &options);
        let (twice, _) = lint::fix(&once, &options);
        assert_eq!(once, twice, "fix is not idempotent on {src:?}");
        seen += 1;
    }
    assert!(seen >= 5, "the fix regressions");
}

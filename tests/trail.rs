//! CloudTrail replay over real events (tests/trail/realworld, each file's source in SOURCES.tsv): every record is
//! read, rebuilt with actions that exist in the Service Authorization Reference (the IAM data) or skipped with a
//! reason; nothing is dropped; and the expected actions and skips of tests/trail/expected.tsv hold.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use std::collections::BTreeMap;
use std::path::Path;
use vpce_policy_core::data::iam::iam;
use vpce_policy_core::trail::{read_events_from_str, rebuild::rebuild, RebuildOptions};

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("trail/realworld");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "jsonl"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// Every file, its outcome per record: `action[,action]` or `skip: reason`.
fn outcomes() -> BTreeMap<String, Vec<String>> {
    let options = RebuildOptions {
        all_calls: true,
        ..RebuildOptions::default()
    };
    let mut out = BTreeMap::new();
    for (name, text) in corpus() {
        let mut lines = Vec::new();
        read_events_from_str(&text, &mut |(_, e)| {
            lines.push(match e {
                Err(err) => format!("unreadable: {err}"),
                Ok(e) => match rebuild(&e, None, &options) {
                    Ok(call) => {
                        let actions: Vec<&str> = call.requests.iter().map(|r| r.action.as_str()).collect();
                        let resource = call.requests.first().map_or("", |r| r.resource.as_str());
                        let named = if call.resource_known.iter().all(|k| *k) {
                            ""
                        } else {
                            " (not named)"
                        };
                        format!("{} @ {resource}{named}", actions.join(","))
                    }
                    Err(skip) => format!("skip: {skip}"),
                },
            })
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        out.insert(name, lines);
    }
    out
}

#[test]
fn every_file_has_its_source_and_every_record_is_read() {
    let sources =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("trail/realworld/SOURCES.tsv"))
            .unwrap();
    let listed: Vec<&str> = sources
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    let all = outcomes();
    for name in all.keys() {
        assert!(
            listed.contains(&name.as_str()),
            "{name} has no line in SOURCES.tsv"
        );
    }
    let records: usize = all.values().map(Vec::len).sum();
    assert!(records >= 300, "{records} records");
}

#[test]
fn every_rebuilt_action_is_in_the_service_authorization_reference() {
    for (name, lines) in outcomes() {
        for line in lines
            .iter()
            .filter(|l| !l.starts_with("skip: ") && !l.starts_with("unreadable: "))
        {
            for action in line.split(" @ ").next().unwrap().split(',') {
                let (prefix, n) = action.split_once(':').unwrap();
                let service = iam()
                    .service(prefix)
                    .unwrap_or_else(|| panic!("{name}: {action}"));
                assert_eq!(
                    iam().action(service, n).map(|a| a.name),
                    Some(n),
                    "{name}: {action}"
                );
            }
        }
    }
}

/// tests/trail/expected.tsv: file, record (1-based), the outcome. Adjudicated by hand against the Service
/// Authorization Reference and the CloudTrail user guide; the test fails on any other outcome for those records.
#[test]
fn adjudicated_outcomes_hold() {
    let expected =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("trail/expected.tsv")).unwrap();
    let all = outcomes();
    let mut checked = 0;
    for l in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = l.split('\t').collect();
        let (file, record, want) = (f[0], f[1].parse::<usize>().unwrap(), f[2]);
        let got = all
            .get(file)
            .and_then(|v| v.get(record - 1))
            .unwrap_or_else(|| panic!("{l}"));
        assert_eq!(got, want, "{file} record {record}");
        checked += 1;
    }
    assert!(checked >= 40, "{checked}");
}

/// The Athena query of docs/replay.md parses (sqlparser), selects the fields replay reads, and filters on endpoints.
#[test]
fn the_documented_athena_query_parses_and_selects_what_replay_reads() {
    use sqlparser::dialect::GenericDialect;
    use sqlparser::parser::Parser;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/replay/athena-unload.sql");
    let sql = std::fs::read_to_string(path).unwrap();
    let statements = Parser::parse_sql(&GenericDialect {}, &sql).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(statements.len(), 1);
    let text = statements[0].to_string().to_ascii_lowercase();
    assert!(text.starts_with("unload"), "{text}");
    for column in [
        "eventid",
        "eventtime",
        "eventsource",
        "eventname",
        "eventtype",
        "awsregion",
        "sourceipaddress",
        "useridentity",
        "requestparameters",
        "resources",
        "vpcendpointid",
        "errorcode",
        "recipientaccountid",
    ] {
        assert!(text.contains(column), "{column} is not selected");
    }
    assert!(text.contains("where vpcendpointid in"), "{text}");
    assert!(text.contains("format = 'json'"), "{text}");
}

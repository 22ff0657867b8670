//! The resource of calls whose events name it only in their request parameters (`data/trail_resources.tsv`).

use super::event::Event;
use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE: &str = include_str!("../data/trail_resources.tsv");

/// The ARN `action` acted on, built from the event's parameters; `None` when the table has no line for the action
/// or the event lacks a parameter it needs.
pub fn from_parameters(event: &Event, action: &str, partition: &str) -> Option<String> {
    static BY_ACTION: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let template = *BY_ACTION.get_or_init(|| rows().collect()).get(action)?;
    let account = event
        .recipient_account
        .clone()
        .or_else(|| event.identity.account.clone())?;
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open)?);
        let close = open + rest.get(open..)?.find('}')?;
        let name = rest.get(open + 1..close)?;
        let value = match name {
            "partition" => partition.to_string(),
            "region" => event.region.clone(),
            "account" => account.clone(),
            parameter => {
                let v = event.parameter(parameter)?;
                if v.starts_with("arn:") {
                    return Some(v);
                }
                // SSM names start with `/` for hierarchies; the ARN has one slash: `parameter/a/b`.
                match out.ends_with('/') {
                    true => v.trim_start_matches('/').to_string(),
                    false => v,
                }
            }
        };
        out.push_str(&value);
        rest = rest.get(close + 1..)?;
    }
    out.push_str(rest);
    Some(out)
}

fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::iam::{iam, placeholder_match};

    #[test]
    fn every_template_fits_a_resource_type_of_its_action() {
        for (action, template) in rows() {
            let (p, n) = action.split_once(':').unwrap();
            let data = iam();
            let a = data
                .action(data.service(p).unwrap(), n)
                .unwrap_or_else(|| panic!("{action}"));
            let sample = template
                .replace("{partition}", "aws")
                .replace("{region}", "us-east-1")
                .replace("{account}", "111122223333")
                .replace(['{', '}'], "");
            assert!(
                data.action_resources(a)
                    .any(|(t, _)| placeholder_match(t.arn, &sample)),
                "{action}: {sample} fits none of {:?}",
                data.action_resources(a).map(|(t, _)| t.arn).collect::<Vec<_>>()
            );
        }
        assert!(TABLE.lines().filter(|l| !l.starts_with('#')).all(|l| l
            .split('\t')
            .nth(2)
            .is_some_and(|u| u.starts_with("https://docs.aws.amazon.com/"))));
    }

    #[test]
    fn builds_arns_from_parameters() {
        let e = Event::from_value(&serde_json::json!({
            "eventSource": "ssm.amazonaws.com", "eventName": "GetParameter", "awsRegion": "eu-west-1",
            "recipientAccountId": "111122223333", "requestParameters": {"name": "/app/db", "withDecryption": true}
        }))
        .unwrap();
        assert_eq!(
            from_parameters(&e, "ssm:GetParameter", "aws").as_deref(),
            Some("arn:aws:ssm:eu-west-1:111122223333:parameter/app/db")
        );
        assert_eq!(from_parameters(&e, "ssm:DescribeDocument", "aws"), None);
        assert_eq!(from_parameters(&e, "s3:GetObject", "aws"), None);
    }
}

//! The full-build scenarios of the kit: the agent registers, Run Command delivers a step, packages and layers
//! download, logs are written, images are pushed, and outsiders are refused on every endpoint.

use super::config::GeneratorConfig;
use super::kit::{allowed_actions, kit_config, needed};
use super::scenario::{ctx, scenario, Cast, Scenario, OUTSIDER_ACCOUNT};
use crate::data::endpoints::{EndpointId, Feature, CATALOGUE};
use crate::eval::Decision::{Allowed, ImplicitDeny};
use crate::i18n::Message;

/// The kit's scenarios for a configuration (on top of the Image Builder and S3 ones).
pub(super) fn kit_scenarios(config: &GeneratorConfig, cast: &Cast) -> Vec<Scenario> {
    use EndpointId::*;
    let settings = kit_config(config);
    let (p, region) = (config.partition().name, config.region.as_str());
    let account = cast.account.as_str();
    let instance = format!("arn:{p}:ec2:{region}:{account}:instance/i-0123456789abcdef0");
    let member = Some(cast.member.as_str());
    let on = |f| settings.has(f);
    let mut out = vec![
        scenario(
            (Message::new("scenario-ssm-agent-registers"), Ssm),
            member,
            ("ssm:UpdateInstanceInformation", instance.clone()),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-ssm-agent-registers.why")),
        ),
        scenario(
            (
                Message::new("scenario-agent-opens-its-control-channel"),
                Ssmmessages,
            ),
            member,
            ("ssmmessages:CreateControlChannel", instance.clone()),
            cast.member_ctx(),
            (
                Allowed,
                Message::new("scenario-agent-opens-its-control-channel.why"),
            ),
        ),
        scenario(
            (Message::new("scenario-run-command-delivers-a-step"), Ec2messages),
            member,
            ("ec2messages:GetMessages", instance.clone()),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-run-command-delivers-a-step.why")),
        ),
        scenario(
            (Message::new("scenario-step-result-goes-back"), Ec2messages),
            member,
            ("ec2messages:SendReply", instance.clone()),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-step-result-goes-back.why")),
        ),
    ];
    if !config.ssm {
        out.push(scenario(
            (Message::new("scenario-ssm-agent-update-download"), S3),
            None,
            (
                "s3:GetObject",
                format!("arn:{p}:s3:::amazon-ssm-{region}/latest/linux_amd64/amazon-ssm-agent.rpm"),
            ),
            ctx(&[]),
            (Allowed, Message::new("scenario-ssm-agent-update-download.why")),
        ));
    }
    if on(Feature::PackageRepos) {
        out.push(scenario(
            (Message::new("scenario-dnf-update-on-amazon-linux-2023"), S3),
            None,
            ("s3:GetObject", format!("arn:{p}:s3:::al2023-repos-{region}-de612dc2/core/mirrors/latest/x86_64/repodata/repomd.xml")),
            ctx(&[]),
            (Allowed, Message::new("scenario-dnf-update-on-amazon-linux-2023.why")),
        ));
        out.push(scenario(
            (Message::new("scenario-yum-update-on-amazon-linux-2"), S3),
            None,
            (
                "s3:GetObject",
                format!("arn:{p}:s3:::amazonlinux-2-repos-{region}/2/core/latest/x86_64/mirror.list"),
            ),
            ctx(&[]),
            (Allowed, Message::new("scenario-yum-update-on-amazon-linux-2.why")),
        ));
    }
    if on(Feature::Logging) {
        out.push(scenario(
            (Message::new("scenario-component-logs-are-written"), Logs),
            member,
            (
                "logs:PutLogEvents",
                format!("arn:{p}:logs:{region}:{account}:log-group:/aws/imagebuilder/app:log-stream:1.0.0/1"),
            ),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-component-logs-are-written.why")),
        ));
        if settings.least_privilege {
            out.push(scenario(
                (Message::new("scenario-logs-to-another-log-group"), Logs),
                member,
                (
                    "logs:PutLogEvents",
                    format!("arn:{p}:logs:{region}:{account}:log-group:/app/secrets:log-stream:x"),
                ),
                cast.member_ctx(),
                (
                    ImplicitDeny,
                    Message::new("scenario-logs-to-another-log-group.why"),
                ),
            ));
        }
    }
    if on(Feature::Containers) {
        let repo = format!("arn:{p}:ecr:{region}:{account}:repository/app");
        out.push(scenario(
            (Message::new("scenario-ecr-login"), EcrApi),
            member,
            ("ecr:GetAuthorizationToken", "*".into()),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-ecr-login.why")),
        ));
        out.push(scenario(
            (Message::new("scenario-container-image-is-pushed"), EcrDkr),
            member,
            ("ecr:PutImage", repo.clone()),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-container-image-is-pushed.why")),
        ));
        out.push(scenario(
            (Message::new("scenario-image-layers-upload"), EcrDkr),
            member,
            ("ecr:InitiateLayerUpload", repo),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-image-layers-upload.why")),
        ));
        out.push(scenario(
            (Message::new("scenario-base-image-layers-download"), S3),
            None,
            (
                "s3:GetObject",
                format!("arn:{p}:s3:::prod-{region}-starport-layer-bucket/sha256/0123456789abcdef"),
            ),
            ctx(&[]),
            (Allowed, Message::new("scenario-base-image-layers-download.why")),
        ));
    }
    if on(Feature::Kms) {
        out.push(scenario(
            (Message::new("scenario-decrypt-with-your-key"), Kms),
            member,
            (
                "kms:Decrypt",
                format!("arn:{p}:kms:{region}:{account}:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-decrypt-with-your-key.why")),
        ));
    }
    let operator_ctx = cast.member_ctx();
    if on(Feature::SessionManager) {
        out.push(scenario(
            (Message::new("scenario-an-operator-opens-a-shell"), Ssm),
            member,
            ("ssm:StartSession", instance.clone()),
            operator_ctx.clone(),
            (Allowed, Message::new("scenario-an-operator-opens-a-shell.why")),
        ));
        out.push(scenario(
            (Message::new("scenario-session-data-channel"), Ssmmessages),
            member,
            ("ssmmessages:OpenDataChannel", instance.clone()),
            operator_ctx,
            (Allowed, Message::new("scenario-session-data-channel.why")),
        ));
    } else if settings.least_privilege {
        out.push(scenario(
            (Message::new("scenario-shells-are-refused"), Ssm),
            member,
            ("ssm:StartSession", instance.clone()),
            operator_ctx,
            (ImplicitDeny, Message::new("scenario-shells-are-refused.why")),
        ));
    }
    if settings.least_privilege {
        out.push(scenario(
            (
                Message::new("scenario-the-instance-sends-commands-elsewhere"),
                Ssm,
            ),
            member,
            (
                "ssm:SendCommand",
                format!("arn:{p}:ec2:{region}:{account}:instance/i-0fedcba9876543210"),
            ),
            cast.member_ctx(),
            (
                ImplicitDeny,
                Message::new("scenario-the-instance-sends-commands-elsewhere.why"),
            ),
        ));
    }
    for bucket in &settings.buckets {
        out.push(scenario(
            (Message::new("scenario-your-bucket"), S3),
            member,
            ("s3:GetObject", format!("arn:{p}:s3:::{bucket}/builds/app.tar")),
            cast.member_ctx(),
            (Allowed, Message::new("scenario-your-bucket.why")),
        ));
    }
    if config.restricts_to_org() || !config.account_ids.is_empty() {
        for spec in CATALOGUE
            .iter()
            .filter(|s| !matches!(s.id, Imagebuilder | S3) && needed(config, s))
        {
            let Some(action) = allowed_actions(config, spec).first().copied() else {
                continue;
            };
            out.push(scenario(
                (
                    Message::new("scenario-outsider").arg("endpoint", spec.id.as_str()),
                    spec.id,
                ),
                Some(&cast.outsider),
                (
                    action,
                    format!(
                        "arn:{p}:ec2:{region}:{}:instance/i-0aaaabbbbccccdddd",
                        OUTSIDER_ACCOUNT
                    ),
                ),
                cast.outsider_ctx(),
                (ImplicitDeny, Message::new("scenario-outsider.why")),
            ));
        }
    }
    out
}

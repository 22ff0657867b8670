//! The full-build scenarios of the kit: the agent registers, Run Command delivers a step, packages and layers
//! download, logs are written, images are pushed, and outsiders are refused on every endpoint.

use super::config::GeneratorConfig;
use super::kit::{allowed_actions, kit_config, needed};
use super::scenario::{ctx, scenario, Cast, Scenario, OUTSIDER_ACCOUNT};
use crate::data::endpoints::{EndpointId, Feature, CATALOGUE};
use crate::eval::Decision::{Allowed, ImplicitDeny};

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
            ("SSM agent registers", Ssm),
            member,
            ("ssm:UpdateInstanceInformation", instance.clone()),
            cast.member_ctx(),
            (Allowed, "Image Builder waits for the agent to register; without it the build fails with \"SSM Agent verification failed\""),
        ),
        scenario(
            ("Agent opens its control channel", Ssmmessages),
            member,
            ("ssmmessages:CreateControlChannel", instance.clone()),
            cast.member_ctx(),
            (Allowed, "Current agents take their commands over the ssmmessages control channel"),
        ),
        scenario(
            ("Run Command delivers a step", Ec2messages),
            member,
            ("ec2messages:GetMessages", instance.clone()),
            cast.member_ctx(),
            (Allowed, "Each build step arrives as a Run Command message"),
        ),
        scenario(
            ("Step result goes back", Ec2messages),
            member,
            ("ec2messages:SendReply", instance.clone()),
            cast.member_ctx(),
            (Allowed, "The agent reports each step's outcome to Image Builder"),
        ),
    ];
    if !config.ssm {
        out.push(scenario(
            ("SSM agent update download", S3),
            None,
            (
                "s3:GetObject",
                format!("arn:{p}:s3:::amazon-ssm-{region}/latest/linux_amd64/amazon-ssm-agent.rpm"),
            ),
            ctx(&[]),
            (
                Allowed,
                "The agent installs and updates itself from amazon-ssm-REGION",
            ),
        ));
    }
    if on(Feature::PackageRepos) {
        out.push(scenario(
            ("dnf update on Amazon Linux 2023", S3),
            None,
            ("s3:GetObject", format!("arn:{p}:s3:::al2023-repos-{region}-de612dc2/core/mirrors/latest/x86_64/repodata/repomd.xml")),
            ctx(&[]),
            (Allowed, "The Amazon Linux 2023 repositories are an AWS-owned S3 bucket"),
        ));
        out.push(scenario(
            ("yum update on Amazon Linux 2", S3),
            None,
            (
                "s3:GetObject",
                format!("arn:{p}:s3:::amazonlinux-2-repos-{region}/2/core/latest/x86_64/mirror.list"),
            ),
            ctx(&[]),
            (
                Allowed,
                "The Amazon Linux 2 repositories are AWS-owned S3 buckets",
            ),
        ));
    }
    if on(Feature::Logging) {
        out.push(scenario(
            ("Component logs are written", Logs),
            member,
            (
                "logs:PutLogEvents",
                format!("arn:{p}:logs:{region}:{account}:log-group:/aws/imagebuilder/app:log-stream:1.0.0/1"),
            ),
            cast.member_ctx(),
            (
                Allowed,
                "Image Builder streams component output to /aws/imagebuilder/*",
            ),
        ));
        if settings.least_privilege {
            out.push(scenario(
                ("Logs to another log group", Logs),
                member,
                (
                    "logs:PutLogEvents",
                    format!("arn:{p}:logs:{region}:{account}:log-group:/app/secrets:log-stream:x"),
                ),
                cast.member_ctx(),
                (
                    ImplicitDeny,
                    "Least privilege: the logs endpoint only takes Image Builder's log groups",
                ),
            ));
        }
    }
    if on(Feature::Containers) {
        let repo = format!("arn:{p}:ecr:{region}:{account}:repository/app");
        out.push(scenario(
            ("ECR login", EcrApi),
            member,
            ("ecr:GetAuthorizationToken", "*".into()),
            cast.member_ctx(),
            (Allowed, "docker login asks the ECR API for a token"),
        ));
        out.push(scenario(
            ("Container image is pushed", EcrDkr),
            member,
            ("ecr:PutImage", repo.clone()),
            cast.member_ctx(),
            (
                Allowed,
                "The container recipe's output image is pushed through the Docker registry endpoint",
            ),
        ));
        out.push(scenario(
            ("Image layers upload", EcrDkr),
            member,
            ("ecr:InitiateLayerUpload", repo),
            cast.member_ctx(),
            (Allowed, "Layers go up through the Docker registry endpoint"),
        ));
        out.push(scenario(
            ("Base image layers download", S3),
            None,
            (
                "s3:GetObject",
                format!("arn:{p}:s3:::prod-{region}-starport-layer-bucket/sha256/0123456789abcdef"),
            ),
            ctx(&[]),
            (Allowed, "ECR serves image layers from its AWS-owned S3 bucket"),
        ));
    }
    if on(Feature::Kms) {
        out.push(scenario(
            ("Decrypt with your key", Kms),
            member,
            (
                "kms:Decrypt",
                format!("arn:{p}:kms:{region}:{account}:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ),
            cast.member_ctx(),
            (
                Allowed,
                "Components that decrypt with your customer managed key call KMS directly",
            ),
        ));
    }
    let operator_ctx = cast.member_ctx();
    if on(Feature::SessionManager) {
        out.push(scenario(
            ("An operator opens a shell", Ssm),
            member,
            ("ssm:StartSession", instance.clone()),
            operator_ctx.clone(),
            (
                Allowed,
                "Session Manager is on: your principals may start sessions on build instances",
            ),
        ));
        out.push(scenario(
            ("Session data channel", Ssmmessages),
            member,
            ("ssmmessages:OpenDataChannel", instance.clone()),
            operator_ctx,
            (
                Allowed,
                "A shell's keystrokes travel over an ssmmessages data channel",
            ),
        ));
    } else if settings.least_privilege {
        out.push(scenario(
            ("Shells are refused", Ssm),
            member,
            ("ssm:StartSession", instance.clone()),
            operator_ctx,
            (
                ImplicitDeny,
                "Session Manager is off: least privilege leaves StartSession out of the ssm endpoint",
            ),
        ));
    }
    if settings.least_privilege {
        out.push(scenario(
            ("The instance sends commands elsewhere", Ssm),
            member,
            ("ssm:SendCommand", format!("arn:{p}:ec2:{region}:{account}:instance/i-0fedcba9876543210")),
            cast.member_ctx(),
            (ImplicitDeny, "Least privilege: a build instance never needs SendCommand, so it cannot reach other instances"),
        ));
    }
    for bucket in &settings.buckets {
        out.push(scenario(
            ("Your bucket", S3),
            member,
            ("s3:GetObject", format!("arn:{p}:s3:::{bucket}/builds/app.tar")),
            cast.member_ctx(),
            (
                Allowed,
                "Your own buckets, as listed, are reachable to your principals",
            ),
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
                (&format!("Outsider on the {} endpoint", spec.id.as_str()), spec.id),
                Some(&cast.outsider),
                (
                    action,
                    format!(
                        "arn:{p}:ec2:{region}:{}:instance/i-0aaaabbbbccccdddd",
                        OUTSIDER_ACCOUNT
                    ),
                ),
                cast.outsider_ctx(),
                (
                    ImplicitDeny,
                    "Principals outside your organization or accounts are refused on every endpoint",
                ),
            ));
        }
    }
    out
}

//! Which endpoint services take a VPC endpoint policy: all but the few AWS lists (`no_endpoint_policy.tsv`).

static TEXT: &str = include_str!("no_endpoint_policy.tsv");

/// The service part of an endpoint service name: `com.amazonaws.us-east-1.ecr.api` → `ecr.api` (the region may
/// be unknown text; `cn.com.amazonaws.…` too). `None` for a name that is not an AWS service's.
pub fn service_of(service_name: &str) -> Option<&str> {
    let rest = service_name.strip_prefix("cn.").unwrap_or(service_name);
    let rest = rest.strip_prefix("com.amazonaws.")?;
    let (region, service) = rest.split_once('.')?;
    // `com.amazonaws.vpce.REGION.vpce-svc-…` is a partner or your own endpoint service.
    (region != "vpce" && !service.is_empty()).then_some(service)
}

/// True unless AWS says the service's endpoints take no policy.
pub fn supports_endpoint_policy(service: &str) -> bool {
    !TEXT
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .any(|s| s.eq_ignore_ascii_case(service))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_and_their_support() {
        assert_eq!(service_of("com.amazonaws.us-east-1.ecr.api"), Some("ecr.api"));
        assert_eq!(
            service_of("cn.com.amazonaws.cn-north-1.imagebuilder"),
            Some("imagebuilder")
        );
        assert_eq!(service_of("com.amazonaws.vpce.us-east-1.vpce-svc-0123"), None);
        assert!(supports_endpoint_policy("ssm") && supports_endpoint_policy("s3"));
        assert!(!supports_endpoint_policy("appstream.api") && !supports_endpoint_policy("grafana-workspace"));
        for l in TEXT.lines().filter(|l| !l.starts_with('#')) {
            assert!(
                l.split('\t').nth(2).is_some_and(|s| s.starts_with("https://")),
                "{l}"
            );
        }
    }
}

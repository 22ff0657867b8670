//! Known services and their actions (Service Authorization Reference).

/// A service whose full action list is embedded.
#[derive(Debug, Clone, Copy)]
pub struct Service {
    /// Action prefix, e.g. `imagebuilder`.
    pub prefix: &'static str,
    /// Every action name, without the prefix.
    pub actions: &'static [&'static str],
}

/// EC2 Image Builder: all 77 actions.
pub const IMAGEBUILDER_ACTIONS: &[&str] = &[
    "CancelImageCreation",
    "CancelLifecycleExecution",
    "CreateComponent",
    "CreateContainerRecipe",
    "CreateDistributionConfiguration",
    "CreateImage",
    "CreateImagePipeline",
    "CreateImageRecipe",
    "CreateInfrastructureConfiguration",
    "CreateLifecyclePolicy",
    "CreateWorkflow",
    "DeleteComponent",
    "DeleteContainerRecipe",
    "DeleteDistributionConfiguration",
    "DeleteImage",
    "DeleteImagePipeline",
    "DeleteImageRecipe",
    "DeleteInfrastructureConfiguration",
    "DeleteLifecyclePolicy",
    "DeleteWorkflow",
    "DistributeImage",
    "GetComponent",
    "GetComponentPolicy",
    "GetContainerRecipe",
    "GetContainerRecipePolicy",
    "GetDistributionConfiguration",
    "GetImage",
    "GetImagePipeline",
    "GetImagePolicy",
    "GetImageRecipe",
    "GetImageRecipePolicy",
    "GetInfrastructureConfiguration",
    "GetLifecycleExecution",
    "GetLifecyclePolicy",
    "GetMarketplaceResource",
    "GetWorkflow",
    "GetWorkflowExecution",
    "GetWorkflowStepExecution",
    "ImportComponent",
    "ImportDiskImage",
    "ImportVmImage",
    "ListComponentBuildVersions",
    "ListComponents",
    "ListContainerRecipes",
    "ListDistributionConfigurations",
    "ListImageBuildVersions",
    "ListImagePackages",
    "ListImagePipelineImages",
    "ListImagePipelines",
    "ListImageRecipes",
    "ListImageScanFindingAggregations",
    "ListImageScanFindings",
    "ListImages",
    "ListInfrastructureConfigurations",
    "ListLifecycleExecutionResources",
    "ListLifecycleExecutions",
    "ListLifecyclePolicies",
    "ListTagsForResource",
    "ListWaitingWorkflowSteps",
    "ListWorkflowBuildVersions",
    "ListWorkflowExecutions",
    "ListWorkflowStepExecutions",
    "ListWorkflows",
    "PutComponentPolicy",
    "PutContainerRecipePolicy",
    "PutImagePolicy",
    "PutImageRecipePolicy",
    "RetryImage",
    "SendWorkflowStepAction",
    "StartImagePipelineExecution",
    "StartResourceStateUpdate",
    "TagResource",
    "UntagResource",
    "UpdateDistributionConfiguration",
    "UpdateImagePipeline",
    "UpdateInfrastructureConfiguration",
    "UpdateLifecyclePolicy",
];

/// Services whose action lists are complete enough to report unknown actions.
pub const SERVICES: &[Service] = &[
    Service {
        prefix: "imagebuilder",
        actions: IMAGEBUILDER_ACTIONS,
    },
    Service {
        prefix: "s3",
        actions: super::service_actions::S3_ACTIONS,
    },
    Service {
        prefix: "sts",
        actions: super::service_actions::STS_ACTIONS,
    },
    Service {
        prefix: "ssmmessages",
        actions: super::service_actions::SSMMESSAGES_ACTIONS,
    },
    Service {
        prefix: "ec2messages",
        actions: super::service_actions::EC2MESSAGES_ACTIONS,
    },
];

/// The service with this prefix (case-insensitive), if its actions are embedded.
pub fn service(prefix: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.prefix.eq_ignore_ascii_case(prefix))
}

/// The canonical spelling of an action name within a service (case-insensitive lookup).
pub fn canonical_action(service: &Service, name: &str) -> Option<&'static str> {
    service
        .actions
        .iter()
        .copied()
        .find(|a| a.eq_ignore_ascii_case(name))
}

/// The known action closest to `name` by edit distance, if it is close enough to be a likely typo.
pub fn closest_action(service: &Service, name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    service
        .actions
        .iter()
        .map(|a| (edit_distance(&a.to_ascii_lowercase(), &lower), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 5))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

/// Levenshtein distance.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let cost = if ca == *cb { prev } else { prev + 1 };
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = cost.min(above + 1).min(left + 1);
            }
            prev = above;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imagebuilder_has_all_77_actions_once() {
        let mut v = IMAGEBUILDER_ACTIONS.to_vec();
        v.sort_unstable();
        v.dedup();
        assert_eq!(v.len(), 77);
    }

    #[test]
    fn service_lists_have_no_duplicates() {
        for service in SERVICES {
            let mut v = service.actions.to_vec();
            v.sort_unstable();
            v.dedup();
            assert_eq!(v.len(), service.actions.len(), "{}", service.prefix);
        }
        let s3 = service("s3").unwrap();
        for a in [
            "GetObject",
            "PutObject",
            "ListBucket",
            "GetBucketLocation",
            "DeleteObject",
            "ListAllMyBuckets",
        ] {
            assert!(canonical_action(s3, a).is_some(), "{a}");
        }
    }

    #[test]
    fn closest_action_finds_typos() {
        let ib = service("imagebuilder").unwrap();
        assert_eq!(closest_action(ib, "DeleteImgae"), Some("DeleteImage"));
        assert_eq!(closest_action(ib, "Frobnicate"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}

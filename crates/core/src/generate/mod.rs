//! The generator: correct, partition-aware Image Builder and S3 endpoint policies, their exports, and the
//! scenario suite that proves them.

mod config;
mod export;
mod intent;
mod kit;
mod kit_scenarios;
mod scenario;
mod scenarios;
mod templates;

pub use config::{Environment, FieldError, GeneratorConfig, KitConfig};
pub use export::{cloudformation_template, export, export_kit, minified, pretty, EndpointKind, ExportFormat};
pub use intent::{unstated, Adoption};
pub use kit::{allowed_actions, endpoint_policy, kit, kit_config, needed, Kit, KitEndpoint, SESSION_SOURCE};
pub use scenarios::{
    run_compiled_scenarios, run_scenarios, scenarios, Rejection, Scenario, ScenarioReport, ScenarioResult,
};
pub use templates::{aws_bucket_arns, imagebuilder_policy, plan, s3_policy, EndpointPlan, Plan};

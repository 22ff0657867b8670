//! The shapes the JavaScript API takes and returns, as Rust types: serde writes them, and with the `ts` feature
//! ts-rs derives their TypeScript declarations, which `src/types.d.ts` holds (a test below keeps the file equal
//! to what the types say, so the declarations never drift from the answers).

use serde::{Deserialize, Serialize};
use vpce_policy_core::diagnose::Diagnosis;
use vpce_policy_core::eval::{Decision, Layer, Policies, PolicyTrace, Request};
use vpce_policy_core::i18n::Locale;
use vpce_policy_core::{DiagnosticReport, PolicyKind};

/// What went wrong: the caller's input, or the IAM data the engine needs (not loaded, or not the data file).
#[derive(Serialize, Clone, Copy)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub(crate) enum ErrorKind {
    Input,
    Data,
}

/// An error as a plain object: `{error: {kind, message, line?, column?}}`.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub(crate) struct ApiError {
    pub error: ErrorBody,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub(crate) struct ErrorBody {
    pub kind: ErrorKind,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

/// `validate` and `fix` options (the CLI's flags).
#[derive(Deserialize, Default)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "ValidateOptions", optional_fields)
)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct Options {
    pub kind: Option<PolicyKind>,
    pub region: Option<String>,
    pub environment: Option<String>,
    pub aws_managed: Option<bool>,
    pub features: Option<Vec<vpce_policy_core::data::endpoints::Feature>>,
    pub skip_build_needs: Option<bool>,
    /// The language of messages (default English; another needs its pack, `loadLocale`).
    pub locale: Option<vpce_policy_core::i18n::Locale>,
}

/// A finding as the CLI's JSON prints it, plus the title of its certain fix.
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub(crate) struct Finding {
    #[serde(flatten)]
    pub report: DiagnosticReport,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// Every place the finding stands for, when its certain fix replaces several (one no-break-space finding
    /// for 84 occurrences): `{line, column, end_line, end_column}` each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<Vec<Place>>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub(crate) struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub(crate) struct ValidateResult {
    pub diagnostics: Vec<Finding>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub(crate) struct FixResult {
    pub text: String,
    pub applied: usize,
    pub remaining: Vec<Finding>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub(crate) struct EvaluateInput {
    pub policies: Policies,
    pub request: Request,
    #[serde(default)]
    pub explain: Option<bool>,
    /// The language of the reason and the trace (default English; another needs its pack).
    #[serde(default)]
    pub locale: Option<Locale>,
}

/// `evaluate`'s answer; every key is always there (`null` when it does not apply).
#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub(crate) struct EvaluateResult {
    pub decision: Decision,
    pub blocked_by: Option<Layer>,
    pub blocked_level: Option<String>,
    pub reason: String,
    pub valid: bool,
    /// The decision path, with `explain: true`.
    #[cfg_attr(feature = "ts", ts(type = "Array<object> | null"))]
    pub trace: Option<Vec<PolicyTrace>>,
}

/// `scenarios`' own policy texts (the generated ones where absent).
#[derive(Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct ScenarioPolicies {
    pub imagebuilder_policy: Option<String>,
    pub s3_policy: Option<String>,
    /// The language of the scenarios' names and reasons (default English; another needs its pack).
    pub locale: Option<Locale>,
}

/// The options of `diagnose` and `kit`.
#[derive(Deserialize, Default)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "LocaleOptions", optional_fields)
)]
#[serde(default)]
pub(crate) struct LocaleOption {
    /// The language of the causes and fixes (default English; another needs its pack).
    pub locale: Option<Locale>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub(crate) struct DiagnoseResult {
    pub diagnoses: Vec<Diagnosis>,
}

/// The declarations of `src/types.d.ts`, from the types themselves.
#[cfg(all(test, feature = "ts"))]
mod declarations {
    use super::*;
    use ts_rs::{Config, TS};
    use vpce_policy_core::data::endpoints::{EndpointId, Feature, Need};
    use vpce_policy_core::diagnose::Cause;
    use vpce_policy_core::eval::{ContextScalar, ContextValue, LevelSource};
    use vpce_policy_core::generate::{
        EndpointKind, EndpointPlan, Environment, ExportFormat, GeneratorConfig, Kit, KitConfig, KitEndpoint,
        Plan, Rejection, ScenarioReport, ScenarioResult,
    };
    use vpce_policy_core::i18n::Locale;
    use vpce_policy_core::rules::{Code, RuleDescription};
    use vpce_policy_core::Severity;

    const HEADER: &str = "// Generated from the Rust types by ts-rs (crates/wasm/src/types.rs): do not edit. After changing a type,\n// run UPDATE_TYPES=1 cargo test -p vpce-policy-wasm --features ts\n";

    fn declarations() -> String {
        let cfg = Config::default();
        let decls = [
            // Errors and options.
            ApiError::decl(&cfg),
            ErrorBody::decl(&cfg),
            ErrorKind::decl(&cfg),
            Options::decl(&cfg),
            PolicyKind::decl(&cfg),
            Feature::decl(&cfg),
            Locale::decl(&cfg),
            LocaleOption::decl(&cfg),
            // validate, fix, explain.
            ValidateResult::decl(&cfg),
            FixResult::decl(&cfg),
            Finding::decl(&cfg),
            Place::decl(&cfg),
            DiagnosticReport::decl(&cfg),
            Severity::decl(&cfg),
            Code::decl(&cfg),
            RuleDescription::decl(&cfg),
            // evaluate.
            EvaluateInput::decl(&cfg),
            EvaluateResult::decl(&cfg),
            Policies::decl(&cfg),
            // The API takes each policy as an object; the path form of a test file does not apply here.
            "type PolicySource = object;".to_string(),
            LevelSource::decl(&cfg),
            Request::decl(&cfg),
            ContextValue::decl(&cfg),
            ContextScalar::decl(&cfg),
            Decision::decl(&cfg),
            Layer::decl(&cfg),
            // generate, kit, exports, scenarios, diagnose.
            GeneratorConfig::decl(&cfg),
            Environment::decl(&cfg),
            KitConfig::decl(&cfg),
            Plan::decl(&cfg),
            EndpointPlan::decl(&cfg),
            EndpointKind::decl(&cfg),
            Kit::decl(&cfg),
            KitEndpoint::decl(&cfg),
            EndpointId::decl(&cfg),
            Need::decl(&cfg),
            ExportFormat::decl(&cfg),
            ScenarioPolicies::decl(&cfg),
            ScenarioReport::decl(&cfg),
            ScenarioResult::decl(&cfg),
            Rejection::decl(&cfg),
            DiagnoseResult::decl(&cfg),
            Cause::decl(&cfg),
            vpce_policy_core::diagnose::Diagnosis::decl(&cfg),
            <serde_json::Value as TS>::decl(&cfg),
        ];
        let mut out = HEADER.to_string();
        for d in decls {
            out.push_str("export ");
            out.push_str(&d);
            out.push('\n');
        }
        // `generate` answers with the plan of both endpoints.
        out.push_str("export type GenerateResult = Plan;\n");
        out
    }

    #[test]
    fn types_d_ts_is_what_the_types_say() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/types.d.ts");
        let want = declarations();
        if std::env::var_os("UPDATE_TYPES").is_some() {
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "src/types.d.ts differs from the Rust types: run UPDATE_TYPES=1 cargo test -p vpce-policy-wasm --features ts"
        );
    }
}

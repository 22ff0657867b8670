//! The rest of the JavaScript API: evaluation, generation, exports, the kit, scenarios, rule docs, diagnosis and the
//! benchmark hooks. `lib/vpce_policy.js` has them (feature `full`, the default); the playground's module links
//! only what docs pages' live blocks call (`api.rs`), so its first paint does not carry them.

use crate::api::{config, config_in, error, from_js, language, needs_data, optional, text_arg, to_js};
use crate::types::*;
use serde::Deserialize;
use vpce_policy_core::eval::{TestFile, TestFileError};
use vpce_policy_core::generate::{self, EndpointKind, ExportFormat, GeneratorConfig};
use vpce_policy_core::rules;
use wasm_bindgen::prelude::*;

/// Evaluates a request through the given layers: `{decision, blockedBy, blockedLevel?, reason, valid, trace?}`.
#[wasm_bindgen(unchecked_return_type = "EvaluateResult | ApiError")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "EvaluateInput")] input: JsValue) -> JsValue {
    let input: EvaluateInput = match needs_data().and_then(|()| from_js(input, "evaluate")) {
        Ok(i) => i,
        Err(e) => return e,
    };
    let locale = match language(input.locale) {
        Ok(l) => l,
        Err(e) => return e,
    };
    if let Some(problem) = input.request.principal_problem() {
        return error(problem);
    }
    let file = TestFile {
        description: None,
        policies: input.policies,
        tests: Vec::new(),
    };
    let set = match file.policy_set(&|p: &str| {
        Err(TestFileError::Unreadable(format!(
            "\"{p}\": pass the policy object itself, not a path"
        )))
    }) {
        Ok(s) => s,
        Err(e) => return error(e.to_string()),
    };
    let r = set.evaluate(&input.request, input.explain.unwrap_or(false));
    let result = EvaluateResult {
        decision: r.decision,
        blocked_by: r.blocked_by,
        blocked_level: r.blocked_level,
        reason: r.reason.render(locale),
        valid: r.valid,
        trace: r.trace,
    };
    vpce_policy_core::i18n::serialize_in(locale, || to_js(&result))
}

/// The private-VPC kit for a config (its `kit` settings, or the default kit): every endpoint with its policy, its
/// title and purpose in the language of `options.locale`.
#[wasm_bindgen(unchecked_return_type = "Kit | ApiError")]
pub fn kit(
    #[wasm_bindgen(unchecked_param_type = "GeneratorConfig")] config_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LocaleOptions | undefined")] options: JsValue,
) -> JsValue {
    let asked = optional::<LocaleOption>(options, "options")
        .and_then(|o| language(o.locale))
        .and_then(|l| config_in(config_value, l).map(|c| (c, l)));
    match asked {
        Ok((c, locale)) => {
            let mut kit = generate::kit(&c);
            for e in &mut kit.endpoints {
                (e.title, e.purpose) = (e.id.spec().title(locale), e.id.spec().purpose(locale));
            }
            to_js(&kit)
        }
        Err(e) => e,
    }
}

/// The whole kit of a config in one file of a format (one CloudFormation template, one Terraform file, ...).
#[wasm_bindgen(js_name = exportKit, unchecked_return_type = "string | ApiError")]
pub fn export_kit(
    #[wasm_bindgen(unchecked_param_type = "GeneratorConfig")] config_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExportFormat")] format: JsValue,
) -> JsValue {
    let c = match config(config_value) {
        Ok(c) => c,
        Err(e) => return e,
    };
    match from_js::<ExportFormat>(format, "format") {
        Ok(f) => JsValue::from_str(&generate::export_kit(&c, &generate::kit(&c), f)),
        Err(e) => e,
    }
}

/// Exports a policy object in a format (`json`, `json-min`, `cli`, `cloudformation`, `terraform`) for an endpoint of
/// the given config (default: us-east-1, Image Builder).
#[wasm_bindgen(js_name = exportPolicy, unchecked_return_type = "string | ApiError")]
pub fn export_policy(
    #[wasm_bindgen(unchecked_param_type = "object")] policy: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExportFormat")] format: JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "{ endpoint?: \"imagebuilder\" | \"s3\"; config?: GeneratorConfig } | undefined"
    )]
    target: JsValue,
) -> JsValue {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Target {
        endpoint: Option<EndpointKind>,
        config: Option<GeneratorConfig>,
    }
    let policy: serde_json::Value = match from_js(policy, "policy") {
        Ok(p) => p,
        Err(e) => return e,
    };
    let format: ExportFormat = match from_js(format, "format") {
        Ok(f) => f,
        Err(e) => return e,
    };
    let target: Target = match optional(target, "target") {
        Ok(t) => t,
        Err(e) => return e,
    };
    let config = target.config.unwrap_or_default();
    let kind = target.endpoint.unwrap_or(EndpointKind::Imagebuilder);
    let mut plan = generate::plan(&config);
    let endpoint = match kind {
        EndpointKind::Imagebuilder => &mut plan.imagebuilder,
        EndpointKind::S3 => &mut plan.s3,
    };
    endpoint.policy = policy;
    JsValue::from_str(&generate::export(&config, kind, endpoint, format))
}

/// Runs the scenario suite for a config against given policy texts (default: the generated ones).
#[wasm_bindgen(unchecked_return_type = "ScenarioReport | ApiError")]
pub fn scenarios(
    #[wasm_bindgen(unchecked_param_type = "GeneratorConfig")] config_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ScenarioPolicies | undefined")] policies: JsValue,
) -> JsValue {
    if let Err(e) = needs_data() {
        return e;
    }
    let given: ScenarioPolicies = match optional(policies, "policies") {
        Ok(g) => g,
        Err(e) => return e,
    };
    let locale = match language(given.locale) {
        Ok(l) => l,
        Err(e) => return e,
    };
    let c = match config_in(config_value, locale) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let plan = generate::plan(&c);
    let ib = given
        .imagebuilder_policy
        .unwrap_or_else(|| generate::pretty(&plan.imagebuilder.policy));
    let s3 = given
        .s3_policy
        .unwrap_or_else(|| generate::pretty(&plan.s3.policy));
    let mut report = generate::run_scenarios(&c, &ib, &s3);
    for r in &mut report.results {
        (r.name, r.why) = (r.name_in(locale), r.why_in(locale));
    }
    to_js(&report)
}

/// The documentation of a finding code (case-insensitive), as `vpce-policy explain --format json`, in the
/// language of `options.locale`.
#[wasm_bindgen(unchecked_return_type = "RuleDoc | ApiError")]
pub fn explain(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> JsValue {
    let (code, (_, locale)) = match (text_arg(&code, "code"), Options::read(options)) {
        (Ok(c), Ok(o)) => (c, o),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let code = code.as_str();
    match rules::get(code) {
        Some(rule) => to_js(&rule.describe(locale)),
        None => error(match rules::closest(code) {
            Some(c) => format!("no rule {code}; did you mean {c}?"),
            None => format!("no rule {code}"),
        }),
    }
}

/// From what a user sees (a build log line, an AccessDenied message, a CloudTrail event) to the missing endpoint
/// or the refusing policy, as `vpce-policy diagnose --format json`, in the language of `options.locale`.
#[wasm_bindgen(unchecked_return_type = "DiagnoseResult | ApiError")]
pub fn diagnose(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LocaleOptions | undefined")] options: JsValue,
) -> JsValue {
    let asked = needs_data()
        .and_then(|()| text_arg(&text, "text"))
        .and_then(|t| optional::<LocaleOption>(options, "options").map(|o| (t, o)))
        .and_then(|(t, o)| language(o.locale).map(|l| (t, l)));
    match asked {
        Ok((t, locale)) => {
            let result = DiagnoseResult {
                diagnoses: vpce_policy_core::diagnose::diagnose(&t),
            };
            vpce_policy_core::i18n::serialize_in(locale, || to_js(&result))
        }
        Err(e) => e,
    }
}

/// Benchmark hook (not API): validates `text` `iterations` times, for `tests/bench/wasm-vs-native.mjs`.
#[wasm_bindgen(js_name = benchValidate)]
pub fn bench_validate(text: &str, iterations: u32) -> usize {
    let options = vpce_policy_core::ValidateOptions::default();
    (0..iterations)
        .map(|_| vpce_policy_core::validate(text, &options).diagnostics.len())
        .sum()
}

/// Benchmark hook (not API): evaluates a request against an endpoint policy `iterations` times (compiled and
/// prepared once, trace off), as the native benchmark does. Returns how many were allowed.
#[wasm_bindgen(js_name = benchEvaluate)]
pub fn bench_evaluate(policy: &str, request: &str, iterations: u32) -> u32 {
    use vpce_policy_core::eval::{CompiledPolicy, Decision, PolicySet, Request};
    let set = PolicySet {
        endpoint: Some(CompiledPolicy::compile(
            policy,
            vpce_policy_core::PolicyKind::Endpoint,
        )),
        ..PolicySet::default()
    };
    let Ok(request) = serde_json::from_str::<Request>(request) else {
        return 0;
    };
    let prepared = request.prepare();
    (0..iterations)
        .map(|_| u32::from(set.evaluate_prepared(&prepared, false).decision == Decision::Allowed))
        .sum()
}

//! Pure derivations from the state, memoized by the components on exactly their inputs.

use crate::state::{LayerMode, RequestForm, State};
use std::collections::BTreeMap;
use std::rc::Rc;
use vpce_policy_core::eval::{
    CompiledPolicy, ContextScalar, ContextValue, EvalResult, PolicySet, Request, ResourcePolicy,
};
use vpce_policy_core::generate::{
    plan, pretty, run_compiled_scenarios, EndpointKind, GeneratorConfig, Plan, ScenarioReport,
};
use vpce_policy_core::{Diagnostic, PolicyKind, ValidateOptions};

/// The generated endpoints, or `None` while the inputs are invalid.
pub fn generated(config: &GeneratorConfig) -> Option<Plan> {
    config.validate().is_empty().then(|| plan(config))
}

/// The policy text in force for an endpoint: the user's own, else the generated one.
pub fn policy_text(state: &State, plan: Option<&Plan>, kind: EndpointKind) -> String {
    if let Some(custom) = state.custom(kind) {
        return custom.clone();
    }
    plan.map(|p| match kind {
        EndpointKind::Imagebuilder => pretty(&p.imagebuilder.policy),
        EndpointKind::S3 => pretty(&p.s3.policy),
    })
    .unwrap_or_default()
}

/// A policy validated once per change: its findings, and the compiled form the evaluator uses.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Validator findings (in the context of the configuration).
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// The compiled endpoint policy.
    pub compiled: CompiledPolicy,
}

/// The validator options the page uses for a policy: the configuration's region and environment.
fn options(config: &GeneratorConfig, kind: PolicyKind) -> ValidateOptions {
    ValidateOptions {
        kind,
        region: vpce_policy_core::data::regions::is_region(&config.region).then(|| config.region.clone()),
        environment: Some(config.environment.as_str().to_string()),
        // The build-needs checks judge an S3 policy against the kit's features; "Image Builder and S3 only"
        // does not plan the rest of the build, and its scenario table shows what that leaves out.
        features: config.kit.as_ref().map(|k| k.features.clone()),
        skip_build_needs: config.kit.is_none(),
        ..ValidateOptions::default()
    }
}

/// Texts up to this size are checked in full as you type (twelve times the largest policy AWS accepts); past it
/// only their size is, so a pasted multi-megabyte text never freezes the tab.
pub const LIVE_CHECK_BYTES: usize = 256 * 1024;

/// Validates a policy in the context of the configuration and compiles it.
pub fn check(text: &str, config: &GeneratorConfig, kind: PolicyKind) -> Checked {
    let options = options(config, kind);
    let (mut v, compiled) = vpce_policy_core::validate_compiled(text, &options, LIVE_CHECK_BYTES);
    let locale = crate::i18n::shown();
    if locale != vpce_policy_core::i18n::Locale::En {
        v.diagnostics.iter_mut().for_each(|d| d.localize(locale));
    }
    Checked {
        compiled,
        diagnostics: Rc::new(v.diagnostics),
    }
}

/// The scenario suite against the policies in force.
pub fn scenarios(config: &GeneratorConfig, imagebuilder: &Checked, s3: &Checked) -> Option<ScenarioReport> {
    config
        .validate()
        .is_empty()
        .then(|| run_compiled_scenarios(config, imagebuilder.compiled.clone(), s3.compiled.clone()))
}

/// Applies one finding's certain fix (all the places it stands for).
pub fn fix_one(text: &str, finding: &Diagnostic) -> String {
    vpce_policy_core::diagnostic::apply_fixes(text, std::slice::from_ref(finding)).0
}

/// Applies every certain fix, as `vpce-policy validate --fix` does, with the page's options: the text and how
/// many fixes were applied.
pub fn fix_all(text: &str, config: &GeneratorConfig) -> (String, usize) {
    let (fixed, _, count) = vpce_policy_core::fix_counted(text, &options(config, PolicyKind::Endpoint));
    (fixed, count)
}

/// Parses the context box: one `key = value` per line; commas make a multi-valued key; true/false are booleans.
pub fn parse_context(text: &str) -> Result<BTreeMap<String, ContextValue>, String> {
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| crate::i18n::t_with("context-line-key-value", &[("line", (n + 1).to_string())]))?;
        let key = key.trim();
        if key.is_empty() {
            return Err(crate::i18n::t_with(
                "context-line-empty-key",
                &[("line", (n + 1).to_string())],
            ));
        }
        let values: Vec<&str> = value.split(',').map(str::trim).collect();
        let v = match values.as_slice() {
            [one] if *one == "true" || *one == "false" => ContextValue::Bool(*one == "true"),
            [one] => ContextValue::String((*one).to_string()),
            many => ContextValue::List(
                many.iter()
                    .map(|s| ContextScalar::String((*s).to_string()))
                    .collect(),
            ),
        };
        out.insert(key.to_string(), v);
    }
    Ok(out)
}

/// The custom request's modelled layers beyond the endpoint policy.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layers<'a> {
    /// Identity layer mode and text.
    pub identity: (LayerMode, Option<&'a str>),
    /// Resource-policy mode and text.
    pub resource: (LayerMode, Option<&'a str>),
}

impl Layers<'_> {
    /// Only the endpoint policy.
    pub const ENDPOINT_ONLY: Layers<'static> = Layers {
        identity: (LayerMode::NotModelled, None),
        resource: (LayerMode::NotModelled, None),
    };
}

/// Evaluates the custom request with the trace, through the chosen endpoint and the modelled layers.
pub fn evaluate_request(
    form: &RequestForm,
    endpoint: &Checked,
    layers: Layers<'_>,
) -> Result<EvalResult, String> {
    let context = parse_context(&form.context)?;
    let principal = Some(form.principal.trim().to_string()).filter(|p| !p.is_empty());
    let request = Request {
        principal,
        action: form.action.trim().into(),
        resource: form.resource.trim().into(),
        resource_account: Some(form.resource_account.trim().to_string()).filter(|a| !a.is_empty()),
        context,
        ..Request::default()
    };
    if let Some(problem) = request.principal_problem() {
        return Err(problem);
    }
    let compile = |text: Option<&str>, kind| CompiledPolicy::compile(text.unwrap_or(""), kind);
    let set = PolicySet {
        endpoint: Some(endpoint.compiled.clone()),
        identity: match layers.identity {
            (LayerMode::NotModelled, _) => None,
            (LayerMode::None, _) => Some(Vec::new()),
            (LayerMode::These, text) => Some(vec![compile(text, PolicyKind::Identity)]),
        },
        resource: match layers.resource {
            (LayerMode::NotModelled, _) => ResourcePolicy::NotModelled,
            (LayerMode::None, _) => ResourcePolicy::Absent,
            (LayerMode::These, text) => ResourcePolicy::Present(compile(text, PolicyKind::Resource)),
        },
        ..PolicySet::default()
    };
    Ok(set.evaluate(&request, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_lines() {
        let c = parse_context(
            "aws:PrincipalOrgID = o-a1b2c3d4e5\naws:TagKeys = a, b\naws:SecureTransport = true\n# note",
        )
        .unwrap();
        assert_eq!(c.len(), 3);
        assert!(matches!(c.get("aws:TagKeys"), Some(ContextValue::List(l)) if l.len() == 2));
        assert!(parse_context("nonsense").unwrap_err().contains("line 1"));
    }

    #[test]
    fn default_request_is_allowed_through_the_generated_s3_policy() {
        let state = State::default();
        let plan = generated(&state.config);
        let s3 = policy_text(&state, plan.as_ref(), EndpointKind::S3);
        let r = evaluate_request(
            &state.request,
            &check(&s3, &state.config, PolicyKind::Endpoint),
            Layers::ENDPOINT_ONLY,
        )
        .unwrap();
        assert_eq!(r.decision.as_str(), "allowed");
    }
}

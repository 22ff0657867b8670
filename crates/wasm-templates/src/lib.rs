//! `validateTemplate(text, options)`: the policies of a CloudFormation template or a Terraform file, each with
//! its findings at the template's own line and column, as `vpce-policy validate --format json` groups them.
//! A module of its own (`lib/templates/`), so that the YAML and HCL readers never weigh on a page that only
//! validates policies: a page loads it when a template is pasted.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use vpce_policy_core::i18n::{Locale, Message};
use vpce_policy_core::{LineIndex, ValidateOptions};
use vpce_policy_templates::{check, find, options_for, sniff, Format, Vars};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type TemplateFormat = "cloudformation-json" | "cloudformation-yaml" | "terraform";
export interface TemplateOptions { fileName?: string; format?: TemplateFormat; vars?: Record<string, string>; region?: string;
  features?: ("packageRepos" | "logging" | "containers" | "sessionManager" | "kms")[]; locale?: "en" | "ja" }
export interface TemplateFinding { code: string; severity: string; message: string; help: string; line: number; column: number;
  end_line: number; end_column: number; path: string }
export interface TemplatePolicy { name: string; kind: "endpoint" | "identity" | "resource"; diagnostics: TemplateFinding[]; unchecked?: string }
export interface TemplateResult { policies: TemplatePolicy[] }
export interface TemplateError { error: { message: string; line?: number; column?: number } }
"#;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Options {
    file_name: Option<String>,
    format: Option<String>,
    vars: BTreeMap<String, String>,
    region: Option<String>,
    features: Option<Vec<vpce_policy_core::data::endpoints::Feature>>,
    /// The language of the findings and of why a policy was not checked (its pack loaded: `loadLocale`).
    locale: Option<Locale>,
}

#[derive(Serialize)]
struct Policy {
    name: String,
    kind: vpce_policy_core::PolicyKind,
    diagnostics: Vec<vpce_policy_core::DiagnosticReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unchecked: Option<String>,
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn error(message: String, at: Option<(usize, usize)>) -> JsValue {
    let mut body = serde_json::json!({ "message": message });
    if let (Some((line, column)), Some(o)) = (at, body.as_object_mut()) {
        o.insert("line".into(), line.into());
        o.insert("column".into(), column.into());
    }
    to_js(&serde_json::json!({ "error": body }))
}

/// The format the options name, or the one the file name and text suggest.
fn format_of(o: &Options, text: &str) -> Option<Format> {
    match o.format.as_deref() {
        Some("cloudformation-json") => Some(Format::CloudformationJson),
        Some("cloudformation-yaml") => Some(Format::CloudformationYaml),
        Some("terraform") => Some(Format::Terraform),
        _ => match &o.file_name {
            Some(name) => sniff(name, text),
            None if text.trim_start().starts_with('{') => Some(Format::CloudformationJson),
            None if text.contains("resource \"") || text.contains("data \"") => Some(Format::Terraform),
            None => Some(Format::CloudformationYaml),
        },
    }
}

/// Takes the text of the IAM data file (`data/iam-<hash>.txt`), which the module's `init()` fetches once per page
/// and shares with the other modules; throws when the text is not that file.
#[wasm_bindgen(js_name = loadData)]
pub fn load_data(text: String) -> Result<String, JsError> {
    vpce_policy_core::data::iam::load(text)
        .map(|db| db.source.to_string())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Takes a language pack (`data/<tag>-<hash>.ftl`): English, which the module's `init()` loads with the IAM data,
/// and another language when the page shows it. Throws when the text is not that pack.
#[wasm_bindgen(js_name = loadLocale)]
pub fn load_locale(tag: String, text: String) -> Result<(), JsError> {
    let locale = vpce_policy_core::i18n::Locale::parse(&tag)
        .ok_or_else(|| JsError::new(&format!("no language `{tag}`")))?;
    vpce_policy_core::i18n::load(locale, &text).map_err(|e| JsError::new(&e.to_string()))
}

/// The policies of a template with their findings; `{error}` when the text is not a template.
#[wasm_bindgen(js_name = validateTemplate, unchecked_return_type = "TemplateResult | TemplateError")]
pub fn validate_template(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TemplateOptions | undefined")] options: JsValue,
) -> JsValue {
    let Some(text) = text.as_string() else {
        return error("text must be a string (the template)".into(), None);
    };
    let o: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        match serde_wasm_bindgen::from_value(options) {
            Ok(o) => o,
            Err(e) => return error(format!("options: {e}"), None),
        }
    };
    let Some(format) = format_of(&o, &text) else {
        return error("not a CloudFormation template or a Terraform file".into(), None);
    };
    let vars = Vars(o.vars.clone());
    let found = match find(format, &text, &vars) {
        Ok(f) => f,
        Err(e) => {
            let at = match &e {
                vpce_policy_templates::TemplateError::Syntax { offset, .. } => {
                    let p = LineIndex::new(&text).position(*offset);
                    Some((p.line, p.column))
                }
                _ => None,
            };
            return error(e.to_string(), at);
        }
    };
    let base = ValidateOptions {
        region: o.region.clone(),
        features: o.features.clone(),
        ..ValidateOptions::default()
    };
    let index = LineIndex::new(&text);
    let locale = o.locale.unwrap_or_default();
    let policies: Vec<Policy> = check(&found, &vars, &options_for(&text, &base))
        .into_iter()
        .map(|r| Policy {
            name: r.name,
            kind: r.kind,
            diagnostics: r
                .diagnostics
                .into_iter()
                .map(|mut d| {
                    d.localize(locale);
                    d.report(&index)
                })
                .collect(),
            unchecked: r
                .unchecked
                .or_else(|| {
                    r.external
                        .map(|e| Message::new("template-unchecked-page-file").arg("file", e))
                })
                .map(|why| why.render(locale)),
        })
        .collect();
    to_js(&serde_json::json!({ "policies": policies }))
}

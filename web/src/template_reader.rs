//! Templates pasted into the editor: the template reader (`lib/templates/`, the JavaScript API's module of its
//! own) is imported only when a text looks like a CloudFormation template or a Terraform file, so the page's
//! first load never carries the YAML and HCL readers.

use serde::Deserialize;
use vpce_policy_core::DiagnosticReport;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "
let loading = null;
export function load_template_reader() {
  if (!loading) {
    loading = import(new URL('lib/templates/vpce_policy_templates.js', document.baseURI).href)
      .then(async (m) => { await m.default(); return m; });
  }
  return loading;
}
export function validate_template(module, text) { return module.validateTemplate(text, {}); }
")]
extern "C" {
    fn load_template_reader() -> js_sys::Promise;
    fn validate_template(module: &JsValue, text: &str) -> JsValue;
}

/// One policy of a template, with its findings at the template's own lines.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TemplatePolicy {
    /// Its place: logical ID and property, or Terraform address.
    pub name: String,
    /// The kind it was validated as.
    pub kind: String,
    /// Its findings.
    pub diagnostics: Vec<DiagnosticReport>,
    /// Why it was not checked, when it was not.
    #[serde(default)]
    pub unchecked: Option<String>,
}

/// What the reader said about a text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TemplateReport {
    /// The policies found.
    #[serde(default)]
    pub policies: Vec<TemplatePolicy>,
    /// Why the text could not be read, when it could not.
    #[serde(default)]
    pub error: Option<serde_json::Value>,
}

/// True for a text that is a template rather than a policy: CloudFormation's markers or a Terraform block.
pub fn looks_like_template(text: &str) -> bool {
    let t = text.trim_start();
    t.contains("AWSTemplateFormatVersion")
        || (t.contains("Resources") && (t.contains("Type: AWS::") || t.contains("\"Type\": \"AWS::")))
        || t.contains("resource \"aws_")
        || t.contains("data \"aws_iam_policy_document\"")
}

/// Loads the reader (once) and reads the text.
pub async fn read(text: String) -> Result<TemplateReport, String> {
    let module = wasm_bindgen_futures::JsFuture::from(load_template_reader())
        .await
        .map_err(|_| crate::i18n::t("template-reader-unavailable"))?;
    let value = validate_template(&module, &text);
    let json = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| crate::i18n::t("template-reader-no-answer"))?;
    serde_json::from_str(&json).map_err(|e| e.to_string())
}

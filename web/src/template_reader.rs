//! Templates pasted into the editor: the template reader (`lib/templates/`, the JavaScript API's module of its
//! own) is imported only when a text looks like a CloudFormation template or a Terraform file, so the page's
//! first load never carries the YAML and HCL readers.

use serde::Deserialize;
use vpce_policy_core::DiagnosticReport;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The template reader's module (lib/templates/), as imported.
    type TemplatesModule;
    #[wasm_bindgen(method, catch, js_name = validateTemplate)]
    fn validate_template(this: &TemplatesModule, text: &str, options: &JsValue) -> Result<JsValue, JsValue>;
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

/// Loads the reader (once) and reads the text, its findings and reasons in the language the page shows.
pub async fn read(text: String) -> Result<TemplateReport, String> {
    let module = crate::modules::load("lib/templates/vpce_policy_templates.js")
        .await
        .map_err(|_| crate::i18n::t("template-reader-unavailable"))?;
    let value = module
        .unchecked_into::<TemplatesModule>()
        .validate_template(&text, &crate::modules::in_language())
        .map_err(|_| crate::i18n::t("template-reader-no-answer"))?;
    crate::modules::read(&value).ok_or_else(|| crate::i18n::t("template-reader-no-answer"))
}

//! The exported functions. Each one is the core's answer, shaped as the CLI's JSON output.

use crate::types::*;
use serde::{Deserialize, Serialize};

use vpce_policy_core::generate::{self, GeneratorConfig};
use vpce_policy_core::i18n::Locale;
use vpce_policy_core::{LineIndex, ValidateOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// A value as a plain JS object, through JSON text: serde_json is in the module anyway (the share links, the
/// exports), and a second serializer (serde-wasm-bindgen) cost the playground's module 6 KB gzipped.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

pub(crate) fn error(message: impl Into<String>) -> JsValue {
    error_of(ErrorKind::Input, message)
}

pub(crate) fn error_of(kind: ErrorKind, message: impl Into<String>) -> JsValue {
    to_js(&ApiError {
        error: ErrorBody {
            kind,
            message: message.into(),
            line: None,
            column: None,
        },
    })
}

/// The IAM data is there, or an error object that says how to load it: without it every action would look
/// unknown and RCPs would seem to apply to nothing.
pub(crate) fn needs_data() -> Result<(), JsValue> {
    if vpce_policy_core::data::iam::loaded() {
        Ok(())
    } else {
        Err(error_of(
            ErrorKind::Data,
            "the IAM data is not loaded yet: await init() from vpce_policy.js (it loads the data file), or call loadData(text) first",
        ))
    }
}

/// Takes the text of the IAM data file (`data/iam-<hash>.txt`) and returns the source it was generated from;
/// `init()` of `vpce_policy.js` calls it. Throws when the text is not that file (the one call that throws: it
/// is the page's set-up, not user input). Loading again keeps the first data.
#[wasm_bindgen(js_name = loadData)]
pub fn load_data(text: String) -> Result<String, JsError> {
    vpce_policy_core::data::iam::load(text)
        .map(|db| db.source.to_string())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Takes a language pack (`data/<tag>-<hash>.ftl`) for the `locale` option; `init({locale})` of
/// `vpce_policy.js` calls it. Throws when the text is not that pack.
#[wasm_bindgen(js_name = loadLocale)]
pub fn load_locale(tag: String, text: String) -> Result<(), JsError> {
    let locale = Locale::parse(&tag).ok_or_else(|| JsError::new(&format!("no language `{tag}`")))?;
    vpce_policy_core::i18n::load(locale, &text).map_err(|e| JsError::new(&e.to_string()))
}

/// One of the product's texts (`locales/en.ftl` ids) in a language, for faces written in JavaScript (embed.js):
/// `message("embed-errors", {n: 2}, "ja")`. English where the pack is not loaded; the id itself when unknown.
#[wasm_bindgen]
pub fn message(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "Record<string, string | number> | undefined")] args: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] locale: JsValue,
) -> String {
    let locale = locale
        .as_string()
        .and_then(|t| Locale::parse(&t))
        .unwrap_or_default();
    let args: std::collections::BTreeMap<String, serde_json::Value> =
        optional(args, "args").unwrap_or_default();
    let args: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| {
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.as_str(), text)
        })
        .collect();
    vpce_policy_core::i18n::text(locale, id, &args)
}

/// True once the IAM data is loaded.
#[wasm_bindgen(js_name = dataLoaded)]
pub fn data_loaded() -> bool {
    vpce_policy_core::data::iam::loaded()
}

/// A string argument, or an error object naming it.
pub(crate) fn text_arg(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| error(format!("{what} must be a string (the policy's JSON text)")))
}

/// Reads a JS object into `T`, or an error object that says which field is wrong.
pub(crate) fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue, what: &str) -> Result<T, JsValue> {
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| error(format!("{what}: expected a plain object")))?;
    // The position serde_json gives is in JSON text the caller never wrote: the message alone.
    serde_json::from_str(&text).map_err(|e| {
        error(format!(
            "{what}: {}",
            vpce_policy_core::json::serde_position(&e).2
        ))
    })
}

/// An optional object argument: its default when `undefined` or `null`.
pub(crate) fn optional<T: Default + for<'de> Deserialize<'de>>(
    value: JsValue,
    what: &str,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(T::default())
    } else {
        from_js(value, what)
    }
}

/// The language asked for, if its pack is loaded; else an error object that says how to load it.
pub(crate) fn language(locale: Option<Locale>) -> Result<Locale, JsValue> {
    let locale = locale.unwrap_or_default();
    if vpce_policy_core::i18n::loaded(locale) {
        Ok(locale)
    } else {
        Err(error_of(
            ErrorKind::Data,
            format!("the {locale} language pack is not loaded: init({{locale: \"{locale}\"}}) from vpce_policy.js loads it, or call loadLocale(\"{locale}\", text)"),
        ))
    }
}

impl Options {
    pub(crate) fn read(value: JsValue) -> Result<(ValidateOptions, Locale), JsValue> {
        let o: Options = optional(value, "options")?;
        let locale = language(o.locale)?;
        Ok((
            ValidateOptions {
                kind: o.kind.unwrap_or_default(),
                region: o.region,
                environment: o.environment,
                aws_managed: o.aws_managed.unwrap_or(false),
                features: o.features,
                skip_build_needs: o.skip_build_needs.unwrap_or(false),
            },
            locale,
        ))
    }
}

fn findings(text: &str, diagnostics: &[vpce_policy_core::Diagnostic], locale: Locale) -> Vec<Finding> {
    let index = LineIndex::new(text);
    diagnostics
        .iter()
        .map(|d| {
            let mut d = d.clone();
            d.localize(locale);
            d
        })
        .map(|d| Finding {
            report: d.report(&index),
            fix: d.fix.as_ref().map(|f| f.title.clone()),
            occurrences: Some(
                d.occurrences()
                    .into_iter()
                    .map(|span| {
                        let (start, end) = (index.position(span.start), index.position(span.end));
                        Place {
                            line: start.line,
                            column: start.column,
                            end_line: end.line,
                            end_column: end.column,
                        }
                    })
                    .collect::<Vec<_>>(),
            )
            .filter(|places| !places.is_empty()),
        })
        .collect()
}

/// Validates a policy: `{diagnostics}`, each with code, severity, message, help, 1-based line and column, path.
#[wasm_bindgen(unchecked_return_type = "ValidateResult | ApiError")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> JsValue {
    let (text, (options, locale)) = match (text_arg(&text, "text"), Options::read(options), needs_data()) {
        (Ok(t), Ok(o), Ok(())) => (t, o),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return e,
    };
    let v = vpce_policy_core::validate(&text, &options);
    to_js(&ValidateResult {
        diagnostics: findings(&text, &v.diagnostics, locale),
    })
}

/// Applies every certain fix (as `validate --fix`): `{text, applied, remaining}`.
#[wasm_bindgen(unchecked_return_type = "FixResult | ApiError")]
pub fn fix(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> JsValue {
    let (text, (options, locale)) = match (text_arg(&text, "text"), Options::read(options), needs_data()) {
        (Ok(t), Ok(o), Ok(())) => (t, o),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return e,
    };
    let (fixed, remaining, applied) = vpce_policy_core::fix_counted(&text, &options);
    to_js(&FixResult {
        remaining: findings(&fixed, &remaining, locale),
        text: fixed,
        applied,
    })
}

pub(crate) fn config(value: JsValue) -> Result<GeneratorConfig, JsValue> {
    config_in(value, Locale::En)
}

/// The config, or its first input error in `locale`.
pub(crate) fn config_in(value: JsValue, locale: Locale) -> Result<GeneratorConfig, JsValue> {
    let c: GeneratorConfig = from_js(value, "config")?;
    let errors = c.validate();
    match errors.first() {
        None => Ok(c),
        Some(e) => Err(error(format!("{}: {}", e.field, e.message_in(locale)))),
    }
}

/// Generates both endpoints: the same shape as `generate --target all --format json`.
#[wasm_bindgen(unchecked_return_type = "GenerateResult | ApiError")]
pub fn generate(#[wasm_bindgen(unchecked_param_type = "GeneratorConfig")] config_value: JsValue) -> JsValue {
    match config(config_value) {
        Ok(c) => to_js(&generate::plan(&c)),
        Err(e) => e,
    }
}

/// The engine's version and the IAM data it has loaded.
#[wasm_bindgen]
pub fn version() -> String {
    format!(
        "vpce-policy {} ({})",
        env!("CARGO_PKG_VERSION"),
        vpce_policy_core::data::iam::iam().source
    )
}

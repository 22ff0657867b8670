//! The CloudTrail replay worker (`lib/trail/worker.js`, the trail module of the JavaScript API): started when
//! files are dropped, never before, so neither its code nor its mapping data weigh on the first paint. Dropping
//! the handle (or cancelling) terminates it at once.

use crate::i18n::t;
use serde::{Deserialize, Serialize};
use vpce_policy_core::trail::draft::Draft;
use vpce_policy_core::trail::Report;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How far a replay is.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Progress {
    /// Bytes read of all files (compressed, as stored).
    pub read: f64,
    /// Bytes of all files.
    pub total: f64,
    /// Events read so far.
    pub events: f64,
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Replayed {
    /// The grouped report.
    pub report: Report,
    /// A policy drafted from the replayed calls.
    pub draft: Option<Draft>,
    /// Files that could not be read to their end.
    pub unreadable: Vec<String>,
}

/// What the page asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Ask {
    /// Replay calls that did not pass an endpoint too.
    pub all_calls: bool,
    /// The organization of the accounts that recorded the trail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal_org_id: Option<String>,
    /// The region whose AWS-owned downloads a draft allows.
    pub region: String,
}

/// A running replay.
pub struct Run {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Run {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

impl Run {
    /// Starts a worker on `files` through `candidate`.
    pub fn start(
        files: Vec<web_sys::File>,
        candidate: &str,
        ask: &Ask,
        on_progress: impl Fn(Progress) + 'static,
        on_done: impl Fn(Result<Replayed, String>) + 'static,
    ) -> Result<Run, String> {
        let url = web_sys::Url::new_with_base(
            "lib/trail/worker.js",
            &gloo::utils::document()
                .base_uri()
                .ok()
                .flatten()
                .unwrap_or_default(),
        )
        .map_err(|_| t("worker-no-address"))?;
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker =
            web_sys::Worker::new_with_options(&url.href(), &options).map_err(|_| t("worker-not-started"))?;
        let on_done = std::rc::Rc::new(on_done);
        let done = on_done.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let field =
                |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
            match field("type").as_string().as_deref() {
                Some("progress") => on_progress(Progress {
                    read: field("read").as_f64().unwrap_or(0.0),
                    total: field("total").as_f64().unwrap_or(0.0),
                    events: field("events").as_f64().unwrap_or(0.0),
                }),
                Some("done") => done(parse(&field("result"))),
                _ => {}
            }
        });
        let failed = on_done.clone();
        let on_error =
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_| failed(Err(t("worker-not-loaded"))));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let message = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&message, &JsValue::from_str(k), v).is_ok();
        let list: js_sys::Array = files.into_iter().map(JsValue::from).collect();
        let options = serde_json::to_string(ask)
            .ok()
            .and_then(|t| js_sys::JSON::parse(&t).ok())
            .unwrap_or(JsValue::UNDEFINED);
        let ok = set("files", &list)
            && set("candidate", &JsValue::from_str(candidate))
            && set("options", &options);
        if !ok || worker.post_message(&message).is_err() {
            worker.terminate();
            return Err(t("worker-files-not-handed"));
        }
        Ok(Run {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}

/// The worker's result, `{error}` as `Err`.
fn parse(result: &JsValue) -> Result<Replayed, String> {
    let text = js_sys::JSON::stringify(result)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| t("worker-no-answer"))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    if let Some(message) = value.pointer("/error/message").and_then(|m| m.as_str()) {
        return Err(message.to_string());
    }
    serde_json::from_value(value)
        .map_err(|e| crate::i18n::t_with("worker-answer-unreadable", &[("error", e.to_string())]))
}

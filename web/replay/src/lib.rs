//! The results of the playground's "Replay CloudTrail" (`vpce_policy_web::components::replay_results`) as a module
//! of its own, `lib/replay/`: the panel (`replay_panel.rs`) loads it with the worker when CloudTrail files are
//! chosen and mounts a `ReplayView` below its form, so the page's first load carries neither the results' view nor
//! the report's types. It renders into the page's own document, with the page's styles and language.

use std::rc::Rc;
use vpce_policy_core::generate::EndpointKind;
use vpce_policy_core::i18n::Locale;
use vpce_policy_web::components::replay_results::{Props, ReplayResults, RunRequest};
use vpce_policy_web::trail_worker::Ask;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::{AppHandle, Callback};

// `loadData` and `loadLocale`, which the module's `init()` (lib/data.js) hands the IAM data and the packs to.
pub use vpce_policy_web::api;

/// The results mounted on an element of the page.
#[wasm_bindgen]
pub struct ReplayView {
    app: Option<AppHandle<ReplayResults>>,
    on_use_draft: Callback<(EndpointKind, String)>,
    runs: u32,
}

#[wasm_bindgen]
impl ReplayView {
    /// Mounts on `root`, in the page's language (`tag`); `on_use_draft(kind, text)` when the user takes a draft.
    #[wasm_bindgen(constructor)]
    pub fn new(root: web_sys::Element, tag: &str, on_use_draft: js_sys::Function) -> ReplayView {
        vpce_policy_web::i18n::show(Locale::parse(tag).unwrap_or_default());
        let on_use_draft = Callback::from(move |(kind, text): (EndpointKind, String)| {
            let (kind, text) = (JsValue::from_str(kind.as_str()), JsValue::from_str(&text));
            // The page's callback does not throw; nothing to add if it did.
            let _ = on_use_draft.call2(&JsValue::NULL, &kind, &text);
        });
        let props = Props {
            run: None,
            on_use_draft: on_use_draft.clone(),
        };
        let app = yew::Renderer::<ReplayResults>::with_root_and_props(root, props).render();
        ReplayView {
            app: Some(app),
            on_use_draft,
            runs: 0,
        }
    }

    /// Replays `files` through `candidate`, the policy of the endpoint `kind` (`imagebuilder` or `s3`); a run
    /// under way is stopped.
    pub fn start(
        &mut self,
        files: js_sys::Array,
        kind: &str,
        candidate: String,
        all_calls: bool,
        principal_org_id: Option<String>,
        region: String,
    ) {
        self.runs += 1;
        let run = RunRequest {
            id: self.runs,
            files: files.iter().filter_map(|f| f.dyn_into().ok()).collect(),
            kind: if kind == "imagebuilder" {
                EndpointKind::Imagebuilder
            } else {
                EndpointKind::S3
            },
            candidate: Rc::new(candidate),
            ask: Ask {
                all_calls,
                principal_org_id,
                region,
            },
        };
        if let Some(app) = &mut self.app {
            app.update(Props {
                run: Some(run),
                on_use_draft: self.on_use_draft.clone(),
            });
        }
    }

    /// Unmounts (the panel is gone: the language changed, or the embed's view).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

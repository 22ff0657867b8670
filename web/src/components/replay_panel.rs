//! "Replay CloudTrail": drop CloudTrail files and see which calls a policy of the page would deny. This is the
//! form; the results (progress, the grouped table, the decision paths, the draft) are a module of their own
//! (`lib/replay/`, built from `web/replay` over `replay_results.rs`), loaded with the worker when files are
//! chosen, so the page's first load carries neither. Nothing is uploaded.

use crate::components::replay_results::title;
use crate::i18n::{t, t_with};
use std::rc::Rc;
use vpce_policy_core::generate::EndpointKind;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The results' module, relative to the page.
const RESULTS: &str = "lib/replay/vpce_policy_replay.js";

#[wasm_bindgen]
extern "C" {
    /// The results' view (the module's `ReplayView`), as constructed.
    type ReplayView;
    #[allow(clippy::too_many_arguments)] // the run, as the results' module takes it
    #[wasm_bindgen(method)]
    fn start(
        this: &ReplayView,
        files: &js_sys::Array,
        kind: &str,
        candidate: &str,
        all_calls: bool,
        org: Option<String>,
        region: &str,
    );
    #[wasm_bindgen(method)]
    fn destroy(this: &ReplayView);
}

/// A new `ReplayView` of the results' module in `root`, in the page's language.
fn new_view(
    module: &JsValue,
    root: &web_sys::Element,
    on_use_draft: &js_sys::Function,
) -> Option<ReplayView> {
    let class = js_sys::Reflect::get(module, &"ReplayView".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let tag = JsValue::from_str(crate::i18n::shown().tag());
    js_sys::Reflect::construct(&class, &js_sys::Array::of3(root, &tag, on_use_draft))
        .ok()
        .map(JsCast::unchecked_into)
}

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The page's two policies as they stand (generated or edited).
    pub policies: Rc<Vec<(EndpointKind, Rc<String>)>>,
    /// The region, for the AWS-owned downloads a draft allows.
    pub region: AttrValue,
    /// The organization the settings name, if any.
    pub principal_org_id: Option<AttrValue>,
    /// Use a drafted policy as one of the page's policies.
    pub on_use_draft: Callback<(EndpointKind, String)>,
}

/// The results' view in its module, and the function it calls back with a draft to use.
struct Results {
    view: ReplayView,
    _on_use_draft: Closure<dyn Fn(String, String)>,
}

/// The panel.
#[function_component(ReplayPanel)]
pub fn replay_panel(props: &Props) -> Html {
    let target = use_state(|| EndpointKind::S3);
    let all_calls = use_state(|| false);
    let root = use_node_ref();
    let results = use_mut_ref(|| None::<Results>);
    // The results' module: loading, or why it could not be.
    let status = use_state(|| None::<Result<(), String>>);
    // The latest callback, for the module's view, made once.
    let use_draft = use_mut_ref(|| props.on_use_draft.clone());
    *use_draft.borrow_mut() = props.on_use_draft.clone();
    {
        let results = results.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(r) = results.borrow_mut().take() {
                    r.view.destroy();
                }
            }
        });
    }
    let start = {
        let (target, all_calls, root, results, status) = (
            target.clone(),
            all_calls.clone(),
            root.clone(),
            results.clone(),
            status.clone(),
        );
        let policies = props.policies.clone();
        let (region, org) = (
            props.region.to_string(),
            props.principal_org_id.as_ref().map(|o| o.to_string()),
        );
        Callback::from(move |files: Vec<web_sys::File>| {
            let kind = *target;
            let Some(candidate) = policies.iter().find(|(k, _)| *k == kind).map(|(_, t)| t.clone()) else {
                return;
            };
            if files.is_empty() {
                return;
            }
            let list: js_sys::Array = files.into_iter().map(JsValue::from).collect();
            let (all_calls, root, results, status) =
                (*all_calls, root.clone(), results.clone(), status.clone());
            let (region, org, use_draft) = (region.clone(), org.clone(), use_draft.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if results.borrow().is_none() {
                    status.set(Some(Ok(())));
                    let (Ok(module), Some(element)) = (
                        crate::modules::load(RESULTS).await,
                        root.cast::<web_sys::Element>(),
                    ) else {
                        status.set(Some(Err(t("replay-results-unavailable"))));
                        return;
                    };
                    let on_use_draft =
                        Closure::<dyn Fn(String, String)>::new(move |kind: String, text: String| {
                            let kind = if kind == "imagebuilder" {
                                EndpointKind::Imagebuilder
                            } else {
                                EndpointKind::S3
                            };
                            use_draft.borrow().emit((kind, text));
                        });
                    let Some(view) = new_view(&module, &element, on_use_draft.as_ref().unchecked_ref())
                    else {
                        status.set(Some(Err(t("replay-results-unavailable"))));
                        return;
                    };
                    *results.borrow_mut() = Some(Results {
                        view,
                        _on_use_draft: on_use_draft,
                    });
                    status.set(None);
                }
                if let Some(r) = results.borrow().as_ref() {
                    r.view
                        .start(&list, kind.as_str(), &candidate, all_calls, org, &region);
                }
            });
        })
    };
    let on_files = start.reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let files = input
            .files()
            .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default();
        // The same files may be chosen again after a change of policy.
        input.set_value("");
        files
    });
    let on_drop = {
        let start = start.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files = e
                .data_transfer()
                .and_then(|d| d.files())
                .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default();
            start.emit(files);
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            target.set(if select.value() == "imagebuilder" {
                EndpointKind::Imagebuilder
            } else {
                EndpointKind::S3
            });
        })
    };
    html! {
        <section class="panel" id="replay" aria-labelledby="replay-heading">
            <h2 id="replay-heading">{ t("replay-replay-cloudtrail") }</h2>
            <p>{ t("replay-which-calls-trail-recorded") }</p>
            <div class="replay-options">
                <label for="replay-policy">{ t("replay-policy-test") }</label>
                <select id="replay-policy" onchange={on_target}>
                    { for props.policies.iter().map(|(k, _)| html! {
                        <option value={k.as_str()} selected={*k == *target}>{ t_with("replay-target", &[("endpoint", title(*k).to_string())]) }</option>
                    }) }
                </select>
                <label class="check"><input type="checkbox" id="replay-all-calls" checked={*all_calls}
                    onchange={{ let all_calls = all_calls.clone(); Callback::from(move |_| all_calls.set(!*all_calls)) }} />
                    { t("replay-also-calls-did-not") }</label>
            </div>
            <div class="dropzone" id="replay-drop" ondrop={on_drop} ondragover={Callback::from(|e: DragEvent| e.prevent_default())}>
                <label for="replay-files">{ t("replay-choose-cloudtrail-files-drop") }</label>
                <input type="file" id="replay-files" multiple=true accept=".json,.jsonl,.ndjson,.gz" onchange={on_files} />
            </div>
            { match &*status {
                Some(Ok(())) => html! { <p role="status" id="replay-loading">{ t("replay-loading") }</p> },
                Some(Err(e)) => html! { <p class="error" id="replay-error" role="alert">{ e.clone() }</p> },
                None => html! {},
            } }
            <div id="replay-results" ref={root} />
        </section>
    }
}

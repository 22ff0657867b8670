//! The only module that talks to browser APIs: URL, history, local storage, clipboard, downloads, focus.

use wasm_bindgen::JsCast;

const STORAGE_KEY: &str = "vpce-policy/state/v1";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The URL fragment, without `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// The query parameters.
pub fn query() -> Vec<(String, String)> {
    let search = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let keys = js_sys::try_iter(&params.keys()).ok().flatten();
    for key in keys.into_iter().flatten().flatten() {
        if let Some(k) = key.as_string() {
            if let Some(v) = params.get(&k) {
                out.push((k, v));
            }
        }
    }
    out
}

/// True with `?embed=1`.
pub fn embed_mode() -> bool {
    query().iter().any(|(k, v)| k == "embed" && v != "0")
}

/// Replaces the fragment without adding a history entry.
pub fn set_fragment(payload: &str) {
    if let Some(w) = window() {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&share_fragment(payload)),
            );
        }
    }
}

/// The fragment that carries a share payload (read back by [`crate::share::payload_from_fragment`]).
fn share_fragment(payload: &str) -> String {
    format!("#s={payload}")
}

/// This page's address with a share payload as its fragment, in place of the one it has.
pub fn url_with_payload(payload: &str) -> String {
    let here = current_url();
    let base = here.split_once('#').map_or(here.as_str(), |(base, _)| base);
    format!("{base}{}", share_fragment(payload))
}

/// Calls `f` whenever the URL fragment changes (a share link pasted into an open tab). Keep the listener alive.
pub fn on_hashchange(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    window().map(|w| gloo::events::EventListener::new(&w, "hashchange", move |_| f()))
}

/// Milliseconds since the page loaded (`performance.now()`); 0 without a window.
pub fn now_ms() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Calls `f` on every key press and text input anywhere on the page (captured before the page's own handlers).
/// Keep the listeners alive.
pub fn on_user_input(f: impl Fn() + Clone + 'static) -> Vec<gloo::events::EventListener> {
    use gloo::events::{EventListener, EventListenerOptions};
    let Some(w) = window() else {
        return Vec::new();
    };
    ["keydown", "input", "pointerdown"]
        .into_iter()
        .map(|event| {
            let f = f.clone();
            EventListener::new_with_options(
                &w,
                event,
                EventListenerOptions::run_in_capture_phase(),
                move |_| f(),
            )
        })
        .collect()
}

/// Asks the user; `false` when there is no window.
pub fn confirm(message: &str) -> bool {
    window().is_some_and(|w| w.confirm_with_message(message).unwrap_or(false))
}

/// Scrolls the element with this id into view and focuses it (the request panel after a scenario is replayed).
pub fn scroll_to(id: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view();
        if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = html.focus();
        }
    }
}

/// Scrolls to a heading and moves the focus there (a skip link's job), making it focusable by script only.
pub fn focus_heading(id: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = el.set_attribute("tabindex", "-1");
    }
    scroll_to(id);
}

/// Focuses the element with this id once the current render is on screen (after a button changed the page).
///
/// Yew yields to the browser in the middle of a long render, so the element may appear a few tasks later: look
/// again on each following task, for up to a second.
pub fn focus_after_render(id: &'static str) {
    focus_when_present(id, 0);
}

fn focus_when_present(id: &'static str, tries: u32) {
    const TRY_EVERY_MS: u32 = 4;
    const TRIES: u32 = 1000 / TRY_EVERY_MS;
    gloo::timers::callback::Timeout::new(if tries == 0 { 0 } else { TRY_EVERY_MS }, move || {
        let el = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        match el {
            Some(html) => {
                let _ = html.focus();
            }
            None if tries < TRIES => focus_when_present(id, tries + 1),
            None => {}
        }
    })
    .forget();
}

/// In an embed: posts the page's height to the parent as `{type: "vpce-policy:height", height}` now and on every
/// change of size, so that the host page can size the frame. Keep the returned observer alive.
pub fn post_height_to_parent() -> Option<web_sys::ResizeObserver> {
    let w = window()?;
    let body = w.document()?.body()?;
    let post = move || {
        let Some(w) = window() else { return };
        let Some(doc) = w.document() else { return };
        let height = doc.document_element().map_or(0, |e| e.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"vpce-policy:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = w.parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    post();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(post);
    let observer =
        web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(callback.as_ref())).ok()?;
    observer.observe(&body);
    callback.forget();
    Some(observer)
}

/// The standalone playground's URL for a state: this page without `embed`, with the state in the fragment.
pub fn full_playground_url(fragment_payload: &str) -> String {
    let Some(w) = window() else { return String::new() };
    let location = w.location();
    let query: Vec<String> = query()
        .into_iter()
        .filter(|(k, _)| k != "embed")
        .map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(&v)))
        .collect();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let search = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!("{base}{search}#s={fragment_payload}")
}

/// The full current URL (the share link).
pub fn current_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The saved state text (JSON), if any; stored raw so that any corruption is noticed when it is parsed.
pub fn load_saved() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Saves the state text (quota errors are ignored: the URL still holds the state).
pub fn save(text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, text);
    }
}

/// Forgets the saved state.
pub fn clear_saved() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

/// Local storage, when the page may use it: a third-party frame or a private window may refuse it, and then
/// the state lives in the URL only.
fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers text as a file download.
pub fn download(filename: &str, text: &str, mime: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Replaces a textarea's whole text as typing would (`execCommand("insertText")`), so that the browser's own undo
/// (Ctrl+Z) restores exactly what was there, and leaves the focus in it. The `input` event it fires updates the
/// page's state. False when the browser refused (the caller then sets the text itself).
pub fn replace_undoably(node: &yew::NodeRef, text: &str) -> bool {
    let Some(area) = node.cast::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    let Some(document) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
    else {
        return false;
    };
    let _ = area.focus();
    area.select();
    document
        .exec_command_with_show_ui_and_value("insertText", false, text)
        .unwrap_or(false)
        && area.value() == text
}

/// Focuses a textarea and selects a UTF-16 range in it.
pub fn select_range(textarea: &web_sys::HtmlTextAreaElement, start: u32, end: u32) {
    let _ = textarea.focus();
    let _ = textarea.set_selection_range(start, end);
    // Focusing scrolls to where the caret was, and a new selection does not scroll: bring its line into view.
    let text = textarea.value();
    let before = text
        .encode_utf16()
        .take(start as usize)
        .filter(|&u| u == u16::from(b'\n'))
        .count();
    let lines = text.split('\n').count();
    let (top, seen, height) = (
        textarea.scroll_top(),
        textarea.client_height(),
        textarea.scroll_height(),
    );
    if let Some(to) = crate::viewport::scroll_to_line(before, lines, top, seen, height) {
        textarea.set_scroll_top(to);
    }
}

/// Removes the element with this id, if there is one.
pub fn remove_element(id: &str) {
    if let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        e.remove();
    }
}

/// Calls `f` once the browser has painted the current frame: in a task after the next animation frame.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let frame: js_sys::Function =
        wasm_bindgen::JsCast::unchecked_into(wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, f).forget()
        }));
    let asked = window().is_some_and(|w| w.request_animation_frame(&frame).is_ok());
    if !asked {
        // No frame to wait for: in a task of its own.
        let _ = frame.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// Records when a render committed (read by the browser benchmark).
pub fn mark_rendered() {
    if let Some(w) = window() {
        let now = w.performance().map_or(0.0, |p| {
            // A user-timing mark shows each render in a Chrome trace of the page.
            let _ = p.mark("vpce-rendered");
            p.now()
        });
        let _ = js_sys::Reflect::set(&w, &"__vpceRenderedAt".into(), &now.into());
    }
}

/// Adds or removes a class on `<body>`.
pub fn body_class(class: &str, on: bool) {
    if let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let list = body.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Says in the first paint's loading line that the app cannot start, and why (web/loading.js does the same for a
/// wasm that does not load).
pub fn say_engine_failed(message: &str) {
    if let Some(line) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        line.set_class_name("error");
        line.set_text_content(Some(message));
    }
}

/// The `lang` of the nearest ancestor of the iframe this page is embedded in, when the host is same-origin.
pub fn host_language() -> Option<String> {
    let frame = window()?.frame_element().ok().flatten()?;
    frame.closest("[lang]").ok().flatten()?.get_attribute("lang")
}

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The browser's preferred language tag, e.g. `ja-JP`.
pub fn language() -> Option<String> {
    window().and_then(|w| w.navigator().language())
}

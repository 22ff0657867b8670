//! Browser tests: wasm-bindgen-test in headless Chromium, for components and state encoding.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)] // test code

use vpce_policy_web::components::app::App;
use vpce_policy_web::share;
use vpce_policy_web::state::{Action, State};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits until `ready` holds (Yew renders asynchronously, and a debug build under load is slow), up to 5 s.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn text_of(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn attributes(selector: &str, name: &str) -> Vec<String> {
    let items = document().query_selector_all(selector).unwrap();
    (0..items.length())
        .filter_map(|i| {
            items
                .item(i)?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .get_attribute(name)
        })
        .collect()
}

/// A share link as the page wrote it before it deflated with the browser's `CompressionStream` (miniz_oxide,
/// commit 51e7785): the defaults with region eu-central-1.
const EARLIER_LINK: &str = include_str!("fixtures/share-link-51e7785.txt");

#[wasm_bindgen_test]
async fn share_links_round_trip_in_the_browser_and_read_earlier_links() {
    use base64::Engine;
    let payload = |bytes: Vec<u8>| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let s = State::default()
        .apply(Action::Region("eu-central-2".into()))
        .apply(Action::Ssm(true))
        .apply(Action::SetPolicy(
            vpce_policy_core::generate::EndpointKind::S3,
            "{\"a\": \"<img src=x onerror=alert(1)>\"}".into(),
        ));
    let link = share::encode(&s).await.unwrap();
    assert!(link
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(share::decode(&link).await.unwrap(), s);
    assert_eq!(
        share::decode(EARLIER_LINK.trim()).await.unwrap().config.region,
        "eu-central-1"
    );
    // Plain words, no internal names: a damaged link, or settings this version cannot read.
    assert_eq!(share::decode("%%%").await.unwrap_err(), "link-damaged");
    assert_eq!(share::decode("aGVsbG8").await.unwrap_err(), "link-damaged");
    assert_eq!(
        share::decode(&link[..link.len() / 2]).await.unwrap_err(),
        "link-damaged"
    );
    let not_state = vpce_policy_web::deflate::deflate(b"[1,2]").await.unwrap();
    assert_eq!(
        share::decode(&payload(not_state)).await.unwrap_err(),
        "link-unreadable-settings"
    );
    // A deflate bomb: 4 MB of spaces deflate to a few KB; the decoder stops at its 1 MB limit.
    let bomb = vpce_policy_web::deflate::deflate(&vec![b' '; 4 << 20])
        .await
        .unwrap();
    assert!(bomb.len() < 16 * 1024, "{}", bomb.len());
    assert_eq!(share::decode(&payload(bomb)).await.unwrap_err(), "link-damaged");
    // A browser without the streams says so, not that the link is damaged.
    let global = js_sys::global();
    let stream = js_sys::Reflect::get(&global, &"DecompressionStream".into()).unwrap();
    js_sys::Reflect::set(
        &global,
        &"DecompressionStream".into(),
        &wasm_bindgen::JsValue::UNDEFINED,
    )
    .unwrap();
    let without = share::decode(&link).await;
    js_sys::Reflect::set(&global, &"DecompressionStream".into(), &stream).unwrap();
    assert_eq!(without.unwrap_err(), "link-needs-newer-browser");
    assert_eq!(share::decode(&link).await.unwrap(), s);
}

#[wasm_bindgen_test]
async fn app_renders_policies_scenarios_and_reacts_to_edits() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();

    until("the generated Image Builder policy", || {
        text_of("imagebuilder-policy").contains("\"imagebuilder:*\"")
    })
    .await;
    until("the scenario rows", || {
        attributes("#scenarios tbody tr", "data-pass").len() >= 10
    })
    .await;
    assert!(attributes("#scenarios tbody tr", "data-pass")
        .iter()
        .all(|p| p == "true"));

    // Tick "Deny deletes": the policy and the DeleteImage scenario change.
    let deny: web_sys::HtmlInputElement = document()
        .get_element_by_id("deny-deletes")
        .unwrap()
        .dyn_into()
        .unwrap();
    deny.click();
    until("the deny statement", || {
        text_of("imagebuilder-policy").contains("imagebuilder:DeleteImage")
    })
    .await;
    until("an explicitDeny scenario", || {
        attributes("#scenarios tbody tr", "data-decision")
            .iter()
            .any(|d| d == "explicitDeny")
    })
    .await;

    // The editor: typing the docs' broken action shows INVALID_ACTION and the trailing comma in #diagnostics.
    let edit: web_sys::HtmlElement = document()
        .get_element_by_id("edit-s3")
        .unwrap()
        .dyn_into()
        .unwrap();
    edit.click();
    until("the editor", || {
        document().get_element_by_id("policy-editor").is_some()
    })
    .await;
    let ta: web_sys::HtmlTextAreaElement = document()
        .get_element_by_id("policy-editor")
        .unwrap()
        .dyn_into()
        .unwrap();
    ta.set_value(r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "imagebuilder: DeleteImage", "Resource": "*",}]}"#);
    ta.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    until("INVALID_ACTION in the findings", || {
        attributes("#diagnostics li[data-code]", "data-code")
            .iter()
            .any(|c| c == "INVALID_ACTION")
    })
    .await;
    let codes = attributes("#diagnostics li[data-code]", "data-code");
    assert!(codes.contains(&"JSON_SYNTAX_ERROR".to_string()), "{codes:?}");
    root.remove();
}

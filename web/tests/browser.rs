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

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(150)).await;
}

#[wasm_bindgen_test]
fn share_links_round_trip_in_the_browser() {
    let s = State::default()
        .apply(Action::Region("eu-central-2".into()))
        .apply(Action::Ssm(true));
    assert_eq!(share::decode(&share::encode(&s)).unwrap(), s);
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
    settle().await;

    let ib = document()
        .get_element_by_id("imagebuilder-policy")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(ib.contains("\"imagebuilder:*\""), "{ib}");
    let rows = document().query_selector_all("#scenarios tbody tr").unwrap();
    assert!(rows.length() >= 10);
    for i in 0..rows.length() {
        let row: web_sys::Element = rows.item(i).unwrap().dyn_into().unwrap();
        assert_eq!(row.get_attribute("data-pass").as_deref(), Some("true"));
    }

    // Tick "Deny deletes": the policy and the DeleteImage scenario change.
    let deny: web_sys::HtmlInputElement = document()
        .get_element_by_id("deny-deletes")
        .unwrap()
        .dyn_into()
        .unwrap();
    deny.click();
    settle().await;
    let ib = document()
        .get_element_by_id("imagebuilder-policy")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(ib.contains("imagebuilder:DeleteImage"));
    let decisions: Vec<String> = {
        let rows = document().query_selector_all("#scenarios tbody tr").unwrap();
        (0..rows.length())
            .map(|i| {
                rows.item(i)
                    .unwrap()
                    .dyn_into::<web_sys::Element>()
                    .unwrap()
                    .get_attribute("data-decision")
                    .unwrap()
            })
            .collect()
    };
    assert!(decisions.iter().any(|d| d == "explicitDeny"));

    // The editor: typing the docs' broken action shows INVALID_ACTION in #diagnostics.
    let edit: web_sys::HtmlElement = document()
        .get_element_by_id("edit-s3")
        .unwrap()
        .dyn_into()
        .unwrap();
    edit.click();
    settle().await;
    let ta: web_sys::HtmlTextAreaElement = document()
        .get_element_by_id("policy-editor")
        .unwrap()
        .dyn_into()
        .unwrap();
    ta.set_value(r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "imagebuilder: DeleteImage", "Resource": "*",}]}"#);
    ta.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
    let codes: Vec<String> = {
        let items = document()
            .query_selector_all("#diagnostics li[data-code]")
            .unwrap();
        (0..items.length())
            .map(|i| {
                items
                    .item(i)
                    .unwrap()
                    .dyn_into::<web_sys::Element>()
                    .unwrap()
                    .get_attribute("data-code")
                    .unwrap()
            })
            .collect()
    };
    assert!(codes.contains(&"INVALID_ACTION".to_string()), "{codes:?}");
    assert!(codes.contains(&"JSON_SYNTAX_ERROR".to_string()), "{codes:?}");
    root.remove();
}

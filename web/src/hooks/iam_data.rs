//! Loads the IAM data file (`data/iam-<hash>.txt`, named by index.html's `<meta name="vpce-policy-data">`; the
//! page's start-up script, web/loading.js, preloads it as soon as the wasm has downloaded) into the core, once.

use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Where the data is: what the page can say about findings, scenarios and requests depends on it.
#[derive(Debug, Clone, PartialEq)]
pub enum IamData {
    /// On its way; the generated policies are shown meanwhile.
    Loading,
    /// Loaded into the core.
    Ready,
    /// It could not be loaded: why, in words.
    Failed(Rc<str>),
}

impl IamData {
    /// True once the checks can run.
    pub fn ready(&self) -> bool {
        *self == IamData::Ready
    }

    /// What a panel that needs the data says in place of its answer, or `None` when it is loaded.
    pub fn waiting(&self) -> Option<String> {
        match self {
            IamData::Ready => None,
            IamData::Loading => Some("Loading AWS's list of actions, resources and condition keys…".into()),
            IamData::Failed(why) => Some(format!(
                "AWS's list of actions, resources and condition keys could not be loaded ({why}), so this cannot be checked. Reload the page to try again, or use the vpce-policy CLI."
            )),
        }
    }
}

/// The data's status; it starts loading on the first render.
#[hook]
pub fn use_iam_data() -> IamData {
    let status = use_state(|| {
        if vpce_policy_core::data::iam::loaded() {
            IamData::Ready
        } else {
            IamData::Loading
        }
    });
    {
        let status = status.clone();
        use_effect_with((), move |_| {
            if !status.ready() {
                wasm_bindgen_futures::spawn_local(async move {
                    status.set(match load().await {
                        Ok(()) => IamData::Ready,
                        Err(why) => IamData::Failed(why.into()),
                    });
                });
            }
        });
    }
    (*status).clone()
}

/// Fetches the file the page names (the same request as the preload, so the preloaded response is used) and
/// hands it to the core.
async fn load() -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let named = document
        .query_selector("meta[name=\"vpce-policy-data\"]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .ok_or("the page names no data file")?;
    let url = web_sys::Url::new_with_base(&named, &document.base_uri().ok().flatten().unwrap_or_default())
        .map(|u| u.href())
        .map_err(|_| format!("\"{named}\" is not a URL"))?;
    let init = web_sys::RequestInit::new();
    // As the preload asks for it (crossorigin="anonymous"), or the browser fetches the file a second time.
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .map_err(|_| "the network request failed".to_string())?
        .dyn_into()
        .map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable response".to_string())?)
        .await
        .map_err(|_| "the download broke off".to_string())?
        .as_string()
        .ok_or("the file is not text")?;
    vpce_policy_core::data::iam::load(text)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

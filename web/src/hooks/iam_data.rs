//! Loads the IAM data file (`data/iam-<hash>.txt`; the page's start-up script, web/loading.js, preloads it as soon
//! as the wasm has downloaded) into the core, once.

use crate::data_files::Unfetched;
use std::rc::Rc;
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
            IamData::Loading => Some(crate::i18n::t("data-loading")),
            IamData::Failed(why) => Some(crate::i18n::t_with("data-failed", &[("why", why.to_string())])),
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

/// Takes the text from `lib/data.js`, the one fetcher of the file on the page: the template reader's module takes
/// it from the same promise instead of downloading it again, and its request is the one web/loading.js preloaded.
async fn load() -> Result<(), String> {
    let text = crate::data_files::iam_data_text().await.map_err(|e| match e {
        Unfetched::Failed(why) => why.unwrap_or_else(|| crate::i18n::t("data-network-failed")),
        Unfetched::NotText => crate::i18n::t("data-not-text"),
    })?;
    vpce_policy_core::data::iam::load(text)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

//! The page's language: the words of every component come from the core's language packs (`t`), in the language
//! the page shows. The English pack is fetched before the app mounts (web/src/lib.rs); another language's pack
//! (`data/ja-<hash>.ftl`) only when that language is chosen, so the English page never downloads it.
//!
//! The language is one value for the whole page, set by the app before its components render; changing it
//! re-mounts them (the app keys its tree by the language), so no component keeps words of the other language.

use crate::data_files::Unfetched;
use std::cell::Cell;
use vpce_policy_core::i18n::{self, Locale};
use yew::prelude::*;

thread_local! {
    static SHOWN: Cell<Locale> = const { Cell::new(Locale::En) };
}

/// The language the page is shown in now.
pub fn shown() -> Locale {
    SHOWN.with(Cell::get)
}

/// Shows the page's words in `locale` from now on (the app's language hook; a module that renders part of the
/// page, as the replay's results, with the page's language).
pub fn show(locale: Locale) {
    SHOWN.with(|s| s.set(locale));
}

/// A text of the page in its language.
pub fn t(id: &str) -> String {
    i18n::text(shown(), id, &[])
}

/// A region's name in the page's language, e.g. `Europe (Frankfurt)`.
pub fn region_name(region: &str) -> String {
    vpce_policy_core::data::regions::location(region, shown()).unwrap_or_default()
}

/// A text with arguments (`{ $name }` in the packs).
pub fn t_with(id: &str, args: &[(&str, String)]) -> String {
    i18n::text(shown(), id, args)
}

/// Fetches a language's pack (once per page) and loads it into the core. The reasons are English: the English
/// pack may be the one that failed.
pub async fn fetch_pack(locale: Locale) -> Result<(), String> {
    let text = crate::data_files::pack_text(locale).await.map_err(|e| match e {
        Unfetched::Failed(why) => why.unwrap_or_else(|| "the network request failed".to_string()),
        Unfetched::NotText => "no such pack".to_string(),
    })?;
    i18n::load(locale, &text).map_err(|e| e.to_string())
}

/// The language the page asks for and whether its words are here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// Chosen (or the browser's).
    pub wanted: Locale,
    /// Shown: `wanted` once its pack is loaded, English until then (and when it cannot be loaded).
    pub shown: Locale,
    /// The pack could not be loaded.
    pub failed: bool,
}

/// The page's language: `chosen`, else the first of the browser's languages the product speaks. Fetches its pack
/// when needed; sets the document's `lang` to what is shown.
#[hook]
pub fn use_language(chosen: Option<Locale>) -> Language {
    // An embed follows its host page: the `lang` of the iframe's nearest ancestor (same-origin hosts; others pass
    // `?lang=`); a page of its own follows the browser.
    // Read once: the app renders on every keystroke.
    let fallback = *use_memo((), |_| {
        crate::browser::host_language()
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or_else(|| {
                Locale::from_preferences(crate::browser::languages().iter().map(String::as_str))
            })
    });
    let wanted = chosen.unwrap_or(fallback);
    let status = use_state(|| (Locale::En, false));
    // The language asked for last: a pack that arrives after another choice must not take the page back to it.
    let latest = use_mut_ref(|| wanted);
    *latest.borrow_mut() = wanted;
    {
        let status = status.clone();
        use_effect_with(wanted, move |wanted| {
            let wanted = *wanted;
            if i18n::loaded(wanted) {
                status.set((wanted, false));
            } else {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = fetch_pack(wanted).await.is_ok();
                    if *latest.borrow() != wanted {
                        return;
                    }
                    status.set(if loaded {
                        (wanted, false)
                    } else {
                        (Locale::En, true)
                    });
                });
            }
        });
    }
    let (shown, failed) = *status;
    show(shown);
    use_effect_with(shown, |shown| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", shown.tag());
        }
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(&t("page-title"));
        }
    });
    Language {
        wanted,
        shown,
        failed,
    }
}

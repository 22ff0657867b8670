//! The words of every finding and rule, per language. English is the source (`locales/en.ftl`); each other
//! language is a pack with the same message ids (`locales/ja.ftl`). Natively (feature `embedded-data`) every pack
//! is compiled in. In the browser each pack is a file of its own, shared by every module of a page like the IAM
//! data: English is loaded with the data by every module before it checks anything (it is not compiled into each
//! of them), another language only when it is chosen, so the English page does not pay for Japanese. Until
//! English is loaded a text is its message id.
//!
//! Findings carry a [`Message`] (an id and its arguments) beside their English text; a face that shows another
//! language calls [`crate::Diagnostic::localize`]. Why Fluent's syntax read by a small reader rather than
//! `fluent-bundle`: docs/i18n.md.

pub mod ftl;

use ftl::Entry;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A language the product speaks.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English, the source language.
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Locale {
    /// Every language, English first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ja];

    /// The BCP 47 tag, as `lang` attributes and `--lang` take it.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
        }
    }

    /// The language's own name, for a language switch.
    pub const fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ja => "日本語",
        }
    }

    /// A language tag or a POSIX locale (`ja`, `ja-JP`, `ja_JP.UTF-8`, `en-US`), by its language; `None` for a
    /// language we do not have (and for `C`/`POSIX`).
    pub fn parse(tag: &str) -> Option<Locale> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == language)
    }

    /// The language of a POSIX environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first that is set
    /// and not empty decides (as gettext reads them); English when it names no language we have.
    pub fn from_env(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Locale {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .and_then(Locale::parse)
            .unwrap_or_default()
    }

    /// The first of a browser's languages (`navigator.languages`) that we have; English when none.
    pub fn from_preferences<'a>(languages: impl IntoIterator<Item = &'a str>) -> Locale {
        languages.into_iter().find_map(Locale::parse).unwrap_or_default()
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// A text to show: its message id (an attribute after a dot, `MISSING_VERSION.title`) and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    /// The message id in the catalogues (empty: `args` holds one literal text, not translated).
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument: the policy's own text, or words that are themselves a message (rendered in the same language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text as it is (an action, an ARN, a number).
    Text(String),
    /// A phrase in the product's words.
    Words(Message),
}

impl Message {
    /// A message with no arguments yet.
    pub const fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds an argument that is a phrase of its own, rendered in the message's language.
    pub fn words(mut self, name: &'static str, phrase: Message) -> Self {
        self.args.push((name, Arg::Words(phrase)));
        self
    }

    /// The text in a language (English where the pack is not loaded or lacks the id).
    pub fn render(&self, locale: Locale) -> String {
        let args: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(n, a)| {
                let value = match a {
                    Arg::Text(t) => t.clone(),
                    Arg::Words(m) => m.render(locale),
                };
                (*n, value)
            })
            .collect();
        if self.id.is_empty() {
            return args.into_iter().next().map(|(_, v)| v).unwrap_or_default();
        }
        text(locale, self.id, &args)
    }

    /// The English text as a `Cow`, borrowed from the pack when the message is plain text without arguments:
    /// the evaluator's reasons are made per request, and most of them are.
    pub fn english(&self) -> std::borrow::Cow<'static, str> {
        match self.args.is_empty().then(|| plain(Locale::En, self.id)).flatten() {
            Some(text) => std::borrow::Cow::Borrowed(text),
            None => std::borrow::Cow::Owned(self.render(Locale::En)),
        }
    }
}

/// A message written by a check without an id keeps its text as it is, in every language.
impl From<String> for Message {
    fn from(text: String) -> Self {
        Self {
            id: "",
            args: if text.is_empty() {
                Vec::new()
            } else {
                vec![("text", Arg::Text(text))]
            },
        }
    }
}

/// A text as written, not translated (a check's message that has no id yet).
impl From<&str> for Message {
    fn from(text: &str) -> Self {
        text.to_string().into()
    }
}

/// A message reads as its English text (logs, tests, `{}`); faces render it in their language.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

thread_local! {
    /// The language [`json_text`] writes in: English but inside [`serialize_in`].
    static SERIALIZING: std::cell::Cell<Locale> = const { std::cell::Cell::new(Locale::En) };
}

/// Serializes a message as its text (serde's `serialize_with`): English, the JSON of the CLI and the default of
/// every face, or the language of an enclosing [`serialize_in`] (the JS API's `{locale}`).
pub fn json_text<S: serde::Serializer>(message: &Message, serializer: S) -> Result<S::Ok, S::Error> {
    match SERIALIZING.with(std::cell::Cell::get) {
        Locale::En => serializer.serialize_str(&message.english()),
        other => serializer.serialize_str(&message.render(other)),
    }
}

/// Reads a message written by [`json_text`] back as that text, not translated (a report that crossed a worker).
pub fn json_literal<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
    <String as serde::Deserialize>::deserialize(deserializer).map(Message::from)
}

/// Runs `f` (a serialization) with the messages it writes in `locale`.
pub fn serialize_in<T>(locale: Locale, f: impl FnOnce() -> T) -> T {
    let before = SERIALIZING.with(|s| s.replace(locale));
    let out = f();
    SERIALIZING.with(|s| s.set(before));
    out
}

/// The text of an id when it is plain text (no variables), borrowed from its pack.
fn plain(locale: Locale, id: &str) -> Option<&'static str> {
    let pattern = catalogue(locale).and_then(|c| lookup(c, id))?;
    match pattern.as_slice() {
        [ftl::Piece::Text(t)] => Some(t.as_str()),
        _ => None,
    }
}

/// Why a pack handed to [`load`] was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocaleError {
    /// The text does not start with the pack's header line (an HTML error page, another file).
    #[error("this is not the {0} language pack (it does not start with \"{HEADER} {0}\")")]
    NotAPack(Locale),
    /// The pack does not read.
    #[error("the {0} language pack does not read: {1}")]
    Syntax(Locale, ftl::FtlError),
}

/// The first line of every pack, followed by its tag.
pub const HEADER: &str = "# vpce-policy messages:";

#[cfg(feature = "embedded-data")]
const EN: &str = include_str!("../../locales/en.ftl");
#[cfg(feature = "embedded-data")]
const JA: &str = include_str!("../../locales/ja.ftl");

type Catalogue = HashMap<String, Entry>;

static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
static JAPANESE: OnceLock<Catalogue> = OnceLock::new();

/// The text of a pack, where it is compiled in.
pub fn embedded(locale: Locale) -> Option<&'static str> {
    #[cfg(feature = "embedded-data")]
    return Some(match locale {
        Locale::En => EN,
        Locale::Ja => JA,
    });
    #[cfg(not(feature = "embedded-data"))]
    {
        let _ = locale;
        None
    }
}

fn read(locale: Locale, text: &str) -> Result<Catalogue, LocaleError> {
    let first = text.lines().next().unwrap_or_default();
    if first.trim_end() != format!("{HEADER} {}", locale.tag()) {
        return Err(LocaleError::NotAPack(locale));
    }
    ftl::parse(text).map_err(|e| LocaleError::Syntax(locale, e))
}

fn slot(locale: Locale) -> &'static OnceLock<Catalogue> {
    match locale {
        Locale::En => &ENGLISH,
        Locale::Ja => &JAPANESE,
    }
}

/// A language's catalogue: loaded, or compiled in, or `None`.
fn catalogue(locale: Locale) -> Option<&'static Catalogue> {
    let slot = slot(locale);
    if let Some(c) = slot.get() {
        return Some(c);
    }
    let text = embedded(locale)?;
    // The compiled-in packs are checked by tests; one that did not read would leave its language English.
    let parsed = read(locale, text).ok()?;
    Some(slot.get_or_init(|| parsed))
}

/// Takes a language pack fetched by a face (English too, where it is not compiled in). Loading one twice keeps
/// the first.
pub fn load(locale: Locale, text: &str) -> Result<(), LocaleError> {
    let parsed = read(locale, text)?;
    let _ = slot(locale).set(parsed);
    Ok(())
}

/// Whether a language's words are here (compiled in or loaded).
pub fn loaded(locale: Locale) -> bool {
    catalogue(locale).is_some()
}

/// Looks up `id` (or `id.attribute`) in one catalogue.
fn lookup<'a>(catalogue: &'a Catalogue, id: &str) -> Option<&'a ftl::Pattern> {
    match id.split_once('.') {
        Some((message, attribute)) => catalogue.get(message)?.attributes.get(attribute),
        None => catalogue.get(id)?.value.as_ref(),
    }
}

/// The text of a message id in a language, with its arguments: English where the language lacks it, the id
/// itself where English does too (a test keeps every id used in code in `en.ftl`).
pub fn text(locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    [locale, Locale::En]
        .into_iter()
        .filter_map(catalogue)
        .find_map(|c| lookup(c, id))
        .map(|p| ftl::format(p, args))
        .unwrap_or_else(|| id.to_string())
}

/// A count with its noun: `{id}-one` for one and `{id}-other` for any other number (English's plural rule; a
/// language without plural forms, as Japanese, writes both alike), with the number as `$n` beside `args`.
pub fn count(locale: Locale, id: &str, n: usize, args: &[(&str, String)]) -> String {
    let form = if n == 1 { "one" } else { "other" };
    let mut all = vec![("n", n.to_string())];
    all.extend(args.iter().cloned());
    text(locale, &format!("{id}-{form}"), &all)
}

/// Whether a language has its own text for an id (not English in its place).
pub fn has(locale: Locale, id: &str) -> bool {
    catalogue(locale).is_some_and(|c| lookup(c, id).is_some())
}

/// Every message id (with `id.attribute` for attributes) of a language's pack and the variables each uses.
pub fn ids(locale: Locale) -> Vec<(String, Vec<String>)> {
    let Some(c) = catalogue(locale) else {
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (id, entry) in c {
        let vars = |p: &ftl::Pattern| ftl::variables(p).into_iter().map(String::from).collect();
        if let Some(v) = &entry.value {
            out.push((id.clone(), vars(v)));
        }
        for (a, p) in &entry.attributes {
            out.push((format!("{id}.{a}"), vars(p)));
        }
    }
    crate::order::sort(&mut out);
    out
}

#[cfg(test)]
mod tests;

use super::*;

#[test]
fn english_reads_and_every_pack_has_every_english_id_with_the_same_variables() {
    if let Err(e) = read(Locale::En, EN) {
        panic!("en.ftl: {e}");
    }
    assert!(loaded(Locale::En));
    let english = ids(Locale::En);
    assert!(english.len() > 200, "{}", english.len());
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let text = embedded(locale).expect("every pack is compiled in natively");
        let theirs: HashMap<String, Vec<String>> = read(locale, text)
            .map(|_| ids(locale))
            .unwrap()
            .into_iter()
            .collect();
        let mut missing = Vec::new();
        for (id, vars) in &english {
            match theirs.get(id) {
                None => missing.push(id.clone()),
                Some(v) => {
                    let (mut a, mut b) = (vars.clone(), v.clone());
                    a.sort();
                    b.sort();
                    assert_eq!(a, b, "{locale} {id}: the same variables as English");
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{locale} lacks {} ids: {missing:?}",
            missing.len()
        );
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.iter().any(|(e, _)| e == *id))
            .collect();
        assert!(extra.is_empty(), "{locale} has ids English lacks: {extra:?}");
    }
}

#[test]
fn locales_from_tags_and_the_environment() {
    assert_eq!(Locale::parse("ja-JP"), Some(Locale::Ja));
    assert_eq!(Locale::parse("ja_JP.UTF-8"), Some(Locale::Ja));
    assert_eq!(Locale::parse("EN-us"), Some(Locale::En));
    assert_eq!(Locale::parse("C"), None);
    assert_eq!(Locale::parse("fr-FR"), None);
    // LC_ALL wins over LANG, an empty one does not count, an unknown language is English.
    assert_eq!(
        Locale::from_env(Some("ja_JP.UTF-8"), None, Some("en_US.UTF-8")),
        Locale::Ja
    );
    assert_eq!(Locale::from_env(Some(""), None, Some("ja_JP.UTF-8")), Locale::Ja);
    assert_eq!(
        Locale::from_env(Some("C.UTF-8"), None, Some("ja_JP.UTF-8")),
        Locale::En
    );
    assert_eq!(Locale::from_env(None, None, None), Locale::En);
    assert_eq!(Locale::from_preferences(["fr-FR", "ja", "en"]), Locale::Ja);
}

#[test]
fn messages_render_in_a_language_and_fall_back_to_english() {
    let m = Message::new("explain-see").arg("url", "https://x");
    assert_eq!(m.render(Locale::En), "See https://x");
    assert!(m.render(Locale::Ja).contains("https://x"));
    assert_eq!(
        Message::from("as written".to_string()).render(Locale::Ja),
        "as written"
    );
    assert_eq!(text(Locale::Ja, "no-such-id", &[]), "no-such-id");
}

#[test]
fn a_pack_that_is_not_one_is_refused_with_the_reason() {
    assert_eq!(
        load(Locale::Ja, "<!doctype html>"),
        Err(LocaleError::NotAPack(Locale::Ja))
    );
    assert_eq!(
        load(Locale::En, "# vpce-policy messages: ja\n"),
        Err(LocaleError::NotAPack(Locale::En))
    );
    assert!(matches!(
        load(Locale::Ja, "# vpce-policy messages: ja\na = }\n"),
        Err(LocaleError::Syntax(Locale::Ja, ftl::FtlError { line: 2, .. }))
    ));
}

/// Japanese says what AWS's Japanese pages say: wherever an English text uses a glossary term, its Japanese text
/// uses the glossary's Japanese (docs/i18n/glossary-ja.tsv, spaces aside). Checked for the terms of two words or
/// more and a few single words that are never also an element name: "action", "resource", "region", "request",
/// "allow" and "deny" are also policy element names, placeholders and effects, which stay in English.
#[test]
fn japanese_uses_the_glossary_terms() {
    const GLOSSARY: &str = include_str!("../../../../docs/i18n/glossary-ja.tsv");
    const SINGLE_WORDS: [&str; 4] = ["organization", "component", "subnet", "recipe"];
    let english = text_of(EN);
    let japanese = text_of(embedded(Locale::Ja).expect("compiled in natively"));
    let mut checked = 0;
    let mut wrong = Vec::new();
    for row in GLOSSARY.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let mut cols = row.split('\t');
        let (Some(term), Some(ja)) = (cols.next(), cols.next()) else {
            continue;
        };
        let term = term.split(" (").next().unwrap_or(term);
        if !term.contains(' ') && !SINGLE_WORDS.contains(&term) {
            continue;
        }
        let ja: String = ja.split_whitespace().collect();
        for (id, en) in &english {
            if !uses(en, term) {
                continue;
            }
            checked += 1;
            let theirs: String = japanese
                .get(id)
                .map(|t| t.split_whitespace().collect())
                .unwrap_or_default();
            if !theirs.contains(&ja) {
                wrong.push(format!("{id}: {term} → {ja}"));
            }
        }
    }
    assert!(checked > 50, "{checked}");
    assert!(
        wrong.is_empty(),
        "{} texts do not use the glossary's term:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Every value and attribute of a pack by id (`id` or `id.attribute`), as written.
fn text_of(pack: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut current = String::new();
    for line in pack.lines().filter(|l| !l.starts_with('#')) {
        if let Some(attr) = line.strip_prefix("    .") {
            if let Some((name, value)) = attr.split_once('=') {
                out.insert(format!("{current}.{}", name.trim()), value.trim().to_string());
            }
        } else if let Some((id, value)) = line.split_once('=') {
            current = id.trim().to_string();
            out.insert(current.clone(), value.trim().to_string());
        }
    }
    out
}

/// `term` as a word of `text` (a plural too), in the case written.
fn uses(text: &str, term: &str) -> bool {
    text.match_indices(term).any(|(at, _)| {
        let before = text.get(..at).and_then(|s| s.chars().last());
        let after = text.get(at + term.len()..).unwrap_or_default();
        let rest = after.strip_prefix('s').unwrap_or(after);
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != '_');
        boundary(before) && boundary(rest.chars().next())
    })
}

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
        load(Locale::En, "# vpce-policy messages: en\n"),
        Err(LocaleError::English)
    );
    assert!(matches!(
        load(Locale::Ja, "# vpce-policy messages: ja\na = }\n"),
        Err(LocaleError::Syntax(Locale::Ja, ftl::FtlError { line: 2, .. }))
    ));
}
